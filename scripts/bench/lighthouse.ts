// Lighthouse mobile metrics (its default config: a mid-range phone, simulated slow 4G and 4x CPU
// slowdown), median of N runs, in the Chromium the rest of the bench uses (scripts/site/lighthouse.ts).
import type { Config } from 'lighthouse';
import { withLighthouse } from '../site/lighthouse.ts';

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

/**
 * Lighthouse's default (mobile) config and throttling, performance category only, made quicker in
 * two ways that leave the metrics alone (checked here: LCP 1356 ms against 1358 ms, same TBT and
 * bytes): no full-page screenshot (a picture for the HTML report, 1.7 s of each 7 s run), and
 * 500 ms instead of 1 s for the quiet periods Lighthouse waits for before it stops recording (a
 * static page served from localhost goes quiet within milliseconds of its load event).
 */
export const LIGHTHOUSE_CONFIG: Config = {
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

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Runs Lighthouse `runs` times on each URL, round-robin (so a slow moment of the machine spreads over
 * all pages rather than hitting one), and reports each metric's median, with Lighthouse's version.
 */
export async function runLighthouse(
  urls: string[],
  runs: number,
  port: number,
  onRun?: (url: string, run: number, metrics: LighthouseMetrics) => void,
): Promise<{ version: string; results: LighthouseResult[] }> {
  const byUrl = new Map<string, LighthouseMetrics[]>(urls.map((url) => [url, []]));
  const version = await withLighthouse(async (session) => {
    for (let run = 1; run <= runs; run++) {
      for (const url of urls) {
        const { audits, categories } = await session.run(url, LIGHTHOUSE_CONFIG);
        const value = (id: string) => audits[id]?.numericValue ?? NaN;
        const metrics: LighthouseMetrics = {
          lcp: value('largest-contentful-paint'),
          tbt: value('total-blocking-time'),
          cls: value('cumulative-layout-shift'),
          bytes: value('total-byte-weight'),
          fcp: value('first-contentful-paint'),
          score: Math.round((categories.performance?.score ?? 0) * 100),
        };
        byUrl.get(url)!.push(metrics);
        onRun?.(url, run, metrics);
      }
    }
    return session.version;
  }, port);
  const results = urls.map((url) => {
    const list = byUrl.get(url)!;
    const pick = (key: keyof LighthouseMetrics) => median(list.map((m) => m[key]));
    return { url, lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'), bytes: pick('bytes'), fcp: pick('fcp'), score: pick('score'), runs: list };
  });
  return { version, results };
}
