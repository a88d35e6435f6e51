import { BUDGET, emptyBytes, formatWeights, gzipSize, overBudget, type Kind, type PageWeight } from '../scripts/site/budgets';
import { findArticles } from '../scripts/site/pages';
import { expect, test } from './fixtures';

// The build checks the HTML, CSS and JavaScript of each article against the same budget
// (scripts/check-budgets.ts); this test loads each page in Chromium, so it counts the KaTeX font
// faces the browser actually fetches for the page's glyphs, which only layout can tell.

const kindOf = (type: string): Kind =>
  type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' ? 'font' : 'other';
const TEXT: readonly Kind[] = ['html', 'css', 'js', 'other'];

const weights: PageWeight[] = [];

// One worker for the whole file, so the table below is printed once with every page in it.
test.describe.configure({ mode: 'serial' });

for (const { path } of findArticles('dist')) {
  test(`${path} stays within its byte budget`, async ({ page }) => {
    const pending: Promise<[Kind, number]>[] = [];
    page.on('response', (response) => {
      const kind = kindOf(response.request().resourceType());
      pending.push(response.body().then((body) => [kind, TEXT.includes(kind) ? gzipSize(body) : body.length]));
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const bytes = emptyBytes();
    for (const [kind, size] of await Promise.all(pending)) bytes[kind] += size;
    const weight = { path, bytes, requests: pending.length };
    weights.push(weight);
    expect(overBudget(weight, BUDGET)).toEqual([]);
  });
}

test.afterAll(() => {
  if (weights.length > 0) console.log(formatWeights(weights));
});
