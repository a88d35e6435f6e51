// Lighthouse (mobile preset) on the article pages of the built site, with the Chromium the tests use.
// Fails when a score is under its floor. Usage: npm run audit [-- /en/some-article/ ...]
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser.ts';
import { serveDist } from './serve-dist.ts';

const FLOORS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/en/model-parameter-scale/', '/zh/model-parameter-scale/'];

const server = await serveDist(4326);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumExecutable() ?? (await import('@playwright/test')).chromium.executablePath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
let failed = false;
try {
  for (const path of pages) {
    const result = await lighthouse(server.url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(FLOORS),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const scores = Object.entries(FLOORS).map(([id, floor]) => {
      const score = Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
      if (score < floor) failed = true;
      return `${id} ${score}${score < floor ? ` (under ${floor})` : ''}`;
    });
    console.log(`lighthouse ${path}: ${scores.join(', ')}`);
    for (const [id, category] of Object.entries(result.lhr.categories)) {
      if ((category.score ?? 0) * 100 >= FLOORS[id as keyof typeof FLOORS]) continue;
      for (const ref of category.auditRefs) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`  ${id}: ${audit.id}: ${audit.title}`);
      }
    }
  }
} finally {
  chrome.kill();
  server.stop();
}
process.exitCode = failed ? 1 : 0;
