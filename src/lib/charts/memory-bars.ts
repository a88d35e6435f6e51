/*
 * Memory against capacity, one stacked bar per accelerator: weights, KV cache, recurrent state
 * (hybrid models), free memory, the headroom the engine leaves, and a line at the device's
 * capacity. What lies past the usable limit is drawn in the error colour and hatched, and the
 * bar's sentence says by how much it is over, so colour is never the only sign.
 *
 * Pure and free of any calculator: it takes plain numbers (bytes), so the serving calculator can
 * pass its per-device figures whatever its arithmetic; src/components/charts/MemoryBars.astro
 * writes the markup.
 */
import { fill } from '@llm-scale/core/text/template';
import { escapeMarkup, svgMarkup, type SvgModel } from './svg-model';

/** What one device holds, in bytes. */
export interface MemoryBar {
  /** Names the device: "GPU 1", "H100 1". */
  label: string;
  weights: number;
  kvCache: number;
  /** Recurrent (SSM / linear-attention) state of hybrid models; 0 or absent otherwise. */
  state?: number;
  /** Training: gradients, optimizer states and activations; 0 or absent when serving. */
  gradients?: number;
  optimizer?: number;
  activations?: number;
}

/** The parts a bar stacks, in order from the left: what is held for the whole run first, then what grows with the batch. */
const STACKED = ['weights', 'gradients', 'optimizer', 'kvCache', 'state', 'activations'] as const;
type StackedPart = (typeof STACKED)[number];

export interface MemoryBarsInput {
  bars: readonly MemoryBar[];
  /** Each device's memory, bytes (80e9 for an H100 SXM 80 GB). */
  capacityBytes: number;
  /**
   * The share of capacity the engine may use, in (0, 1]: vLLM's gpu_memory_utilization, 0.92 by
   * default (src/lib/fits.ts, VLLM_GPU_MEMORY_UTILIZATION). The rest is the engine's headroom.
   */
  usableShare: number;
}

/**
 * The words of the picture, in the reader's language (src/i18n/<lang>/charts.ts, `memory`), as
 * templates with {slots}: plain strings, so a calculator's sentences can carry them to the browser
 * as JSON. capacity {bytes}; fits {used} {usable}; over {by} {usable}; barSentence {label} {sentence}.
 */
export interface MemoryBarsWords {
  name: string;
  barSentence: string;
  capacity: string;
  fits: string;
  over: string;
  weights: string;
  kvCache: string;
  state: string;
  gradients: string;
  optimizer: string;
  activations: string;
  free: string;
  headroom: string;
  overLegend: string;
  overRow: string;
  capacityLegend: string;
  tableCaption: string;
  part: string;
  result: string;
}

export type MemoryPart = StackedPart | 'free' | 'headroom' | 'over';

/** A calculator's words for the picture: the chart's, and its bar labels: gpu {n}; gpus {first} {last}; stage {n} {gpus}; stages {first} {last} {gpus}. */
export interface CalculatorMemoryWords extends MemoryBarsWords {
  gpu: string;
  gpus: string;
  stage: string;
  stages: string;
}

/** One bar's figures, for the sentence under it and the table twin. */
export interface MemoryBarSummary {
  label: string;
  /** Bytes per part; `over` is how far the used bytes pass the usable limit (0 when they fit). */
  bytes: Record<MemoryPart, number>;
  used: number;
  usable: number;
  fits: boolean;
  sentence: string;
}

export interface MemoryBarsChart extends SvgModel {
  summaries: MemoryBarSummary[];
  /** Where the capacity and usable-limit lines are, user units (for tests). */
  capacityX: number;
  usableX: number;
}

const W = 340;
const LABEL = 16;
const BAR = 22;
const SENTENCE = 18;
const GAP = 10;
const TOP = 18;
const HATCH = 6;

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Diagonal hatching inside a rectangle, as path data: 45° lines `HATCH` units apart, each clipped
 * to the rectangle, so no <pattern> (and no id that two pictures on a page could share) is needed.
 */
export function hatchPath(x0: number, y0: number, w: number, h: number): string {
  const x1 = x0 + w;
  let d = '';
  for (let sx = x0 - h + HATCH / 2; sx < x1; sx += HATCH) {
    // A line from (sx, y0 + h) up to (sx + h, y0), kept where x0 ≤ x ≤ x1.
    const t0 = Math.max(0, x0 - sx);
    const t1 = Math.min(h, x1 - sx);
    if (t1 <= t0) continue;
    d += `M${r1(sx + t0)} ${r1(y0 + h - t0)}L${r1(sx + t1)} ${r1(y0 + h - t1)}`;
  }
  return d;
}

