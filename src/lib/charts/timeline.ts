/*
 * The model-size timeline as an SVG model: dates across, parameter counts up on a log scale,
 * published counts as filled dots and outside estimates as hollow diamonds. Pure, so the build
 * draws it and a test checks it; ModelTimeline.astro only writes the markup.
 */
import { placeLabels, textWidth, type Box, type Obstacle, type PlacedLabel } from './labels';
import { linearScale, logDomain, logScale, logTicks, monthToYear, round1, thinYears } from './scale';

export interface TimelineDatum {
  id: string;
  /** The text of its label, if the chart has room for one. */
  label: string;
  /** YYYY-MM. */
  date: string;
  /** Parameters (> 0). */
  params: number;
  status: 'published' | 'estimate';
  /** Labelled whatever the crowding, and drawn larger. */
  marked?: boolean;
}

export interface TimelineOptions {
  /** The viewBox, in user units: draw it at about this many CSS pixels so text keeps its size. */
  width: number;
  height: number;
  /** Label and tick font size, user units. */
  fontSize: number;
  /** The axis runs from 1 January of `firstYear` to 31 December of `lastYear`. */
  firstYear: number;
  lastYear: number;
  /** A tick value as text: "100B", "1000亿". */
  formatCount: (n: number) => string;
  /** Only the marked points get labels (a narrow chart, where the table names the rest). */
  markedLabelsOnly?: boolean;
}

export interface TimelinePointMark {
  id: string;
  x: number;
  y: number;
  /** Radius of a dot; half the diagonal of a diamond. */
  r: number;
  status: 'published' | 'estimate';
  marked: boolean;
}

export interface TimelineChart {
  width: number;
  height: number;
  /** The font size the labels were placed for: the SVG must draw its text at this size. */
  fontSize: number;
  /** The plotting area inside the axes. */
  plot: Box;
  /** A vertical grid line at 1 January of each year, and at the axis end. */
  yearLines: number[];
  /** Year labels, centred under their year; thinned so they do not touch. */
  yearLabels: { x: number; text: string }[];
  /** Horizontal grid lines at powers of ten, with their labels. */
  countTicks: { y: number; text: string }[];
  points: TimelinePointMark[];
  labels: PlacedLabel[];
}

const R = { published: 3, estimate: 4.5, marked: 6 };

/**
 * Lays out the timeline. Points are placed at the middle of their month and at their count on a
 * log axis whose domain holds them all (logDomain). Labels: marked points first (always
 * labelled), then the other estimates, then published points in the order given, each only where
 * it fits (placeLabels); with `markedLabelsOnly`, only the marked ones. A point whose mark lies
 * under the centre-near mark of one drawn on top of it (an estimate over a dot) is not labelled.
 * Throws RangeError on a date outside [firstYear, lastYear] or a bad count or date.
 */
export function layoutTimeline(data: readonly TimelineDatum[], o: TimelineOptions): TimelineChart {
  const [lo, hi] = logDomain(data.map((d) => d.params));
  const ticks = logTicks(lo, hi);
  const tickTexts = ticks.map(o.formatCount);
  const left = Math.ceil(Math.max(...tickTexts.map((t) => textWidth(t, o.fontSize)))) + 8;
  const plot: Box = { x: left, y: 6, w: o.width - left - 6, h: o.height - 6 - Math.ceil(o.fontSize * 1.9) };
  const x = linearScale([o.firstYear, o.lastYear + 1], [plot.x, plot.x + plot.w]);
  const y = logScale([lo, hi], [plot.y + plot.h, plot.y]);

  const points: TimelinePointMark[] = data.map((d) => {
    const t = monthToYear(d.date);
    if (t < o.firstYear || t > o.lastYear + 1) throw new RangeError(`${d.id}: ${d.date} is outside ${o.firstYear}-${o.lastYear}`);
    const r = d.marked ? R.marked : R[d.status];
    return { id: d.id, x: round1(x(t)), y: round1(y(d.params)), r, status: d.status, marked: d.marked === true };
  });

  const years: number[] = [];
  for (let year = o.firstYear; year <= o.lastYear + 1; year++) years.push(year);
  const pxPerYear = plot.w / (o.lastYear + 1 - o.firstYear);
  const labelled = thinYears(o.firstYear, o.lastYear, pxPerYear, textWidth('2026', o.fontSize));

  const byId = new Map(data.map((d) => [d.id, d]));
  const rank = (p: TimelinePointMark) => (p.marked ? 0 : p.status === 'estimate' ? 1 : 2);
  // Estimates are drawn over dots and marked ones over both; a mark hidden under one drawn later
  // gets no label, which would seem to name the mark on top.
  const hidden = (p: TimelinePointMark) =>
    points.some((q) => q !== p && rank(q) < rank(p) && Math.hypot(q.x - p.x, q.y - p.y) < q.r);
  const order = points
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => (!o.markedLabelsOnly || p.marked) && !hidden(p))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p);
  const obstacles: Obstacle[] = points.map((p) => ({ id: p.id, x: p.x - p.r, y: p.y - p.r, w: 2 * p.r, h: 2 * p.r }));
  const labels = placeLabels(
    order.map((p) => ({ id: p.id, text: byId.get(p.id)!.label, x: p.x, y: p.y, r: p.r, required: p.marked })),
    obstacles,
    plot,
    o.fontSize,
  ).map((l) => ({
    ...l,
    x: round1(l.x),
    y: round1(l.y),
    ...(l.leader && { leader: { x1: round1(l.leader.x1), y1: round1(l.leader.y1), x2: round1(l.leader.x2), y2: round1(l.leader.y2) } }),
  }));

  return {
    width: o.width,
    height: o.height,
    fontSize: o.fontSize,
    plot,
    yearLines: years.map((year) => round1(x(year))),
    yearLabels: labelled.map((year) => ({ x: round1(x(year + 0.5)), text: String(year) })),
    countTicks: ticks.map((v, i) => ({ y: round1(y(v)), text: tickTexts[i]! })),
    points,
    labels,
  };
}

/** SVG path data for a diamond of half-diagonal r centred on (x, y). */
export function diamondPath(x: number, y: number, r: number): string {
  return `M${round1(x)} ${round1(y - r)}l${r} ${r}-${r} ${r}-${r}-${r}z`;
}
