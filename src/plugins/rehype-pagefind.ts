import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { mathText } from '../lib/math-text';

const hasClass = (node: Element, name: string) => {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
};

/**
 * Makes the search index hold what a reader reads, once. KaTeX writes each formula three times
 * (HTML for the eye, MathML for screen readers, the TeX inside the MathML); all three are left out
 * of the index (Pagefind's data-pagefind-ignore) and the formula's plain text (lib/math-text.ts)
 * is indexed instead, as a hidden text node at the formula's place, so excerpts read it inline
 * with the sentence. (Pagefind's data-pagefind-index-attrs would index it from an attribute, but
 * it ends each attribute value with ". ", which showed as a stray full stop after every formula
 * in the excerpts: "2^30 = 1,073,741,824. bytes".) The copy handler (scripts/copy-math.ts) reads
 * the same element, so the page carries the text once. The self-links' screen-reader labels ("Link to section: …") are left out too.
 */
export function rehypePagefind() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (hasClass(node, 'heading-link')) {
        node.properties.dataPagefindIgnore = '';
        return;
      }
      if (!hasClass(node, 'katex')) return;
      const math = node.children.find((c): c is Element => c.type === 'element' && hasClass(c, 'katex-mathml'));
      if (!math) return;
      const text = mathText(math);
      for (const child of node.children) {
        if (child.type === 'element') child.properties.dataPagefindIgnore = '';
      }
      // `hidden`: neither shown, nor read by screen readers (they read the MathML), nor copied.
      node.children.unshift({ type: 'element', tagName: 'span', properties: { hidden: true, className: ['math-text'] }, children: [{ type: 'text', value: text }] });
    });
  };
}
