import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { emptyBytes, formatWeights, gzipSize, overBudget, type Kind, type PageWeight } from '../scripts/site/budgets';
import { builtPages, findArticles } from '../scripts/site/pages';
import { expect, test } from './fixtures';

// WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

const kindOf = (type: string): Kind =>
  type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' ? 'font' : 'other';
const TEXT: readonly Kind[] = ['html', 'css', 'js', 'other'];

const articles = new Set(findArticles('dist').map((a) => a.path));
const weights: PageWeight[] = [];

// One visit per page does every whole-page check: axe runs once per page, in one viewport (this
// file runs in the desktop project only), instead of once per check; on an article page the same
// visit weighs what the page loads against the budget of scripts/site/budgets.ts. The build checks
// the HTML, CSS and JavaScript too (scripts/check-budgets.ts); here Chromium also counts the KaTeX
// font faces it fetches for the page's glyphs, which only layout can tell.
for (const path of builtPages('dist')) {
  test(`page ${path}: no accessibility violations, nothing from another origin, a strict Content-Security-Policy${articles.has(path) ? ', within its byte budget' : ''}`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    const failed: string[] = [];
    const sizes: Promise<[Kind, number]>[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(`${response.status()} ${response.url()}`);
      const kind = kindOf(response.request().resourceType());
      sizes.push(response.body().then((body) => [kind, TEXT.includes(kind) ? gzipSize(body) : body.length]));
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(failed, 'failed requests').toEqual([]);

    if (articles.has(path)) {
      const bytes = emptyBytes();
      for (const [kind, size] of await Promise.all(sizes)) bytes[kind] += size;
      const weight = { path, bytes, requests: sizes.length };
      weights.push(weight);
      expect(overBudget(weight), 'over the byte budget').toEqual([]);
    }

    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    // One inline script is allowed, by its hash: the colour scheme, which must run before the first paint.
    const allowed = /script-src 'self' 'sha256-([A-Za-z0-9+/]+=*)' 'wasm-unsafe-eval'(;|$)/.exec(csp ?? '')?.[1];
    expect(allowed, `script-src of ${csp}`).toBeDefined();
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    // CSP violations would also show up as console errors, which the fixture rejects.
    const { scripts, ...otherInline } = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''),
      styles: document.querySelectorAll('style').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`)),
      // No frames: axe's legacy mode below checks the top document only.
      frames: document.querySelectorAll('iframe, frame').length,
    }));
    expect(scripts.map((text) => createHash('sha256').update(text).digest('base64')), 'inline scripts').toEqual([allowed]);
    expect(otherInline).toEqual({ styles: 0, handlers: [], frames: 0 });

    // Legacy mode: axe in the page alone, without the blank page @axe-core/playwright opens to merge
    // results across frames. The site has no frames, and each run takes half the time (1.0 s
    // against 1.7-2.6 s on the longest pages, same rules passed).
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
    expect(summary, `axe violations on ${path}`).toEqual([]);
    test.info().annotations.push({ type: 'axe', description: `${results.passes.length} rules passed, ${results.incomplete.length} need review` });
  });
}

// Each worker prints the pages it weighed.
test.afterAll(() => {
  if (weights.length > 0) console.log(formatWeights(weights));
});

test.describe('an unknown address', () => {
  test.use({ allowedConsole: [/status of 404/] });
  test('gets the bilingual 404 page with a way home', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText('Page not found');
    await expect(page.locator('h1')).toContainText('页面不存在');
    await page.locator('a[href="/zh/"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});

test('without SITE_URL, robots.txt names no sitemap and there is none (no localhost addresses)', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toBe('User-agent: *\nAllow: /\n');
  expect((await request.get('/sitemap-index.xml')).status()).toBe(404);
  for (const path of builtPages('dist').filter((p) => /^\/(en|zh)\//.test(p)).slice(0, 4)) {
    expect(await (await request.get(path)).text()).not.toContain('localhost');
  }
});
