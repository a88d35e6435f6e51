import { ANY_WIDTH, ARTICLE, LANGS, SECTION_IDS, articleUrl, expect, test } from './fixtures';

for (const lang of LANGS) {
  test.describe(`article (${lang})`, () => {
    test('has every section of the source, each id exactly once', ANY_WIDTH, async ({ page }) => {
      await page.goto(articleUrl(lang));
      for (const id of SECTION_IDS) {
        await expect(page.locator(`[id="${id}"]`), `#${id}`).toHaveCount(1);
        await expect(page.locator(`h2[id="${id}"]`)).toBeVisible();
      }
    });

    // Canonical and alternate addresses need SITE_URL, which this build has not: the sub-path build
    // checks them (subpath.spec.ts).
    test('sets the page basics: language, charset, title, description; no absolute address without SITE_URL', ANY_WIDTH, async ({ page }) => {
      await page.goto(articleUrl(lang));
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      await expect(page.locator('meta[charset]')).toHaveAttribute('charset', /utf-8/i);
      await expect(page).toHaveTitle(/\S/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{10,}/);
      await expect(page.locator('link[rel="canonical"], link[rel="alternate"]')).toHaveCount(0);
      await expect(page.locator('meta[name="keywords"]')).toHaveAttribute('content', /GPT-4o.*Claude 3\.5 Sonnet/);
    });

    test('shows the four tables as real tables with header cells', ANY_WIDTH, async ({ page }) => {
      await page.goto(articleUrl(lang));
      for (const id of ['reported-sizes', 'core-concepts', 'pros-and-cons', 'similar-concepts']) {
        // A section runs from its heading to the next h2; find the first table after the heading.
        const table = page.locator(`.heading-wrapper:has(h2[id="${id}"]) ~ * table, .heading-wrapper:has(h2[id="${id}"]) ~ table`).first();
        await expect(table, `table in #${id}`).toBeVisible();
        await expect(table.locator('th').first()).toBeVisible();
        expect(await table.locator('tbody tr').count(), `rows in #${id}`).toBeGreaterThanOrEqual(2);
      }
      expect(await page.locator('article table').count()).toBeGreaterThanOrEqual(4);
      // Every table, not only the four above, has header cells.
      await expect(page.locator('article table:not(:has(th))')).toHaveCount(0);
    });

    test('typesets the formulas with KaTeX at build time, with MathML for screen readers', ANY_WIDTH, async ({ page }) => {
      await page.goto(articleUrl(lang));
      await expect(page.locator('.katex-error')).toHaveCount(0);
      expect(await page.locator('.katex-display').count()).toBeGreaterThanOrEqual(3);
      // The worked example: 200B x 8 bytes = 1600 GB, as TeX annotation inside the MathML.
      const tex = await page.locator('#worked-example ~ * annotation, .scroll-box-formula annotation').allTextContents();
      expect(tex.some((t) => /200.*\\times\s*8.*=\s*1600/.test(t)), tex.join('\n')).toBe(true);
      expect(await page.locator('math').count()).toBeGreaterThanOrEqual(3);
    });

    test('calls the reported sizes estimates and links the paper', ANY_WIDTH, async ({ page }) => {
      await page.goto(articleUrl(lang));
      const section = page.locator('.prose');
      await expect(section.locator('a[href="https://arxiv.org/abs/2412.19260"]').first()).toBeVisible();
      const estimateWord = lang === 'en' ? /estimate/i : /估计/;
      await expect(page.locator('table.model-sizes')).toContainText(estimateWord);
      await expect(page.locator('table.model-sizes tr[data-model="gpt-4o"]')).toContainText(lang === 'en' ? '200B' : '2000亿');
    });

    test('marks the source’s overstatements in correction notes', ANY_WIDTH, async ({ page }) => {
      await page.goto(articleUrl(lang));
      const notes = page.locator('.note-correction');
      expect(await notes.count()).toBeGreaterThanOrEqual(3);
      await expect(notes.first()).toContainText(lang === 'en' ? 'Correction' : '更正');
      // The source's own example stays, with the GiB figure beside it.
      await expect(page.locator('.prose')).toContainText('1490');
    });

    test('a deep link lands on its heading, visible below the sticky header', async ({ page }) => {
      await page.goto(articleUrl(lang, '#storage-requirements'));
      const heading = page.locator('#storage-requirements');
      await expect(heading).toBeInViewport();
      const header = (await page.locator('.site-header').boundingBox())!;
      const box = (await heading.boundingBox())!;
      // Not hidden under the sticky header, and at the top of the screen rather than somewhere below.
      expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
      expect(box.y).toBeLessThan(page.viewportSize()!.height / 3);
    });

    test('every h2 and h3 has a named self-link that shows on keyboard focus', async ({ page }) => {
      await page.goto(articleUrl(lang));
      const headings = page.locator('.prose h2[id], .prose h3[id]');
      const count = await headings.count();
      expect(count).toBeGreaterThanOrEqual(SECTION_IDS.length);
      for (let i = 0; i < count; i++) {
        const heading = headings.nth(i);
        const id = await heading.getAttribute('id');
        const link = page.locator(`a.heading-link[href="#${id}"]`);
        await expect(link).toHaveCount(1);
        await expect(link).toHaveAccessibleName(new RegExp(`${lang === 'en' ? 'Link to section' : '本节链接'}.+`));
      }
      const first = page.locator('a.heading-link').first();
      await first.focus();
      await expect(first).toHaveCSS('opacity', '1');
    });

    test('the table of contents marks the section being read', async ({ page }) => {
      await page.goto(articleUrl(lang, '#worked-example'));
      await expect(page.locator('.toc a[href="#worked-example"]')).toHaveAttribute('aria-current', 'true');
      await expect(page.locator('.toc a[aria-current="true"]')).toHaveCount(1);
      await page.locator('#reported-sizes').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById('reported-sizes')!.scrollIntoView({ block: 'start' }));
      await expect(page.locator('.toc a[href="#reported-sizes"]')).toHaveAttribute('aria-current', 'true');
    });

    test('the language switch leads to the same section in the other language', async ({ page }) => {
      const other = lang === 'en' ? 'zh' : 'en';
      await page.goto(articleUrl(lang, '#worked-example'));
      const link = page.locator('language-switch a');
      await expect(link).toHaveAttribute('hreflang', other === 'zh' ? 'zh-CN' : 'en');
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${other}/${ARTICLE}/#worked-example$`));
      await expect(page.locator('#worked-example')).toBeInViewport();
    });

    test('fits a phone screen: no sideways scrolling of the page', ANY_WIDTH, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto(articleUrl(lang));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('Chinese text is set in a CJK system font stack, with no web font for it', ANY_WIDTH, async ({ page }) => {
  await page.goto(articleUrl('zh'));
  const family = await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toMatch(/PingFang SC|Noto Sans CJK SC/);
  const fontRequests = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.(woff2?|ttf|otf)$/.test(n)),
  );
  expect(fontRequests.filter((n) => !/KaTeX_/.test(n))).toEqual([]);
});
