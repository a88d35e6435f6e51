import { ANY_WIDTH, LANGS, expect, test } from './fixtures';
import { existsSync, readdirSync } from 'node:fs';

/*
 * Issue 27, "A reader's pass": finding the calculators, the answer in sight on a phone, what a
 * screen reader hears, print, search, typography, the 404 page in Chinese, and hostile or
 * hand-written links. Run against the main build (no SITE_URL).
 */

// The calculators are the folders of src/calculators that hold a spec (src/calculators/registry.ts finds them the same way).
const CALCULATOR_COUNT = readdirSync('src/calculators', { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(`src/calculators/${d.name}/index.ts`)).length;
const isPhone = (width: number | undefined) => (width ?? 1280) < 768;

/** Relative luminance contrast of two rgb() colours (WCAG 2). */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const lang of LANGS) {
  test.describe(`finding the calculators (${lang})`, () => {
    test('the home page lists every calculator with its question, and each link lands on it', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const items = page.locator('.calculator-list li');
      await expect(items).toHaveCount(CALCULATOR_COUNT);
      await expect(page.locator('h2#calculators')).toHaveText(lang === 'en' ? 'Calculators' : '计算器');
      for (const item of await items.all()) {
        await expect(item.locator('p').first()).toHaveText(/[?？]$/);
      }
      const serving = page.locator('.calculator-list a[href$="#serving-calculator"]');
      await expect(serving).toHaveAttribute('href', `/${lang}/training-vs-serving-memory/#serving-calculator`);
      await serving.click();
      await expect(page.locator('#serving-calculator')).toBeInViewport();
    });

    test('the contents list names the calculators under their sections', ANY_WIDTH, async ({ page }) => {
      await page.goto(`/${lang}/model-parameter-scale/`);
      const names = await page.locator('.toc li.toc-calculator a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(names).toEqual(['#models-calculator', '#brain-calculator', '#compute-calculator', '#storage-calculator']);
      for (const href of names) await expect(page.locator(href!)).toHaveCount(1);
    });
  });
}

