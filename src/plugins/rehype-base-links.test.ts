import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from './rehype-base-links';

const render = async (markdown: string, base: string) => {
  const processor = await createMarkdownProcessor({ rehypePlugins: [[rehypeBaseLinks, { base }]], syntaxHighlight: false });
  return (await processor.render(markdown, { fileURL: new URL('file:///site/content/en/a.mdx') })).code;
};

describe('rehypeBaseLinks', () => {
  it.each([
    ['a root-relative link under a sub-path', '[g](/en/glossary/#kv-cache)', '/llm-scale/', '<p><a href="/llm-scale/en/glossary/#kv-cache">g</a></p>'],
    ['a base given without its trailing slash', '[g](/en/glossary/)', '/llm-scale', '<p><a href="/llm-scale/en/glossary/">g</a></p>'],
    ['a root-relative link at the root', '[g](/en/glossary/)', '/', '<p><a href="/en/glossary/">g</a></p>'],
    ['a fragment on the same page', '[s](#storage)', '/llm-scale/', '<p><a href="#storage">s</a></p>'],
    ['an external link', '[p](https://arxiv.org/abs/2001.08361)', '/llm-scale/', '<p><a href="https://arxiv.org/abs/2001.08361">p</a></p>'],
    ['a protocol-relative link', '<a href="//example.org/x">x</a>', '/llm-scale/', '<p><a href="//example.org/x">x</a></p>'],
  ])('%s', async (_name, markdown, base, html) => {
    expect(await render(markdown, base)).toBe(html);
  });
});
