// Post-build byte budgets: prints what each article page costs at first load (HTML, stylesheets,
// scripts, gzipped) and fails when one is over the budget in scripts/site/budgets.ts. Part of
// `npm run build`, so a page over budget fails the build. Usage: tsx scripts/check-budgets.ts [dist-dir]
import { overBudget, formatWeights } from './site/budgets.ts';
import { staticWeight } from './site/page-weight.ts';
import { findArticles } from './site/pages.ts';
import { siteEnv } from './site/site-env.ts';

const dir = process.argv[2] ?? 'dist';
const { base } = siteEnv();
const weights = findArticles(dir, base).map((a) => staticWeight(dir, base, a.path, a.html, a.tree));
const problems = [...(weights.length === 0 ? [`no articles found in ${dir}`] : []), ...weights.flatMap((w) => overBudget(w))];

console.log(formatWeights(weights));
console.log('(fonts are counted where a browser loads the page: e2e/every-page.spec.ts and npm run bench)');
for (const problem of problems) console.error(`over budget: ${problem}`);
console.log(`budgets: ${weights.length} article pages checked, ${problems.length} over budget`);
process.exitCode = problems.length > 0 ? 1 : 0;