test.describe('the answer in sight, and what a screen reader hears', () => {
  test('on a phone the headline result stays on screen while a field far above it is edited', async ({ page, viewport }) => {
    await page.goto('/en/training-vs-serving-memory/');
    const form = page.locator('form[data-calculator="serving"]');
    const headline = form.locator('.calc-headline');
    if (!isPhone(viewport?.width)) {
      await expect(headline).toBeHidden();
      return;
    }
    const field = form.locator('#serving-context');
    await field.scrollIntoViewIfNeeded();
    await field.fill('32k');
    await expect(field).toBeInViewport();
    await expect(headline).toBeInViewport();
    // The calculator's headline output, whichever it is, with its label.
    await expect(headline).toHaveText(/^[^:]+: \S/);
    // Past the calculator it goes with it.
    await page.locator('#sources').scrollIntoViewIfNeeded();
    await expect(headline).not.toBeInViewport();
  });

  test('a screen reader hears the headline once when typing pauses, not every result on every keystroke', ANY_WIDTH, async ({ page }) => {
    await page.goto('/en/model-parameter-scale/');
    const form = page.locator('form[data-calculator="storage"]');
    await expect(form.locator('output[aria-live="polite"]')).toHaveCount(0);
    const announcer = form.locator('[data-announce]');
    await expect(announcer).toHaveAttribute('aria-live', 'polite');
    await announcer.evaluate((el) => {
      (window as unknown as { said: string[] }).said = [];
      new MutationObserver(() => (window as unknown as { said: string[] }).said.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });
    await form.locator('#storage-params').pressSequentially('70B', { delay: 50 });
    await form.locator('#storage-params').fill('');
    await form.locator('#storage-params').pressSequentially('7B', { delay: 50 });
    await expect(announcer).toHaveText('Weight storage: 56 GB = 52.2 GiB');
    await page.waitForTimeout(1000);
    // Once, and with its units kept to their numbers by no-break spaces.
    expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual(['Weight storage: 56\u00a0GB\u00a0= 52.2\u00a0GiB']);
  });
});

test.describe('faults from public reports', () => {
  test.use({ allowedConsole: [/status of 404/] });
  test('printing in the dark scheme prints dark text on white', ANY_WIDTH, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/model-parameter-scale/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const selector of ['.article-meta', '.calculator-intro', '.calc-note', '.sources li']) {
      const color = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).color);
      expect(contrast(color, 'rgb(255, 255, 255)'), `${selector} prints at ${color}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('config textareas take the fields’ colours in the dark scheme', ANY_WIDTH, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/training-vs-serving-memory/');
    const style = (selector: string) => page.locator(selector).evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color].join());
    expect(await style('#serving-config')).toBe(await style('#serving-context'));
  });

  test('a broken percent-escape in the hash throws nothing, and the switch keeps the query', ANY_WIDTH, async ({ page }) => {
    await page.goto('/en/model-parameter-scale/?storage.params=70B#%E0%A4%A');
    const link = page.locator('language-switch a');
    await link.hover();
    await expect(link).toHaveAttribute('href', /\/zh\/model-parameter-scale\/\?storage\.params=70B(#|$)/);
  });

  test('a lone surrogate typed into search throws nothing, and the search runs', ANY_WIDTH, async ({ page }) => {
    await page.goto('/en/search/');
    await page.locator('#search-input').evaluate((el: HTMLInputElement) => {
      el.value = 'KV \uD83D';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(page.locator('.search-status')).toHaveText(/result|Nothing found/);
    expect(new URL(page.url()).search).toBe('?q=KV%20%EF%BF%BD');
  });

  test('a Chinese query on the English search points to the Chinese search, which finds it', ANY_WIDTH, async ({ page }) => {
    await page.goto('/en/search/?q=%E6%98%BE%E5%AD%98');
    const other = page.locator('.search-other a');
    await expect(other).toHaveText('Search the Chinese pages for “显存”');
    await expect(other).toHaveAttribute('href', '/zh/search/?q=%E6%98%BE%E5%AD%98');
    await other.click();
    await expect(page.locator('.search-results li').first()).toBeVisible();
    await expect(page.locator('.search-other')).toBeHidden();
  });

  for (const query of ['VRAM', 'RTX 4090', 'vram calculator']) {
    test(`searching "${query}" finds the serving memory calculator's article`, ANY_WIDTH, async ({ page }) => {
      await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('.search-results > li > a[href*="/en/training-vs-serving-memory/"]')).toHaveCount(1);
      // The words that find it are metadata, not text: no excerpt is a list of them.
      const excerpts = (await page.locator('.search-results > li > p').allTextContents()).join(' ');
      expect(excerpts).not.toContain('VRAM calculator, GPU memory');
    });
  }

  test('a search excerpt from a table reads as the row, not as raw cells', ANY_WIDTH, async ({ page }) => {
    await page.goto('/en/search/?q=kv_a_proj_with_mqa');
    const excerpt = page.locator('.search-results > li > p').first();
    await expect(excerpt).toContainText(/kv_a_proj_with_mqa;|: kv_a_proj_with_mqa/);
    await expect(excerpt).not.toContainText('kv_a_proj_with_mqa.');
  });

  test('Chinese search excerpts do not start with a full stop or carry ". " after a Chinese word', ANY_WIDTH, async ({ page }) => {
    await page.goto('/zh/search/?q=%E6%98%BE%E5%AD%98');
    const excerpts = page.locator('.search-results > li > p');
    await expect(excerpts.first()).toBeVisible();
    for (const text of await excerpts.allTextContents()) {
      expect(text).not.toMatch(/^[.。,，]/);
      expect(text).not.toMatch(/\p{Script=Han}\. /u);
    }
  });

  test('the Chinese 404 page has a Chinese header and footer', ANY_WIDTH, async ({ page }) => {
    // The page answers 404, which the browser notes in the console.
    const response = await page.goto('/zh/does-not-exist/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('.site-header')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('.site-header .search-link')).toHaveText('搜索');
    await expect(page.locator('.site-footer')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('.skip-link')).toHaveText('跳到正文');
  });

  test('the Chinese page’s file picker speaks Chinese, whatever the browser’s language', ANY_WIDTH, async ({ page }) => {
    await page.goto('/zh/counting-parameters/');
    const picker = page.locator('form[data-calculator="checkpoint"] .file-picker');
    await expect(picker.locator('.file-picker-button')).toHaveText('选择文件');
    await expect(picker.locator('.file-picker-names')).toHaveText('未选择文件');
    await expect(picker.locator('input[type="file"]')).toHaveAccessibleName(/.+/);
  });

  test('model names and numbers with units do not break', ANY_WIDTH, async ({ page }) => {
    await page.goto('/en/model-parameter-scale/');
    await expect(page.locator('h1 .nowrap').first()).toHaveText('GPT-4o');
    // The article's own text (paragraphs, lists, tables), not the calculators' results, which the browser writes.
    const prose = (await page.locator('.prose :is(p, li, td):not(calculator-island *)').allTextContents()).join(' ');
    expect(prose).not.toMatch(/\d GB\b/);
    expect(prose).toMatch(/\d\u00a0GB\b/);
  });

  test('on a phone the date line never ends with its dot', async ({ page, viewport }) => {
    await page.goto('/en/model-parameter-scale/');
    const sep = page.locator('.article-meta .meta-sep');
    if ((await sep.count()) === 0) return;
    const [dot, date] = await Promise.all([sep.boundingBox(), page.locator('.article-meta time').first().boundingBox()]);
    expect(Math.abs(dot!.y - date!.y), `at ${viewport?.width}px`).toBeLessThan(4);
  });

  test('the storage calculator’s fields side by side keep their controls aligned', async ({ page, viewport }) => {
    await page.goto('/en/model-parameter-scale/');
    const form = page.locator('form[data-calculator="storage"]');
    await page.setViewportSize({ width: viewport?.width ?? 1280, height: 800 });
    const boxes = await form.locator('.calc-field').evaluateAll((fields) =>
      fields.map((f) => ({ row: Math.round(f.getBoundingClientRect().top), control: f.querySelector('input, select, textarea')!.getBoundingClientRect().top })),
    );
    // Fields that start on the same row (side by side) have their controls on one line, however their labels wrap.
    const rows = new Map<number, number[]>();
    for (const box of boxes) rows.set(box.row, [...(rows.get(box.row) ?? []), box.control]);
    const sideBySide = [...rows.values()].filter((tops) => tops.length > 1);
    if (isPhone(viewport?.width)) return;
    expect(sideBySide.length).toBeGreaterThan(0);
    for (const tops of sideBySide) expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(1);
  });

  test('wide formulas on a phone show a scroll cue', async ({ page, viewport }) => {
    test.skip(!isPhone(viewport?.width), 'a phone layout');
    await page.goto('/en/counting-parameters/');
    const box = page.locator('.scroll-box[data-scrolls]').first();
    await expect(box).toHaveCount(1);
    expect(await box.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"→"');
  });
});