/**
 * Lays out the bars, 340 units wide (a phone's column; the component lets it grow on a desktop).
 * The x scale runs from 0 to the larger of the capacity and the fullest device, so a device over
 * capacity draws past the capacity line. `formatBytes` writes bytes for the reader ("73.6 GB").
 * Throws RangeError on no bars, a capacity that is not positive, a share outside (0, 1], or a
 * negative or non-finite byte count.
 */
export function layoutMemoryBars(input: MemoryBarsInput, words: MemoryBarsWords, formatBytes: (bytes: number) => string): MemoryBarsChart {
  const { bars, capacityBytes: capacity, usableShare } = input;
  if (bars.length === 0) throw new RangeError('layoutMemoryBars: no bars');
  if (!(capacity > 0) || !Number.isFinite(capacity)) throw new RangeError(`layoutMemoryBars: capacity ${capacity} is not a positive number of bytes`);
  if (!(usableShare > 0 && usableShare <= 1)) throw new RangeError(`layoutMemoryBars: usable share ${usableShare} is outside (0, 1]`);
  for (const bar of bars) {
    for (const v of STACKED.map((part) => bar[part] ?? 0)) {
      if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(`layoutMemoryBars: ${bar.label} has ${v} bytes`);
    }
  }
  const usable = capacity * usableShare;
  const usedOf = (b: MemoryBar) => STACKED.reduce((sum, part) => sum + (b[part] ?? 0), 0);
  const domain = Math.max(capacity, ...bars.map(usedOf));
  const plotW = W - 2;
  const x = (bytes: number) => r1(1 + (bytes / domain) * plotW);
  const capacityX = x(capacity);
  const usableX = x(usable);

  const model: MemoryBarsChart = { width: W, height: 0, rects: [], paths: [], texts: [], summaries: [], capacityX, usableX };
  const capText = fill(words.capacity, { bytes: formatBytes(capacity) });
  model.texts.push({ x: capacityX, y: 12, text: capText, anchor: capacityX > W / 2 ? 'end' : 'start', cls: 'mem-capacity-text' });

  let y = TOP;
  for (const bar of bars) {
    const used = usedOf(bar);
    const over = Math.max(0, used - usable);
    const fits = over === 0;
    model.texts.push({ x: 1, y: y + 12, text: bar.label, cls: 'title' });
    const top = y + LABEL;
    // Headroom first, as the ground the bar is drawn over; then the parts, cut at the usable limit.
    if (capacityX > usableX) model.rects.push({ x: usableX, y: top, w: r1(capacityX - usableX), h: BAR, cls: 'mem-headroom' });
    let at = 0;
    for (const part of STACKED) {
      const bytes = bar[part] ?? 0;
      const end = Math.min(at + bytes, usable);
      if (end > at) model.rects.push({ x: x(at), y: top, w: r1(x(end) - x(at)), h: BAR, cls: `mem-${part}` });
      at += bytes;
    }
    if (fits && used < usable) model.rects.push({ x: x(used), y: top, w: r1(usableX - x(used)), h: BAR, cls: 'mem-free' });
    if (!fits) {
      const w = r1(x(used) - usableX);
      model.rects.push({ x: usableX, y: top, w, h: BAR, cls: 'mem-over' });
      model.paths.push({ d: hatchPath(usableX, top, w, BAR), cls: 'mem-hatch' });
    }
    const sentence = fits
      ? fill(words.fits, { used: formatBytes(used), usable: formatBytes(usable) })
      : fill(words.over, { by: formatBytes(over), usable: formatBytes(usable) });
    model.texts.push({ x: 1, y: top + BAR + 14, text: sentence, cls: fits ? 'formula' : 'mem-over-text' });
    model.summaries.push({
      label: bar.label,
      bytes: {
        weights: bar.weights,
        gradients: bar.gradients ?? 0,
        optimizer: bar.optimizer ?? 0,
        kvCache: bar.kvCache,
        state: bar.state ?? 0,
        activations: bar.activations ?? 0,
        free: Math.max(0, usable - used),
        headroom: capacity - usable,
        over,
      },
      used,
      usable,
      fits,
      sentence,
    });
    y = top + BAR + SENTENCE + GAP;
  }
  const bottom = y - GAP - SENTENCE + 2;
  if (capacityX > usableX) model.paths.push({ d: `M${usableX} ${TOP}V${bottom}`, cls: 'mem-usable-line' });
  model.paths.push({ d: `M${capacityX} ${TOP - 2}V${bottom}`, cls: 'mem-capacity-line' });
  model.height = Math.ceil(y - GAP + 2);
  return model;
}

