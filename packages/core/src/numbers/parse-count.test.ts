import { describe, expect, it } from 'vitest';
import { MAX_COUNT, parseCount, type CountError } from './parse-count';

describe('parseCount accepts counts as people write them', () => {
  it.each<[string, number]>([
    // short-scale letters, any case, with or without a space
    ['200B', 200e9],
    ['200b', 200e9],
    ['200 B', 200e9],
    ['1.5T', 1.5e12],
    ['1.5t', 1.5e12],
    ['500M', 500e6],
    ['500m', 500e6],
    ['7k', 7e3],
    ['7K', 7e3],
    ['.5B', 0.5e9],
    // a point may end the digits, as in the decimal fields and Number('5.')
    ['5.', 5],
    ['5.B', 5e9],
    ['1,000.', 1000],
    ['5.e3', 5000],
    // words and abbreviations
    ['200 billion', 200e9],
    ['200 Billion', 200e9],
    ['200billion', 200e9],
    ['200 bn', 200e9],
    ['200bn', 200e9],
    ['1.5 trillion', 1.5e12],
    ['1.5 tn', 1.5e12],
    ['500 million', 500e6],
    ['500 mn', 500e6],
    ['7 thousand', 7e3],
    // plain digits, grouped digits, exponents
    ['70000000000', 70e9],
    ['175,000,000,000', 175e9],
    ['175 000 000 000', 175e9],
    ['1,000.5', 1000.5],
    ['2e11', 2e11],
    ['2E11', 2e11],
    ['2e+11', 2e11],
    ['1.75e11', 175e9],
    ['1e15', MAX_COUNT],
    ['+200B', 200e9],
    ['0200B', 200e9],
    ['1.5', 1.5],
    // whitespace, full-width digits and punctuation
    ['  200B  ', 200e9],
    ['\t8b\n', 8e9],
    ['２００Ｂ', 200e9],
    ['１７５，０００，０００，０００', 175e9],
    ['１．５万亿', 1.5e12],
    ['200\u3000亿', 200e8],
    // Chinese units
    ['2000亿', 200e9],
    ['2000 亿', 200e9],
    ['80亿', 8e9],
    ['1750亿', 175e9],
    ['1.75千亿', 175e9],
    ['0.2万亿', 200e9],
    ['1.4万亿', 1.4e12],
    ['1.76万亿', 1.76e12],
    ['1万', 1e4],
    ['3千', 3e3],
    ['3千万', 3e7],
    ['5百万', 5e6],
    ['2十万', 2e5],
    ['2十亿', 2e9],
    ['5百亿', 5e10],
    ['2,000亿', 200e9],
    ['1000万亿', MAX_COUNT],
    ['1000T', MAX_COUNT],
  ])('%j → %d', (input, expected) => {
    expect(parseCount(input)).toEqual({ ok: true, value: expected });
  });
});

describe('parseCount is exact: the result is the correctly rounded double of the decimal', () => {
  // Required by the calculators' spec; multiplying these in floating point happens to be exact.
  it.each<[string, number]>([
    ['1.75千亿', 175000000000],
    ['0.2万亿', 200000000000],
    ['1.1B', 1100000000],
  ])('%j === %d', (input, exact) => {
    expect(parseCount(input)).toEqual({ ok: true, value: exact });
  });

  // Each of these goes wrong if computed as mantissa * unit in floating point.
  it.each<[string, number, number]>([
    ['4.1B', 4100000000, 4.1 * 1e9],
    ['8.2B', 8200000000, 8.2 * 1e9],
    ['0.27T', 270000000000, 0.27 * 1e12],
    ['4.1M', 4100000, 4.1 * 1e6],
    ['1.1亿', 110000000, 1.1 * 1e8],
    ['1.1千亿', 110000000000, 1.1 * 1e11],
    ['0.27万亿', 270000000000, 0.27 * 1e12],
  ])('%j === %d (naive product %d)', (input, exact, naive) => {
    expect(naive).not.toBe(exact);
    expect(parseCount(input)).toEqual({ ok: true, value: exact });
  });

  it.each<[string, string]>([
    ['1.5T', '1.5e12'],
    ['0.1B', '1e8'],
    ['3.3 billion', '3.3e9'],
    ['123456789.123456789', '123456789.123456789'],
    ['4.56e3k', '4.56e6'],
  ])('%j equals Number(%j)', (input, literal) => {
    const result = parseCount(input);
    expect(result.ok && result.value).toBe(Number(literal));
  });
});

describe('parseCount rejects bad input with a specific error', () => {
  it.each<[string, CountError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000', 'empty'],
    ['abc', 'not-a-number'],
    ['12x', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['B', 'not-a-number'],
    ['b', 'not-a-number'],
    ['亿', 'not-a-number'],
    ['200BB', 'not-a-number'],
    ['200 B B', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['-Infinity', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['1,5B', 'not-a-number'],
    ['1,2,3', 'not-a-number'],
    ['12 34', 'not-a-number'],
    ['1, 000', 'not-a-number'],
    ['1,000 000', 'not-a-number'],
    ['2e', 'not-a-number'],
    ['e5', 'not-a-number'],
    ['.', 'not-a-number'],
    ['.B', 'not-a-number'],
    ['5..', 'not-a-number'],
    ['--5', 'not-a-number'],
    ['200 billions', 'not-a-number'],
    ['5万千', 'not-a-number'],
    ['2兆', 'not-a-number'],
    ['200B parameters', 'not-a-number'],
    ['0', 'not-positive'],
    ['0B', 'not-positive'],
    ['0.0', 'not-positive'],
    ['0e5', 'not-positive'],
    ['-5B', 'not-positive'],
    ['-5', 'not-positive'],
    ['\u22125B', 'not-positive'],
    ['-0', 'not-positive'],
    ['1e-400', 'not-positive'],
    ['1e-99999999999999999999', 'not-positive'],
    ['1000.0001T', 'too-large'],
    ['1001T', 'too-large'],
    ['1001万亿', 'too-large'],
    ['2e15', 'too-large'],
    ['1,000,000,000,000,001', 'too-large'],
    ['1e400', 'too-large'],
    ['1e99999999999999999999999', 'too-large'],
  ])('%j → %s', (input, error) => {
    expect(parseCount(input)).toEqual({ ok: false, error });
  });
});