test.describe('links and fields', () => {
  test('a 10 kB value in a link is refused at once, and the calculator keeps working', ANY_WIDTH, async ({ page }) => {
    // A static server takes about 16 kB of address; 10,000 characters is 150 times the cap (unit tests read 100 kB).
    const hostile = `7${'+'.repeat(10_000)}B`;
    await page.goto(`/en/model-parameter-scale/?storage.params=${hostile}#storage-calculator`);
    const form = page.locator('form[data-calculator="storage"]');
    await expect(form.locator('#storage-params-error')).toHaveText(/Could not read that as a number/);
    await form.locator('#storage-params').fill('70B');
    await expect(form.locator('output[name="weights"]')).toHaveText('560 GB = 521.5 GiB');
  });

  test('a "+" in a hand-written link (1e+11) is read as the reader meant it', ANY_WIDTH, async ({ page }) => {
    await page.goto('/en/model-parameter-scale/?storage.params=1e+11#storage-calculator');
    await expect(page.locator('form[data-calculator="storage"] output[name="weights"]')).toHaveText('800 GB = 745.1 GiB');
  });

  test('24 GiB in the memory field is converted exactly and both figures are shown', ANY_WIDTH, async ({ page }) => {
    await page.goto('/en/training-vs-serving-memory/');
    const form = page.locator('form[data-calculator="serving"]');
    await form.locator('#serving-device-memory').fill('24 GiB');
    await expect(form.locator('#serving-device-memory-error')).toHaveText(/^24 GiB = 25\.769803776 GB/);
    await form.locator('#serving-devices').fill('4 张');
    await expect(form.locator('#serving-devices-error')).toHaveText('');
  });

  test('picking checkpoint files never writes the browser’s fake path into the address', ANY_WIDTH, async ({ page }) => {
    await page.goto('/en/counting-parameters/');
    const picker = page.locator('form[data-calculator="checkpoint"] input[type="file"]');
    await picker.setInputFiles('packages/core/fixtures/checkpoints/safetensors/small-model.safetensors');
    // 6,241 stored elements, of which 33 are quantization scales: overhead, not parameters (safetensors.test.ts).
    await expect(page.locator('form[data-calculator="checkpoint"] output[name="total"]')).toHaveText(/^6208$/);
    await picker.setInputFiles('packages/core/fixtures/checkpoints/safetensors/sharded/model-00001-of-00002.safetensors');
    await expect(page.locator('form[data-calculator="checkpoint"] output[name="total"]')).toHaveText(/^6720$/);
    // The picker names the file in the page's words, not the browser's.
    await expect(page.locator('form[data-calculator="checkpoint"] .file-picker-names')).toHaveText('model-00001-of-00002.safetensors');
    const url = decodeURIComponent(page.url());
    expect(url).not.toContain('fakepath');
    expect(url).not.toContain('checkpoint.files');
  });
});