/**
 * The parts a chart's legend and table list: the weights always, every other stacked part that some
 * bar holds (state only for hybrids, gradients only in training), free memory when some is left, the headroom when the
 * engine leaves one, and the over part only when a bar passes the limit.
 */
export function partsShown(chart: MemoryBarsChart): MemoryPart[] {
  const some = (part: MemoryPart) => chart.summaries.some((s) => s.bytes[part] > 0);
  return [
    'weights',
    ...STACKED.filter((part) => part !== 'weights' && some(part)),
    ...(some('free') ? (['free'] as const) : []),
    ...(some('headroom') ? (['headroom'] as const) : []),
    ...(chart.summaries.some((s) => !s.fits) ? (['over'] as const) : []),
  ];
}

/**
 * The picture's accessible name: what it shows, then each bar's sentence ("GPUs 1–2, each: 72 GB of
 * 73.6 GB usable: fits."), so a screen reader hears the verdict of every bar, not only its colours.
 */
export function memoryBarsName(chart: MemoryBarsChart, words: MemoryBarsWords): string {
  const bars = chart.summaries.map((s) => fill(words.barSentence, { label: s.label, sentence: s.sentence }));
  return [words.name, ...bars].join(words.barSentence.endsWith('。') ? '' : ' ');
}

/**
 * The chart as markup, the same string at build time (set:html) and in the browser (innerHTML), so
 * a calculator redraws it from new numbers: `figure` is the SVG and its legend, `table` the table
 * twin (a <table> with a caption whose id is `${id}-caption`). Every reader-visible word is escaped
 * (escapeMarkup) and every number is one this code formatted, so no text a reader typed can become
 * markup; classes only, no style attribute or event handler (the Content-Security-Policy allows none).
 */
export function memoryBarsMarkup(chart: MemoryBarsChart, words: MemoryBarsWords, formatBytes: (bytes: number) => string, id: string): { figure: string; table: string } {
  const parts = partsShown(chart);
  const legendWords: Record<MemoryPart, string> = {
    weights: words.weights,
    gradients: words.gradients,
    optimizer: words.optimizer,
    kvCache: words.kvCache,
    state: words.state,
    activations: words.activations,
    free: words.free,
    headroom: words.headroom,
    over: words.overLegend,
  };
  const rowWords: Record<MemoryPart, string> = { ...legendWords, over: words.overRow };
  const e = escapeMarkup;
  const mark = (inner: string) => `<svg class="legend-mark" viewBox="0 0 12 12" aria-hidden="true">${inner}</svg>`;
  const legend = [
    ...parts.map(
      (part) =>
        `<span>${mark(
          `<rect class="mem-${part}" x="0.5" y="0.5" width="11" height="11"></rect>` +
            (part === 'over' ? '<path class="mem-hatch" d="M0.5 11.5L11.5 0.5M0.5 5.5L5.5 0.5M6.5 11.5L11.5 6.5"></path>' : ''),
        )}${e(legendWords[part])}</span>`,
    ),
    `<span>${mark('<path class="mem-capacity-line" d="M6 0V12"></path>')}${e(words.capacityLegend)}</span>`,
  ].join('');
  // The legend is for the eye: the picture's name and the table say the same in words.
  const figure =
    svgMarkup(chart, { name: memoryBarsName(chart, words), fontSize: 12, cls: 'memory-svg' }) + `<div class="chart-legend" aria-hidden="true">${legend}</div>`;
  const head = `<tr><th scope="col">${e(words.part)}</th>${chart.summaries.map((s) => `<th scope="col" class="num">${e(s.label)}</th>`).join('')}</tr>`;
  const rows = parts.map(
    (part) => `<tr><th scope="row">${e(rowWords[part])}</th>${chart.summaries.map((s) => `<td class="nowrap num">${e(formatBytes(s.bytes[part]))}</td>`).join('')}</tr>`,
  );
  const result = `<tr class="row-total"><th scope="row">${e(words.result)}</th>${chart.summaries
    .map((s) => `<td class="num${s.fits ? '' : ' mem-over-cell'}">${e(s.sentence)}</td>`)
    .join('')}</tr>`;
  const table = `<table><caption id="${e(id)}-caption">${e(words.tableCaption)}</caption><thead>${head}</thead><tbody>${rows.join('')}${result}</tbody></table>`;
  return { figure, table };
}

