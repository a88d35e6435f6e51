import AxeBuilder from '@axe-core/playwright';
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

    test('the serving calculator draws memory against capacity, and redraws it as a field changes', async ({ page }) => {
      const words = {
        en: { fits: '71.3 GB of 73.6 GB usable: fits', over: 'Over by 69.1 GB: does not fit in 73.6 GB', bar: 'GPUs 1–2, each', one: 'GPU 1', row: 'Over the usable limit' },
        zh: { fits: '已用 71.3 GB，可用 73.6 GB：放得下', over: '超出 69.1 GB：可用的 73.6 GB 放不下', bar: 'GPU 1–2（每张）', one: 'GPU 1', row: '超出可用上限' },
      }[lang];
      await page.goto(`/${lang}/training-vs-serving-memory/`);
      const chart = page.locator('#serving-memory-bars');
      const svg = chart.locator('svg.memory-svg');
      // Drawn at build time: the default, Llama 3.1 70B on two 80 GB GPUs, fits.
      await expect(svg).toBeVisible();
      await expect(svg.locator('text.title')).toHaveText([words.bar]);
      await expect(svg.getByText(words.fits, { exact: true })).toBeVisible();
      await expect(svg.locator('.mem-over')).toHaveCount(0);
      await expect(svg).toHaveAttribute('aria-label', new RegExp(`${words.bar}.{1,2}${words.fits}`));
      // One GPU: the bar runs past the capacity line, hatched, and the words say it does not fit.
      await page.locator('form[data-calculator="serving"] input[name="devices"]').fill('1');
      await expect(svg.locator('text.title')).toHaveText([words.one]);
      await expect(svg.locator('text.mem-over-text')).toHaveText(words.over);
      await expect(svg).toHaveAttribute('aria-label', new RegExp(words.over));
      const over = (await svg.locator('rect.mem-over').boundingBox())!;
      const capacity = (await svg.locator('path.mem-capacity-line').boundingBox())!;
      expect(over.x + over.width).toBeGreaterThan(capacity.x + capacity.width);
      await expect(svg.locator('path.mem-hatch')).toHaveCount(1);
      // The table twin follows, and a bad field withholds the picture with every other result.
      await chart.locator('summary').click();
      await expect(chart.locator('tbody th', { hasText: words.row })).toBeVisible();
      await expect(chart.locator('td.mem-over-cell')).toHaveText(words.over);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
      await page.locator('form[data-calculator="serving"] input[name="devices"]').fill('2');
      await expect(svg.getByText(words.fits, { exact: true })).toBeVisible();
      // The table stays open while it is redrawn.
      await expect(chart.locator('td.mem-over-cell')).toHaveCount(0);
      await expect(chart.locator('details')).toHaveAttribute('open', '');
    });

    test('the fine-tuning calculator draws its GPUs’ memory, and one GPU without ZeRO runs past the line', async ({ page }) => {
      const words = {
        en: { fits: '18 GB of 80 GB usable: fits', over: 'Over by 50.4 GB: does not fit in 80 GB' },
        zh: { fits: '已用 18 GB，可用 80 GB：放得下', over: '超出 50.4 GB：可用的 80 GB 放不下' },
      }[lang];
      await page.goto(`/${lang}/fine-tuning-memory-and-cost/`);
      const form = page.locator('form[data-calculator="fine-tuning"]');
      const svg = page.locator('#fine-tuning-memory-bars svg.memory-svg');
      await expect(svg.getByText(words.fits, { exact: true })).toBeVisible();
      for (const part of ['weights', 'gradients', 'optimizer', 'activations']) await expect(svg.locator(`rect.mem-${part}`)).toHaveCount(1);
      await form.locator('input[name="devices"]').fill('1');
      await form.locator('select[name="zero"]').selectOption('0');
      await expect(svg.locator('text.mem-over-text')).toHaveText(words.over);
      await expect(svg.locator('path.mem-hatch')).toHaveCount(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    });

    test('the over-capacity picture and its open table pass axe in light and dark', ANY_WIDTH, async ({ page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/${lang}/training-vs-serving-memory/`);
        await page.locator('form[data-calculator="serving"] input[name="devices"]').fill('1');
        const chart = page.locator('#serving-memory-bars');
        await expect(chart.locator('svg.memory-svg rect.mem-over')).toHaveCount(1);
        await chart.locator('summary').click();
        const results = await new AxeBuilder({ page })
          .include('#serving-memory-bars')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
          .setLegacyMode(true)
          .analyze();
        expect(results.violations, colorScheme).toEqual([]);
      }
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
