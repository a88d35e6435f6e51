import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ANY_WIDTH, LANGS, expect, test } from './fixtures';

/** Opens the search page with `query` typed in and waits for Pagefind's answer. */
async function search(page: Page, lang: string, query: string) {
  await page.goto(`/${lang}/search/`);
  await page.getByRole('searchbox').fill(query);
  await expect(page.locator('.search-status')).not.toBeEmpty();
}

const hrefs = (page: Page) =>
  page.locator('.search-results > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

const excerpts = (page: Page) => page.locator('.search-results p').allTextContents();

for (const lang of LANGS) {
  test.describe(`search (${lang})`, () => {
    for (const query of ['approx', 'aligned', 'frac', 'times', 'KV cache', '1600 GB', 'bf16', 'Link to section', '本节链接']) {
      test(`excerpts for “${query}” show what a reader reads: no TeX, no screen-reader labels`, async ({ page }) => {
        await search(page, lang, query);
        for (const text of await excerpts(page)) {
          expect(text).not.toMatch(/\\[a-z]+|\\\\|&\\|aligned\}/);
          expect(text).not.toMatch(/Link to section|本节链接/);
          expect(text).not.toContain('\u200b');
        }
      });
    }

    test('a TeX command word finds no formula source', async ({ page }) => {
      test.skip(lang === 'zh', 'Chinese pages match parts of Latin words, so approx also matches other words there');
      await search(page, lang, 'approx');
      // Only prose words (approximate, approximation) may match, never \approx inside a formula.
      for (const mark of await page.locator('.search-results mark').allTextContents()) {
        expect(mark.toLowerCase()).toMatch(/^approximat/);
      }
    });

    test('each formula is indexed once, as readable text', async ({ page }) => {
      await search(page, lang, '1490');
      const text = (await excerpts(page)).join('\n');
      expect(text).toMatch(/1490/);
      // 2^30 written as such, not glued into "230" as the visual copy reads.
      expect(text).not.toMatch(/1490\.1\s*GiB\s*1600/);
    });

    test('a formula reads inline in its sentence, with no full stop after it', ANY_WIDTH, async ({ page }) => {
      // The glossary's GB entry: "a gigabyte (GB) is $10^9$ bytes", "1 GB 等于 $10^9$ 字节".
      await search(page, lang, lang === 'en' ? 'gigabyte' : '十进制单位');
      const text = (await excerpts(page)).join('\n');
      expect(text).toContain(lang === 'en' ? '10^9 bytes' : '10^9 字节');
      expect(text).not.toMatch(/\d\. (bytes|字节)/);
    });

    test('an article found by its own words shows its text, not its keyword list or dates', ANY_WIDTH, async ({ page }) => {
      const slugs = ['model-parameter-scale', 'counting-parameters', 'glossary', 'training-vs-serving-memory'];
      for (const slug of slugs) {
        await page.goto(`/${lang}/${slug}/`);
        const keywords = (await page.locator('meta[name="keywords"]').getAttribute('content'))!.split(', ');
        // The first keyword is in the article's title or opening, where the list used to be indexed.
        await search(page, lang, keywords[0]!);
        const item = page.locator('.search-results > li', { has: page.locator(`a[href^="/${lang}/${slug}/"]`) });
        const excerpt = (await item.locator('p').textContent()) ?? '';
        expect(excerpt.length, slug).toBeGreaterThan(0);
        for (let i = 0; i + 2 < keywords.length; i++) expect(excerpt, slug).not.toContain(keywords.slice(i, i + 3).join(', '));
        expect(excerpt, slug).not.toMatch(/Published:|发布日期/);
      }
    });

    test('a query typed in full-width letters finds what its ASCII form finds', async ({ page }) => {
      await search(page, lang, 'GPT');
      const ascii = await hrefs(page);
      expect(ascii.length).toBeGreaterThan(0);
      await search(page, lang, 'ＧＰＴ');
      expect(await hrefs(page)).toEqual(ascii);
    });

    // Words found nowhere (the Chinese index matches parts of Latin words, so not Latin letters).
    for (const query of ["ŋŋ$'", 'ŋŋ$&', 'ŋŋ$`$$']) {
      test(`the “nothing found” message shows ${query} as typed`, async ({ page }) => {
        await search(page, lang, query);
        const expected = lang === 'en' ? `Nothing found for “${query}”.` : `没有找到与“${query}”相关的内容。`;
        await expect(page.locator('.search-status')).toHaveText(expected);
      });
    }

    test('finds the KV cache articles for “KV cache”, each linked to its matching section', async ({ page }) => {
      await search(page, lang, 'KV cache');
      const found = await hrefs(page);
      for (const slug of ['training-vs-serving-memory', 'glossary']) expect(found).toContain(`/${lang}/${slug}/`);
      const link = page.locator(`.search-results > li > a[href^="/${lang}/training-vs-serving-memory/#"]`);
      await expect(link).toHaveCount(1);
      const hash = new URL((await link.getAttribute('href'))!, 'http://x').hash;
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${hash}$`));
      await expect(page.locator(hash)).toBeInViewport();
    });

    test('the highlight keeps the spaces around it and its contrast in dark mode', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await search(page, lang, 'KV cache');
      const glossary = page.locator('.search-results > li', { has: page.locator(`a[href^="/${lang}/glossary/"]`) });
      const excerpt = (await glossary.locator('p').textContent()) ?? '';
      // Two highlighted words keep the space between them (it once read "KVcache").
      expect(excerpt).toMatch(/KV\s+(缓存（KV\s+)?cache/);
      expect(excerpt).not.toMatch(/KVcache/);
      const results = await new AxeBuilder({ page }).include('.search-results').withRules(['color-contrast']).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
      expect(results.passes.length + results.incomplete.length).toBeGreaterThan(0);
    });
  });
}

test('a Chinese article is found by an English keyword it lists only in its metadata', ANY_WIDTH, async ({ page }) => {
  await search(page, 'zh', 'Glossary');
  expect(await hrefs(page)).toContain('/zh/glossary/');
});

test('counts are worded by the plural rules: “1 result”, “4 results”, “共 4 条结果”', async ({ page }) => {
  await search(page, 'en', 'MFU');
  await expect(page.locator('.search-status')).toHaveText('1 result');
  await search(page, 'en', 'KV cache');
  await expect(page.locator('.search-status')).toHaveText(/^\d+ results$/);
  await search(page, 'zh', 'GPT');
  await expect(page.locator('.search-status')).toHaveText(/^共 \d+ 条结果$/);
  await expect(page.locator('.search-status')).not.toContainText('(s)');
});
