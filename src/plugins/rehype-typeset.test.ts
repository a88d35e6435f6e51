import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import { rehypeTypeset } from './rehype-typeset';

const processor = await createMarkdownProcessor({
  remarkPlugins: [remarkMath],
  rehypePlugins: [rehypeKatex, rehypeTypeset],
  syntaxHighlight: false,
});
const render = async (markdown: string) => (await processor.render(markdown)).code;

describe('rehypeTypeset, through the markdown processor', () => {
  it('keeps model names whole and joins numbers to their units', async () => {
    const html = await render('GPT-4o and **GPT-4o-mini** need 4.91 GB, about 1.6 TB in all.');
    expect(html).toBe(
      '<p><span class="nowrap">GPT-4o</span> and <strong><span class="nowrap">GPT-4o-mini</span></strong> need 4.91\u00a0GB, about 1.6\u00a0TB in all.</p>',
    );
  });

  it('joins a number to its Chinese unit, in table cells too', async () => {
    const html = await render('| 模型 | 参数 |\n|---|---|\n| GPT-4o | 约 2000亿 |');
    expect(html).toContain('<td><span class="nowrap">GPT-4o</span></td>');
    expect(html).toContain('<td>约 <span class="nowrap">2000亿</span></td>');
  });

  it('leaves code and formulas alone', async () => {
    const html = await render('Run `gpt-oss-120b 80 GB` and $N = 70 B$.');
    expect(html).toContain('<code>gpt-oss-120b 80 GB</code>');
    expect(html).not.toMatch(/katex[^]*nowrap/);
  });
});
