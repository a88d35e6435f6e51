import { describe, expect, it } from 'vitest';
import { parsePositiveInteger, type IntegerError } from './parse-integer';

describe('parsePositiveInteger', () => {
  it.each<[string, number, number]>([
    ['80', 1000, 80],
    [' 8 ', 1024, 8],
    ['128', 4096, 128],
    ['1', 100_000, 1],
    ['16384', 10_000_000, 16384],
    ['16,384', 10_000_000, 16384],
    ['16 384', 10_000_000, 16384],
    ['1.6万', 10_000_000, 16000],
    ['8192', 1e8, 8192],
    ['8k', 1e8, 8000], // k is a thousand, not 1024
    ['8K', 1e8, 8000],
    ['128k', 1e8, 128_000],
    ['131072', 1e8, 131_072],
    ['131,072', 1e8, 131_072],
    ['1M', 1e8, 1e6],
    ['2e3', 1e8, 2000],
    ['1.5k', 1e8, 1500],
    ['８０', 1000, 80],
    ['1000', 1000, 1000],
  ])('%j (max %d) → %d', (input, max, expected) => {
    expect(parsePositiveInteger(input, max)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, number, IntegerError]>([
    ['', 1000, 'empty'],
    ['  ', 1000, 'empty'],
    ['eighty', 1000, 'not-a-number'],
    ['8 layers', 1000, 'not-a-number'],
    ['0', 1000, 'not-positive'],
    ['-8', 1000, 'not-positive'],
    ['80.5', 1000, 'not-an-integer'],
    ['1.5', 1000, 'not-an-integer'],
    ['0.5', 1000, 'not-an-integer'],
    ['1.2345k', 1e8, 'not-an-integer'],
    ['1001', 1000, 'too-large'],
    ['1000.5', 1000, 'too-large'],
    ['129k', 128_000, 'too-large'],
    ['2e16', 1e8, 'too-large'], // beyond parseCount's own limit: the same error
  ])('%j (max %d) → %s', (input, max, error) => {
    expect(parsePositiveInteger(input, max)).toEqual({ ok: false, error });
  });

  it.each([0, -1, 1.5, NaN, Infinity, 1e16])('rejects a max of %d as a programming error', (max) => {
    expect(() => parsePositiveInteger('1', max)).toThrow(RangeError);
  });
});
