// npm run bench [-- PROJECT_DIR] [--no-build] [--no-lighthouse] [--lighthouse-bare] [--no-scaling]
//                 [--no-starlight] [--sizes=10,100,500] [--runs=3] [--port=4430] [--strict]
//
// Measures the site the way readers and maintainers feel it: what a first visit to each article
// costs (requests, bytes by type, gzipped JS, DOM size, Lighthouse mobile metrics) beside its
// like-for-like floor (the article's own text on a bare page with the same subsetted KaTeX fonts),
// which KaTeX fonts load, how the build time grows with the number of articles, and how the build's
// time and memory compare with Starlight building the same articles in the same run. Prints tables and writes bench-out/bench.json (the previous one becomes
// bench-previous.json and the two are compared). Exit code 0 unless --strict and a target fails.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBarePages, type ArticlePage } from './bare-page.ts';
import { astroBuild, measureBuildScaling, removeTemporaryProjects } from './build-scaling.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { measurePages } from './page-metrics.ts';
import { formatComparison, formatReport } from './report.ts';
import type { ArticleResult, BenchResult } from './results.ts';
import { builtPages, findArticles } from '../site/pages.ts';
import { serveStatic } from '../site/server.ts';
import { checkTargets } from './targets.ts';
import { formatHubReader, measureHubReader } from './hub-reader.ts';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    help: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'lighthouse-bare': { type: 'boolean', default: false },
    'no-scaling': { type: 'boolean', default: false },
    'no-starlight': { type: 'boolean', default: false },
    sizes: { type: 'string', default: '10,100,500' },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4430' },
    strict: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  console.log(`npm run bench [-- PROJECT_DIR] [options]   (PROJECT_DIR defaults to the current directory)
  --no-build          measure the existing dist/ instead of running astro build first
  --no-lighthouse     skip the Lighthouse columns
  --lighthouse-bare   run Lighthouse on the bare pages too (about 15 s more per page)
  --no-scaling        skip the synthetic build-scaling step (the longest: about 4.5 min)
  --no-starlight      skip the Starlight build of the same articles beside each size
  --sizes=10,100,500  synthetic articles per language for the build-scaling step
  --runs=3            Lighthouse runs per page (the median is reported)
  --port=4430         port of the bench's static server; Lighthouse's Chromium uses port + 1
  --strict            exit with code 1 when a target fails`);
  process.exit(0);
}
const projectDir = resolve(positionals[0] ?? process.cwd());
const distDir = join(projectDir, 'dist');
const outDir = join(projectDir, 'bench-out');
const options = {
  build: !flags['no-build'],
  lighthouse: !flags['no-lighthouse'],
  lighthouseBare: flags['lighthouse-bare']!,
  scaling: !flags['no-scaling'],
  starlight: !flags['no-starlight'],
  sizes: flags.sizes!.split(',').map(Number).filter((n) => n > 0),
  runs: Math.max(1, Number(flags.runs)),
};
const port = Number(flags.port);
const log = (line: string) => console.error(`· ${line}`);
process.on('SIGINT', () => {
  removeTemporaryProjects();
  process.exit(130);
});

const started = performance.now();
const notes: string[] = [];
const phases: Record<string, number> = {};
let phaseStart = started;
const endPhase = (name: string) => {
  const now = performance.now();
  phases[name] = now - phaseStart;
  phaseStart = now;
};

// 1. The site itself.
let siteBuild: BenchResult['siteBuild'];
if (options.build) {
  log(`astro build in ${projectDir}`);
  const build = await astroBuild(projectDir, log);
  siteBuild = { wallMs: build.wallMs, peakRssMb: build.peakRssMb, pages: 0 };
} else {
  if (!existsSync(distDir)) throw new Error(`--no-build needs a built site in ${distDir}; run astro build first`);
  notes.push('--no-build: measured the existing dist/, which must be a fresh production build at base path /');
}
const articlePages: ArticlePage[] = findArticles(distDir).map(({ lang, slug, path, tree }) => ({ lang, slug, path, tree }));
if (siteBuild) siteBuild.pages = builtPages(distDir).length;
if (articlePages.length === 0) throw new Error(`no article pages (dist/{en,zh}/<slug>/index.html) in ${distDir}`);
log(`${articlePages.length} article pages: ${articlePages.map((a) => a.path).join(' ')}`);

// 2. Bare pages beside them, and one server for both.
const bareDir = join(outDir, 'bare');
rmSync(bareDir, { recursive: true, force: true });
writeBarePages(projectDir, distDir, articlePages, bareDir, '/__bare/');
endPhase('siteBuild');
const server = await serveStatic({ '/': distDir, '/__bare/': bareDir }, port);
const articleUrl = (a: ArticlePage) => `${server.origin}${a.path}`;
const bareUrl = (a: ArticlePage) => `${server.origin}/__bare${a.path}`;
const allUrls = articlePages.flatMap((a) => [articleUrl(a), bareUrl(a)]);

