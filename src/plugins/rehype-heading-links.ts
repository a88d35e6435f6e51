import { fill } from '@llm-scale/core/text/template';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { ui } from '../i18n/ui';
import { langOfFile } from './article-lang';

const LINKED = new Set(['h2', 'h3']);

/**
 * Gives every h2 and h3 a self-link placed beside the heading, not inside it, so the heading's
 * own accessible name and the table of contents stay clean. The link is revealed by CSS on hover
 * and on keyboard focus.
 */
export function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const label = ui[langOfFile(file)].sectionLink;
    visit(tree, 'element', (node, index, parent) => {
      if (!LINKED.has(node.tagName) || !parent || index === undefined) return;
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${id}` },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: fill(label, { heading: toString(node) }) }] },
        ],
      };
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
        children: [node, link] as ElementContent[],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}
