// Lighthouse mobile metrics (its default config: a mid-range phone, simulated slow 4G and 4x CPU
// slowdown), median of N runs, in the same Chromium the rest of the bench uses. Lighthouse is an
// optional dev dependency: when it is not installed the bench says so and leaves the columns empty.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser.ts';

export const LIGHTHOUSE_VERSION = '12.2.3';

export interface LighthouseMetrics {
  /** Largest Contentful Paint, ms */
  lcp: number;
  /** Total Blocking Time, ms */
  tbt: number;
  /** Cumulative Layout Shift */
  cls: number;
  /** total-byte-weight audit, bytes */
  bytes: number;
  /** First Contentful Paint, ms */
  fcp: number;
  /** Performance score, 0-100 */
  score: number;
}

export interface LighthouseResult extends LighthouseMetrics {
  url: string;
  runs: LighthouseMetrics[];
}

type LighthouseFn = (url: string, flags: Record<string, unknown>, config?: Record<string, unknown>) => Promise<{ lhr: any } | undefined>;

/**
 * Lighthouse's default (mobile) config and throttling, performance category only, made quicker in
 * two ways that leave the metrics alone (checked here: LCP 1356 ms against 1358 ms, same TBT and
 * bytes): no full-page screenshot (a picture for the HTML report, 1.7 s of each 7 s run), and
 * 500 ms instead of 1 s for the quiet periods Lighthouse waits for before it stops recording (a
 * static page served from localhost goes quiet within milliseconds of its load event).
 */
export const LIGHTHOUSE_CONFIG = {
  extends: 'lighthouse:default',
  settings: {
    onlyCategories: ['performance'],
    disableFullPageScreenshot: true,
    pauseAfterFcpMs: 500,
    pauseAfterLoadMs: 500,
    networkQuietThresholdMs: 500,
    cpuQuietThresholdMs: 500,
  },
};
interface Modules {
  lighthouse: LighthouseFn;
  launch: (options: Record<string, unknown>) => Promise<{ port: number; kill: () => Promise<void> | void }>;
  version: string;
}

/** Lighthouse from LIGHTHOUSE_MODULE (a path to its core/index.js) or from the project's node_modules. */
export async function loadLighthouse(projectDir: string): Promise<Modules | { missing: string }> {
  const entry = process.env.LIGHTHOUSE_MODULE ?? join(projectDir, 'node_modules', 'lighthouse', 'core', 'index.js');
  if (!existsSync(entry)) {
    return {
      missing:
        `Lighthouse is not installed (looked for ${entry}). Add it with ` +
        `\`npm install --save-dev --save-exact lighthouse@${LIGHTHOUSE_VERSION}\` or point LIGHTHOUSE_MODULE at its core/index.js. ` +
        'Skipping the Lighthouse columns.',
    };
  }
  const require = createRequire(entry);
  const lighthouse = (await import(pathToFileURL(entry).href)).default as LighthouseFn;
  const chromeLauncher = await import(pathToFileURL(require.resolve('chrome-launcher')).href);
  const version = require('../package.json').version as string;
  return { lighthouse, launch: chromeLauncher.launch, version };
}

export const LIGHTHOUSE_CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Runs Lighthouse `runs` times on each URL, round-robin (so a slow moment of the machine spreads over
 * all pages rather than hitting one), and reports each metric's median.
 */
export async function runLighthouse(
  modules: Modules,
  urls: string[],
  runs: number,
  port: number,
  onRun?: (url: string, run: number, metrics: LighthouseMetrics) => void,
): Promise<LighthouseResult[]> {
  const chrome = await modules.launch({
    chromePath: chromiumExecutable() ?? '/usr/bin/chromium',
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
    port,
    logLevel: 'silent',
  });
  const byUrl = new Map<string, LighthouseMetrics[]>(urls.map((url) => [url, []]));
  try {
    for (let run = 1; run <= runs; run++) {
      for (const url of urls) {
        const result = await modules.lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, LIGHTHOUSE_CONFIG);
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { audits, categories, runtimeError } = result.lhr;
        if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.code} ${runtimeError.message}`);
        const metrics: LighthouseMetrics = {
          lcp: audits['largest-contentful-paint'].numericValue,
          tbt: audits['total-blocking-time'].numericValue,
          cls: audits['cumulative-layout-shift'].numericValue,
          bytes: audits['total-byte-weight'].numericValue,
          fcp: audits['first-contentful-paint'].numericValue,
          score: Math.round((categories.performance.score ?? 0) * 100),
        };
        byUrl.get(url)!.push(metrics);
        onRun?.(url, run, metrics);
      }
    }
  } finally {
    await chrome.kill();
  }
  return urls.map((url) => {
    const list = byUrl.get(url)!;
    const pick = (key: keyof LighthouseMetrics) => median(list.map((m) => m[key]));
    return { url, lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'), bytes: pick('bytes'), fcp: pick('fcp'), score: pick('score'), runs: list };
  });
}
