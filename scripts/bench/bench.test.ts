import { describe, expect, it } from 'vitest';
import { parseHtml } from '../site/hast.ts';
import { barePage, bareProse, likeForLikeKatexCss } from './bare-page.ts';
import { proseLength, syntheticArticle, HANZI_PER_ARTICLE, WORDS_PER_ARTICLE } from './synthetic-content.ts';
import { checkTargets } from './targets.ts';
import { table } from './report.ts';

const page = parseHtml(`<!doctype html><html lang="zh-CN"><head><title>T &amp; U</title><link rel="stylesheet" href="/site.css"></head><body>
<nav><div>toc</div></nav><h1>Title</h1><div class="prose" data-pagefind-body><p>a <span class="katex"><span class="math-text" hidden>x²</span>x</span></p><div class="note"><div>n</div></div><!-- </div> -->
<calculator-island class="calculator"><form data-calculator="storage" data-messages="{&quot;m&quot;:1}"><output data-out="gb">1600 GB</output></form></calculator-island><script src="/x.js"></script><p>b</p></div><footer>f</footer></body></html>`);

describe('bare page', () => {
  it('takes the prose column, nested divs included, without scripts or what follows it', () => {
    const html = barePage(page, '/__bare/katex/katex.min.css');
    expect(html).toContain('<div class="note"><div>n</div></div>');
    expect(html).toMatch(/<p>b<\/p><\/main>/);
    for (const gone of ['x.js', 'footer', 'toc']) expect(html).not.toContain(gone);
  });

  it('keeps what a calculator shows without JavaScript, not what only scripts and search read', () => {
    const html = barePage(page, '/__bare/katex/katex.min.css');
    expect(html).toContain('<calculator-island class="calculator"><form><output>1600 GB</output></form></calculator-island>');
    expect(html).not.toMatch(/data-/);
    // The formula's hidden plain text (for search and copying) is no part of what a reader sees.
    expect(html).toContain('<p>a <span class="katex">x</span></p>');
  });

  it('is a document with the page language, title, h1 and only the KaTeX stylesheet', () => {
    const bare = barePage(page, '/__bare/katex/katex.min.css');
    expect(bare).toMatch(/^<!doctype html><html lang="zh-CN"><head>/);
    expect(bare).toContain('<title>T &#x26; U</title>');
    expect(bare).toContain('<h1>Title</h1>');
    expect(bare.match(/rel="stylesheet"/g)).toHaveLength(1);
  });

  it('fails loudly on a page without a prose column', () => {
    expect(() => bareProse(parseHtml('<html><body><p>x</p></body></html>'))).toThrow(/prose/);
  });

  it("points KaTeX's woff2 sources at the site's subsetted fonts, like for like", () => {
    const stock =
      '@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2"),url(fonts/KaTeX_Main-Regular.woff) format("woff")}' +
      '@font-face{font-family:KaTeX_Math;src:url(fonts/KaTeX_Math-Italic.woff2) format("woff2")}';
    expect(likeForLikeKatexCss(stock, ['/_astro/KaTeX_Main-Regular.hMvE_Qws.woff2'])).toBe(
      '@font-face{font-family:KaTeX_Main;src:url(/_astro/KaTeX_Main-Regular.hMvE_Qws.woff2) format("woff2"),url(fonts/KaTeX_Main-Regular.woff) format("woff")}' +
        '@font-face{font-family:KaTeX_Math;src:url(fonts/KaTeX_Math-Italic.woff2) format("woff2")}',
    );
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
    expect(checkTargets([article(57_500, 5, 4_000)], []).map((t) => t.status)).toEqual(['PASS', 'PASS', 'PASS', 'SKIP', 'SKIP', 'SKIP']);
    expect(checkTargets([article(57_501, 6, 4_001)], []).map((t) => t.status)).toEqual(['FAIL', 'FAIL', 'FAIL', 'SKIP', 'SKIP', 'SKIP']);
  });

  it("compares the build's time and peak memory with Starlight's on the same articles", () => {
    const run = (wallMs: number, peakRssMb: number) => ({ perLang: 500, msPerPage: 1, wallMs, peakRssMb, starlight: { pages: 1001, wallMs: 48_000, peakRssMb: 1200 } }) as never;
    const cpuRun = (cpuSeconds: number) => ({ perLang: 500, msPerPage: 1, wallMs: 1, cpuSeconds, peakRssMb: 1, starlight: { pages: 1001, wallMs: 1000, cpuSeconds: 60, peakRssMb: 1 } }) as never;
    const statuses = (r: never) => checkTargets([], [r]).slice(-2).map((t) => [t.target, t.status, t.measured]);
    expect(statuses(run(48_000, 1200))).toEqual([
      ["build time ≤ 1.0 × Starlight's", 'PASS', '48 / 48 s = 1.00×'],
      ["build peak memory ≤ 1.0 × Starlight's", 'PASS', '1200 / 1200 MB = 1.00×'],
    ]);
    expect(statuses(run(90_900, 4800)).map(([, status]) => status)).toEqual(['FAIL', 'FAIL']);
    // With CPU seconds on both sides the time target compares those, not wall time.
    expect(statuses(cpuRun(66))[0]).toEqual(["build CPU time ≤ 1.0 × Starlight's", 'FAIL', '66 / 60 s = 1.10×']);
  });

  it('compares build time per page at the largest size with the smallest', () => {
    const run = (perLang: number, msPerPage: number) => ({ perLang, msPerPage }) as never;
    expect(checkTargets([], [run(10, 100), run(500, 130)])[0]!.status).toBe('PASS');
    expect(checkTargets([], [run(10, 100), run(500, 130)])[1]!.status).toBe('SKIP');
    expect(checkTargets([], [run(10, 100), run(500, 131)])[0]!.status).toBe('FAIL');
  });
});

describe('table', () => {
  it('right-aligns number columns and left-aligns text', () => {
    expect(table(['page', 'kB'], [['/a/', '1.5'], ['/bb/', '10.0']]).split('\n')).toEqual(['page    kB', '----  ----', '/a/    1.5', '/bb/  10.0']);
  });
});
