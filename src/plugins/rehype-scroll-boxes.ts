import { fill } from '@llm-scale/core/text/template';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { ui } from '../i18n/ui';
import { langOfFile } from './article-lang';

/**
 * Wide tables and display formulas scroll inside their own box so a phone never scrolls the page
 * sideways. A box that can scroll must be reachable by keyboard, so it is a focusable, named region.
 */
export function rehypeScrollBoxes() {
  return (tree: Root, file: VFile) => {
    const t = ui[langOfFile(file)];
    let section = '';
    const counts = { table: 0, formula: 0 };
    visit(tree, 'element', (node, index, parent) => {
      if (/^h[2-3]$/.test(node.tagName)) {
        section = toString(node);
        counts.table = counts.formula = 0;
      }
      if (!parent || index === undefined) return;
      const kind = scrollKind(node);
      if (!kind) return;
      const n = ++counts[kind];
      const label = fill(kind === 'table' ? t.tableRegion : t.formulaRegion, { n: String(n), section });
      parent.children[index] = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['scroll-box', `scroll-box-${kind}`], tabIndex: 0, ariaLabel: label },
        children: [node],
      } satisfies Element;
      return SKIP;
    });
  };
}

function scrollKind(node: Element): 'table' | 'formula' | null {
  if (node.tagName === 'table') return 'table';
  const classes = node.properties.className;
  if (Array.isArray(classes) && classes.includes('katex-display')) return 'formula';
  return null;
}
