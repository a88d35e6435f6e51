import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingLinks } from './rehype-heading-links';
import { remarkHeadingIds } from './remark-heading-ids';

const processor = await createMarkdownProcessor({ remarkPlugins: [remarkHeadingIds], rehypePlugins: [rehypeHeadingLinks], syntaxHighlight: false });
const render = async (markdown: string, lang: 'en' | 'zh') =>
  (await processor.render(markdown, { fileURL: new URL(`file:///site/content/${lang}/a.mdx`) })).code;

describe('rehypeHeadingLinks', () => {
  it.each([
    [
      'en',
      '## Storage {#storage}',
      '<div class="heading-wrapper level-h2"><h2 id="storage">Storage</h2><a class="heading-link" href="#storage"><span aria-hidden="true">#</span><span class="sr-only">Link to section: Storage</span></a></div>',
    ],
    [
      'zh',
      '### 存储 {#storage}',
      '<div class="heading-wrapper level-h3"><h3 id="storage">存储</h3><a class="heading-link" href="#storage"><span aria-hidden="true">#</span><span class="sr-only">本节链接：存储</span></a></div>',
    ],
  ] as const)('puts a self-link named in the article’s language (%s) beside the heading, not inside it', async (lang, markdown, html) => {
    expect(await render(markdown, lang)).toBe(html);
  });

  it('names the link by the heading’s plain text, formatting dropped', async () => {
    expect(await render('## The `head_dim` field {#head-dim}', 'en')).toContain('<span class="sr-only">Link to section: The head_dim field</span>');
  });

  it('leaves other headings alone', async () => {
    expect(await render('#### Minor point', 'en')).toBe('<h4 id="minor-point">Minor point</h4>');
  });
});
