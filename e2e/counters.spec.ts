import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANY_WIDTH, LANGS, expect, test } from './fixtures';

/*
 * The two counters of the counting-parameters article and the serving calculator's config: real
 * configs (packages/core/fixtures/configs, packages/core/fixtures/kv-configs) and real checkpoint files
 * written by the Python safetensors and gguf packages (packages/core/fixtures/checkpoints).
 */

const config = (path: string) => readFileSync(path, 'utf8');
const MIXTRAL = config('packages/core/fixtures/configs/mixtral-8x7b.json');
const LLAMA_70B = config('packages/core/fixtures/kv-configs/llama-3.1-70b-instruct.json');
const MISTRAL_7B = config('packages/core/fixtures/kv-configs/mistral-7b-v0.1.json');
const DEEPSEEK_V3 = config('packages/core/fixtures/configs/deepseek-v3.json');
const CHECKPOINTS = 'packages/core/fixtures/checkpoints';

for (const lang of LANGS) {
  const page_ = `/${lang}/counting-parameters/`;

  test.describe(`parameter counter (${lang})`, () => {
    test('starts on Llama 3.1 8B, counts a pasted Mixtral, and keeps the count in the link', async ({ page }) => {
      await page.goto(page_);
      const form = page.locator('form[data-calculator="parameters"]');
      await expect(form.locator('output[name="total"]')).toHaveText(lang === 'en' ? '8,030,261,248 (8.03B)' : '8,030,261,248（80.3亿）');
      await form.locator('textarea[name="config"]').fill(MIXTRAL);
      await expect(form.locator('output[name="total"]')).toHaveText(lang === 'en' ? '46,702,792,704 (46.7B)' : '46,702,792,704（467亿）');
      await expect(form.locator('output[name="active"]')).toHaveText(lang === 'en' ? /^12,879,925,248 \(12\.9B\); 12,748,853,248 \(12\.7B\) without/ : /^12,879,925,248（129亿）；.*12,748,853,248（127亿）/);
      // The picture follows: the experts are most of the bar, those a token uses about a quarter of it.
      const width = async (bar: string) => parseFloat((await form.locator(`[data-width="${bar}"]`).getAttribute('width')) ?? '0');
      expect((await width('bar-experts')) + (await width('bar-experts-active'))).toBeGreaterThan(90);
      expect(await width('bar-experts-active')).toBeCloseTo(24.1, 0);
      // A segment shows its exact figure on hover, and on keyboard focus.
      const tip = form.locator('[data-width="bar-experts-active"] + .stack-tip');
      await form.locator('[data-width="bar-experts-active"]').hover();
      await expect(tip).toBeVisible();
      await page.mouse.move(0, 0);
      await expect(tip).toBeHidden();
      // Mixtral has no dense MLP: that segment is not drawn, so Tab goes from attention to the experts.
      await form.locator('[data-width="bar-attention"]').focus();
      await page.keyboard.press('Tab');
      await expect(tip).toBeVisible();
      await expect(form.locator('[data-width="bar-experts-active"] + .stack-tip')).toContainText('11,275,337,728');
      // The link holds only the keys the count read, and reproduces it.
      await expect.poll(() => new URL(page.url()).searchParams.get('parameters.config')?.length ?? 0).toBeGreaterThan(0);
      const kept = new URL(page.url()).searchParams.get('parameters.config')!;
      expect(kept.length).toBeLessThan(MIXTRAL.length);
      expect(new URL(page.url()).hash).toBe('#parameters-calculator');
      await page.reload();
      await expect(form.locator('output[name="active"]')).toHaveText(lang === 'en' ? /^12,879,925,248 \(12\.9B\); 12,748,853,248 \(12\.7B\) without/ : /^12,879,925,248（129亿）；.*12,748,853,248（127亿）/);
    });

    test('rejects bad configs with a message naming what is wrong, and runs nothing', async ({ page }) => {
      await page.goto(page_);
      const form = page.locator('form[data-calculator="parameters"]');
      const island = page.locator('calculator-island', { has: form });
      const field = form.locator('textarea[name="config"]');
      // The calculator's code first, counting the default Llama 3.1 8B config: whether the first bad
      // config arrives before or after it loads must not decide what the test sees.
      await field.focus();
      await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /calculator-messages\/parameters/.test(e.name)))).toBe(true);
      await page.waitForLoadState('networkidle');
      const stale = lang === 'en' ? 'The results below are still those of the last config that could be read.' : '下面仍是上一次能读取的配置算出的结果。';
      for (const [text, message] of [
        ['not json', lang === 'en' ? /not valid JSON/ : /不是有效的 JSON/],
        ['{"model_type": "llama", "hidden_size": 4096}', /num_hidden_layers/],
        ['{"model_type": "<img src=x id=injected onerror=alert(1)>", "hidden_size": 4096, "num_hidden_layers": 2.5}', /num_hidden_layers/],
      ] as const) {
        await field.fill(text);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(form.locator('#parameters-config-error')).toHaveText(message);
        // Nothing is counted from the bad config: the last readable config's count stays, marked as such
        // beside the error and faded (calculator-driver.ts), never a number of the config that was refused.
        await expect(form.locator('#parameters-config-error')).toContainText(stale);
        await expect(island).toHaveClass(/\bcalc-stale\b/);
        await expect(form.locator('output[name="total"]')).toHaveText(/^8,030,261,248[ （]/);
      }
      await expect(page.locator('#injected')).toHaveCount(0);
      // A config that reads again gives fresh results, no longer marked.
      await field.fill(MIXTRAL);
      await expect(island).not.toHaveClass(/\bcalc-stale\b/);
      await expect(form.locator('output[name="total"]')).toHaveText(/^46,702,792,704/);
    });

    test.describe('when the header reader cannot load', () => {
      test.use({ allowedConsole: [/Failed to load resource/] });
      test('picking a file says so instead of reading forever', ANY_WIDTH, async ({ page }) => {
        await page.goto(page_);
        const form = page.locator('form[data-calculator="checkpoint"]');
        // The calculator's own code first; then the network drops before the reader is fetched.
        await form.locator('input[type="file"]').focus();
        await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /calculator-messages\/checkpoint/.test(e.name)))).toBe(true);
        await page.waitForLoadState('networkidle');
        await page.route('**/_astro/*.js', (route) => route.fulfill({ status: 404, body: '' }));
        await form.locator('input[type="file"]').setInputFiles(`${CHECKPOINTS}/gguf/tiny-q4_k_m.gguf`);
        await expect(form.getByRole('alert')).toBeVisible();
        await expect(form.locator('output[name="total"]')).not.toHaveText(lang === 'en' ? /Reading/ : /读取/);
      });
    });

    test('counts picked checkpoint files from their headers', async ({ page }) => {
      await page.goto(page_);
      const form = page.locator('form[data-calculator="checkpoint"]');
      const picker = form.locator('input[type="file"]');
      await picker.setInputFiles([`${CHECKPOINTS}/safetensors/sharded/model-00001-of-00002.safetensors`, `${CHECKPOINTS}/safetensors/sharded/model-00002-of-00002.safetensors`]);
      // The two shards hold 9792 parameters in all (the Python safetensors package's own count).
      await expect(form.locator('output[name="total"]')).toHaveText(/^9792/);
      await picker.setInputFiles(`${CHECKPOINTS}/gguf/tiny-q4_k_m.gguf`);
      // gguf-py: 11,008 parameters in 9888 bytes of tensors, 9888 × 8 ÷ 11,008 = 7.186 bits per weight.
      await expect(form.locator('output[name="total"]')).toHaveText(/^11,008/);
      await expect(form.locator('output[name="bits-per-weight"]')).toHaveText('7.186');
      // A file that is not a checkpoint, and one whose header runs past its end, answer at once.
      const started = Date.now();
      await picker.setInputFiles([`${CHECKPOINTS}/bad/not-a-checkpoint.bin`, `${CHECKPOINTS}/bad/st-length-beyond-file.safetensors`]);
      await expect(form.locator('output[name="files-read"]')).toContainText('not-a-checkpoint.bin');
      await expect(form.locator('output[name="files-read"]')).toContainText('st-length-beyond-file.safetensors');
      expect(Date.now() - started).toBeLessThan(5000);
      await expect(form.locator('output[name="total"]')).toHaveText(lang === 'en' ? 'No picked file could be read.' : '所选文件都无法读取。');
    });

    test('the serving calculator takes a config: Llama 3.1 70B at 128k', async ({ page }) => {
      await page.goto(`/${lang}/training-vs-serving-memory/`);
      const form = page.locator('form[data-calculator="serving"]');
      await form.locator('textarea[name="config"]').fill(LLAMA_70B);
      await form.locator('input[name="context"]').fill('128k');
      await expect(form.locator('input[name="layers"]')).toHaveValue('80');
      await expect(form.locator('output[name="kv-per-token"]')).toHaveText('327.7 kB = 320 KiB');
      await expect(form.locator('output[name="kv-cache"]')).toHaveText('42.9 GB = 40 GiB');
      await expect(form.locator('output[name="working"]')).toContainText('42,949,672,960');
      // What the config decides is shown read-only, and stays consistent after a reload of the link.
      await expect(form.locator('input[name="layers"]')).toHaveAttribute('readonly', '');
      await page.reload();
      await expect(form.locator('input[name="layers"]')).toHaveValue('80');
      await expect(form.locator('input[name="params"]')).toHaveValue('70553706496');
      await expect(form.locator('output[name="kv-cache"]')).toHaveText('42.9 GB = 40 GiB');
      // Without the config the shape is the reader's to type again.
      await form.locator('textarea[name="config"]').fill('');
      await expect(form.locator('input[name="layers"]')).not.toHaveAttribute('readonly', '');
    });

    test('a sliding window caps the cache; latent attention caches one latent per token and layer', async ({ page }) => {
      await page.goto(`/${lang}/training-vs-serving-memory/`);
      const form = page.locator('form[data-calculator="serving"]');
      // Mistral 7B: 131,072 bytes per token, but no layer keeps more than its 4096-token window.
      await form.locator('textarea[name="config"]').fill(MISTRAL_7B);
      await form.locator('input[name="context"]').fill('32k');
      await expect(form.locator('output[name="kv-cache"]')).toHaveText('536.9 MB = 512 MiB');
      await expect(form.locator('output[name="layout"]')).toContainText('4096');
      // DeepSeek-V3: (512 + 64) values × 61 layers × 2 bytes = 70,272 bytes per token.
      await form.locator('textarea[name="config"]').fill(DEEPSEEK_V3);
      await expect(form.locator('output[name="kv-per-token"]')).toHaveText('70.3 kB = 68.6 KiB');
      await expect(form.locator('input[name="layers"]')).toHaveValue('61');
      // Its quantization_config ships the weights in fp8: the select follows, and the result says so.
      await expect(form.locator('select[name="precision"]')).toHaveValue('fp8');
      await expect(form.locator('output[name="weights"]')).toHaveText('673.2 GB = 626.9 GiB');
      await expect(form.locator('output[name="layout"]')).toContainText(lang === 'en' ? 'Weights in fp8, as the checkpoint ships' : '权重按检查点发布时的 fp8 计算');
      // The reader can still pick another format.
      await form.locator('select[name="precision"]').selectOption('bf16');
      await expect(form.locator('output[name="weights"]')).toHaveText('1342.1 GB = 1.34 TB = 1249.9 GiB');
    });

    test('counts a quantized checkpoint’s weights, with its config.json picked beside it', async ({ page }) => {
      await page.goto(page_);
      const form = page.locator('form[data-calculator="checkpoint"]');
      // An AutoAWQ GEMM layer (awq/modules/linear/gemm.py) of 256 × 512, group 128: qweight int32
      // [256, 64], qzeros int32 [2, 64], scales fp16 [2, 512]: 131,072 weights in 16,384 int32.
      await form.locator('input[type="file"]').setInputFiles([
        { name: 'model.safetensors', mimeType: 'application/octet-stream', buffer: safetensorsFile({ 'layers.0.q_proj.qweight': ['I32', [256, 64]], 'layers.0.q_proj.qzeros': ['I32', [2, 64]], 'layers.0.q_proj.scales': ['F16', [2, 512]] }) },
        { name: 'config.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ quantization_config: { quant_method: 'awq', bits: 4, group_size: 128 } })) },
      ]);
      await expect(form.locator('output[name="total"]')).toHaveText('131,072');
      await expect(form.locator('output[name="quantization"]')).toContainText(lang === 'en' ? 'AWQ (read from config.json)' : 'AWQ（据 config.json）');
      await expect(form.locator('output[name="quantization"]')).toContainText(lang === 'en' ? '4.1563 bits per weight' : '每个权重 4.1563 比特');
    });

    test('a header of 400,000 tensors is read off the main thread, with a stop button (issue 27)', ANY_WIDTH, async ({ page }) => {
      // Making and handing over a 27 MB file takes a while on a busy machine.
      test.setTimeout(90_000);
      await page.goto(page_);
      const form = page.locator('form[data-calculator="checkpoint"]');
      const tensors: Record<string, [string, number[]]> = {};
      for (let i = 0; i < 400_000; i++) tensors[`model.layers.${i}.weight`] = ['U8', [1]];
      // From a path: a 27 MB buffer handed over the protocol takes longer than the test may.
      const path = join(mkdtempSync(join(tmpdir(), 'many-tensors-')), 'many.safetensors');
      writeFileSync(path, safetensorsFile(tensors));
      const stop = form.locator('button[data-stop-for="files"]');
      await expect(stop).toBeHidden();
      await form.locator('input[type="file"]').setInputFiles(path);
      await expect(stop).toBeVisible();
      // The page answers while the worker reads: the parameter counter still recomputes.
      const started = Date.now();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      expect(Date.now() - started).toBeLessThan(1000);
      await stop.click();
      await expect(stop).toBeHidden();
      await expect(form.locator('output[name="total"]')).toHaveText(lang === 'en' ? 'Stopped: nothing was counted. Pick the files again to count them.' : '已停止：没有计数。重新选择文件即可再数。');
    });

    test('a first part of a GGUF split renamed model.gguf names the parts missing', async ({ page }) => {
      await page.goto(page_);
      const form = page.locator('form[data-calculator="checkpoint"]');
      const part = readFileSync(`${CHECKPOINTS}/gguf/split3/tiny3-00001-of-00003.gguf`);
      await form.locator('input[type="file"]').setInputFiles({ name: 'model.gguf', mimeType: 'application/octet-stream', buffer: part });
      await expect(form.locator('output[name="files-read"]')).toContainText(lang === 'en' ? 'model.gguf: 3 parts, of which not picked: 2, 3' : 'model.gguf：共 3 个分片，未选第 2、3 个');
    });
  });
}

/** A safetensors file of zeros with these tensors (name → [dtype, shape]), laid out as the format requires. */
function safetensorsFile(tensors: Record<string, [string, number[]]>): Buffer {
  const bytes: Record<string, number> = { I32: 4, F16: 2, U8: 1 };
  const header: Record<string, unknown> = {};
  let offset = 0;
  for (const [name, [dtype, shape]] of Object.entries(tensors)) {
    const size = shape.reduce((a, b) => a * b, 1) * bytes[dtype]!;
    header[name] = { dtype, shape, data_offsets: [offset, offset + size] };
    offset += size;
  }
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(json.length));
  return Buffer.concat([length, json, Buffer.alloc(offset)]);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the counter shows Llama 3.1 8B’s exact count and says the rest needs JavaScript', async ({ page }) => {
    await page.goto('/en/counting-parameters/');
    await expect(page.locator('form[data-calculator="parameters"] output[name="total"]')).toHaveText('8,030,261,248 (8.03B)');
    await expect(page.locator('form[data-calculator="checkpoint"] output[name="total"]')).toHaveText('Pick one or more .safetensors or .gguf files.');
  });
});
