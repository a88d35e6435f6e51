import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ANY_WIDTH, LANGS, articleUrl, expect, test, type Lang } from './fixtures';

/*
 * What every calculator shares as one platform: the language switch keeps the reader's place,
 * presets fill fields from src/data/models.ts, one grammar reads numbers, and no result, however
 * long, widens a phone page.
 */

const other = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');

/** The language switch's href attribute as it stands (no hover, no focus), as path, query and hash. */
const switchTarget = (page: Page) =>
  page.locator('language-switch a').evaluate((a) => {
    const url = new URL(a.getAttribute('href') ?? '', location.href);
    return `${url.pathname}${url.search}${url.hash}`;
  });

for (const lang of LANGS) {
  test.describe(`calculator platform (${lang})`, () => {
    test('the language switch keeps the calculators’ state and the section being read', async ({ page }) => {
      await page.goto(articleUrl(lang, '?params=7B&precision=bf16'));
      await page.locator('language-switch a').click();
      await expect(page).toHaveURL(new RegExp(`/${other(lang)}/model-parameter-scale/\\?params=7B&precision=bf16`));
      const storage = page.locator('form[data-calculator="storage"]');
      await expect(storage.locator('output[name="weights"]')).toHaveText('14 GB = 13 GiB');

      // Without a #hash, the switch lands on the section the contents box marks.
      await page.goto(articleUrl(lang));
      await page.evaluate(() => document.getElementById('worked-example')!.scrollIntoView({ block: 'start' }));
      await expect(page.locator('toc-highlight a[aria-current="true"]')).toHaveAttribute('href', '#worked-example');
      // From the keyboard, without scrolling the page first (a click would bring the link into view).
      await page.locator('language-switch a').evaluate((a: HTMLElement) => a.focus({ preventScroll: true }));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${other(lang)}/model-parameter-scale/#worked-example$`));
    });

    test('after typing in a calculator and reading on, the switch keeps the section being read and the values', async ({ page }) => {
      await page.goto(articleUrl(lang));
      const storage = page.locator('form[data-calculator="storage"]');
      await storage.locator('input[name="params"]').fill('70B');
      await expect.poll(() => new URL(page.url()).hash).toBe('#storage-calculator');
      const link = page.locator('language-switch a');
      // Still at the calculator: its anchor is the place, and the link has the values with no
      // hover or focus (a right-click "copy link" or a middle-click reads the href as it stands).
      await expect.poll(() => switchTarget(page)).toBe(`/${other(lang)}/model-parameter-scale/?storage.params=70B#storage-calculator`);
      // Read on to the next section.
      await page.evaluate(() => document.getElementById('similar-concepts')!.scrollIntoView({ block: 'start' }));
      await expect.poll(() => switchTarget(page)).toBe(`/${other(lang)}/model-parameter-scale/?storage.params=70B#similar-concepts`);
      // A mouse click where the sticky header shows the link (Playwright's click() would first
      // scroll the page to bring the link "into view", and with it the section being read).
      const box = (await link.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page).toHaveURL(new RegExp(`/${other(lang)}/model-parameter-scale/\\?storage\\.params=70B#similar-concepts$`));
      await expect(page.locator('#similar-concepts')).toBeInViewport();
      await expect(page.locator('form[data-calculator="storage"] input[name="params"]')).toHaveValue('70B');
    });

    test('the switch’s href follows the search typed, with no hover', ANY_WIDTH, async ({ page }) => {
      await page.goto(`/${lang}/search/`);
      await page.getByRole('searchbox').fill('KV cache');
      await expect.poll(() => switchTarget(page)).toBe(`/${other(lang)}/search/?q=KV%20cache`);
    });

    test('at the top of an article, above its first section, the switch leads to the top', async ({ page }) => {
      await page.goto(articleUrl(lang, '#worked-example'));
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(() => switchTarget(page)).toBe(`/${other(lang)}/model-parameter-scale/`);
    });

    test('a preset fills the serving calculator from a published model', async ({ page }) => {
      await page.goto(`/${lang}/training-vs-serving-memory/`);
      const form = page.locator('form[data-calculator="serving"]');
      await form.locator('select[data-preset]').selectOption('llama-3-1-405b');
      await expect(form.locator('input[name="params"]')).toHaveValue('405B');
      await expect(form.locator('input[name="layers"]')).toHaveValue('126');
      await expect(form.locator('input[name="kv-heads"]')).toHaveValue('8');
      await expect(form.locator('input[name="head-dim"]')).toHaveValue('128');
      // 2 × 126 × 8 × 128 × 2 bytes = 516,096 bytes per token.
      await expect(form.locator('output[name="kv-per-token"]')).toHaveText('516.1 kB = 504 KiB');
      await expect.poll(() => new URL(page.url()).searchParams.get('serving.layers')).toBe('126');
    });

    test('a preset picked after a pasted config replaces it: fields and results are one model', ANY_WIDTH, async ({ page }) => {
      await page.goto(`/${lang}/training-vs-serving-memory/`);
      const form = page.locator('form[data-calculator="serving"]');
      await form.locator('textarea[name="config"]').fill(readFileSync('packages/core/fixtures/kv-configs/gemma-2-9b.json', 'utf8'));
      await expect(form.locator('input[name="layers"]')).toHaveValue('42');
      await form.locator('select[data-preset]').selectOption('llama-3-1-405b');
      await expect(form.locator('textarea[name="config"]')).toHaveValue('');
      await expect(form.locator('input[name="layers"]')).toHaveValue('126');
      await expect(form.locator('input[name="layers"]')).not.toHaveAttribute('readonly');
      await expect(form.locator('output[name="kv-per-token"]')).toHaveText('516.1 kB = 504 KiB');
      await expect.poll(() => new URL(page.url()).searchParams.has('serving.config')).toBe(false);
    });

    test('a preset picked while the code loads does not overwrite what is typed after it', async ({ page }) => {
      // The driver arrives only after the reader has picked a model and then typed a size.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/calculator-driver.*.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`/${lang}/training-vs-serving-memory/`);
      const form = page.locator('form[data-calculator="serving"]');
      await form.locator('select[data-preset]').selectOption('llama-3-1-405b');
      await form.locator('input[name="params"]').fill('13B');
      release();
      await expect(form.locator('input[name="layers"]')).toHaveValue('126');
      await expect(form.locator('input[name="params"]')).toHaveValue('13B');
      await expect(form.locator('select[data-preset]')).toHaveValue('');
      // 13B at bf16: 26 GB.
      await expect(form.locator('output[name="weights"]')).toHaveText('26 GB = 24.2 GiB');
      await expect.poll(() => new URL(page.url()).searchParams.get('serving.params')).toBe('13B');
    });

    test('a calculator’s sentences load in the page’s language on first use, not with the page', ANY_WIDTH, async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/calculator-messages/')) fetched.push(new URL(request.url()).pathname);
      });
      await page.goto(articleUrl(lang));
      await page.waitForLoadState('networkidle');
      expect(fetched).toEqual([]);
      const form = page.locator('form[data-calculator="storage"]');
      await form.locator('input[name="params"]').fill('');
      await expect(form.locator('#storage-params-error')).toHaveText(lang === 'en' ? /^Enter a parameter count/ : /^请输入参数量/);
      expect(fetched).toEqual([`/${lang}/calculator-messages/storage.json`]);
    });

    test.describe('when its code or sentences cannot load', () => {
      // The browser notes the failed request; nothing else may reach the console (fixtures.ts).
      test.use({ allowedConsole: [/Failed to load resource/] });
      for (const [what, pattern] of [
        ['sentences', '**/calculator-messages/*.json'],
        ['code', '**/calculator-driver.*.js'],
      ] as const) {
        test(`without its ${what}, a calculator says its results are still the example’s`, ANY_WIDTH, async ({ page }) => {
          await page.route(pattern, (route) => route.fulfill({ status: 404, body: '' }));
          await page.goto(articleUrl(lang));
          const form = page.locator('form[data-calculator="storage"]');
          await expect(form.getByRole('alert')).toBeHidden();
          await form.locator('input[name="params"]').fill('7B');
          await expect(form.getByRole('alert')).toHaveText(lang === 'en' ? /^The calculator could not load/ : /^计算器未能加载/);
          await expect(form.locator('output[name="weights"]')).toHaveText('1600 GB = 1.6 TB = 1490.1 GiB');
          // The reload the note asks for brings back what was typed, and what is typed after it.
          await expect.poll(() => new URL(page.url()).searchParams.get('storage.params')).toBe('7B');
          await form.locator('input[name="bytes"]').fill('0.5');
          await expect.poll(() => new URL(page.url()).searchParams.get('storage.bytes')).toBe('0.5');
          await page.unroute(pattern);
          await page.reload();
          await expect(form.locator('input[name="params"]')).toHaveValue('7B');
          await expect(form.locator('output[name="weights"]')).toHaveText('3.5 GB = 3.3 GiB');
        });
      }

      test('sentences of another shape (a page from before a deploy) count as not loaded', ANY_WIDTH, async ({ page }) => {
        await page.route('**/calculator-messages/*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }));
        await page.goto(articleUrl(lang));
        const form = page.locator('form[data-calculator="storage"]');
        await form.locator('input[name="params"]').fill('7B');
        await expect(form.getByRole('alert')).toBeVisible();
      });
    });

    test('the language switch keeps a calculator whose fields are on screen, below its heading', ANY_WIDTH, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 700 });
      await page.goto(`/${lang}/training-vs-serving-memory/`);
      const form = page.locator('form[data-calculator="serving"]');
      const devices = form.locator('input[name="devices"]');
      await devices.fill('4');
      await expect(page).toHaveURL(/#serving-calculator$/);
      // The field in view, the calculator's heading far above it.
      await devices.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect(page.locator('#serving-calculator')).not.toBeInViewport();
      await expect(page.locator('language-switch a')).toHaveAttribute('href', /serving\.devices=4#serving-calculator$/);
    });

    test('small ratios keep their significant digits', async ({ page }) => {
      await page.goto(`/${lang}/compute-and-training-cost/?params=405B&tokens=15B`);
      await expect(page.locator('form[data-calculator="compute"] output[name="tokens-per-param"]')).toHaveText('0.037');
    });

    test('a share of 1 or less asks whether a percentage was meant', async ({ page }) => {
      await page.goto(`/${lang}/compute-and-training-cost/?training.utilization=0.4`);
      const form = page.locator('form[data-calculator="training"]');
      await expect(form.locator('#training-utilization-error')).toHaveText(lang === 'en' ? 'Read as 0.4%. Did you mean 40%?' : '已按 0.4% 计算。是否想输入 40%？');
      await expect(form.locator('input[name="utilization"]')).not.toHaveAttribute('aria-invalid', 'true');
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const lang of LANGS) {
    test(`no value in the URL widens the ${lang} page`, async ({ page }) => {
      const long = '9'.repeat(60);
      await page.goto(articleUrl(lang, `?params=1e-30&storage.params=${long}&brain.params=1e15&compute.tokens=1e15`));
      await expect(page.locator('form[data-calculator="storage"] input[name="params"]')).toHaveAttribute('aria-invalid', 'true');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
