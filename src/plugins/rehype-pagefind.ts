import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { mathText } from '../lib/math-text';
import { langOfFile } from './article-lang';

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
  return (tree: Root, file?: VFile) => {
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
    const zh = file !== undefined && langOfFile(file) === 'zh';
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const sentences = tableSentences(node, zh);
      node.properties.dataPagefindIgnore = '';
      const text: ElementContent = { type: 'element', tagName: 'p', properties: { hidden: true, className: ['table-text'] }, children: [{ type: 'text', value: sentences.join(zh ? '' : ' ') }] };
      parent.children.splice(index + 1, 0, text);
      return index + 2;
    });
  };
}

/**
 * A table's text as Pagefind should excerpt it: one sentence per row, each cell after its column's
 * heading ("Tensor: kv_a_proj_with_mqa; Parameters: 37,748,736."), where Pagefind would otherwise
 * end every cell with a full stop ("kv_a_proj_with_mqa. 37,748,736."). The table itself is then
 * left out of the index, so the text is there once.
 */
export function tableSentences(table: Element, zh: boolean): string[] {
  const rows: Element[] = [];
  visit(table, 'element', (node) => {
    if (node.tagName === 'tr') rows.push(node);
  });
  const cellsOf = (row: Element) => row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')).map(readable);
  const [first, ...rest] = rows;
  if (!first) return [];
  const headers = cellsOf(first);
  const [colon, semicolon, stop] = zh ? ['：', '；', '。'] : [': ', '; ', '.'];
  const sentences = [`${headers.filter(Boolean).join(zh ? '、' : ', ')}${stop}`];
  for (const row of rest) {
    const cells = cellsOf(row);
    const parts = cells.map((cell, i) => (cell === '' ? '' : headers[i] ? `${headers[i]}${colon}${cell}` : cell)).filter(Boolean);
    if (parts.length > 0) sentences.push(`${parts.join(semicolon).replace(/[.。]$/, '')}${stop}`);
  }
  return sentences;
}

/** The text of a cell as a reader reads it: a formula as its plain text (the math-text span), not KaTeX's three copies. */
function readable(node: ElementContent): string {
  // Runs of ASCII white space only: a no-break space (rehype-typeset.ts) stays.
  if (node.type === 'text') return node.value.replace(/[ \t\r\n]+/g, ' ');
  if (node.type !== 'element') return '';
  if (hasClass(node, 'math-text')) return node.children.map(readable).join('');
  if (node.properties.dataPagefindIgnore !== undefined) return '';
  return node.children.map(readable).join('').trim();
}
