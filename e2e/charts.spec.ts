import { TIMELINE } from '../src/data/timeline';
import { ANY_WIDTH, LANGS, expect, test } from './fixtures';

/*
 * The build-time charts (src/components/charts/): drawn without JavaScript, the drawing that suits
 * the width shown, their table twins one click away, and dark ink on paper whatever the scheme.
 */

const MARKED = ['GPT-4o', 'GPT-4o-mini', 'Claude 3.5 Sonnet'];

for (const lang of LANGS) {
  test.describe(`charts (${lang})`, () => {
    test('the timeline draws the width it has, labels the three estimates, and lists every point', async ({ page }) => {
      await page.goto(`/${lang}/model-parameter-scale/`);
      const chart = page.locator('#model-timeline');
      const wide = (page.viewportSize()?.width ?? 0) >= 46 * 16;
      const shown = chart.locator(wide ? 'svg.chart-wide' : 'svg.chart-narrow');
      await expect(shown).toBeVisible();
      await expect(chart.locator(wide ? 'svg.chart-narrow' : 'svg.chart-wide')).toBeHidden();
      const labels = await shown.locator('.label-marked').allTextContents();
      for (const name of MARKED) expect(labels.some((l) => l.startsWith(`${name} `)), name).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
      // Every label lies inside the drawing: none is cut off at an edge.
      const box = (await shown.boundingBox())!;
      for (const label of await shown.locator('.chart-labels text').all()) {
        const b = (await label.boundingBox())!;
        expect(b.x).toBeGreaterThanOrEqual(box.x - 1);
        expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
      }
      const rows = chart.locator('tbody tr');
      await expect(rows.first()).toBeHidden();
      await chart.locator('summary').click();
      await expect(rows).toHaveCount(TIMELINE.length);
      await expect(rows.first()).toBeVisible();
      await expect(rows.locator('a[href^="https://"]')).toHaveCount(TIMELINE.length);
    });

    test('the decoder layer shows the counter’s counts, and its table gives the same total', async ({ page }) => {
      await page.goto(`/${lang}/counting-parameters/`);
      const chart = page.locator('#decoder-block');
      const svg = chart.locator('svg');
      await expect(svg).toBeVisible();
      for (const n of ['8,030,261,248', '41,943,040', '176,160,768', '218,112,000']) await expect(svg.getByText(n, { exact: true })).toHaveCount(1);
      await chart.locator('summary').click();
      await expect(chart.locator('tr.row-total').last()).toContainText('8,030,261,248');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    });

    test('on paper the charts print in dark ink, even with the dark scheme chosen', ANY_WIDTH, async ({ page }) => {
      await page.goto(`/${lang}/counting-parameters/`);
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      await page.emulateMedia({ media: 'print' });
      const fill = await page.locator('#decoder-block svg text.title').first().evaluate((el) => getComputedStyle(el).fill);
      const [r, g, b] = (fill.match(/\d+/g) ?? []).map(Number);
      expect(Math.max(r!, g!, b!), fill).toBeLessThan(80);
    });
  });
}
