// The targets, checked against one bench run. Each gives PASS, FAIL, or SKIP (not measured). The
// limits are the budget table's (scripts/site/budgets.ts), which the build and the tests use too.
import { BUDGET } from '../site/budgets.ts';
import type { ArticleResult } from './results.ts';
import type { BuildRun } from './build-scaling.ts';

export const TARGETS = {
  /** An article page transfers at most this many times the bytes of its like-for-like floor. */
  transferRatio: BUDGET.floorRatio,
  maxRequests: BUDGET.requests,
  /** Gzipped JavaScript per article page, bytes. */
  maxJsGzip: BUDGET.bytes.js,
  /** Build time per page at the largest size over time per page at the smallest. */
  buildPerPageRatio: 1.3,
  /** The site's build time and peak memory over Starlight's, same articles, same run, largest size. */
  starlightTimeRatio: BUDGET.build.timeRatio,
  starlightMemoryRatio: BUDGET.build.memoryRatio,
};

export interface TargetResult {
  target: string;
  subject: string;
  status: 'PASS' | 'FAIL' | 'SKIP';
  measured: string;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function checkTargets(articles: ArticleResult[], scaling: BuildRun[]): TargetResult[] {
  const results: TargetResult[] = [];
  for (const a of articles) {
    const m = a.article.metrics;
    const b = a.bare.metrics;
    results.push(
      {
        target: `bytes ≤ ${TARGETS.transferRatio.toFixed(2)} × like-for-like floor`,
        subject: a.article.path,
        status: a.ratios.transfer <= TARGETS.transferRatio ? 'PASS' : 'FAIL',
        measured: `${kb(m.transfer.total)} / ${kb(b.transfer.total)} = ${a.ratios.transfer.toFixed(2)}×`,
      },
      {
        target: `requests ≤ ${TARGETS.maxRequests}`,
        subject: a.article.path,
        status: m.requests <= TARGETS.maxRequests ? 'PASS' : 'FAIL',
        measured: `${m.requests}`,
      },
      {
        target: `JS ≤ ${kb(TARGETS.maxJsGzip)} gzipped`,
        subject: a.article.path,
        status: m.jsGzip <= TARGETS.maxJsGzip ? 'PASS' : 'FAIL',
        measured: kb(m.jsGzip),
      },
    );
  }
  const first = scaling[0];
  const last = scaling.at(-1);
  if (first && last && first !== last) {
    const ratio = last.msPerPage / first.msPerPage;
    results.push({
      target: `build ms/page at ${last.perLang} ≤ ${TARGETS.buildPerPageRatio} × at ${first.perLang}`,
      subject: `${last.perLang} vs ${first.perLang} articles per language`,
      status: ratio <= TARGETS.buildPerPageRatio ? 'PASS' : 'FAIL',
      measured: `${last.msPerPage.toFixed(0)} / ${first.msPerPage.toFixed(0)} ms = ${ratio.toFixed(2)}×`,
    });
  } else {
    results.push({ target: `build ms/page at the largest size ≤ ${TARGETS.buildPerPageRatio} × at the smallest`, subject: 'build scaling', status: 'SKIP', measured: 'not measured' });
  }
  const anchor = last?.starlight;
  const ratioTarget = (what: string, limit: number, site: number, starlight: number, unit: string) => {
    const ratio = site / starlight;
    return {
      target: `build ${what} ≤ ${limit.toFixed(1)} × Starlight's`,
      subject: `${last!.perLang} articles per language`,
      status: ratio <= limit ? ('PASS' as const) : ('FAIL' as const),
      measured: `${site.toFixed(0)} / ${starlight.toFixed(0)} ${unit} = ${ratio.toFixed(2)}×`,
    };
  };
  if (last && anchor) {
    // CPU time where GNU time measured it: wall time swings with whatever else the machine runs.
    const cpu = last.cpuSeconds !== undefined && anchor.cpuSeconds !== undefined;
    results.push(
      cpu
        ? ratioTarget('CPU time', TARGETS.starlightTimeRatio, last.cpuSeconds!, anchor.cpuSeconds!, 's')
        : ratioTarget('time', TARGETS.starlightTimeRatio, last.wallMs / 1000, anchor.wallMs / 1000, 's'),
      ratioTarget('peak memory', TARGETS.starlightMemoryRatio, last.peakRssMb, anchor.peakRssMb, 'MB'),
    );
  } else {
    for (const what of ['time', 'peak memory']) results.push({ target: `build ${what} ≤ 1.0 × Starlight's`, subject: 'Starlight anchor', status: 'SKIP', measured: 'not measured' });
  }
  return results;
}
