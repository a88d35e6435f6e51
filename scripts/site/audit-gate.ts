// The audit's gate: what of a Lighthouse report fails CI. Only figures that do not depend on the
// machine's load: bytes, requests, layout shift and the accessibility, best-practices and SEO scores.
import { BUDGET } from './budgets.ts';
import type { LighthouseReport } from './lighthouse.ts';

/** What of one report breaks the gate, one line each; [] when it passes. */
export function auditProblems(lhr: LighthouseReport): string[] {
  const problems: string[] = [];
  for (const [id, floor] of Object.entries(BUDGET.scores)) {
    const score = Math.round((lhr.categories[id]?.score ?? 0) * 100);
    if (score >= floor) continue;
    problems.push(`${id} ${score}, under ${floor}`);
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) problems.push(`  ${id}: ${audit.id}: ${audit.title}`);
    }
  }
  const bytes = lhr.audits['total-byte-weight']?.numericValue ?? Infinity;
  if (bytes > BUDGET.bytes.total) problems.push(`${(bytes / 1000).toFixed(1)} kB transferred, over the budget of ${BUDGET.bytes.total / 1000} kB`);
  const requests = requestCount(lhr);
  if (requests > BUDGET.requests) problems.push(`${requests} requests, over the budget of ${BUDGET.requests}`);
  const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? Infinity;
  if (cls > BUDGET.cls) problems.push(`layout shift ${cls.toFixed(3)}, over ${BUDGET.cls}`);
  return problems;
}

/** Requests the page made, from Lighthouse's network-requests table (data: URLs are not requests). */
export function requestCount(lhr: LighthouseReport): number {
  const details = lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined;
  return (details?.items ?? []).filter((item) => !item.url.startsWith('data:')).length;
}

