// Lighthouse (mobile preset) on every article page of the built site, gated only on figures that
// do not depend on how busy the machine is: bytes, requests and layout shift against the budget in
// scripts/site/budgets.ts, and the accessibility, best-practices and SEO scores. The performance
// score and timings (LCP, TBT) are printed for information, never gated: under load they swing by
// 20 points on a page with no JavaScript. The bench compares timings, as ratios to a floor.
// Usage: npm run audit [-- /en/some-article/ ...]
import type { Config } from 'lighthouse';
import { BUDGET } from './site/budgets.ts';
import { auditProblems, requestCount } from './site/audit-gate.ts';
import { withLighthouse } from './site/lighthouse.ts';
import { findArticles } from './site/pages.ts';
import { serveStatic } from './site/server.ts';

// 0: a port the system picks, so a busy port never fails the audit.
const PORT = Number(process.env.AUDIT_PORT ?? 0);
const CONFIG: Config = {
  extends: 'lighthouse:default',
  settings: {
    onlyCategories: ['performance', ...Object.keys(BUDGET.scores)],
    // A picture for the HTML report, which this audit does not write.
    disableFullPageScreenshot: true,
  },
};

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : findArticles('dist').map((a) => a.path);
const server = await serveStatic({ '/': 'dist' }, PORT);
let failed = 0;
try {
  await withLighthouse(async ({ run }) => {
    for (const path of paths) {
      const lhr = await run(server.origin + path, CONFIG);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const problems = auditProblems(lhr);
      if (problems.length) failed++;
      console.log(
        `lighthouse ${path}: ${Object.keys(BUDGET.scores).map((id) => `${id} ${score(id)}`).join(', ')}, ` +
          `${((lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1000).toFixed(1)} kB, ${requestCount(lhr)} requests, ` +
          `CLS ${(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}` +
          ` (not gated: performance ${score('performance')}, LCP ${(lhr.audits['largest-contentful-paint']?.numericValue ?? 0).toFixed(0)} ms)`,
      );
      for (const problem of problems) console.log(`  FAIL ${problem}`);
    }
  });
} finally {
  await server.close();
}
console.log(`audit: ${paths.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
