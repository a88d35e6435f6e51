import { err, ok, type Result } from './result';

export type CountError = 'empty' | 'not-a-number' | 'not-positive' | 'too-large';

/** 10^15 = 1000T = 1000万亿: far above any model or training set, low enough to keep products finite and readable. */
export const MAX_COUNT = 1e15;

/**
 * Unit words as powers of ten. Chinese composites are listed rather than derived, so that
 * nonsense like 万千 is rejected instead of being given a meaning. 兆 is left out on purpose:
 * it means 10^6 in mainland SI usage and 10^12 elsewhere.
 */
const UNIT_EXPONENTS: Readonly<Record<string, number>> = {
  k: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  million: 6,
  b: 9,
  bn: 9,
  billion: 9,
  t: 12,
  tn: 12,
  trillion: 12,
  千: 3,
  万: 4,
  十万: 5,
  百万: 6,
  千万: 7,
  亿: 8,
  十亿: 9,
  百亿: 10,
  千亿: 11,
  万亿: 12,
};

/**
 * sign, integer part, fraction, exponent, unit. Thousands separators (comma or space) must form
 * proper groups of three, so a decimal comma such as "1,5B" is rejected rather than misread as 15B.
 * The unit must start with something other than a digit or space, which keeps the space-grouped
 * alternative from swallowing a unit. The point may end the digits ("5." is 5) or start them
 * (".5B"), as in the decimal fields (parse-decimal.ts) and JavaScript's Number("5."): a trailing
 * point is a common way to type a whole number, and one grammar for every field is least surprising.
 */
const COUNT_PATTERN =
  /^([+-]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d*)(?:\.(\d*))?(?:e([+-]?\d+))?\s*([^\d\s].*)?$/;

/**
 * Parses a count as people write it: 200B, 1.5 trillion, 175,000,000,000, 2e11, 2000亿, 1.75千亿.
 * The digits and the unit's power of ten are joined into one decimal string ("175e9") and
 * converted once, so the result is the correctly rounded double: 4.1B is exactly 4100000000,
 * where 4.1 * 1e9 gives 4099999999.9999995.
 */
export function parseCount(input: string): Result<number, CountError> {
  // NFKC turns full-width digits, letters, commas, points and spaces into ASCII.
  const text = input.normalize('NFKC').trim().toLowerCase().replace(/\u2212/g, '-');
  if (text === '') return err('empty');

  const match = COUNT_PATTERN.exec(text);
  if (!match) return err('not-a-number');
  const [, sign = '', intPart = '', fracPart = '', expPart, unit] = match;
  if (intPart === '' && fracPart === '') return err('not-a-number');

  let unitExponent = 0;
  if (unit !== undefined) {
    const found = UNIT_EXPONENTS[unit];
    if (found === undefined) return err('not-a-number');
    unitExponent = found;
  }

  const digits = (intPart.replace(/[, ]/g, '') + fracPart).replace(/^0+/, '');
  if (sign === '-' || digits === '') return err('not-positive');

  const exponent = (expPart === undefined ? 0 : Number(expPart)) + unitExponent - fracPart.length;
  // Clamping keeps an absurd exponent like 1e99999999999999999999 from printing as "1e+21" inside
  // the string (which would parse as NaN) while still overflowing or underflowing as it should.
  const clamped = Math.min(400, Math.max(-400 - digits.length, exponent));
  const value = Number(`${digits}e${clamped}`);
  if (value > MAX_COUNT) return err('too-large');
  // A positive input so small that it underflows is still no usable count.
  if (value === 0) return err('not-positive');
  return ok(value);
}
