// The targets, checked against one bench run. Each gives PASS, FAIL, or SKIP (not measured).
import type { ArticleResult } from './results.ts';
import type { BuildRun } from './build-scaling.ts';

export const TARGETS = {
  /** An article page transfers at most this many times the bytes of its bare page. */
  transferRatio: 1.0,
  maxRequests: 6,
  /** Gzipped JavaScript per article page, bytes (10 kB, 1 kB = 1000 B). */
  maxJsGzip: 10_000,
  /** Build time per page at the largest size over time per page at the smallest. */
  buildPerPageRatio: 1.3,
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
        target: `bytes ≤ ${TARGETS.transferRatio.toFixed(1)} × bare page`,
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
  return results;
}
