import { ANY_WIDTH, LANGS, articleUrl, expect, test, type Lang } from './fixtures';
import type { Page } from '@playwright/test';

const text = {
  en: { whole: 'The parameter count must be a whole number of at least 1.', meant70B: 'Did you mean 70B? A number without a unit is read as it stands: 70.', empty: /Enter a parameter count/, nan: /Could not read that as a number/, negative: /greater than zero/, large: /at most 1000T \(10¹⁵\)/, bytes: /greater than zero/, precision: 'The link asked for the number format “fp12”, which is not offered here, so it was ignored: the results are for fp64, as selected.' },
  zh: { whole: '参数量必须是不小于 1 的整数。', meant70B: '是否想输入 700亿？不带单位的数按原值 70 计算。', empty: /请输入参数量/, nan: /无法识别这个数/, negative: /必须大于零/, large: /最多为 1000万亿（即 10¹⁵、1000T）/, bytes: /必须大于零/, precision: '链接中的数值格式“fp12”不在可选之列，已忽略：结果按所选的 fp64 计算。' },
} satisfies Record<Lang, Record<string, RegExp | string>>;

const storage = (page: Page) => page.locator('form[data-calculator="storage"]');

for (const lang of LANGS) {
  test.describe(`calculators (${lang})`, ANY_WIDTH, () => {
    test('the storage calculator starts on the source’s worked example', async ({ page }) => {
      await page.goto(articleUrl(lang));
      const form = storage(page);
      await expect(form.locator('input[name="params"]')).toHaveValue('200B');
      await expect(form.locator('select[name="precision"]')).toHaveValue('fp64');
      await expect(form.locator('output[name="weights"]')).toHaveText('1600 GB = 1.6 TB = 1490.1 GiB');
      await expect(form.locator('output[name="accelerators"]')).toHaveText('20');
      await expect(form.locator('output[name="working"]')).toContainText('200,000,000,000 × 8');
      // It sits in the worked-example section, after that section's heading.
      const order = await page.evaluate(() => {
        const heading = document.getElementById('worked-example')!;
        const formEl = document.querySelector('form[data-calculator="storage"]')!;
        return heading.compareDocumentPosition(formEl) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      expect(order).toBeTruthy();
    });

    test('reads its inputs from the URL, shared by the calculators of the page', async ({ page }) => {
      await page.goto(articleUrl(lang, '?params=2000亿&precision=fp16'));
      const form = storage(page);
      await expect(form.locator('input[name="params"]')).toHaveValue('2000亿');
      await expect(form.locator('select[name="precision"]')).toHaveValue('fp16');
      await expect(form.locator('output[name="weights"]')).toHaveText('400 GB = 372.5 GiB');
      await expect(form.locator('output[name="accelerators"]')).toHaveText('5');
      // The same parameter count drives the compute and brain calculators.
      await expect(page.locator('form[data-calculator="compute"] output[name="inference"]')).toContainText('4 × 10¹¹');
      await expect(page.locator('form[data-calculator="brain"] output[name="synapses"]')).toHaveText(lang === 'en' ? '0.02%–0.133%' : '0.02% 到 0.133%');
      // And the same precision drives the model chart and table.
      await expect(page.locator('form[data-calculator="models"] output[name="weights-gpt-4o"]')).toHaveText('400 GB');

      await page.goto(articleUrl(lang, '?params=175B&bytes=0.5625'));
      await expect(form.locator('output[name="weights"]')).toHaveText('98.4 GB = 91.7 GiB');
    });

    test('typing updates the results at once, and the calculator’s own URL keys', async ({ page }) => {
      await page.goto(articleUrl(lang, '#worked-example'));
      const form = storage(page);
      await form.locator('input[name="params"]').fill('8B');
      await form.locator('select[name="precision"]').selectOption('int4');
      await expect(form.locator('output[name="weights"]')).toHaveText('4 GB = 3.7 GiB');
      await expect(form.locator('output[name="accelerators"]')).toHaveText('1');
      await expect.poll(() => new URL(page.url()).searchParams.get('storage.params')).toBe('8B');
      const url = new URL(page.url());
      expect(url.searchParams.get('storage.precision')).toBe('int4');
      expect(url.searchParams.has('params')).toBe(false);
      // The link lands on the calculator, not at the top of the page.
      expect(url.hash).toBe('#storage-calculator');
      await page.reload();
      await expect(form.locator('output[name="weights"]')).toHaveText('4 GB = 3.7 GiB');
      await expect(page.locator('#storage-calculator')).toBeInViewport();
    });

    test('each calculator keeps its own state', async ({ page }) => {
      await page.goto(articleUrl(lang));
      await page.locator('form[data-calculator="brain"] input[name="params"]').fill('1.8T');
      await expect(page.locator('form[data-calculator="brain"] output[name="neurons"]')).toHaveText(lang === 'en' ? '20.9×' : '20.9 倍');
      // Typing into the brain calculator leaves the storage and compute calculators as they were.
      await expect(storage(page).locator('input[name="params"]')).toHaveValue('200B');
      await expect(storage(page).locator('output[name="weights"]')).toHaveText('1600 GB = 1.6 TB = 1490.1 GiB');
      await expect(page.locator('form[data-calculator="compute"] input[name="params"]')).toHaveValue('70B');
      // A link can hold two values of the same field.
      await page.goto(articleUrl(lang, '?storage.params=70B&brain.params=1.8T&storage.precision=int4'));
      await expect(storage(page).locator('output[name="weights"]')).toHaveText('35 GB = 32.6 GiB');
      await expect(page.locator('form[data-calculator="brain"] output[name="neurons"]')).toHaveText(lang === 'en' ? '20.9×' : '20.9 倍');
      // The calculator's own key wins over the shared one.
      await page.goto(articleUrl(lang, '?params=8B&storage.params=70B'));
      await expect(storage(page).locator('input[name="params"]')).toHaveValue('70B');
      await expect(page.locator('form[data-calculator="compute"] input[name="params"]')).toHaveValue('8B');
    });

    test('a format in the URL matches regardless of case and spaces, and the select shows what is used', async ({ page }) => {
      await page.goto(articleUrl(lang, '?precision=FP16'));
      await expect(storage(page).locator('select[name="precision"]')).toHaveValue('fp16');
      await expect(storage(page).locator('output[name="weights"]')).toHaveText('400 GB = 372.5 GiB');
      await page.goto(articleUrl(lang, `?storage.precision=${encodeURIComponent(' Int4 ')}`));
      await expect(storage(page).locator('select[name="precision"]')).toHaveValue('int4');
      await expect(storage(page).locator('output[name="weights"]')).toHaveText('100 GB = 93.1 GiB');
    });

    test('a count must be a whole number of at least 1, and a bare number asks about its unit', async ({ page }) => {
      await page.goto(articleUrl(lang, '?params=0.5'));
      const params = storage(page).locator('input[name="params"]');
      await expect(params).toHaveAttribute('aria-invalid', 'true');
      await expect(storage(page).locator('#storage-params-error')).toHaveText(text[lang].whole);
      await expect(storage(page).locator('output[name="weights"]')).toHaveText('—');
      await params.fill('70');
      await expect(params).not.toHaveAttribute('aria-invalid', 'true');
      await expect(storage(page).locator('#storage-params-error')).toHaveText(text[lang].meant70B);
      await expect(storage(page).locator('output[name="weights"]')).toHaveText(lang === 'en' ? '560 bytes' : '560 字节');
    });

    test('rejects bad input with a message in the page’s language, never a stale or broken number', async ({ page }) => {
      await page.goto(articleUrl(lang));
      const form = storage(page);
      const params = form.locator('input[name="params"]');
      const error = form.locator('#storage-params-error');
      await expect(params).toHaveAttribute('aria-describedby', /storage-params-error/);
      for (const [value, message] of [
        ['', text[lang].empty],
        ['abc', text[lang].nan],
        ['-5B', text[lang].negative],
        ['2e16', text[lang].large],
      ] as const) {
        await params.fill(value);
        await expect(params).toHaveAttribute('aria-invalid', 'true');
        await expect(error).toHaveText(message);
        await expect(form.locator('output[name="weights"]')).toHaveText('—');
        await expect(form.locator('output[name="accelerators"]')).toHaveText('—');
      }
      await params.fill('70B');
      await expect(params).not.toHaveAttribute('aria-invalid', 'true');
      await expect(error).toHaveText('');
      await expect(form.locator('output[name="weights"]')).toHaveText('560 GB = 521.5 GiB');

      const bytes = form.locator('input[name="bytes"]');
      await bytes.fill('0');
      await expect(bytes).toHaveAttribute('aria-invalid', 'true');
      await expect(form.locator('#storage-bytes-error')).toHaveText(text[lang].bytes);
      await expect(form.locator('output[name="weights"]')).toHaveText('—');

      const body = await page.locator('main').innerText();
      expect(body).not.toMatch(/NaN|Infinity|undefined/);
    });

    test('a bad value in the URL is shown as an error, and never inserted as HTML', async ({ page }) => {
      const attack = '<img src=x id=injected onerror=alert(1)>';
      await page.goto(articleUrl(lang, `?params=${encodeURIComponent(attack)}&precision=fp12`));
      const form = storage(page);
      await expect(form.locator('input[name="params"]')).toHaveValue(attack);
      await expect(form.locator('input[name="params"]')).toHaveAttribute('aria-invalid', 'true');
      // The select cannot show fp12: it keeps fp64 and says the link's format was ignored.
      await expect(form.locator('select[name="precision"]')).toHaveValue('fp64');
      await expect(form.locator('select[name="precision"]')).not.toHaveAttribute('aria-invalid', 'true');
      await expect(form.locator('#storage-precision-error')).toHaveText(text[lang].precision);
      await expect(page.locator('#injected')).toHaveCount(0);
      await expect(form.locator('output[name="weights"]')).toHaveText('—');
    });

    test('the model chart opens at bf16 and follows the chosen format', async ({ page }) => {
      await page.goto(articleUrl(lang));
      const form = page.locator('form[data-calculator="models"]');
      await expect(form.locator('select[name="precision"]')).toHaveValue('bf16');
      await expect(form.locator('output[name="weights-gpt-4o"]')).toHaveText('400 GB');
      await expect(form.locator('output[name="weights-deepseek-v3"]')).toHaveText('1342 GB');
      await form.locator('select[name="precision"]').selectOption('fp64');
      await expect(form.locator('output[name="weights-gpt-4o"]')).toHaveText('1600 GB');
      await expect(form.locator('.bar-chart [data-out="weights-gpt-4o"]')).toHaveText('1600 GB');
      // Estimates and published sizes are told apart in every row.
      await expect(form.locator('tr[data-model="gpt-4o"] .status')).toHaveText(lang === 'en' ? 'Estimate' : '估计值');
      await expect(form.locator('tr[data-model="llama-3-1-405b"] .status')).not.toHaveText(lang === 'en' ? 'Estimate' : '估计值');
    });

    test('the compute and brain calculators show their defaults', async ({ page }) => {
      await page.goto(articleUrl(lang));
      const compute = page.locator('form[data-calculator="compute"]');
      await expect(compute.locator('output[name="training"]')).toContainText('5.88 × 10²³ FLOP');
      await expect(compute.locator('output[name="tokens-per-param"]')).toHaveText('20');
      await compute.locator('input[name="tokens"]').fill('15T');
      await expect(compute.locator('output[name="training"]')).toContainText('6.3 × 10²⁴ FLOP');
      const brain = page.locator('form[data-calculator="brain"]');
      await expect(brain.locator('output[name="neurons"]')).toHaveText(lang === 'en' ? '2.33×' : '2.33 倍');
    });

    test('every field has a label; errors and the headline result are announced politely', async ({ page }) => {
      await page.goto(articleUrl(lang));
      for (const field of await page.locator('form[data-calculator] :is(input, select)').all()) {
        const id = await field.getAttribute('id');
        await expect(page.locator(`label[for="${id}"]`)).toHaveCount(1);
        // Why the results went blank reaches a screen reader too, not only the "—" of each result.
        if (await field.evaluate((el) => el.matches('input[type="text"], select:not([data-preset], [data-preset-accelerators])'))) {
          await expect(page.locator(`#${id}-error`)).toHaveAttribute('aria-live', 'polite');
        }
      }
      // One polite announcer per calculator says its headline once typing pauses; the results
      // themselves are not live, so a keystroke is not read out as every result in a row.
      for (const name of ['storage', 'compute', 'brain']) {
        await expect(page.locator(`form[data-calculator="${name}"] output[aria-live="polite"]`)).toHaveCount(0);
        await expect(page.locator(`form[data-calculator="${name}"] [data-announce][aria-live="polite"]`)).toHaveCount(1);
      }
      // The model table changes nine cells at once: one polite announcement names the new format
      // instead of nine in a row.
      await expect(page.locator('form[data-calculator="models"] output[name="precision-label"]')).toHaveAttribute('aria-live', 'polite');
    });
  });
}

const noScript = {
  en: 'These are the results for the values shown. With JavaScript on, they update as you type.',
  zh: '以上是按所示数值算出的结果。开启 JavaScript 后，结果会随输入即时更新。',
} satisfies Record<Lang, string>;

test.describe('without JavaScript', ANY_WIDTH, () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`the ${lang} page still answers with the default results`, async ({ page }) => {
      await page.goto(articleUrl(lang));
      await expect(storage(page).locator('output[name="weights"]')).toHaveText('1600 GB = 1.6 TB = 1490.1 GiB');
      await expect(page.locator('form[data-calculator="models"] tr[data-model="gpt-4o"]')).toContainText('400 GB');
      await expect(page.locator('.katex').first()).toBeVisible();
      // Each calculator says that its results need JavaScript to follow the fields.
      await expect(storage(page).locator('noscript .calc-note')).toHaveText(noScript[lang]);
      // The note for a calculator whose code failed to load stays hidden: nothing failed.
      await expect(storage(page).locator('.calc-load-failed')).toBeHidden();
    });
  }
});
