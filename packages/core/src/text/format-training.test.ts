import { describe, expect, it } from 'vitest';
import { formatDuration, formatFlopRateLine, formatRoundedCount, formatTflops } from './format-training';
import type { Lang } from './lang';

const DAY = 86_400;
const HOUR = 3600;

describe('formatFlopRateLine', () => {
  it.each<[number, Lang, string]>([
    [6.4815104e18, 'en', '6.48 × 10¹⁸ FLOP/s (6.48 EFLOP/s)'],
    [6.4815104e18, 'zh', '6.48 × 10¹⁸ FLOP/s（6.48 EFLOP/s）'],
    [989e12, 'en', '9.89 × 10¹⁴ FLOP/s (989 TFLOP/s)'],
    [1e3, 'en', '1 × 10³ FLOP/s (1 kFLOP/s)'],
    [500, 'en', '5 × 10² FLOP/s (500 FLOP/s)'], // as formatFlopsLine does
    [0, 'zh', '0 FLOP/s'],
  ])('%d (%s) → %j', (rate, lang, expected) => {
    expect(formatFlopRateLine(rate, lang)).toBe(expected);
  });

  it.each([NaN, -1, Infinity])('throws on %d', (rate) => {
    expect(() => formatFlopRateLine(rate, 'en')).toThrow(RangeError);
  });
});

describe('formatTflops', () => {
  it.each<[number, Lang, string]>([
    [395.6, 'en', '396 TFLOP/s'],
    [989, 'zh', '989 TFLOP/s'],
    [0.5, 'en', '0.5 TFLOP/s'],
    [12345, 'en', '12,300 TFLOP/s'],
  ])('%d (%s) → %j', (tflops, lang, expected) => {
    expect(formatTflops(tflops, lang)).toBe(expected);
  });
});

describe('formatDuration: days, with hours under two days', () => {
  it.each<[number, Lang, string]>([
    [5_848_700, 'en', '67.7 days'],
    [5_848_700, 'zh', '67.7 天'],
    [2 * DAY, 'en', '2 days'],
    [1.9996 * DAY, 'en', '2 days'], // rounds to 2.00 days, so no hours
    [1.5 * DAY, 'en', '1.5 days (36 hours)'],
    [1.5 * DAY, 'zh', '1.5 天（36 小时）'],
    [DAY, 'en', '1 day (24 hours)'],
    [HOUR, 'en', '0.0417 days (1 hour)'],
    [59.999 * 60, 'en', '0.0417 days (1 hour)'], // 59.999 minutes round to 1 hour
    [45 * 60, 'en', '45 minutes'],
    [45 * 60, 'zh', '45 分钟'],
    [60, 'en', '1 minute'],
    [12, 'en', '12 seconds'],
    [1, 'en', '1 second'],
    [12, 'zh', '12 秒'],
    [0.5, 'en', 'under 1 second'],
    [0, 'zh', '不到 1 秒'],
    [364 * DAY, 'en', '364 days'],
    [365 * DAY, 'en', '365 days'], // 0.999 years: not yet a year
    [730.5 * DAY, 'en', '731 days (2 years)'],
    [365.25 * DAY, 'en', '365 days (1 year)'],
    [730.5 * DAY, 'zh', '731 天（2 年）'],
    [1e24, 'en', '11,600,000,000,000,000,000 days (31,700,000,000,000,000 years)'],
  ])('%d s (%s) → %j', (seconds, lang, expected) => {
    expect(formatDuration(seconds, lang)).toBe(expected);
  });

  it.each([NaN, -1, Infinity])('throws on %d', (seconds) => {
    expect(() => formatDuration(seconds, 'en')).toThrow(RangeError);
  });
});

describe('formatRoundedCount: 3 significant digits in each language’s units', () => {
  it.each<[number, Lang, string]>([
    [26_617_977, 'en', '26.6M'],
    [26_617_977, 'zh', '2660万'],
    [30.84e6, 'en', '30.8M'],
    [1624.4, 'en', '1620'],
    [12_345, 'zh', '1.23万'],
    [999_999, 'en', '1M'],
    [1, 'en', '1'],
    [0.012345, 'en', '0.0123'],
    [0, 'en', '0'],
  ])('%d (%s) → %j', (n, lang, expected) => {
    expect(formatRoundedCount(n, lang)).toBe(expected);
  });

  it.each([NaN, -1, Infinity])('throws on %d', (n) => {
    expect(() => formatRoundedCount(n, 'en')).toThrow(RangeError);
  });
});
