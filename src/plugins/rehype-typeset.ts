import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { typesetPieces } from '../lib/typeset';

/** Elements whose text is not prose: code, and KaTeX's own markup (it sets its own spacing). */
const SKIPPED_TAGS = new Set(['code', 'pre', 'script', 'style', 'math', 'svg', 'textarea']);
const SKIPPED_CLASSES = ['katex', 'math-text'];

const skipped = (node: Element) => {
  if (SKIPPED_TAGS.has(node.tagName)) return true;
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.some((c) => SKIPPED_CLASSES.includes(String(c)));
};

/**
 * Keeps what must not break on one line, in the articles' text: a model name at its hyphen (GPT-4o
 * in a `<span class="nowrap">`), a number and its unit (a no-break space: "4.91 GB", "1.6 TB"), a
 * number and its Chinese unit ("2000亿"). Code and formulas are left as they are.
 */
export function rehypeTypeset() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element') return skipped(node) ? SKIP : undefined;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const pieces = typesetPieces(node.value);
      if (pieces.length === 1 && !pieces[0]!.keep) {
        node.value = pieces[0]!.text;
        return;
      }
      const replacement: ElementContent[] = pieces.map((p) =>
        p.keep
          ? { type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value: p.text }] }
          : { type: 'text', value: p.text },
      );
      (parent.children as ElementContent[]).splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
