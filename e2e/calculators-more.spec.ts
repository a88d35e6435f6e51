import type { Page } from '@playwright/test';
import { LANGS, expect, test, type Lang } from './fixtures';

/*
 * The quantization, serving-memory and training-time calculators, on the articles that carry them.
 * The defaults are published figures (see src/calculators/{quantization,serving,training}.ts), so
 * the expected texts below are the numbers the articles quote.
 */

const SLUGS = {
  quantization: 'precision-and-quantization',
  serving: 'training-vs-serving-memory',
  training: 'compute-and-training-cost',
} as const;

type Name = keyof typeof SLUGS;

const url = (lang: Lang, name: Name, query = '') => `/${lang}/${SLUGS[name]}/${query}`;
const form = (page: Page, name: Name | 'compute') => page.locator(`form[data-calculator="${name}"]`);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

const text = {
  en: {
    bytes: '0.61125 bytes',
    vsBf16: '30.6% of the 16 GB at bf16',
    bitsZero: /bits per weight must be greater than zero/,
    bitsLarge: /bits per weight can be at most 64/,
    bitsNaN: /plain decimal number/,
    layersZero: /number of layers must be greater than zero/,
    wholeNumber: /must be a whole number/,
    contextNaN: /Could not read the context length as a whole number/,
    contextLarge: /at most 100,000,000 tokens/,
    ignored: (typed: string, shown: string) => `The link asked for the number format “${typed}”, which is not offered here, so it was ignored: the results are for ${shown}, as selected.`,
    days: (n: string) => `${n} days`,
    utilizationLarge: /utilization can be at most 100%/,
    peakEmpty: /Enter the peak throughput/,
    acceleratorsZero: /number of accelerators must be greater than zero/,
    hours: '26.6M',
    computeParen: (s: string) => ` (${s})`,
  },
  zh: {
    bytes: '0.61125 字节',
    vsBf16: 'bf16 下 16 GB 的 30.6%',
    bitsZero: /每个权重的比特数必须大于零/,
    bitsLarge: /每个权重的比特数最多为 64/,
    bitsNaN: /只填数字/,
    layersZero: /层数必须大于零/,
    wholeNumber: /必须是整数/,
    contextNaN: /上下文长度请填 token 数/,
    contextLarge: /最多为 1亿 个 token/,
    ignored: (typed: string, shown: string) => `链接中的数值格式“${typed}”不在可选之列，已忽略：结果按所选的 ${shown} 计算。`,
    days: (n: string) => `${n} 天`,
    utilizationLarge: /利用率最多为 100%/,
    peakEmpty: /请输入单张加速卡的峰值算力/,
    acceleratorsZero: /加速卡数量必须大于零/,
    hours: '2660万',
    computeParen: (s: string) => `（${s}）`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

async function expectWithheld(page: Page, name: Name, outputs: readonly string[]) {
  for (const output of outputs) await expect(form(page, name).locator(`output[name="${output}"]`)).toHaveText('—');
}

for (const lang of LANGS) {
  const t = text[lang];

  test.describe(`quantization calculator (${lang})`, () => {
    const outputs = ['weights', 'bytes-per-param', 'vs-bf16', 'working'] as const;

    test('starts on Llama 3.1 8B at Q4_K_M, 4.89 bits per weight', async ({ page }) => {
      await page.goto(url(lang, 'quantization'));
      const calc = form(page, 'quantization');
      await expect(calc.locator('input[name="params"]')).toHaveValue('8B');
      await expect(calc.locator('input[name="bits"]')).toHaveValue('4.89');
      await expect(calc.locator('output[name="weights"]')).toHaveText('4.9 GB = 4.6 GiB');
      await expect(calc.locator('output[name="bytes-per-param"]')).toHaveText(t.bytes);
      await expect(calc.locator('output[name="vs-bf16"]')).toHaveText(t.vsBf16);
      // Exactly 4,890,000,000 bytes, not 4,889,999,999.9…
      await expect(calc.locator('output[name="working"]')).toContainText('8,000,000,000 × 4.89');
      await expect(calc.locator('output[name="working"]')).toContainText('= 4,890,000,000 ');
    });

    test('reads its inputs from the URL', async ({ page }) => {
      await page.goto(url(lang, 'quantization', '?params=70B&bits=4.5'));
      const calc = form(page, 'quantization');
      await expect(calc.locator('input[name="params"]')).toHaveValue('70B');
      await expect(calc.locator('input[name="bits"]')).toHaveValue('4.5');
      await expect(calc.locator('output[name="weights"]')).toHaveText('39.4 GB = 36.7 GiB');
    });

    test('typing updates the results and the URL', async ({ page }) => {
      await page.goto(url(lang, 'quantization'));
      const calc = form(page, 'quantization');
      await calc.locator('input[name="bits"]').fill('8.5');
      await expect(calc.locator('output[name="weights"]')).toHaveText('8.5 GB = 7.9 GiB');
      await expect.poll(() => param(page, 'quantization.bits')).toBe('8.5');
      await calc.locator('input[name="params"]').fill(lang === 'zh' ? '2000亿' : '200B');
      await expect(calc.locator('output[name="weights"]')).toHaveText('212.5 GB = 197.9 GiB');
      await page.reload();
      await expect(calc.locator('output[name="weights"]')).toHaveText('212.5 GB = 197.9 GiB');
    });

    test('rejects bad bits with a message, never a stale number', async ({ page }) => {
      await page.goto(url(lang, 'quantization'));
      const calc = form(page, 'quantization');
      const bits = calc.locator('input[name="bits"]');
      await expect(bits).toHaveAttribute('aria-describedby', /quantization-bits-error/);
      for (const [value, message] of [
        ['0', t.bitsZero],
        ['65', t.bitsLarge],
        ['4,89', t.bitsNaN],
      ] as const) {
        await bits.fill(value);
        await expect(bits).toHaveAttribute('aria-invalid', 'true');
        await expect(calc.locator('#quantization-bits-error')).toHaveText(message);
        await expectWithheld(page, 'quantization', outputs);
      }
      await bits.fill('16');
      await expect(bits).not.toHaveAttribute('aria-invalid', 'true');
      await expect(calc.locator('#quantization-bits-error')).toHaveText('');
      await expect(calc.locator('output[name="weights"]')).toHaveText('16 GB = 14.9 GiB');
      expect(await calc.innerText()).not.toMatch(/NaN|Infinity|undefined/);
    });
  });

  test.describe(`serving memory calculator (${lang})`, () => {
    const outputs = ['weights', 'kv-per-token', 'kv-cache', 'total', 'training'] as const;

    test('starts on Llama 3.1 70B in bf16 at 8192 tokens', async ({ page }) => {
      await page.goto(url(lang, 'serving'));
      const calc = form(page, 'serving');
      await expect(calc.locator('input[name="layers"]')).toHaveValue('80');
      await expect(calc.locator('input[name="kv-heads"]')).toHaveValue('8');
      await expect(calc.locator('input[name="head-dim"]')).toHaveValue('128');
      await expect(calc.locator('input[name="context"]')).toHaveValue('8192');
      await expect(calc.locator('select[name="precision"]')).toHaveValue('bf16');
      await expect(calc.locator('select[name="kv-precision"]')).toHaveValue('bf16');
      await expect(calc.locator('output[name="weights"]')).toHaveText('140 GB = 130.4 GiB');
      await expect(calc.locator('output[name="kv-per-token"]')).toHaveText('327.7 kB = 320 KiB');
      await expect(calc.locator('output[name="kv-cache"]')).toHaveText('2.7 GB = 2.5 GiB');
      await expect(calc.locator('output[name="total"]')).toHaveText('142.7 GB = 132.9 GiB');
      await expect(calc.locator('output[name="training"]')).toHaveText('1120 GB = 1.12 TB = 1043.1 GiB');
    });

    test('reads its inputs from the URL', async ({ page }) => {
      await page.goto(url(lang, 'serving', '?context=131072'));
      const calc = form(page, 'serving');
      await expect(calc.locator('input[name="context"]')).toHaveValue('131072');
      await expect(calc.locator('output[name="kv-cache"]')).toHaveText('42.9 GB = 40 GiB');
      await expect(calc.locator('output[name="total"]')).toHaveText('182.9 GB = 170.4 GiB');

      // 128k is 131,072 tokens, as model configs count, and the working says so.
      await page.goto(url(lang, 'serving', '?serving.context=128k&precision=int4&serving.kv-precision=fp8'));
      await expect(calc.locator('select[name="precision"]')).toHaveValue('int4');
      await expect(calc.locator('select[name="kv-precision"]')).toHaveValue('fp8');
      await expect(calc.locator('output[name="weights"]')).toHaveText('35 GB = 32.6 GiB');
      await expect(calc.locator('output[name="kv-cache"]')).toHaveText('21.5 GB = 20 GiB');
      await expect(calc.locator('output[name="working"]')).toContainText(lang === 'en' ? '131,072 tokens' : '131,072 个 token');
    });

    test('typing updates the results and the URL', async ({ page }) => {
      await page.goto(url(lang, 'serving'));
      const calc = form(page, 'serving');
      await calc.locator('input[name="batch"]').fill('32');
      await expect(calc.locator('output[name="kv-cache"]')).toHaveText('85.9 GB = 80 GiB');
      await expect(calc.locator('output[name="total"]')).toHaveText('225.9 GB = 210.4 GiB');
      await expect.poll(() => param(page, 'serving.batch')).toBe('32');
      await calc.locator('select[name="kv-precision"]').selectOption('fp8');
      await expect(calc.locator('output[name="kv-cache"]')).toHaveText('42.9 GB = 40 GiB');
      await expect.poll(() => param(page, 'serving.kv-precision')).toBe('fp8');
      // The training figure depends on the parameter count alone.
      await expect(calc.locator('output[name="training"]')).toHaveText('1120 GB = 1.12 TB = 1043.1 GiB');
      await page.reload();
      await expect(calc.locator('output[name="kv-cache"]')).toHaveText('42.9 GB = 40 GiB');
    });

    test('rejects bad shapes with a message, never a stale number', async ({ page }) => {
      await page.goto(url(lang, 'serving'));
      const calc = form(page, 'serving');
      for (const [name, value, message] of [
        ['layers', '0', t.layersZero],
        ['head-dim', '1.5', t.wholeNumber],
        ['context', 'lots', t.contextNaN],
        ['context', '1e9', t.contextLarge],
      ] as const) {
        const field = calc.locator(`input[name="${name}"]`);
        const original = await field.inputValue();
        await field.fill(value);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(calc.locator(`#serving-${name}-error`)).toHaveText(message);
        await expectWithheld(page, 'serving', outputs);
        await field.fill(original);
        await expect(field).not.toHaveAttribute('aria-invalid', 'true');
      }
      await expect(calc.locator('output[name="total"]')).toHaveText('142.7 GB = 132.9 GiB');
      expect(await calc.innerText()).not.toMatch(/NaN|Infinity|undefined/);
    });

    // A select cannot show "q4" or "fp64" for the KV cache: it keeps its option, the results use
    // that option, and the field says the link's value was ignored, never showing one format
    // beside results withheld or computed from another.
    for (const [key, typed] of [
      ['kv-precision', 'q4'],
      ['serving.kv-precision', 'fp64'],
      ['serving.precision', 'nonsense'],
    ] as const) {
      test(`a format from the URL that is not on offer (${key}=${typed}) is ignored, and the field says so`, async ({ page }) => {
        await page.goto(url(lang, 'serving', `?${key}=${typed}`));
        const calc = form(page, 'serving');
        const name = key.replace('serving.', '');
        const select = calc.locator(`select[name="${name}"]`);
        await expect(select).toHaveValue('bf16');
        await expect(calc.locator(`#serving-${name}-error`)).toHaveText(t.ignored(typed, 'bf16'));
        await expect(select).not.toHaveAttribute('aria-invalid', 'true');
        await expect(calc.locator('output[name="total"]')).toHaveText('142.7 GB = 132.9 GiB');
        // Choosing a format is a choice: the note goes.
        await select.selectOption('fp8');
        await expect(calc.locator(`#serving-${name}-error`)).toHaveText('');
      });
    }
  });

  test.describe(`training time calculator (${lang})`, () => {
    const outputs = ['compute', 'per-accelerator', 'throughput', 'time', 'accelerator-hours'] as const;

    test('starts on Llama 3.1 405B: 16,384 H100s at 989 TFLOP/s and 40%', async ({ page }) => {
      await page.goto(url(lang, 'training'));
      const calc = form(page, 'training');
      await expect(calc.locator('input[name="params"]')).toHaveValue('405B');
      await expect(calc.locator('input[name="tokens"]')).toHaveValue('15.6T');
      await expect(calc.locator('input[name="accelerators"]')).toHaveValue('16384');
      await expect(calc.locator('input[name="peak"]')).toHaveValue('989');
      await expect(calc.locator('input[name="utilization"]')).toHaveValue('40');
      await expect(calc.locator('output[name="compute"]')).toHaveText(`3.79 × 10²⁵ FLOP${t.computeParen('37.9 YFLOP')}`);
      await expect(calc.locator('output[name="per-accelerator"]')).toHaveText('396 TFLOP/s');
      await expect(calc.locator('output[name="throughput"]')).toHaveText(`6.48 × 10¹⁸ FLOP/s${t.computeParen('6.48 EFLOP/s')}`);
      await expect(calc.locator('output[name="time"]')).toHaveText(t.days('67.7'));
      await expect(calc.locator('output[name="accelerator-hours"]')).toHaveText(t.hours);
      // The compute calculator on the same page keeps its own default, Chinchilla.
      await expect(form(page, 'compute').locator('input[name="params"]')).toHaveValue('70B');
    });

    test('reads its inputs from the URL; an unprefixed key fills the compute calculator too', async ({ page }) => {
      await page.goto(url(lang, 'training', '?utilization=43'));
      const calc = form(page, 'training');
      await expect(calc.locator('input[name="utilization"]')).toHaveValue('43');
      await expect(calc.locator('output[name="time"]')).toHaveText(t.days('63'));

      await page.goto(url(lang, 'training', '?params=70B&tokens=1.4T&accelerators=1024&peak=312&utilization=50'));
      await expect(calc.locator('output[name="compute"]')).toContainText('5.88 × 10²³ FLOP');
      await expect(calc.locator('output[name="time"]')).toHaveText(t.days('42.6'));
      await expect(form(page, 'compute').locator('output[name="training"]')).toContainText('5.88 × 10²³ FLOP');
    });

    test('typing updates the results and the URL', async ({ page }) => {
      await page.goto(url(lang, 'training'));
      const calc = form(page, 'training');
      await calc.locator('input[name="accelerators"]').fill('8192');
      await expect(calc.locator('output[name="time"]')).toHaveText(t.days('135'));
      await expect.poll(() => param(page, 'training.accelerators')).toBe('8192');
      await calc.locator('input[name="utilization"]').fill('80%');
      await expect(calc.locator('output[name="time"]')).toHaveText(t.days('67.7'));
      await expect.poll(() => param(page, 'training.utilization')).toBe('80%');
      // Each calculator keeps its own state: the compute calculator on the page stays on Chinchilla.
      await calc.locator('input[name="params"]').fill('8B');
      await expect.poll(() => param(page, 'training.params')).toBe('8B');
      await expect(form(page, 'compute').locator('input[name="params"]')).toHaveValue('70B');
      await page.reload();
      await expect(calc.locator('input[name="accelerators"]')).toHaveValue('8192');
      await expect(calc.locator('input[name="params"]')).toHaveValue('8B');
    });

    test('rejects bad assumptions with a message, never a stale number', async ({ page }) => {
      await page.goto(url(lang, 'training'));
      const calc = form(page, 'training');
      for (const [name, value, message] of [
        ['utilization', '120', t.utilizationLarge],
        ['peak', '', t.peakEmpty],
        ['accelerators', '0', t.acceleratorsZero],
        ['accelerators', '16384.5', t.wholeNumber],
      ] as const) {
        const field = calc.locator(`input[name="${name}"]`);
        const original = await field.inputValue();
        await field.fill(value);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(calc.locator(`#training-${name}-error`)).toHaveText(message);
        await expectWithheld(page, 'training', outputs);
        await field.fill(original);
        await expect(field).not.toHaveAttribute('aria-invalid', 'true');
      }
      await expect(calc.locator('output[name="time"]')).toHaveText(t.days('67.7'));
      expect(await calc.innerText()).not.toMatch(/NaN|Infinity|undefined/);
    });
  });

  test(`the three pages have unique ids, a label for every field and polite results (${lang})`, async ({ page }) => {
    for (const name of Object.keys(SLUGS) as Name[]) {
      await page.goto(url(lang, name));
      const duplicates = await page.evaluate(() => {
        const seen = new Map<string, number>();
        for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
        return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
      });
      expect(duplicates, `duplicate ids on ${name}`).toEqual([]);
      const calc = form(page, name);
      for (const field of await calc.locator(':is(input, select)').all()) {
        const id = await field.getAttribute('id');
        expect(id, 'field ids carry the calculator name').toMatch(new RegExp(`^${name}-`));
        await expect(page.locator(`label[for="${id}"]`)).toHaveCount(1);
      }
      for (const output of await calc.locator('output').all()) {
        // No result is a live region: the calculator's one announcer says its headline when typing pauses.
        await expect(output).toHaveAttribute('aria-live', 'off');
        await expect(output).toHaveAttribute('id', new RegExp(`^${name}-`));
      }
      await expect(calc.locator('[data-announce][aria-live="polite"]')).toHaveCount(1);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`the ${lang} pages still show the default results`, async ({ page }) => {
      await page.goto(url(lang, 'quantization'));
      await expect(form(page, 'quantization').locator('output[name="weights"]')).toHaveText('4.9 GB = 4.6 GiB');
      await page.goto(url(lang, 'serving'));
      await expect(form(page, 'serving').locator('output[name="total"]')).toHaveText('142.7 GB = 132.9 GiB');
      await page.goto(url(lang, 'training'));
      await expect(form(page, 'training').locator('output[name="time"]')).toHaveText(text[lang].days('67.7'));
    });
  }
});
