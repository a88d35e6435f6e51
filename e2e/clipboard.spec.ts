import type { Page } from '@playwright/test';
import { LANGS, articleUrl, expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Selects the given elements' whole contents, copies as a reader does (Ctrl+C), returns the text. */
async function copy(page: Page, selector: string): Promise<string> {
  await page.evaluate((sel) => {
    const nodes = document.querySelectorAll(sel);
    const range = document.createRange();
    range.setStartBefore(nodes[0]!);
    range.setEndAfter(nodes[nodes.length - 1]!);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, selector);
  await page.keyboard.press('ControlOrMeta+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

for (const lang of LANGS) {
  test.describe(`copying text with formulas (${lang})`, () => {
    test('a paragraph with inline formulas gives each formula once, as readable text', async ({ page }) => {
      await page.goto(articleUrl(lang));
      // The first paragraph of the prose with an inline formula in it.
      const paragraph = page.locator('.prose p:has(.katex)').first();
      await paragraph.evaluate((p) => p.setAttribute('data-copy-target', ''));
      const formulas = await paragraph.locator('.katex').evaluateAll((els) => els.map((el) => el.querySelector(':scope > .math-text')?.textContent ?? ''));
      expect(formulas.length).toBeGreaterThan(0);
      const text = await copy(page, '[data-copy-target]');
      for (const formula of formulas) {
        expect(formula).not.toBe('');
        expect(text.split(formula).length - 1, `“${formula}” once in “${text}”`).toBe(formulas.filter((f) => f === formula).length);
      }
      expect(text).not.toMatch(/\\[a-z]+|\\\\/); // no TeX
      expect(text).not.toContain('\u200b');
    });

    test('the worked example, heading to formula, copies as text a reader can paste', async ({ page }) => {
      await page.goto(articleUrl(lang));
      // From the section's heading to its first display formula.
      await page.evaluate(() => {
        const heading = document.getElementById('worked-example')!.closest('.heading-wrapper')!;
        let node: Element | null = heading;
        while (node && !node.matches('.scroll-box-formula')) {
          node.setAttribute('data-copy-target', '');
          node = node.nextElementSibling;
        }
        node?.setAttribute('data-copy-target', '');
      });
      const text = await copy(page, '[data-copy-target]');
      expect(text).toMatch(/200\s*B\s*×\s*8\s*\S*\s*=\s*1600\s*GB/);
      // Once: the formula's HTML, MathML and TeX copies would give it three times.
      expect(text.match(/1600/g)?.length).toBe(1);
      expect(text).not.toMatch(/Link to section|本节链接/);
      expect(text).not.toMatch(/\\times|\\text/);
      expect(text).not.toContain('\u200b');
      // Paragraphs stay on their own lines.
      expect(text.trim().split('\n').length).toBeGreaterThan(2);
    });
  });
}