let browser = '';
let lighthouseVersion: string | undefined;
const lighthouseBy = new Map<string, LighthouseResult>();
let metricsBy: Map<string, Awaited<ReturnType<typeof measurePages>>['pages'][number]>;
try {
  log(`page metrics for ${allUrls.length} pages`);
  const measured = await measurePages(allUrls);
  browser = measured.browser;
  metricsBy = new Map(measured.pages.map((m) => [m.url, m]));
  endPhase('pageMetrics');

  if (options.lighthouse) {
    // Lighthouse takes about 5 s a run here, so by default it runs on the article pages only.
    const lighthouseUrls = options.lighthouseBare ? allUrls : articlePages.map(articleUrl);
    log(`Lighthouse: ${options.runs} runs × ${lighthouseUrls.length} pages`);
    const { version, results } = await runLighthouse(lighthouseUrls, options.runs, port + 1, (url, run, m) =>
      log(`  run ${run} ${url.slice(server.origin.length)}: LCP ${m.lcp.toFixed(0)} ms, TBT ${m.tbt.toFixed(0)} ms, CLS ${m.cls.toFixed(3)}, ${m.bytes} B`),
    );
    lighthouseVersion = version;
    for (const r of results) lighthouseBy.set(r.url, r);
    endPhase('lighthouse');
  }
} finally {
  await server.close();
}

const strip = (url: string) => url.slice(server.origin.length);
const articles: ArticleResult[] = articlePages.map((a) => {
  const article = { path: a.path, metrics: { ...metricsBy.get(articleUrl(a))!, url: a.path }, lighthouse: lighthouseBy.get(articleUrl(a)) };
  const bare = { path: `/__bare${a.path}`, metrics: { ...metricsBy.get(bareUrl(a))!, url: `/__bare${a.path}` }, lighthouse: lighthouseBy.get(bareUrl(a)) };
  for (const page of [article, bare]) {
    page.metrics.requestList = page.metrics.requestList.map((r) => ({ ...r, url: strip(r.url) }));
    if (page.lighthouse) page.lighthouse = { ...page.lighthouse, url: page.path };
  }
  return {
    lang: a.lang,
    slug: a.slug,
    article,
    bare,
    ratios: {
      transfer: article.metrics.transfer.total / bare.metrics.transfer.total,
      requests: article.metrics.requests / bare.metrics.requests,
      jsGzipDelta: article.metrics.jsGzip - bare.metrics.jsGzip,
      ...(article.lighthouse && bare.lighthouse ? { lighthouseBytes: article.lighthouse.bytes / bare.lighthouse.bytes } : {}),
    },
  };
});

for (const a of articles) {
  for (const page of [a.article, a.bare]) {
    const bad = page.metrics.requestList.filter((r) => r.status >= 400 || r.status === 0);
    if (bad.length || page.metrics.failed) notes.push(`${page.path}: ${page.metrics.failed} failed, ${bad.map((r) => `${r.status} ${r.url}`).join(', ')}`);
  }
}

// The Hub reader on a 191-shard repository: requests and bytes against its limits (a second, no browser).
log('Hub reader: 191-shard mock repository on a local server');
const hubReader = await measureHubReader();
endPhase('hubReader');

// 3. Build cost as content grows.
const buildScaling = options.scaling ? await measureBuildScaling(projectDir, options.sizes, log, options.starlight) : [];
if (options.scaling) endPhase('buildScaling');

// 4. Targets, report, record.
const targets = checkTargets(articles, buildScaling);
const git = (...args: string[]) => {
  try {
    return execFileSync('git', ['-C', projectDir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};
const commit = git('rev-parse', 'HEAD');
const result: BenchResult = {
  schema: 1,
  date: new Date().toISOString(),
  project: projectDir,
  ...(commit ? { commit, dirty: (git('status', '--porcelain') ?? '') !== '' } : {}),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    browser,
    ...(lighthouseVersion ? { lighthouse: lighthouseVersion } : {}),
  },
  options,
  notes,
  ...(siteBuild ? { siteBuild } : {}),
  articles,
  buildScaling,
  hubReader,
  targets,
  durationMs: performance.now() - started,
  phasesMs: phases,
};

mkdirSync(outDir, { recursive: true });
const jsonPath = join(outDir, 'bench.json');
let previous: BenchResult | undefined;
if (existsSync(jsonPath)) {
  try {
    previous = JSON.parse(readFileSync(jsonPath, 'utf8')) as BenchResult;
    renameSync(jsonPath, join(outDir, 'bench-previous.json'));
  } catch {
    previous = undefined;
  }
}
writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);

console.log(`\n${formatReport(result)}`);
console.log(`\n${formatHubReader(hubReader)}`);
if (previous?.schema === 1) {
  const comparison = formatComparison(previous, result);
  if (comparison) console.log(`\n${comparison}`);
}
console.log(`\nWrote ${jsonPath}${previous ? ' (the previous run is in bench-previous.json)' : ''}.`);
if (flags.strict && targets.some((t) => t.status === 'FAIL')) process.exitCode = 1;
