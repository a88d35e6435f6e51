// Post-build link checker: every internal link, asset and #fragment of the built site resolves.
// Usage: node scripts/check-links.ts [dist-dir]  (BASE_PATH and SITE_URL as for the build)
import { listFiles, readHtmlPages } from './site/pages.ts';
import { checkLinks } from './site/links.ts';
import { siteEnv } from './site/site-env.ts';

const dir = process.argv[2] ?? 'dist';
const { base, siteOrigin } = siteEnv();
const report = checkLinks({ pages: readHtmlPages(dir, base), files: new Set(listFiles(dir, base)), base, siteOrigin });

for (const { page, link, reason } of report.problems) console.error(`${page}: ${link}: ${reason}`);
console.log(`links: ${report.pages} pages, ${report.links} internal links checked, ${report.problems.length} broken (${dir}, base ${base})`);
process.exitCode = report.problems.length > 0 ? 1 : 0;
