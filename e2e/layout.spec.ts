import type { Page } from '@playwright/test';
import { ANY_WIDTH, ARTICLE, LANGS, articleUrl, expect, test } from './fixtures';
import { findArticles } from '../scripts/site/pages';

const builtArticles = () => findArticles('dist').map((article) => article.path);

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

for (const lang of LANGS) {
  test.describe(`layout (${lang})`, () => {
    test('on a phone the contents fold to one line under the title, and the first screen shows the opening', async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(articleUrl(lang));
      const title = (await page.locator('h1').boundingBox())!;
      const summary = page.locator('.toc summary');
      const box = (await summary.boundingBox())!;
      expect(box.y).toBeGreaterThan(title.y + title.height - 1);
      expect(box.height).toBeLessThanOrEqual(56);
      await expect(page.locator('.toc details')).not.toHaveAttribute('open');
      await expect(page.locator('.toc ol a').first()).toBeHidden();
      await expect(page.locator('.prose > p').first()).toBeInViewport();
      // Opening it shows the entries; choosing one closes it and lands on the section.
      await summary.click();
      await page.locator('.toc a[href="#storage-requirements"]').click();
      await expect(page.locator('.toc details')).not.toHaveAttribute('open');
      await expect(page.locator('#storage-requirements')).toBeInViewport();
    });

    test('on a wide screen the contents stand open beside the text', async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await page.goto(articleUrl(lang));
      await expect(page.locator('.toc details')).toHaveAttribute('open');
      const entry = page.locator('.toc a[href="#reported-sizes"]');
      await expect(entry).toBeVisible();
      const text = (await page.locator('.prose').boundingBox())!;
      expect((await entry.boundingBox())!.x).toBeGreaterThan(text.x + text.width);
    });

    for (const viewport of [PHONE, DESKTOP]) {
      test(`the model sizes table shows every column at ${viewport.width} px`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(articleUrl(lang));
        const box = page.locator('.scroll-box:has(table.model-sizes)');
        const fit = await box.evaluate((el) => {
          const outer = el.getBoundingClientRect();
          const cells = [...el.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect());
          return {
            overflow: el.scrollWidth - el.clientWidth,
            outside: cells.filter((c) => c.right > outer.right + 0.5 || c.left < outer.left - 0.5).length,
            columns: el.querySelectorAll('thead th').length,
          };
        });
        expect(fit).toEqual({ overflow: 0, outside: 0, columns: 3 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      });
    }

    test('a scroll box that is cut off shows a shadow at its cut edge', async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(articleUrl(lang));
      const cut = await page.locator('.scroll-box').evaluateAll((boxes) =>
        boxes
          .filter((b) => b.scrollWidth > b.clientWidth)
          .map((b) => {
            const style = getComputedStyle(b);
            return { image: style.backgroundImage, attachment: style.backgroundAttachment };
          }),
      );
      expect(cut.length).toBeGreaterThan(0);
      for (const style of cut) {
        expect(style.image).toMatch(/radial-gradient.*radial-gradient/);
        expect(style.attachment).toBe('local, local, scroll, scroll');
      }
    });

    test('the Sources heading has a stable id, a self-link and an entry in the contents', async ({ page }) => {
      await page.goto(articleUrl(lang, '#sources'));
      await expect(page.locator('h2#sources')).toBeInViewport();
      await expect(page.locator('a.heading-link[href="#sources"]')).toHaveAccessibleName(lang === 'en' ? 'Link to section: Sources' : '本节链接：参考来源');
      await expect(page.locator('.toc a[href="#sources"]')).toHaveCount(1);
    });

    test('the home page leads with the answer, an estimate with its source, then the articles', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const answer = page.locator('.home-answer');
      await expect(answer).toContainText('GPT-4o');
      await expect(answer).toContainText(lang === 'en' ? '200B' : '2000亿');
      await expect(answer).toContainText(lang === 'en' ? /estimate/ : /估计/);
      await expect(answer.locator('a[href="https://arxiv.org/abs/2412.19260"]')).toHaveCount(1);
      const answerBox = (await answer.boundingBox())!;
      expect(answerBox.y).toBeLessThan(PHONE.height);
      expect((await page.locator('.article-list').boundingBox())!.y).toBeGreaterThan(answerBox.y);
    });

    test('Chinese in a formula is set in the body’s sans face', async ({ page }) => {
      test.skip(lang === 'en', 'the English formulas have no Chinese');
      await page.goto(`/zh/training-vs-serving-memory/`);
      const family = await page.locator('.katex .cjk_fallback').first().evaluate((el) => getComputedStyle(el).fontFamily);
      expect(family).toMatch(/^"?(PingFang SC|Hiragino Sans GB|Microsoft YaHei|Noto Sans CJK SC)/);
    });

    test('the article shows one date when it has not changed since publication, and each date on one line', async ({ page }) => {
      await page.goto(articleUrl(lang));
      const dates = await page.locator('.article-meta time').evaluateAll((times) =>
        times.map((t) => ({ iso: t.getAttribute('datetime'), lines: new Set([...t.getClientRects()].map((r) => Math.round(r.top))).size })),
      );
      expect(dates.length === 1 || dates[0]!.iso! < dates[1]!.iso!, JSON.stringify(dates)).toBe(true);
      for (const date of dates) expect(date.lines).toBe(1);
      // Nor does a label break inside ("最后更 / 新"), at a phone's width either.
      await page.setViewportSize({ width: 320, height: 640 });
      const labels = await page.locator('.article-meta .nowrap').evaluateAll((spans) =>
        spans.map((s) => new Set([...s.getClientRects()].map((r) => Math.round(r.top))).size),
      );
      expect(labels.length).toBe(dates.length);
      for (const lines of labels) expect(lines).toBe(1);
    });
  });
}

