import { ANY_WIDTH, ARTICLE, LANGS, expect, test } from './fixtures';

test('the root page answers and leads to both languages', ANY_WIDTH, async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('a[hreflang="en"]')).toHaveAttribute('href', '/en/');
  await expect(page.locator('a[hreflang="zh-CN"]')).toHaveAttribute('href', '/zh/');
  await page.locator('a[hreflang="zh-CN"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

for (const lang of LANGS) {
  test(`the ${lang} home lists the article`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await page.locator(`.article-list a[href="/${lang}/${ARTICLE}/"]`).click();
    await expect(page.locator('h1')).toContainText('GPT-4o');
  });
}
