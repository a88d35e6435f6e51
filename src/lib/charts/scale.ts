/*
 * Scales for the site's build-time SVG charts: pure functions from data to user units of an SVG
 * viewBox. Coordinates are rounded to 0.1 so the markup stays short.
 */

/** Rounds a coordinate to one decimal (the charts' precision: a tenth of a CSS pixel at scale 1). */
export const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * The domain of a log-scale axis that holds every value: from the power of ten at or below the
 * smallest to the first of 1·10^k or 3·10^k at or above the largest (so 1.76e12 ends the axis at
 * 3e12, not at 1e13, which would leave most of a decade empty).
 * Input: positive finite values. Throws RangeError on an empty list or a value that is not.
 */
export function logDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) throw new RangeError('logDomain needs at least one value');
  for (const v of values) if (!(v > 0) || !Number.isFinite(v)) throw new RangeError(`logDomain: ${v} is not a positive number`);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const max = Math.max(...values);
  let k = Math.floor(Math.log10(max));
  // Float error in log10 (log10(1e15) may come out a hair under 15) must not drop a decade.
  if (10 ** (k + 1) <= max) k++;
  const hi = 10 ** k >= max ? 10 ** k : 3 * 10 ** k >= max ? 3 * 10 ** k : 10 ** (k + 1);
  return [lo, hi === lo ? lo * 10 : hi];
}

/** The powers of ten in [lo, hi], ascending: the labelled ticks of a log axis. */
export function logTicks(lo: number, hi: number): number[] {
  if (!(lo > 0) || !(hi >= lo)) throw new RangeError(`logTicks: bad domain [${lo}, ${hi}]`);
  const ticks: number[] = [];
  for (let k = Math.ceil(Math.log10(lo) - 1e-9); 10 ** k <= hi * (1 + 1e-9); k++) ticks.push(10 ** k);
  return ticks;
}

/**
 * A log scale: value → coordinate, with domain [lo, hi] mapped onto [r0, r1] (r0 > r1 for a
 * y axis that grows upward). Values outside the domain extrapolate.
 */
export function logScale([lo, hi]: readonly [number, number], [r0, r1]: readonly [number, number]): (v: number) => number {
  const l0 = Math.log10(lo);
  const span = Math.log10(hi) - l0;
  return (v) => r0 + ((Math.log10(v) - l0) / span) * (r1 - r0);
}

/** A linear scale from [d0, d1] onto [r0, r1]. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (v: number) => number {
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/**
 * A YYYY-MM month as a fractional year at the middle of the month: '2024-05' → 2024.375.
 * Throws RangeError on anything else.
 */
export function monthToYear(month: string): number {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw new RangeError(`monthToYear: "${month}" is not YYYY-MM`);
  return Number(m[1]) + (Number(m[2]) - 0.5) / 12;
}

/**
 * Which year labels to show on a time axis: every year if `pxPerYear` leaves `minGap` user units
 * between labels `labelWidth` wide, otherwise every second, third... year, always starting at the
 * first. Returns the years to label.
 */
export function thinYears(first: number, last: number, pxPerYear: number, labelWidth: number, minGap = 6): number[] {
  const step = Math.max(1, Math.ceil((labelWidth + minGap) / pxPerYear));
  const years: number[] = [];
  for (let y = first; y <= last; y += step) years.push(y);
  return years;
}
