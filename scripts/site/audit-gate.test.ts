import { describe, expect, it } from 'vitest';
import { auditProblems } from './audit-gate';
import { BUDGET } from './budgets';
import type { LighthouseReport } from './lighthouse';

/** A Lighthouse report with the parts the gate reads; everything at its best unless overridden. */
function report({ scores = {}, bytes = 40_000, requests = 5, cls = 0, performance = 0.7 }: { scores?: Record<string, number>; bytes?: number; requests?: number; cls?: number; performance?: number } = {}) {
  const category = (id: string, score: number) => ({ id, score, auditRefs: [{ id: `${id}-audit`, weight: 1 }] });
  return {
    categories: {
      performance: category('performance', performance),
      accessibility: category('accessibility', scores.accessibility ?? 1),
      'best-practices': category('best-practices', scores['best-practices'] ?? 1),
      seo: category('seo', scores.seo ?? 1),
    },
    audits: {
      'total-byte-weight': { numericValue: bytes },
      'cumulative-layout-shift': { numericValue: cls },
      'network-requests': { details: { items: [...Array.from({ length: requests }, (_, i) => ({ url: `http://x/${i}` })), { url: 'data:image/svg+xml,x' }] } },
      'accessibility-audit': { id: 'color-contrast', title: 'Contrast is too low', score: 0 },
    },
  } as unknown as LighthouseReport;
}

describe('auditProblems', () => {
  it('passes a page with a slow performance score: timing is not gated', () => {
    expect(auditProblems(report({ performance: 0.5 }))).toEqual([]);
  });

  it('passes a page at the budget, not counting data: URLs as requests', () => {
    expect(auditProblems(report({ bytes: BUDGET.bytes.total, requests: BUDGET.requests, cls: BUDGET.cls }))).toEqual([]);
  });

  it.each([
    ['an accessibility score under 100, naming the failing audit', { scores: { accessibility: 0.97 } }, ['accessibility 97, under 100', '  accessibility: color-contrast: Contrast is too low']],
    ['an SEO score under 100', { scores: { seo: 0.92 } }, ['seo 92, under 100']],
    ['bytes over budget', { bytes: BUDGET.bytes.total + 1 }, ['80.0 kB transferred, over the budget of 80 kB']],
    ['too many requests', { requests: BUDGET.requests + 1 }, [`${BUDGET.requests + 1} requests, over the budget of ${BUDGET.requests}`]],
    ['a layout shift', { cls: 0.25 }, ['layout shift 0.250, over 0.1']],
  ])('fails %s', (_name, overrides, expected) => {
    expect(auditProblems(report(overrides))).toEqual(expected);
  });
});
