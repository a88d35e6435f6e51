import { readFileSync } from 'node:fs';
import { LANGS, expect, test } from './fixtures';

/*
 * Serving at real scale (issue 24): the accelerator list, the tensor-parallel refusal, the verdict
 * and the speed bounds in the browser, and a cleared config giving the fields back (issue 27).
 */

const verdicts = {
  en: 'Fits on 4 × 85.5 GB: 35.7 GB of the 78.7 GB usable on each GPU (92%), with 524,991 tokens of cache to spare.',
  zh: '放得下，4 张 85.5 GB 的卡，每张可用 78.7 GB（92%），实际占用 35.7 GB，还能再放 524,991 个 token 的 KV 缓存。',
};
const refusals = { en: 'Valid tensor-parallel degrees: 1, 2, 4, 8, 16, 32, 64.', zh: '可用的张量并行度：1、2、4、8、16、32、64。' };

for (const lang of LANGS) {
  test.describe(`serving at scale (${lang})`, () => {
    test('an accelerator fills its datasheet figures; four H100s hold Llama 3.1 70B with the split shown', async ({ page }) => {
      await page.goto(`/${lang}/training-vs-serving-memory/`);
      const form = page.locator('form[data-calculator="serving"]');
      await form.locator('select[data-preset]').selectOption('llama-3-1-70b');
      await form.locator('select[data-preset-accelerators]').selectOption('h100-sxm');
      await expect(form.locator('input[name="device-memory"]')).toHaveValue('85.52');
      await expect(form.locator('input[name="bandwidth"]')).toHaveValue('3.35');
      await form.locator('input[name="devices"]').fill('4');
      await expect(form.locator('output[name="verdict"]')).toHaveText(verdicts[lang]);
      // Typing a hardware field leaves the model picked.
      await expect(form.locator('select[data-preset]')).toHaveValue('llama-3-1-70b');
    });

    test('three GPUs cannot split 64 heads: the tensor-parallel field says which degrees can', async ({ page }) => {
      await page.goto(`/${lang}/training-vs-serving-memory/`);
      const form = page.locator('form[data-calculator="serving"]');
      await form.locator('input[name="devices"]').fill('3');
      await expect(form.locator('#serving-tp-error')).toContainText(refusals[lang]);
      await form.locator('input[name="pp"]').fill('3');
      await expect(form.locator('#serving-tp-error')).toHaveText('');
      await expect(form.locator('output[name="split"]')).toContainText(lang === 'en' ? '27, 27, 26' : '27、27、26');
    });
  });
}

test('clearing a pasted config gives the fields back their values', async ({ page }) => {
  await page.goto('/en/training-vs-serving-memory/');
  const form = page.locator('form[data-calculator="serving"]');
  await form.locator('textarea[name="config"]').fill(readFileSync('packages/core/fixtures/configs/deepseek-v3.json', 'utf8'));
  await expect(form.locator('input[name="layers"]')).toHaveValue('61');
  await form.locator('textarea[name="config"]').fill('');
  await expect(form.locator('input[name="layers"]')).toHaveValue('80');
  await expect(form.locator('input[name="params"]')).toHaveValue('70B');
  await expect(form.locator('input[name="heads"]')).toHaveValue('64');
  await expect(form.locator('output[name="layout"]')).toHaveText('80 layers with full attention: 2.7 GB = 2.5 GiB (8192 tokens cached each).');
});

test('a half-typed config keeps the last results, marked as such beside its error', async ({ page }) => {
  await page.goto('/en/training-vs-serving-memory/');
  const form = page.locator('form[data-calculator="serving"]');
  await form.locator('input[name="batch"]').fill('2');
  await expect(form.locator('output[name="kv-cache"]')).toHaveText('5.4 GB = 5 GiB');
  await form.locator('textarea[name="config"]').fill('{"model_type": "llama", "hidden_size": 40');
  await expect(form.locator('#serving-config-error')).toContainText('The results below are still those of the last config that could be read.');
  await expect(form.locator('output[name="kv-cache"]')).toHaveText('5.4 GB = 5 GiB');
  // Any other field's error still withholds every result.
  await form.locator('textarea[name="config"]').fill('');
  await form.locator('input[name="layers"]').fill('0');
  await expect(form.locator('output[name="kv-cache"]')).toHaveText('—');
});
