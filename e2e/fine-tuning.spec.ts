import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { LANGS, expect, test } from './fixtures';

/*
 * The fine-tuning calculator on its article: a link's values, a select, a pasted config. The
 * figures are the article's worked examples (packages/core/src/training/fine-tuning.test.ts checks
 * the arithmetic; 41,943,040 is what PEFT counts for Llama 3.1 8B at r = 16 on all linear layers).
 */

const SLUG = 'fine-tuning-memory-and-cost';
const QLORA_24GB = '?fine-tuning.method=qlora&fine-tuning.devices=1&fine-tuning.zero=0&fine-tuning.device-memory=24#fine-tuning-calculator';
const LLAMA_8B = readFileSync(new URL('../packages/core/fixtures/configs/llama-3.1-8b.json', import.meta.url), 'utf8');

const text = {
  en: { fits: '8.3 GB: fits in 24 GB, with 15.7 GB to spare', over: '130.4 GB: does not fit in 24 GB, 106.4 GB over', ignored: /“dora”, which is not one of the options/ },
  zh: { fits: '8.3 GB：24 GB 放得下，还剩 15.7 GB', over: '130.4 GB：24 GB 放不下，超出 106.4 GB', ignored: /“dora”不在可选之列/ },
} as const;

const form = (page: Page) => page.locator('form[data-calculator="fine-tuning"]');
const out = (page: Page, name: string) => form(page).locator(`output[name="${name}"]`);

for (const lang of LANGS) {
  test.describe(`fine-tuning calculator (${lang})`, () => {
    test('a link opens QLoRA on one 24 GB GPU; choosing full fine-tuning shows it does not fit, and the link follows', async ({ page }) => {
      await page.goto(`/${lang}/${SLUG}/${QLORA_24GB}`);
      await expect(form(page).locator('select[name="method"]')).toHaveValue('qlora');
      await form(page).locator('select[name="method"]').focus();
      await expect(out(page, 'trainable')).toContainText('41,943,040');
      await expect(out(page, 'per-gpu')).toHaveText(text[lang].fits);
      await form(page).locator('select[name="method"]').selectOption('full-adam');
      await expect(out(page, 'per-gpu')).toHaveText(text[lang].over);
      await expect.poll(() => new URL(page.url()).searchParams.get('fine-tuning.method')).toBe('full-adam');
    });

    test('a pasted config fills the shape it reads, and LoRA counts PEFT’s 41,943,040', async ({ page }) => {
      await page.goto(`/${lang}/${SLUG}/`);
      await form(page).locator('select[name="method"]').selectOption('lora');
      await form(page).locator('textarea[name="config"]').fill(LLAMA_8B);
      await expect(form(page).locator('input[name="intermediate"]')).toHaveValue('14336');
      await expect(form(page).locator('input[name="intermediate"]')).toHaveJSProperty('readOnly', true);
      await expect(out(page, 'trainable')).toContainText('41,943,040');
    });

    test('a link’s unknown option is ignored, and the field says so', async ({ page }) => {
      await page.goto(`/${lang}/${SLUG}/?fine-tuning.method=dora#fine-tuning-calculator`);
      await form(page).locator('input[name="rank"]').focus();
      await expect(page.locator('#fine-tuning-method-error')).toHaveText(text[lang].ignored);
      await expect(out(page, 'trainable')).toContainText('8,030,261,248');
    });
  });
}