test.describe('formulas', () => {
  test('at 1280 px every formula of every article shows whole, with no sideways scroll', ANY_WIDTH, async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const cut: string[] = [];
    for (const path of builtArticles()) {
      await page.goto(path);
      const wide = await page.locator('.scroll-box-formula').evaluateAll((boxes) =>
        boxes.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.querySelector('.katex > .math-text')?.textContent ?? b.getAttribute('aria-label') ?? ''),
      );
      cut.push(...wide.map((text) => `${path}: ${text}`));
    }
    expect(cut).toEqual([]);
  });

  test('at 375 px the Llama 3.1 8B sums fit, and no formula widens the page', ANY_WIDTH, async ({ page }) => {
    await page.setViewportSize(PHONE);
    for (const lang of LANGS) {
      await page.goto(`/${lang}/counting-parameters/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // The two sums for Llama 3.1 8B, one term a line, fit a phone whole.
      const sums = page.locator('.scroll-box-formula', { hasText: '218,112,000' });
      await expect(sums).toHaveCount(2);
      for (const fit of await sums.evaluateAll((boxes) => boxes.map((b) => b.scrollWidth - b.clientWidth))) expect(fit).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('the theme toggle', () => {
  test('offers the system setting, light and dark, and its label names the one in force', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/en/${ARTICLE}/`);
    const toggle = page.locator('[data-theme-toggle]');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await expect(toggle).toHaveAccessibleName('Theme: System');
    expect(await background()).toBe('rgb(21, 23, 26)');
    // The first press changes what the reader sees.
    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Theme: Light');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Theme: Dark');
    expect(await background()).toBe('rgb(21, 23, 26)');
    // Remembered on the next page, in its language.
    await page.goto(`/zh/${ARTICLE}/`);
    await expect(toggle).toHaveAccessibleName(/^主题：\s?深色$/);
    await toggle.click();
    await expect(toggle).toHaveAccessibleName(/^主题：\s?跟随系统$/);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.reload();
    await expect(toggle).toHaveAccessibleName(/^主题：\s?跟随系统$/);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });
});

test.describe('every kind of page has the site chrome', () => {
  test.use({ allowedConsole: [/status of 404/] });
  for (const path of ['/', '/no/such/page/', '/en/', '/zh/search/', `/zh/${ARTICLE}/`]) {
    test(`${path}: header with search and theme toggle, and a footer`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('header.site-header .search-link')).toBeVisible();
      await expect(page.locator('header.site-header [data-theme-toggle]')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
    });
  }
});

test('the skip link leaves nothing showing until it is focused', async ({ page }) => {
  await page.goto(articleUrl('en'));
  const skip = page.locator('.skip-link');
  expect((await skip.boundingBox())!.y + (await skip.boundingBox())!.height).toBeLessThanOrEqual(0);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
});

/** The reader's default text size, as set in the browser's settings (Chromium's own setting). */
async function setDefaultFontSize(page: Page, px: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } });
}

test.describe('320 px wide with the default text size at 24 px', () => {
  const pages = ['/', '/en/', '/zh/', '/en/search/', '/zh/search/', ...builtArticles()];
  for (const path of pages) {
    test(`${path} does not scroll sideways and the site name takes at most two lines`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await setDefaultFontSize(page, 24);
      await page.goto(path);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      const lines = await page.locator('.site-name').evaluate((el) => {
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
        return el.getBoundingClientRect().height / lineHeight;
      });
      expect(lines).toBeLessThanOrEqual(2.05);
    });
  }
});

test.describe('Chinese headings', () => {
  const zh = builtArticles().filter((p) => p.startsWith('/zh/'));
  for (const viewport of [PHONE, DESKTOP]) {
    test(`never leave one character alone on a last line, at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const lonely: string[] = [];
      for (const path of zh) {
        await page.goto(path);
        lonely.push(
          ...(await page.locator('h1, .prose h2, .prose h3').evaluateAll((headings) =>
            headings.flatMap((h) => {
              // The characters of the heading's last line, by where each one sits.
              const chars: { top: number; char: string }[] = [];
              const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent ?? '';
                for (let i = 0; i < text.length; i++) {
                  const range = document.createRange();
                  range.setStart(node, i);
                  range.setEnd(node, i + 1);
                  const rect = range.getBoundingClientRect();
                  if (rect.width > 0 && text[i]!.trim() !== '') chars.push({ top: Math.round(rect.top), char: text[i]! });
                }
              }
              const lastTop = Math.max(...chars.map((c) => c.top));
              const last = chars.filter((c) => c.top === lastTop);
              const lines = new Set(chars.map((c) => c.top)).size;
              return lines > 1 && last.length < 2 ? [`${location.pathname}: ${h.textContent}`] : [];
            }),
          )),
        );
      }
      expect(lonely).toEqual([]);
    });
  }

  test('break only between words: keep-all and balanced lines', async ({ page }) => {
    await page.goto(articleUrl('zh'));
    const style = await page.locator('h1').evaluate((h) => {
      const s = getComputedStyle(h);
      return { wordBreak: s.wordBreak, textWrap: s.textWrapStyle || s.getPropertyValue('text-wrap') };
    });
    expect(style).toEqual({ wordBreak: 'keep-all', textWrap: 'balance' });
  });
});
