import AxeBuilder from '@axe-core/playwright';
import { ANY_WIDTH, ARTICLE, LANGS, expect, test } from './fixtures';

for (const lang of LANGS) {
  test(`the ${lang} article keeps enough contrast in dark mode`, ANY_WIDTH, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/${lang}/${ARTICLE}/`);
    const results = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).setLegacyMode(true).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
  });
}

test('dark mode follows the system setting, and the toggle overrides it and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/en/${ARTICLE}/`);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(21, 23, 26)');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('data-choice', 'system');
  await toggle.click();
  await expect(toggle).toHaveAttribute('data-choice', 'light');
  expect(await background()).toBe('rgb(255, 255, 255)');
  // The choice holds on the next page, from its first paint (theme.js runs before the body).
  await page.goto(`/zh/${ARTICLE}/`);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  expect(await background()).toBe('rgb(255, 255, 255)');
});

test('the print stylesheet keeps the article and writes out link addresses', ANY_WIDTH, async ({ page }) => {
  await page.goto(`/en/${ARTICLE}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  const after = await page.locator('.prose a[href^="https://arxiv.org"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://arxiv.org/');
});

test('each article shows when it was published and last updated, and links to its neighbours', ANY_WIDTH, async ({ page }) => {
  await page.goto(`/en/${ARTICLE}/`);
  // The published date, and the last update only when it came on a later day.
  const times = page.locator('.article-meta time');
  await expect(times.first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  expect(await times.count()).toBeLessThanOrEqual(2);
  const next = page.locator('.article-nav a[rel="next"]');
  await expect(next).toBeVisible();
  await next.click();
  await expect(page.locator('.article-nav a[rel="prev"]')).toHaveAttribute('href', `/en/${ARTICLE}/`);
});
