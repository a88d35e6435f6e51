import { assertNonNegativeFinite } from '../numbers/assert';
import { FLOP_UNIT, formatCount, formatFlops, formatSignificant } from './format';
import { CONVENTIONS, type WritingConventions } from './conventions';
import type { Lang } from './lang';
import { fill, plural } from './template';
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '../memory/training-time';

/*
 * Formatting for the training-time calculator. Like format.ts, every function throws a RangeError
 * on NaN, ±Infinity or a negative number rather than print it.
 */

const RATE_SUFFIX = '/s';

/** A rate, 3 significant digits: "6.48 × 10¹⁸ FLOP/s (6.48 EFLOP/s)"; zh uses full-width parentheses. */
export function formatFlopRateLine(flopsPerSecond: number, lang: Lang): string {
  const { prefixed, scientific } = formatFlops(flopsPerSecond, lang);
  if (prefixed === scientific) return `${prefixed}${RATE_SUFFIX}`;
  const rate = `${scientific}${RATE_SUFFIX}`;
  const short = `${prefixed}${RATE_SUFFIX}`;
  return withAside(rate, short, lang);
}

/** "396 TFLOP/s": per-accelerator rates are quoted in TFLOP/s on specification sheets. */
export function formatTflops(tflops: number, lang: Lang): string {
  return `${formatSignificant(tflops, lang, 3)} T${FLOP_UNIT}${RATE_SUFFIX}`;
}

type Unit = keyof WritingConventions['durations'];

const DAYS_PER_YEAR = 365.25;
/** Below two days the hours are the more useful figure, so they are shown beside the days. */
const HOURS_FROM_DAYS = 2;

/** The plural category follows the figure as shown (3 significant digits), so 1.0004 days reads "1 day". */
function amount(n: number, unit: Unit, lang: Lang): string {
  return plural(CONVENTIONS[lang].durations[unit], Number(n.toPrecision(3)), formatSignificant(n, lang, 3), lang);
}

function withAside(main: string, aside: string, lang: Lang): string {
  return fill(CONVENTIONS[lang].aside, { main, aside });
}

/**
 * A wall-clock time in days, 3 significant digits: "67.7 days". Under two days the hours follow,
 * "1.5 days (36 hours)"; under an hour it switches to minutes or seconds; from a year up the years
 * follow, "730 days (2 years)".
 */
export function formatDuration(seconds: number, lang: Lang): string {
  assertNonNegativeFinite(seconds, 'seconds');
  const days = seconds / SECONDS_PER_DAY;
  const hours = seconds / SECONDS_PER_HOUR;
  // Decided on the rounded figures, so 59.99 minutes prints "1 hour", not "60 minutes".
  const shown = (n: number) => Number(n.toPrecision(3));
  const years = days / DAYS_PER_YEAR;
  if (shown(years) >= 1) return withAside(amount(days, 'day', lang), amount(years, 'year', lang), lang);
  if (shown(days) >= HOURS_FROM_DAYS) return amount(days, 'day', lang);
  if (shown(hours) >= 1) return withAside(amount(days, 'day', lang), amount(hours, 'hour', lang), lang);
  if (shown(seconds / 60) >= 1) return amount(seconds / 60, 'minute', lang);
  if (shown(seconds) >= 1) return amount(seconds, 'second', lang);
  return CONVENTIONS[lang].underASecond;
}

/** A count rounded to 3 significant digits, in each language's units: en "26.6M", zh "2660万". */
export function formatRoundedCount(n: number, lang: Lang): string {
  assertNonNegativeFinite(n, 'n');
  if (n < 1) return formatSignificant(n, lang, 3);
  return formatCount(Number(n.toPrecision(3)), lang);
}
