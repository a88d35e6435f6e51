// Content rules over the built site: every article lists its sources, every model size in the
// text is one src/data/models.ts records, and the calculators' default results on Chinese pages
// follow the Chinese style rules. (That both languages of an article have the same
// sections is checked by the build itself: src/integrations/same-sections.ts.)
// Usage: tsx scripts/check-content.ts [dist-dir]
import { MODELS } from '../src/data/models.ts';
import { checkModelSizes, checkSources, checkZhCalculatorOutputs } from './site/content-rules.ts';
import { findArticles } from './site/pages.ts';
import { siteEnv } from './site/site-env.ts';

const dir = process.argv[2] ?? 'dist';
const articles = findArticles(dir, siteEnv().base);

const problems = [
  ...(articles.length === 0 ? [`no articles found in ${dir}`] : []),
  ...articles.flatMap(checkSources),
  ...articles.flatMap((article) => checkModelSizes(article, MODELS)),
  ...articles.flatMap(checkZhCalculatorOutputs),
];
for (const problem of problems) console.error(problem);
console.log(`content: ${articles.length} article pages checked, ${problems.length} problem(s)`);
process.exitCode = problems.length > 0 ? 1 : 0;
