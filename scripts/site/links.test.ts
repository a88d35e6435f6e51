import { describe, expect, it } from 'vitest';
import { checkLinks } from './links';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

function site(pages: Record<string, string>, extraFiles: string[] = [], base = '/') {
  return {
    pages: new Map(Object.entries(pages)),
    files: new Set([...Object.keys(pages), ...extraFiles]),
    base,
    siteOrigin: 'https://example.org',
  };
}

const article = page('<h2 id="storage">Storage</h2><a href="#storage">self</a>');

describe('checkLinks', () => {
  it.each([
    ['a working fragment on the same page', { '/en/a/index.html': article }, []],
    ['a link to another page and its section', { '/en/a/index.html': article, '/en/b/index.html': page('<a href="/en/a/#storage">x</a>') }, []],
    ['a relative link', { '/en/a/index.html': article, '/en/b/index.html': page('<a href="../a/">x</a>') }, []],
    ['an asset that exists', { '/en/a/index.html': page('<link rel="stylesheet" href="/_astro/x.css">') }, []],
    ['an external link (not fetched)', { '/en/a/index.html': page('<a href="https://arxiv.org/abs/2412.19260">p</a>') }, []],
    ['the language switch into the other language', { '/en/a/index.html': page('<a href="/zh/a/" hreflang="zh-CN">中文</a>'), '/zh/a/index.html': article }, []],
    ['a canonical URL on the site origin', { '/en/a/index.html': page('<link rel="alternate" hreflang="zh-CN" href="https://example.org/zh/a/">'), '/zh/a/index.html': article }, []],
  ])('accepts %s', (_name, pages, expected) => {
    expect(checkLinks(site(pages, ['/_astro/x.css'])).problems).toEqual(expected);
  });

  it.each([
    ['a broken fragment on the same page', { '/en/a/index.html': page('<a href="#nowhere">x</a>') }, '/en/a/index.html', 'no element with id "nowhere" on /en/a/index.html'],
    ['a broken fragment on another page', { '/en/a/index.html': article, '/en/b/index.html': page('<a href="/en/a/#nowhere">x</a>') }, '/en/b/index.html', 'no element with id "nowhere" on /en/a/index.html'],
    ['a missing page', { '/en/a/index.html': page('<a href="/en/missing/">x</a>') }, '/en/a/index.html', 'no such page or file'],
    ['a missing asset', { '/en/a/index.html': page('<script type="module" src="/_astro/gone.js"></script>') }, '/en/a/index.html', 'no such page or file'],
    ['an empty fragment', { '/en/a/index.html': page('<a href="#">x</a>') }, '/en/a/index.html', 'empty fragment "#"'],
    ['a link into the other language outside the switch', { '/en/a/index.html': page('<a href="/zh/a/">x</a>'), '/zh/a/index.html': article }, '/en/a/index.html', 'leads from the en pages into the zh pages outside the language switch'],
  ])('reports %s', (_name, pages, problemPage, reason) => {
    expect(checkLinks(site(pages)).problems).toEqual([expect.objectContaining({ page: problemPage, reason })]);
  });

  it('requires links to stay under the base path of a sub-path deployment', () => {
    const pages = { '/llm-scale/en/a/index.html': page('<a href="/en/a/">x</a><a href="/llm-scale/en/a/">ok</a>') };
    const { problems, links } = checkLinks(site(pages, [], '/llm-scale/'));
    expect(links).toBe(2);
    expect(problems).toEqual([{ page: '/llm-scale/en/a/index.html', link: '/en/a/', reason: "points outside the site's base path /llm-scale/" }]);
  });

  it('counts pages and links', () => {
    const report = checkLinks(site({ '/en/a/index.html': article, '/en/b/index.html': page('<a href="/en/a/">a</a><a href="/en/a/#storage">b</a>') }));
    expect(report).toMatchObject({ pages: 2, links: 3, problems: [] });
  });
});
