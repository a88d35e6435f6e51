import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import { rehypeScrollBoxes } from './rehype-scroll-boxes';
import { remarkHeadingIds } from './remark-heading-ids';

const processor = await createMarkdownProcessor({
  remarkPlugins: [remarkMath, remarkHeadingIds],
  rehypePlugins: [rehypeKatex, rehypeScrollBoxes],
  syntaxHighlight: false,
});
const render = async (markdown: string, lang: 'en' | 'zh' = 'en') =>
  (await processor.render(markdown, { fileURL: new URL(`file:///site/content/${lang}/a.mdx`) })).code;

const TABLE = '| a | b |\n|---|---|\n| 1 | 2 |';
const boxes = (html: string) => [...html.matchAll(/<section class="scroll-box scroll-box-(\w+)" tabindex="0" aria-label="([^"]*)">/g)].map((m) => [m[1], m[2]]);

describe('rehypeScrollBoxes', () => {
  it('wraps each table and display formula in a focusable region named by its number and section', async () => {
    const html = await render(`## Storage {#storage}\n\n${TABLE}\n\n$$\nN \\times b\n$$\n\n${TABLE}\n\n## Compute {#compute}\n\n$$\n6ND\n$$`);
    expect(boxes(html)).toEqual([
      ['table', 'Table 1: Storage'],
      ['formula', 'Formula 1: Storage'],
      ['table', 'Table 2: Storage'],
      ['formula', 'Formula 1: Compute'],
    ]);
  });

  it('names the regions in Chinese on a Chinese page', async () => {
    expect(boxes(await render(`## 存储 {#storage}\n\n${TABLE}`, 'zh'))).toEqual([['table', '表格 1：存储']]);
  });

  it('leaves inline math in the line, unboxed', async () => {
    const html = await render('## Storage {#storage}\n\nWeights take $N \\times b$ bytes.');
    expect(boxes(html)).toEqual([]);
    expect(html).toContain('<span class="katex">');
  });
});
