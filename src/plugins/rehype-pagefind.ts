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
 * of the index and the formula's plain text (lib/math-text.ts) is indexed instead, from a
 * data-math-text attribute that the copy handler also reads. The self-links' screen-reader labels
 * ("Link to section: …") are left out too. Attributes are Pagefind's: data-pagefind-ignore,
 * data-pagefind-index-attrs.
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
      node.properties.dataMathText = mathText(math);
      node.properties.dataPagefindIndexAttrs = 'data-math-text';
      for (const child of node.children) {
        if (child.type === 'element') child.properties.dataPagefindIgnore = '';
      }
    });
  };
}
