import { err, ok, type Result } from './result';

/*
 * Plain positive decimals for calculator fields that are not counts: bytes per parameter, bits per
 * weight, peak TFLOP/s, utilization in percent. Counts with units (200B, 2000亿, 8k) go through
 * parseCount instead, and whole numbers through parsePositiveInteger (parse-integer.ts).
 */

export type DecimalError = 'empty' | 'not-a-number' | 'not-positive' | 'too-large';

/** For fields with a floor as well as a ceiling, so that no quotient can overflow to Infinity. */
export type RangeDecimalError = DecimalError | 'too-small';

export interface DecimalRange {
  /** Smallest accepted value, inclusive. */
  min: number;
  /** Largest accepted value, inclusive. */
  max: number;
}

// Digits with an optional point: 2, 0.5, .5, 1., 1,979.5. Thousands separators must form proper
// groups of three after a non-zero lead, so a decimal comma such as "4,5" or "0,500" is rejected
// rather than misread. No exponent: these fields take plain numbers.
const DECIMAL_PATTERN = /^([+-]?)((?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)$/;

/** A plain positive decimal such as 2, 0.5, 4.89, 0.5625 or 1,979, at most `max`. */
export function parsePositiveDecimal(input: string, max: number): Result<number, DecimalError> {
  // NFKC turns full-width digits and points into ASCII; U+2212 is the typographic minus.
  const text = input.normalize('NFKC').trim().replace(/\u2212/g, '-');
  if (text === '') return err('empty');
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return err('not-a-number');
  const value = Number(match[2]!.replace(/,/g, ''));
  // A positive value so small that it underflows to 0 is no usable value either.
  if (match[1] === '-' || value === 0) return err('not-positive');
  if (value > max) return err('too-large');
  return ok(value);
}

/**
 * `input` without a trailing unit from `units` (the longest that matches), regardless of case and
 * with or without a space ("80 GB", "80gb" → "80"); unchanged when it ends in none of them. A field takes the unit it
 * is in, as a reader types it after the number; any other unit stays and is refused, never
 * converted ("80 GiB" in a GB field).
 */
export function withoutUnit(input: string, units: readonly string[]): string {
  const text = input.normalize('NFKC').trim();
  const lower = text.toLowerCase();
  // Longest first, so "bytes" is not read as "byte" with an "s" left over.
  for (const unit of [...units].sort((a, b) => b.length - a.length)) {
    const suffix = unit.normalize('NFKC').toLowerCase();
    if (lower.endsWith(suffix) && lower.length > suffix.length) return text.slice(0, text.length - suffix.length).trimEnd();
  }
  return text;
}

/** parsePositiveDecimal with a floor: values below `range.min` are 'too-small'. */
export function parseDecimalInRange(input: string, range: DecimalRange): Result<number, RangeDecimalError> {
  const parsed = parsePositiveDecimal(input, range.max);
  if (parsed.ok && parsed.value < range.min) return err('too-small');
  return parsed;
}

/** A percentage, with or without its sign: "40", "40%", "40 %", "４０％" all read as 40. */
export function parsePercent(input: string, range: DecimalRange): Result<number, RangeDecimalError> {
  return parseDecimalInRange(input.normalize('NFKC').trim().replace(/\s*%$/, ''), range);
}
