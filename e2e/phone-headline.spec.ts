import type { Locator, Page } from '@playwright/test';
import { LANGS, expect, test } from './fixtures';

/*
 * The calculators' answer line on a phone (Calculator.astro's .calc-headline, sticky at the bottom of
 * the screen) must never cover what the reader is reading or has focused: an open table of results,
 * or a field reached with Tab. Screenshots of each case, both languages, light and dark, go to
 * test-results/ for a look.
 */

const PHONE = { width: 375, height: 740 };

/** Whether any part of `el` inside the viewport lies under the calculator's sticky answer line. */
function underHeadline(el: Locator): Promise<boolean> {
  return el.evaluate((node) => {
    const headline = node.closest('form')?.querySelector('.calc-headline');
    if (!headline || getComputedStyle(headline).display === 'none') return false;
    const h = headline.getBoundingClientRect();
    const r = node.getBoundingClientRect();
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, innerHeight);
    return bottom > top && bottom > h.top + 1 && top < h.bottom - 1;
  });
}

async function openTable(page: Page) {
  const table = page.locator('#serving-memory-bars details');
  await table.locator('summary').click();
  await expect(table).toHaveAttribute('open');
  return table;
}

for (const lang of LANGS) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`the phone answer line (${lang}, ${scheme})`, () => {
      test.use({ viewport: PHONE, colorScheme: scheme });

      test('covers no row of an open table of results, wherever it is scrolled', async ({ page }, info) => {
        await page.goto(`/${lang}/training-vs-serving-memory/#serving-calculator`);
        const table = await openTable(page);
        const rows = table.locator('tr');
        const count = await rows.count();
        expect(count).toBeGreaterThan(3);
        // Each row brought to the bottom of the screen, as a reader scrolling down meets it.
        for (let i = 0; i < count; i++) {
          await rows.nth(i).evaluate((row) => row.scrollIntoView({ block: 'end' }));
          expect(await underHeadline(rows.nth(i)), `row ${i + 1} of ${count}`).toBe(false);
        }
        await page.screenshot({ path: info.outputPath(`table-bottom-${lang}-${scheme}.png`) });
        // Closed again, the line follows the reader as before.
        await table.locator('summary').click();
        await page.locator('#serving-batch').scrollIntoViewIfNeeded();
        const headline = page.locator('[data-calculator="serving"] .calc-headline');
        await expect(headline).toBeInViewport();
        expect(await headline.evaluate((h) => getComputedStyle(h).position)).toBe('sticky');
      });

      test('never hides the field or control reached with Tab', async ({ page }, info) => {
        await page.goto(`/${lang}/training-vs-serving-memory/`);
        const form = page.locator('form[data-calculator="serving"]');
        await form.locator('input, select, textarea, button, summary, [tabindex="0"]').first().focus();
        let checked = 0;
        for (let step = 0; step < 60; step++) {
          const focused = page.locator(':focus');
          if (!(await focused.evaluate((el) => !!el.closest('form[data-calculator="serving"]')))) break;
          expect(await underHeadline(focused), await focused.evaluate((el) => el.outerHTML.slice(0, 80))).toBe(false);
          checked++;
          if (step === 20) await page.screenshot({ path: info.outputPath(`tab-${lang}-${scheme}.png`) });
          await page.keyboard.press('Tab');
        }
        expect(checked).toBeGreaterThan(20);
      });
    });
  }
}
