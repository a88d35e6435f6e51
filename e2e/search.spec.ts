import { expect, test } from './fixtures';

for (const [lang, query, article] of [
  ['zh', '量化', 'precision-and-quantization'],
  ['en', 'KV cache', 'training-vs-serving-memory'],
] as const) {
  test(`searching “${query}” on the ${lang} site finds the ${article} article`, async ({ page }) => {
    await page.goto(`/${lang}/model-parameter-scale/`);
    // Search costs an article nothing: Pagefind is not loaded until the search page opens.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.getByRole('link', { name: lang === 'en' ? 'Search' : '搜索' }).click();
    await page.getByRole('searchbox').fill(query);
    const results = page.locator('.search-results a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(`/${lang}/${article}/`);
    // Only pages in the reader's language.
    for (const href of hrefs) expect(href.startsWith(`/${lang}/`), href).toBe(true);
    await expect(page.locator('.search-status')).not.toBeEmpty();
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
  });
}

test('the article page itself loads nothing of the search', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/en/model-parameter-scale/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('pagefind'))).toEqual([]);
});
