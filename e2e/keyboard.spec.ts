import { LANGS, articleUrl, expect, test } from './fixtures';

for (const lang of LANGS) {
  test(`keyboard alone reaches every link, field and self-link of the ${lang} article, each with a visible focus ring`, async ({ page }) => {
    await page.goto(articleUrl(lang));
    // What a closed <details> holds is not reachable until its summary opens it: the summary is.
    const focusable = await page.locator('a[href], input, select, button:not([hidden]), [tabindex="0"], details > summary:not([tabindex="-1"])').evaluateAll((els) =>
      els.filter((el) => {
        const closed = el.closest('details:not([open])');
        return !el.closest('[hidden]') && !(closed && !(el.tagName === 'SUMMARY' && el.parentElement === closed));
      }).length,
    );
    const reached = new Set<string>();
    const missingRing: string[] = [];
    for (let i = 0; i < focusable + 3; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        if (!el.dataset.tabKey) el.dataset.tabKey = String(Math.random());
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return { key: el.dataset.tabKey, ring, visible: Number(style.opacity) > 0.5, label: el.outerHTML.slice(0, 80) };
      });
      if (!info) continue;
      reached.add(info.key);
      if (!info.ring || !info.visible) missingRing.push(info.label);
    }
    expect(reached.size).toBe(focusable);
    expect(missingRing, 'focused elements without a visible focus ring').toEqual([]);
    // The self-links are among the stops.
    expect(await page.locator('a.heading-link[data-tab-key]').count()).toBe(await page.locator('a.heading-link').count());
  });
}
