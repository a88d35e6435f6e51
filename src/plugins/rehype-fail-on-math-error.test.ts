import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import { rehypeFailOnMathError } from './rehype-fail-on-math-error';

// The build's own settings: KaTeX in strict mode, then the check.
const processor = await createMarkdownProcessor({
  remarkPlugins: [remarkMath],
  rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }], rehypeFailOnMathError],
  syntaxHighlight: false,
});
const render = async (markdown: string) => (await processor.render(markdown, { fileURL: new URL('file:///site/content/en/a.mdx') })).code;

describe('rehypeFailOnMathError', () => {
  it('lets formulas KaTeX can typeset through', async () => {
    expect(await render('Weights: $N \\times b$.\n\n$$\nC \\approx 6ND\n$$')).toContain('class="katex-display"');
  });

  it.each([
    // A display formula's message carries no line from rehype-katex, so the file and KaTeX's reason name it.
    ['an unknown command', 'Text.\n\n$$\n\\notacommand{x}\n$$', /KaTeX could not render 1 formula\(s\); fix the TeX at these lines:\n {2}\S*site\/content\/en\/a\.mdx:3: .*Undefined control sequence: \\notacommand/],
    ['an unbalanced brace, inline', 'Size $\\frac{1}{2$ here.', /KaTeX could not render 1 formula\(s\); fix the TeX at these lines:\n {2}\S*site\/content\/en\/a\.mdx:1: .*expected '}'/],
  ])('stops the build on %s, naming the file and line', async (_name, markdown, message) => {
    await expect(render(markdown)).rejects.toThrow(message);
  });

  it('counts every broken formula of a file', async () => {
    await expect(render('$\\bad$ and $\\worse$')).rejects.toThrow(/KaTeX could not render 2 formula\(s\)/);
  });
});
