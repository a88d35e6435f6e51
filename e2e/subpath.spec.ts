import { builtPages } from '../scripts/site/pages';
import { expect, test } from './fixtures';

// The same site built with BASE_PATH=/llm-scale/ and SITE_URL=https://example.org (npm run build:subpath),
// served under /llm-scale/ as a project page of a static host would serve it.
const ORIGIN = `http://127.0.0.1:${process.env.E2E_SUBPATH_PORT ?? 4324}`;
const BASE = '/llm-scale/';

// The 404 page answers 404, which the browser notes in the console; failed assets are caught below.
test.use({ allowedConsole: [/status of 404/] });

for (const path of ['', 'en/', 'zh/model-parameter-scale/', 'no-such-page/']) {
  test(`under a sub-path, ${BASE}${path} keeps every link and asset under it`, async ({ page }) => {
    const outside: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith(BASE)) outside.push(url.pathname);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(response.url());
    });
    await page.goto(`${ORIGIN}${BASE}${path}`);
    await page.waitForLoadState('networkidle');
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const internal = links.filter((href) => !/^(https?:)?\/\//.test(href) && !href.startsWith('#'));
    expect(internal.length).toBeGreaterThan(0);
    for (const href of internal) expect(href.startsWith(BASE), href).toBe(true);
  });
}

test('under a sub-path, canonical and alternate URLs use SITE_URL', async ({ page }) => {
  await page.goto(`${ORIGIN}${BASE}en/model-parameter-scale/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://example.org/llm-scale/en/model-parameter-scale/');
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', 'https://example.org/llm-scale/zh/model-parameter-scale/');
  await page.locator('language-switch a').click();
  // The switch also carries the section the contents box marks.
  await expect(page).toHaveURL(new RegExp(`^${ORIGIN}${BASE}zh/model-parameter-scale/(#[a-z-]+)?$`));
  const robots = await (await page.request.get(`${ORIGIN}${BASE}robots.txt`)).text();
  expect(robots).toContain('Sitemap: https://example.org/llm-scale/sitemap-index.xml');
});

test('under a sub-path, the sitemap lists every article in both languages at SITE_URL', async ({ request }) => {
  const index = await (await request.get(`${ORIGIN}${BASE}sitemap-index.xml`)).text();
  const first = /<loc>https:\/\/example\.org(\/[^<]+)<\/loc>/.exec(index)?.[1];
  expect(first).toMatch(new RegExp(`^${BASE}`));
  const sitemap = await (await request.get(`${ORIGIN}${first!}`)).text();
  for (const path of builtPages('dist-subpath').filter((p) => /^\/(en|zh)\//.test(p))) {
    expect(sitemap).toContain(`<loc>https://example.org${BASE.slice(0, -1)}${path}</loc>`);
  }
});
