import { describe, expect, it } from 'vitest';
import { barePage, proseOf, withoutWidgets } from './bare-page.ts';
import { proseLength, syntheticArticle, HANZI_PER_ARTICLE, WORDS_PER_ARTICLE } from './synthetic-content.ts';
import { checkTargets } from './targets.ts';
import { table } from './report.ts';

const page = `<!doctype html><html lang="zh-CN"><head><title>T</title><link rel="stylesheet" href="/site.css"></head><body>
<nav><div>toc</div></nav><h1>Title</h1><div class="prose"><p>a</p><div class="note"><div>n</div></div><!-- </div> -->
<calculator-island class="calculator"><form><div>calc</div></form></calculator-island><p>b</p></div><footer>f</footer></body></html>`;

describe('bare page', () => {
  it('takes the prose column, nested divs included, and nothing after it', () => {
    expect(proseOf(page)).toContain('<div class="note"><div>n</div></div>');
    expect(proseOf(page)).toMatch(/<p>b<\/p>$/);
    expect(proseOf(page)).not.toContain('footer');
  });

  it('drops calculators and keeps the text', () => {
    expect(withoutWidgets(proseOf(page))).not.toContain('calc');
    expect(withoutWidgets(proseOf(page))).toContain('<p>b</p>');
  });

  it('is a document with the page language, title, h1 and only the KaTeX stylesheet', () => {
    const bare = barePage(page, '/__bare/katex/katex.min.css');
    expect(bare).toContain('<html lang="zh-CN">');
    expect(bare).toContain('<h1>Title</h1>');
    expect(bare.match(/rel="stylesheet"/g)).toHaveLength(1);
    expect(bare).not.toContain('toc');
  });

  it('fails loudly on a page without a prose column', () => {
    expect(() => proseOf('<html><body><p>x</p></body></html>')).toThrow(/prose/);
  });
});

describe('synthetic articles', () => {
  it.each(['en', 'zh'] as const)('%s: long enough, 10 display formulas, 2 tables, every ## and ### with an id', (lang) => {
    const text = syntheticArticle(lang, 41);
    const [, frontMatter, body] = text.split(/^---$/m);
    expect(frontMatter).toMatch(/^title: ".{1,70}"$/m);
    expect(frontMatter).toMatch(/^order: 42$/m);
    expect(proseLength(lang, body!)).toBeGreaterThanOrEqual(lang === 'en' ? WORDS_PER_ARTICLE : HANZI_PER_ARTICLE);
    expect(proseLength(lang, body!)).toBeLessThan((lang === 'en' ? WORDS_PER_ARTICLE : HANZI_PER_ARTICLE) * 1.15);
    expect(body!.match(/^\$\$$/gm)).toHaveLength(20);
    expect(body!.match(/^\|---\|/gm)).toHaveLength(2);
    for (const heading of body!.match(/^#{2,3} .*$/gm)!) expect(heading).toMatch(/ \\\{#[a-z0-9-]+\\\}$/);
  });

  it('is the same every run, with the same heading ids in both languages', () => {
    expect(syntheticArticle('en', 3)).toBe(syntheticArticle('en', 3));
    const ids = (lang: 'en' | 'zh') => syntheticArticle(lang, 3).match(/\{#[a-z0-9-]+\\\}/g);
    expect(ids('zh')).toEqual(ids('en'));
  });
});

describe('targets', () => {
  const metrics = (total: number, requests: number, jsGzip: number) => ({ transfer: { total }, requests, jsGzip }) as never;
  const article = (total: number, requests: number, jsGzip: number) => ({
    lang: 'en',
    slug: 's',
    article: { path: '/en/s/', metrics: metrics(total, requests, jsGzip) },
    bare: { path: '/__bare/en/s/', metrics: metrics(50_000, 4, 0) },
    ratios: { transfer: total / 50_000, requests: requests / 4, jsGzipDelta: jsGzip },
  });

  it('passes a page at the limits and fails one beyond them', () => {
    expect(checkTargets([article(50_000, 6, 10_000)], []).map((t) => t.status)).toEqual(['PASS', 'PASS', 'PASS', 'SKIP']);
    expect(checkTargets([article(50_001, 7, 10_001)], []).map((t) => t.status)).toEqual(['FAIL', 'FAIL', 'FAIL', 'SKIP']);
  });

  it('compares build time per page at the largest size with the smallest', () => {
    const run = (perLang: number, msPerPage: number) => ({ perLang, msPerPage }) as never;
    expect(checkTargets([], [run(10, 100), run(500, 130)])[0]!.status).toBe('PASS');
    expect(checkTargets([], [run(10, 100), run(500, 131)])[0]!.status).toBe('FAIL');
  });
});

describe('table', () => {
  it('right-aligns number columns and left-aligns text', () => {
    expect(table(['page', 'kB'], [['/a/', '1.5'], ['/bb/', '10.0']]).split('\n')).toEqual(['page    kB', '----  ----', '/a/    1.5', '/bb/  10.0']);
  });
});
