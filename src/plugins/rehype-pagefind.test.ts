import { describe, expect, it } from 'vitest';
import katex from 'katex';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { rehypePagefind } from './rehype-pagefind';

/** The plugin's output for an HTML fragment. */
function run(html: string): Root {
  const tree = fromHtml(html, { fragment: true });
  rehypePagefind()(tree);
  return tree;
}

/** Every element with the class, in document order. */
function byClass(tree: Root, name: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    const classes = node.properties.className;
    if (Array.isArray(classes) && classes.includes(name)) found.push(node);
  });
  return found;
}

/**
 * The text Pagefind takes from the tree: every text node outside data-pagefind-ignore, and the
 * attributes named in data-pagefind-index-attrs (which Pagefind follows with ". ").
 */
function indexedText(tree: Root | Element): string {
  let text = '';
  for (const child of tree.children) {
    if (child.type === 'text') text += child.value;
    if (child.type !== 'element' || child.properties.dataPagefindIgnore !== undefined) continue;
    for (const attr of String(child.properties.dataPagefindIndexAttrs ?? '').split(',').filter(Boolean)) {
      text += ` ${child.properties[attr.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] as string}. `;
    }
    text += indexedText(child);
  }
  return text;
}

describe('rehypePagefind', () => {
  it.each([
    ['200\\,\\text{B} \\times 8\\,\\text{bytes} = 1600\\,\\text{GB}', false, '200 B × 8 bytes = 1600 GB'],
    ['\\frac{1.6 \\times 10^{12}}{2^{30}} \\approx 1490\\,\\text{GiB}', true, '(1.6 × 10^12)/2^30 ≈ 1490 GiB'],
    ['200\\,\\text{B} \\times 8\\,\\text{字节/参数}', true, '200 B × 8 字节/参数'],
  ])('indexes %s once, as its plain text', (tex, displayMode, text) => {
    const tree = run(`<p>${katex.renderToString(tex, { output: 'htmlAndMathml', displayMode })}</p>`);
    // Indexed as hidden text in place: Pagefind ends an indexed attribute (data-pagefind-index-attrs)
    // with ". ", which read as a stray full stop after every formula in the excerpts.
    expect(indexedText(tree)).toBe(text);
    // One element holds the text, for the index and for copying (scripts/copy-math.ts): hidden.
    const [mathText] = byClass(tree, 'math-text');
    expect(mathText?.properties.hidden).toBe(true);
    expect(mathText?.children).toEqual([{ type: 'text', value: text }]);
    expect(byClass(tree, 'katex')[0]?.children[0]).toBe(mathText);
    // The MathML (with its TeX annotation) and the visual HTML are both left out of the index.
    for (const copy of [...byClass(tree, 'katex-mathml'), ...byClass(tree, 'katex-html')]) {
      expect(copy.properties.dataPagefindIgnore).toBe('');
    }
    expect(byClass(tree, 'katex-mathml')).toHaveLength(1);
    expect(byClass(tree, 'katex-html')).toHaveLength(1);
  });

  it('leaves the self-links’ screen-reader labels out of the index', () => {
    const tree = run('<div class="heading-wrapper"><h2 id="a">A</h2><a class="heading-link" href="#a"><span class="sr-only">Link to section: A</span></a></div>');
    expect(byClass(tree, 'heading-link')[0]?.properties.dataPagefindIgnore).toBe('');
    expect(byClass(tree, 'heading-wrapper')[0]?.properties.dataPagefindIgnore).toBeUndefined();
  });

  it('changes nothing else', () => {
    const html = '<p>Plain <strong>text</strong> and <a href="#x">a link</a>.</p>';
    expect(run(html)).toEqual(fromHtml(html, { fragment: true }));
  });
});

describe('rehypePagefind: tables are indexed as sentences, through the markdown processor', async () => {
  const { createMarkdownProcessor } = await import('@astrojs/markdown-remark');
  const rehypeKatex = (await import('rehype-katex')).default;
  const remarkMath = (await import('remark-math')).default;
  const processor = await createMarkdownProcessor({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, rehypePagefind], syntaxHighlight: false });
  const render = async (markdown: string, lang: 'en' | 'zh') =>
    (await processor.render(markdown, { fileURL: new URL(`file:///site/content/${lang}/a.mdx`) })).code;
  const hiddenText = (html: string) => /<p hidden class="table-text">([^<]*)<\/p>/.exec(html)?.[1];

  it('reads each row as its cells after their headings, a formula as its text, and leaves the table out of the index', async () => {
    const html = await render('| Tensor | Shape | Parameters |\n|---|---|---|\n| kv_a_proj_with_mqa | $r_q \\times n_h$ | 37,748,736 |\n| norm | | 7168 |', 'en');
    expect(hiddenText(html)).toBe('Tensor, Shape, Parameters. Tensor: kv_a_proj_with_mqa; Shape: r_q × n_h; Parameters: 37,748,736. Tensor: norm; Parameters: 7168.');
    expect(html).toMatch(/<table data-pagefind-ignore="">/);
  });

  it('writes Chinese punctuation on a Chinese page', async () => {
    const html = await render('| 格式 | 字节 |\n|---|---|\n| fp16 | 2 |', 'zh');
    expect(hiddenText(html)).toBe('格式、字节。格式：fp16；字节：2。');
  });
});
