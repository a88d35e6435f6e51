import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { builtArticles } from './site-pages';

/** Bytes at first load, per article page, as a static host would send them (text gzipped). */
const BUDGET = { js: 10 * 1024, css: 16 * 1024, html: 48 * 1024, total: 80 * 1024 };

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
const kindOf = (type: string): Kind =>
  type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' ? 'font' : 'other';
const TEXT: readonly Kind[] = ['html', 'css', 'js', 'other'];

const rows: string[] = [];

// One worker for the whole file, so the table below is printed once with every page in it.
test.describe.configure({ mode: 'serial' });

for (const path of builtArticles()) {
  test(`${path} stays within its byte budget`, async ({ page }) => {
    const pending: Promise<[Kind, number]>[] = [];
    page.on('response', (response) => {
      const kind = kindOf(response.request().resourceType());
      pending.push(response.body().then((body) => [kind, TEXT.includes(kind) ? gzipSync(body, { level: 9 }).length : body.length]));
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, other: 0 };
    for (const [kind, size] of await Promise.all(pending)) bytes[kind] += size;
    const total = Object.values(bytes).reduce((a, b) => a + b, 0);
    const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
    rows.push(`${path.padEnd(38)} ${kb(bytes.html)} ${kb(bytes.css)} ${kb(bytes.js)} ${kb(bytes.font)} ${kb(bytes.other)} ${kb(total)}  ${pending.length}`);
    expect.soft(bytes.js, 'gzipped JavaScript').toBeLessThanOrEqual(BUDGET.js);
    expect.soft(bytes.css, 'gzipped CSS').toBeLessThanOrEqual(BUDGET.css);
    expect.soft(bytes.html, 'gzipped HTML').toBeLessThanOrEqual(BUDGET.html);
    expect(total, 'total bytes at first load').toBeLessThanOrEqual(BUDGET.total);
  });
}

test.afterAll(() => {
  if (rows.length === 0) return;
  console.log(
    [
      'Budgets per article page at first load, KB (text gzipped; budget JS 10, CSS 16, HTML 48, total 80):',
      `${'page'.padEnd(38)} ${'html'.padStart(6)} ${'css'.padStart(6)} ${'js'.padStart(6)} ${'fonts'.padStart(6)} ${'other'.padStart(6)} ${'total'.padStart(6)}  requests`,
      ...rows.sort(),
    ].join('\n'),
  );
});
