// The shape of bench-out/bench.json, the record the next change is compared against.
import type { BuildRun } from './build-scaling.ts';
import type { LighthouseMetrics, LighthouseResult } from './lighthouse.ts';
import type { PageMetrics } from './page-metrics.ts';
import type { TargetResult } from './targets.ts';
import type { HubReaderResult } from './hub-reader.ts';

export interface MeasuredPage {
  path: string;
  metrics: PageMetrics;
  /** Median of the Lighthouse runs; absent when Lighthouse was skipped. */
  lighthouse?: LighthouseResult;
}

export interface ArticleResult {
  lang: string;
  slug: string;
  article: MeasuredPage;
  bare: MeasuredPage;
  ratios: { transfer: number; requests: number; jsGzipDelta: number; lighthouseBytes?: number };
}

export interface BenchResult {
  schema: 1;
  date: string;
  project: string;
  commit?: string;
  dirty?: boolean;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; browser: string; lighthouse?: string };
  options: { sizes: number[]; runs: number; build: boolean; lighthouse: boolean; lighthouseBare: boolean; scaling: boolean; starlight?: boolean };
  notes: string[];
  /** `astro build` of the project itself, when the bench ran it. */
  siteBuild?: { wallMs: number; peakRssMb: number; pages: number };
  articles: ArticleResult[];
  buildScaling: BuildRun[];
  /** The Hub reader's requests and bytes for a 191-shard repository (scripts/bench/hub-reader.ts). */
  hubReader?: HubReaderResult;
  targets: TargetResult[];
  durationMs: number;
  /** Wall time of each step: siteBuild, pageMetrics, lighthouse, buildScaling. */
  phasesMs: Record<string, number>;
}

export type { BuildRun, LighthouseMetrics, PageMetrics };
