import { chromium, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/site/browser';
import { LANGS, expect, test as base } from './fixtures';
import { type HttpsHub, startHttpsHub } from './hub/https-hub';

/*
 * Reading a model from the Hugging Face Hub, with the Hub mocked from the project's fixture files
 * (packages/core/fixtures/hub/mock-hub.ts: Qwen3-30B-A3B's config and its 16 shard headers, a
 * 191-shard Llama 3.1 405B layout, a gated repository) and served over HTTPS under the Hub's own
 * host names, so the page's CSP, CORS, the 302 to the storage host and Range requests are real.
 * Its own browser, launched with the host mapping: other specs are unaffected (playwright.config.ts
 * runs this file in the 'hub' project only).
 */

const test = base.extend<object, { hub: HttpsHub; hubBrowser: Browser }>({
  hub: [
    async ({}, use) => {
      const hub = await startHttpsHub();
      await use(hub);
      await hub.close();
    },
    { scope: 'worker' },
  ],
  hubBrowser: [
    async ({ hub }, use) => {
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...hub.chromiumArgs] });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ hubBrowser, baseURL }, use) => {
    const context = await hubBrowser.newContext({ baseURL: baseURL ?? '', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
});

// A refused request (401, 404, 429) and an aborted one are logged by Chromium itself, as on the real Hub.
test.use({ allowedConsole: [/Failed to load resource/] });

/** Typing reaches the calculator's code once the island has loaded it: the field's text is then in the link. */
async function typed(page: Page, calculator: string, text: string) {
  await page.locator(`form[data-calculator="${calculator}"] input[name="model"]`).fill(text);
  await expect.poll(() => new URL(page.url()).searchParams.get(`${calculator}.model`)).toBe(text);
}

/** transformers' counts for Qwen3-30B-A3B (scripts/model-config/count_with_transformers.py). */
const qwen = (JSON.parse(readFileSync('packages/core/fixtures/configs/expected.json', 'utf8')) as { fixtures: Record<string, { total: number; active: number }> }).fixtures['qwen3-30b-a3b.json']!;
const exact = (n: number) => n.toLocaleString('en-US');

for (const lang of LANGS) {
  test.describe(`the model field (${lang})`, () => {
    test('Qwen/Qwen3-30B-A3B: the exact total from its headers, the active count and the config’s count beside it', async ({ page, hub }) => {
      await page.goto(`/${lang}/counting-parameters/`);
      const form = page.locator('form[data-calculator="parameters"]');
      const field = form.locator('input[name="model"]');
      const before = hub.log.length;
      await typed(page, 'parameters', 'https://huggingface.co/Qwen/Qwen3-30B-A3B/tree/main');
      // Typing requests nothing: only Enter, the button or a link does.
      await page.waitForTimeout(300);
      expect(hub.log.slice(before)).toEqual([]);
      await field.press('Enter');
      await expect(form.locator('output[name="hub-total"]')).toHaveText(
        lang === 'en' ? `${exact(qwen.total)} (30.5B) in 16 files` : `${exact(qwen.total)}（305亿），共 16 个文件`,
      );
      await expect(form.locator('output[name="total"]')).toContainText(exact(qwen.total));
      await expect(form.locator('output[name="active"]')).toContainText(exact(qwen.active));
      const compare = form.locator('[name="hub-compare"]');
      await expect(compare).toContainText(lang === 'en' ? 'The name says 30B, 3B active' : '名称写的是 30B，激活 3B');
      await expect(compare).toContainText(lang === 'en' ? `The config counts ${exact(qwen.total)}: the same as the headers.` : `按配置计算为 ${exact(qwen.total)}，与文件头一致。`);
      // The id is kept in the link in its short form, and the link gives the same answer.
      await expect.poll(() => new URL(page.url()).searchParams.get('parameters.model')).toBe('Qwen/Qwen3-30B-A3B');
      await expect(field).toHaveValue('Qwen/Qwen3-30B-A3B');
      await page.reload();
      await expect(form.locator('output[name="hub-total"]')).toContainText(exact(qwen.total));
    });

    test('a link naming a model fills the serving calculator: KV cache per token and what fits', async ({ page }) => {
      await page.goto(`/${lang}/training-vs-serving-memory/?serving.model=Qwen/Qwen3-30B-A3B#serving-calculator`);
      const form = page.locator('form[data-calculator="serving"]');
      await expect(form.locator('input[name="layers"]')).toHaveValue('48');
      await expect(form.locator('input[name="kv-heads"]')).toHaveValue('4');
      await expect(form.locator('input[name="params"]')).toHaveValue(String(qwen.total));
      // 48 layers × 2 (K and V) × 4 heads × 128 × 2 bytes (bf16) = 98,304 bytes per token.
      await expect(form.locator('output[name="kv-per-token"]')).toContainText(lang === 'en' ? '98.3 kB' : '98.3 kB');
      await expect(form.locator('output[name="weight-format"]')).not.toHaveText('—');
      await expect(form.locator('output[name="max-context"]')).not.toHaveText('—');
    });

    // A fresh tester pasted an id and pressed Enter at once: the calculator's code was still loading,
    // the Enter was lost and the example's results stood under the model's name. The driver is held
    // back here so that Enter always comes first.
    test('Enter pressed while the calculator’s code still loads reads the model once it has', async ({ page }) => {
      await page.route(/calculator-driver\.[\w-]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 800));
        await route.continue();
      });
      await page.goto(`/${lang}/training-vs-serving-memory/#serving-calculator`);
      const form = page.locator('form[data-calculator="serving"]');
      const field = form.locator('input[name="model"]');
      await field.focus();
      await page.keyboard.insertText('Qwen/Qwen3-30B-A3B');
      await page.keyboard.press('Enter');
      await expect(form.locator('input[name="layers"]')).toHaveValue('48');
      await expect(form.locator('input[name="params"]')).toHaveValue(String(qwen.total));
    });

    test('a gated model says so and links its page; a missing one, a rate limit and no network each have their sentence', async ({ page, hub }) => {
      await page.goto(`/${lang}/counting-parameters/`);
      const form = page.locator('form[data-calculator="parameters"]');
      const field = form.locator('input[name="model"]');
      const status = form.locator('output[name="hub-status"]');
      await typed(page, 'parameters', 'meta-llama/Llama-3.1-8B');
      await form.locator('[data-hub-read]').click();
      await expect(status).toContainText(lang === 'en' ? 'meta-llama/Llama-3.1-8B is gated' : 'meta-llama/Llama-3.1-8B 是受限模型');
      await expect(form.locator('[data-hub-page] a')).toHaveAttribute('href', 'https://huggingface.co/meta-llama/Llama-3.1-8B');
      await expect(form.locator('[data-hub-page]')).toBeVisible();

      await field.fill('nobody/does-not-exist');
      await field.press('Enter');
      await expect(status).toContainText(lang === 'en' ? 'There is no public model nobody/does-not-exist' : 'Hub 上没有名为 nobody/does-not-exist 的公开模型');
      await expect(form.locator('[data-hub-page]')).toBeHidden();

      await page.route(/^https:\/\/([^/]+\.)?(huggingface\.co|hf\.co)\//, (route) => route.abort('internetdisconnected'));
      await field.fill('Qwen/Qwen3-8B');
      await field.press('Enter');
      await expect(status).toContainText(lang === 'en' ? 'The Hub could not be reached' : '无法连接 Hub');

      await page.unroute(/^https:\/\/([^/]+\.)?(huggingface\.co|hf\.co)\//);
      // 429, last: a rate limit holds every request to the Hub back for a while. Retry-After is not
      // among the headers the Hub exposes to scripts, so the page cannot read it: it says "a few
      // minutes" and sends nothing for a minute (in Node, the command line reads Retry-After:
      // packages/core/src/hub/read-model.test.ts).
      await field.fill('llm-scale-mock/rate-limited');
      await field.press('Enter');
      const rateLimited = lang === 'en' ? 'The Hub is limiting requests from your connection. Try again in a few minutes.' : 'Hub 正在限制来自你所在网络的请求，请几分钟后再试。';
      await expect(status).toHaveText(rateLimited);
      const limited = hub.log.length;
      await field.press('Enter');
      await expect(status).toHaveText(rateLimited);
      expect(hub.log.length).toBe(limited);
    });

    test('Read and Enter read the model while the config box holds text that is not valid JSON', async ({ page }) => {
      await page.goto(`/${lang}/counting-parameters/`);
      const form = page.locator('form[data-calculator="parameters"]');
      const config = form.locator('textarea[name="config"]');
      const status = form.locator('output[name="hub-status"]');
      await config.fill('{ "hidden_size": 4096,');
      await expect(form.locator('#parameters-config-error')).not.toBeEmpty();
      // The Hub's answer is said even though the config cannot be read: here, a gated model.
      await typed(page, 'parameters', 'meta-llama/Llama-3.1-8B');
      await form.locator('[data-hub-read]').click();
      await expect(status).toContainText(lang === 'en' ? 'meta-llama/Llama-3.1-8B is gated' : 'meta-llama/Llama-3.1-8B 是受限模型');
      await expect(status).toHaveAttribute('data-current', '');
      // A model that is read: its config replaces the box's text and is counted, as on any read.
      await config.fill('{ "hidden_size": 4096,');
      await form.locator('input[name="model"]').fill('Qwen/Qwen3-30B-A3B');
      await form.locator('input[name="model"]').press('Enter');
      await expect(status).toContainText(lang === 'en' ? 'Read Qwen/Qwen3-30B-A3B' : '已读取 Qwen/Qwen3-30B-A3B');
      await expect(config).toHaveValue(/"model_type": "qwen3_moe"/);
      await expect(form.locator('#parameters-config-error')).toBeEmpty();
      await expect(form.locator('output[name="total"]')).toContainText(exact(qwen.total));
      await expect(form.locator('output[name="hub-total"]')).toContainText(exact(qwen.total));
      await expect(page.locator('calculator-island:has(form[data-calculator="parameters"])')).not.toHaveClass(/calc-stale/);
    });

    for (const [calculator, path, result] of [
      ['parameters', 'counting-parameters', 'total'],
      ['serving', 'training-vs-serving-memory', 'weights'],
    ] as const) {
      test(`a link naming a model opened offline (${calculator}): the example's results are marked as not that model's`, async ({ page }, info) => {
        await page.route(/^https:\/\/([^/]+\.)?(huggingface\.co|hf\.co)\//, (route) => route.abort('internetdisconnected'));
        await page.goto(`/${lang}/${path}/?${calculator}.model=Qwen/Qwen3-8B#${calculator}-calculator`);
        const form = page.locator(`form[data-calculator="${calculator}"]`);
        const island = page.locator(`calculator-island:has(form[data-calculator="${calculator}"])`);
        await expect(form.locator('output[name="hub-status"]')).toContainText(lang === 'en' ? 'The Hub could not be reached' : '无法连接 Hub');
        await expect(form.locator(`#${calculator}-model-error`)).toHaveText(
          lang === 'en'
            ? 'Qwen/Qwen3-8B was not read, so the results below are not its own: they are the example’s, worked out from the fields below as they stand.'
            : '未能读取 Qwen/Qwen3-8B，下面的结果并非它的：仍是按下方各栏现有数值算出的示例结果。',
        );
        await expect(island).toHaveClass(/calc-stale/);
        const opacity = (name: string) => form.locator(`output[name="${name}"]`).evaluate((el) => getComputedStyle(el).opacity);
        expect(await opacity(result)).toBe('0.6');
        // Where the reading stands is current, not faded.
        expect(await opacity('hub-status')).toBe('1');
        await form.screenshot({ path: info.outputPath(`offline-${calculator}-${lang}.png`) });
        // The model's config pasted instead, as the sentence asks: the results are that config's, unmarked.
        await form.locator('textarea[name="config"]').fill(readFileSync('packages/core/fixtures/configs/qwen3-8b.json', 'utf8'));
        await expect(island).not.toHaveClass(/calc-stale/);
        await expect(form.locator(`#${calculator}-model-error`)).toBeEmpty();
        expect(await opacity(result)).toBe('1');
      });
    }

    test('an address of another site is refused with a sentence and never requested', async ({ page, hub }) => {
      await page.goto(`/${lang}/counting-parameters/`);
      const form = page.locator('form[data-calculator="parameters"]');
      const before = hub.log.length;
      await form.locator('input[name="model"]').fill('https://example.com/Qwen/Qwen3-8B');
      await form.locator('input[name="model"]').press('Enter');
      await expect(form.locator('#parameters-model-error')).toHaveText(lang === 'en' ? /^Only models on huggingface.co/ : /^只读取 huggingface.co/);
      await expect(form.locator('output[name="total"]')).toContainText('8,030,261,248');
      expect(hub.log.length).toBe(before);
    });
  });
}

test('the checkpoint counter reads a 191-shard repository from its headers alone, within S + 2 requests', async ({ page, hub }) => {
  await page.goto('/en/counting-parameters/');
  const form = page.locator('form[data-calculator="checkpoint"]');
  const repo = 'llm-scale-mock/Llama-3.1-405B-layout';
  await typed(page, 'checkpoint', repo);
  await form.locator('input[name="model"]').press('Enter');
  await expect(form.locator('output[name="total"]')).toHaveText('405,853,388,800 (406B)', { timeout: 30_000 });
  await expect(form.locator('output[name="hub-status"]')).toContainText(`Read ${repo}: 193 requests`);
  // Each fetch reaches huggingface.co once (then, for a shard, its 302 leads to the storage host).
  const gets = hub.log.filter((l) => l.startsWith(`GET huggingface.co/${repo}/`));
  expect(gets.length).toBeLessThanOrEqual(191 + 2);
  const ranges = hub.log.filter((l) => l.startsWith('GET cas-bridge.xethub.hf.co/') && l.includes(repo));
  expect(ranges.length).toBe(191);
  expect(ranges.every((l) => l.endsWith(' bytes=0-65535'))).toBe(true);
});

test('cancelling, or asking for another model while headers load, leaves no stale result', async ({ page, hub }) => {
  await page.goto('/en/counting-parameters/');
  const form = page.locator('form[data-calculator="checkpoint"]');
  const field = form.locator('input[name="model"]');
  const status = form.locator('output[name="hub-status"]');
  await typed(page, 'checkpoint', 'llm-scale-mock/Llama-3.1-405B-layout');
  await field.press('Enter');
  await expect(status).toContainText(/header \d+ of 191/);
  await form.locator('[data-hub-cancel]').click();
  await expect(status).toHaveText('Stopped: nothing more is requested. Press Enter to read it again.');
  const after = hub.log.length;
  await page.waitForTimeout(500);
  // Requests already sent may still be answered; no new shard is asked for.
  expect(hub.log.slice(after).filter((l) => l.startsWith('GET huggingface.co/'))).toEqual([]);

  await field.press('Enter');
  await expect(status).toContainText(/header \d+ of 191/);
  await field.fill('Qwen/Qwen3-30B-A3B');
  await field.press('Enter');
  await expect(form.locator('output[name="total"]')).toHaveText(`${exact(qwen.total)} (30.5B)`);
  await page.waitForTimeout(1500);
  await expect(form.locator('output[name="total"]')).toHaveText(`${exact(qwen.total)} (30.5B)`);
  await expect(status).toContainText('Read Qwen/Qwen3-30B-A3B');
});
