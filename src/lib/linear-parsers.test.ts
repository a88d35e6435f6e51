import { describe, expect, it } from 'vitest';
import { parseContextLength } from '@llm-scale/core/numbers/parse-context';
import { parseCount } from '@llm-scale/core/numbers/parse-count';
import { parsePositiveDecimal } from '@llm-scale/core/numbers/parse-decimal';
import { rewritePowerOfTen } from '@llm-scale/core/numbers/powers-of-ten';

/*
 * Every parser runs in time linear in its input. Measured as a ratio, never an absolute time: the
 * time for a 30,000-character run against a 3,000-character one. Linear work gives about 10;
 * the quadratic backtracking these patterns had (over runs of spaces) gave about 100. The bound
 * leaves a busy machine room to breathe, and the median of several runs ignores a stall.
 */
function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function timeOf(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    for (let j = 0; j < 3; j++) run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function growth(parse: (text: string) => unknown, make: (n: number) => string): number {
  const short = make(3_000);
  const long = make(30_000);
  parse(short);
  parse(long);
  // A floor of 0.02 ms keeps a too-fast short run from inflating the ratio.
  return timeOf(() => parse(long)) / Math.max(timeOf(() => parse(short)), 0.02);
}

describe('the number parsers run in linear time on hostile link values', () => {
  it.each<[string, (text: string) => unknown, (n: number) => string]>([
    ['rewritePowerOfTen: a factor, spaces, no ×', rewritePowerOfTen, (n) => `2${' '.repeat(n)}10¹¹`],
    ['rewritePowerOfTen: spaces after ×', rewritePowerOfTen, (n) => `2 ×${' '.repeat(n)}1x⁵`],
    ['parseContextLength: spaces before a non-unit', (t) => parseContextLength(t, 1e8), (n) => `8${' '.repeat(n)}x`],
    ['parseContextLength: spaces then k', (t) => parseContextLength(t, 1e8), (n) => `8${' '.repeat(n)}+k`],
    ['parseContextLength: spaces before tokens', (t) => parseContextLength(t, 1e8), (n) => `8${' '.repeat(n)}- tokens`],
    ['parseCount: spaces then plus signs', parseCount, (n) => `7${' '.repeat(n / 2)}${'+'.repeat(n / 2)}`],
    ['parsePositiveDecimal: digits then spaces', (t) => parsePositiveDecimal(t, 10), (n) => `1${' '.repeat(n)}x`],
  ])('%s', (_, parse, make) => {
    expect(growth(parse, make)).toBeLessThan(40);
  });
});
