import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { remarkHeadingIds } from './remark-heading-ids';

// Through Astro's own Markdown pipeline, as the build runs the plugin.
const processor = await createMarkdownProcessor({ remarkPlugins: [remarkHeadingIds], syntaxHighlight: false });
const render = async (markdown: string) => (await processor.render(markdown, { fileURL: new URL('file:///site/content/en/a.mdx') })).code;

describe('remarkHeadingIds', () => {
  it.each([
    ['an h2', '## Storage requirements {#storage-requirements}', '<h2 id="storage-requirements">Storage requirements</h2>'],
    ['an h3', '### A closer look {#closer-look}', '<h3 id="closer-look">A closer look</h3>'],
    ['a heading with inline code before the id', '## The `head_dim` field {#head-dim}', '<h2 id="head-dim">The <code>head_dim</code> field</h2>'],
    ['a Chinese heading', '## 存储需求 {#storage-requirements}', '<h2 id="storage-requirements">存储需求</h2>'],
  ])('takes the explicit id of %s off its text', async (_name, markdown, html) => {
    expect(await render(markdown)).toBe(html);
  });

  it('leaves an h4 without an id to Astro', async () => {
    expect(await render('#### Minor point')).toBe('<h4 id="minor-point">Minor point</h4>');
  });

  it.each([
    ['an h2 without an id', '## Storage', /a\.mdx:1: h2 "Storage" has no stable id/],
    ['an h3 on a later line', 'Text.\n\n### Detail', /a\.mdx:3: h3 "Detail" has no stable id/],
    ['an id that is not a lowercase slug', '## Storage {#Storage_Req}', /h2 "Storage \{#Storage_Req\}" has no stable id/],
  ])('stops the build on %s', async (_name, markdown, message) => {
    await expect(render(markdown)).rejects.toThrow(message);
  });
});
