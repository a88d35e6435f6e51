import { describe, expect, it } from 'vitest';
import { katexHtmlText } from './katex-fonts';

describe('katexHtmlText', () => {
  it.each([
    ['the visible glyphs of one formula', '<span class="katex-html" aria-hidden="true"><span class="mord">200</span><span class="mbin">×</span></span>', '200×'],
    ['nested spans, not the MathML beside them', '<math><mi>q</mi></math><span class="katex-html"><span><span>N</span></span></span><p>after</p>', 'N'],
    ['several formulas on a page', '<span class="katex-html">a</span> text <span class="katex-html">b</span>', 'ab'],
    ['entities decoded', '<span class="katex-html">&lt;&#x3B1;&amp;</span>', '<α&'],
    ['a page without math', '<p>no formulas</p>', ''],
  ])('reads %s', (_name, html, expected) => {
    expect(katexHtmlText(html)).toBe(expected);
  });
});
