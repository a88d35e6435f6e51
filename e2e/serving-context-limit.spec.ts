import { LANGS, expect, test } from './fixtures';

/*
 * A context longer than the model takes (max_position_embeddings), which vLLM refuses: the verdict,
 * which the phone's answer line shows and a screen reader hears, and the context field say so, while
 * the memory is still worked out. The limit comes from the link's max-positions, 4096, below the
 * default context of 8192 tokens.
 */
const VERDICT = {
  en: /^Does not run as set: the context, 8192\u00a0tokens, is longer than the model takes, 4096 \(max_position_embeddings\)/,
  zh: /^按当前设置无法运行：上下文 8192\u00a0个 token 超过了模型支持的最大长度 4096/,
} as const;
const NOTE = {
  en: /^Longer than the model takes: 4096 tokens \(max_position_embeddings\)\./,
  zh: /^超过了模型支持的最大长度 4096 个 token（max_position_embeddings）/,
} as const;

for (const lang of LANGS) {
  test(`a context past max_position_embeddings: the answer line, the announcement and the context field say it does not run (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/training-vs-serving-memory/?serving.max-positions=4096#serving-calculator`);
    const form = page.locator('form[data-calculator="serving"]');
    const headline = form.locator('.calc-headline [data-out="verdict"]');
    await expect(headline).toHaveText(VERDICT[lang]);
    await expect(page.locator('#serving-context-error')).toHaveText(NOTE[lang]);
    // The memory is still worked out.
    await expect(form.locator('output[name="kv-cache"]')).toHaveText(/GB/);
    // Typed back within the limit, the verdict is memory's alone and the note goes.
    await page.locator('#serving-context').fill('4096');
    await expect(headline).toHaveText(lang === 'en' ? /^Fits on 2/ : /^放得下/);
    await expect(page.locator('#serving-context-error')).toHaveText('');
    // And past it again: a screen reader hears the new verdict once typing pauses.
    await page.locator('#serving-context').fill('16k');
    await expect(form.locator('[data-announce="verdict"]')).toHaveText(lang === 'en' ? /Does not run as set/ : /按当前设置无法运行/);
  });
}
