// The one table of what an article page may cost a reader, and what the build may cost against
// Starlight's. The post-build check (scripts/check-budgets.ts), the end-to-end page sweep
// (e2e/every-page.spec.ts), the Lighthouse audit and the bench all read their limits from here.
// 1 kB = 1000 bytes throughout.
import { gzipSync } from 'node:zlib';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
export const KINDS: readonly Kind[] = ['html', 'css', 'js', 'font', 'other'];

export const BUDGET = {
  /**
   * Bytes an article page loads at first visit (empty cache), text gzipped as a static host sends
   * it. The one site script is 2.9 kB (contents box, language switch, copying, the calculators'
   * loader); a calculator's own code and sentences load on first use and are not counted. The
   * stylesheet is 4.6 kB with the KaTeX rules no page uses dropped.
   */
  bytes: { html: 48_000, css: 8_000, js: 4_000, total: 80_000 },
  /** Requests at first load: the page, its stylesheet, its script, and the two KaTeX faces body text draws. */
  requests: 5,
  /** Article bytes ÷ its like-for-like floor (the bare page with the same subsetted fonts), from the bench. */
  floorRatio: 1.15,
  /** Cumulative Layout Shift (Lighthouse); Google's "good" limit is 0.1. */
  cls: 0.1,
  /** Lighthouse category scores that do not depend on the machine's speed, 0-100. */
  scores: { accessibility: 100, 'best-practices': 100, seo: 100 },
  /** The site's build at 500 articles per language ÷ Starlight's build of the same content, same run. */
  build: { timeRatio: 1.0, memoryRatio: 1.0 },
} as const;

/** What one page costs at first load: gzipped bytes by kind, and the number of requests. */
export interface PageWeight {
  path: string;
  bytes: Record<Kind, number>;
  requests: number;
}

export const emptyBytes = (): Record<Kind, number> => ({ html: 0, css: 0, js: 0, font: 0, other: 0 });

export const totalBytes = (weight: PageWeight): number => KINDS.reduce((sum, kind) => sum + weight.bytes[kind], 0);

/** The size a static host with gzip sends for a text file, in bytes (zlib level 9). */
export const gzipSize = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** What of a page's weight is over BUDGET, one line each; [] when it fits. */
export function overBudget(weight: PageWeight, budget = BUDGET): string[] {
  const problems: string[] = [];
  for (const kind of ['html', 'css', 'js'] as const) {
    if (weight.bytes[kind] > budget.bytes[kind]) problems.push(`${weight.path}: ${kind} ${kB(weight.bytes[kind])} over its budget of ${kB(budget.bytes[kind])}`);
  }
  const total = totalBytes(weight);
  if (total > budget.bytes.total) problems.push(`${weight.path}: ${kB(total)} in all, over the budget of ${kB(budget.bytes.total)}`);
  if (weight.requests > budget.requests) problems.push(`${weight.path}: ${weight.requests} requests, over the budget of ${budget.requests}`);
  return problems;
}

/** The weights as a table: one row per page, kB by kind, total and requests. */
export function formatWeights(weights: readonly PageWeight[]): string {
  const cell = (n: number) => (n / 1000).toFixed(1).padStart(6);
  const pathWidth = Math.max(4, ...weights.map((w) => w.path.length));
  const header = `${'page'.padEnd(pathWidth)} ${KINDS.map((k) => k.padStart(6)).join(' ')}  ${'total'.padStart(6)}  requests`;
  const rows = [...weights]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((w) => `${w.path.padEnd(pathWidth)} ${KINDS.map((k) => cell(w.bytes[k])).join(' ')}  ${cell(totalBytes(w))}  ${String(w.requests).padStart(8)}`);
  const limits = `budget: html ${kB(BUDGET.bytes.html)}, css ${kB(BUDGET.bytes.css)}, js ${kB(BUDGET.bytes.js)}, total ${kB(BUDGET.bytes.total)}, ${BUDGET.requests} requests`;
  return [`kB per article page at first load, text gzipped (${limits}):`, header, ...rows].join('\n');
}
