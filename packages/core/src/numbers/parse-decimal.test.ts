import { describe, expect, it } from 'vitest';
import {
  parseDecimalInRange,
  parsePercent,
  parsePositiveDecimal,
  withoutUnit,
  type DecimalError,
  type DecimalRange,
  type RangeDecimalError,
} from './parse-decimal';

describe('parsePositiveDecimal', () => {
  it.each<[string, number, number]>([
    ['16', 64, 16],
    ['4.89', 64, 4.89],
    ['4.5', 64, 4.5],
    ['.5', 64, 0.5],
    ['1.', 64, 1],
    ['+8', 64, 8],
    [' 4.89 ', 64, 4.89],
    ['64', 64, 64],
    ['０．５', 64, 0.5],
    ['４．８９', 64, 4.89],
    ['989', 100_000, 989],
    ['989.4', 100_000, 989.4],
    ['1,979', 100_000, 1979],
    ['1，979', 100_000, 1979], // full-width comma
    ['12,345.5', 100_000, 12345.5],
    ['0.000001', 1, 0.000001],
  ])('%j (max %d) → %d', (input, max, expected) => {
    expect(parsePositiveDecimal(input, max)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, number, DecimalError]>([
    ['', 64, 'empty'],
    ['   ', 64, 'empty'],
    ['abc', 64, 'not-a-number'],
    ['4.89 bits', 64, 'not-a-number'],
    ['1e1', 64, 'not-a-number'],
    ['4,5', 64, 'not-a-number'], // a decimal comma is not read as 45
    ['0,500', 1000, 'not-a-number'], // nor as 500
    ['1,97', 100_000, 'not-a-number'],
    ['1,9790', 100_000, 'not-a-number'],
    [',979', 100_000, 'not-a-number'],
    ['NaN', 64, 'not-a-number'],
    ['Infinity', 64, 'not-a-number'],
    ['.', 64, 'not-a-number'],
    ['4.8.9', 64, 'not-a-number'],
    ['0', 64, 'not-positive'],
    ['0.000', 64, 'not-positive'],
    ['-4', 64, 'not-positive'],
    ['−4', 64, 'not-positive'], // U+2212 minus sign
    ['-0', 64, 'not-positive'],
    [`0.${'0'.repeat(400)}1`, 64, 'not-positive'], // underflows to 0
    ['64.01', 64, 'too-large'],
    ['1,000', 64, 'too-large'],
    [`1${'0'.repeat(400)}`, 64, 'too-large'], // overflows to Infinity, still too large
  ])('%j (max %d) → %s', (input, max, error) => {
    expect(parsePositiveDecimal(input, max)).toEqual({ ok: false, error });
  });
});

describe('parseDecimalInRange', () => {
  const range: DecimalRange = { min: 0.001, max: 100_000 };

  it.each<[string, number]>([
    ['0.001', 0.001],
    ['989', 989],
    ['100000', 100_000],
    ['100,000', 100_000],
  ])('%j → %d', (input, expected) => {
    expect(parseDecimalInRange(input, range)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, RangeDecimalError]>([
    ['', 'empty'],
    ['x', 'not-a-number'],
    ['0', 'not-positive'],
    ['0.0009', 'too-small'],
    [`0.${'0'.repeat(300)}1`, 'too-small'],
    ['100000.1', 'too-large'],
  ])('%j → %s', (input, error) => {
    expect(parseDecimalInRange(input, range)).toEqual({ ok: false, error });
  });
});

describe('parsePercent', () => {
  const range: DecimalRange = { min: 0.1, max: 100 };

  it.each<[string, number]>([
    ['40', 40],
    ['40%', 40],
    ['40 %', 40],
    [' 38.5% ', 38.5],
    ['４０％', 40],
    ['100', 100],
    ['0.1', 0.1],
  ])('%j → %d', (input, expected) => {
    expect(parsePercent(input, range)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, RangeDecimalError]>([
    ['', 'empty'],
    ['%', 'empty'],
    ['40%%', 'not-a-number'],
    ['%40', 'not-a-number'],
    ['forty', 'not-a-number'],
    ['0', 'not-positive'],
    ['-40%', 'not-positive'],
    ['0.05', 'too-small'],
    ['100.5', 'too-large'],
    ['400%', 'too-large'],
  ])('%j → %s', (input, error) => {
    expect(parsePercent(input, range)).toEqual({ ok: false, error });
  });
});

describe('withoutUnit', () => {
  it.each<[string, readonly string[], string]>([
    ['80 GB', ['GB'], '80'],
    ['80gb', ['GB'], '80'],
    ['１００,０００ ＧＢ', ['GB'], '100,000'],
    ['989 TFLOP/s', ['TFLOP/s', 'TFLOPS'], '989'],
    ['989 tflops', ['TFLOP/s', 'TFLOPS'], '989'],
    // the longest unit that matches, so no "s" is left over
    ['0.5 bytes', ['byte', 'bytes'], '0.5'],
    ['1 byte', ['byte', 'bytes'], '1'],
    ['0.5625 字节', ['bytes', 'byte', '字节'], '0.5625'],
    // another unit stays, to be refused, never converted
    ['80 GiB', ['GB'], '80 GiB'],
    ['80', ['GB'], '80'],
    // the unit alone is no number
    ['GB', ['GB'], 'GB'],
  ])('%j with %j → %j', (input, units, bare) => {
    expect(withoutUnit(input, units)).toBe(bare);
  });
});
