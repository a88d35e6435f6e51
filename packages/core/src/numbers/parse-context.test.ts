import { describe, expect, it } from 'vitest';
import { parseContextLength } from './parse-context';

const MAX = 100_000_000;

describe('parseContextLength counts k as 1024, as model configs do', () => {
  it.each<[string, number]>([
    ['8192', 8192],
    ['8k', 8192],
    ['8K', 8192],
    ['8 k', 8192],
    ['128k', 131_072],
    ['32k', 32_768],
    ['4k', 4096],
    ['1M', 1_048_576],
    ['0.5k', 512],
    ['131,072', 131_072],
    ['１２８ｋ', 131_072],
    ['  16k ', 16_384],
    // the number before k or M is read as in every other field, then times 1024 or 1024²
    ['.5k', 512],
    ['8.k', 8192],
    ['8.', 8],
    ['1,024k', 1_048_576],
    ['8e3k', 8_192_000],
    ['+8k', 8192],
    ['0.5M', 524_288],
    // the field's own unit after the number, as its messages write it
    ['128k tokens', 131_072],
    ['8192 tokens', 8192],
    ['1 token', 1],
    ['8192个token', 8192],
    ['100,000,000 tokens', 100_000_000],
    ['8192 个 token', 8192],
    ['128K Tokens', 131_072],
  ])('%s → %d tokens', (input, tokens) => {
    expect(parseContextLength(input, MAX)).toEqual({ ok: true, value: tokens });
  });

  it.each<[string, string]>([
    ['', 'empty'],
    ['abc', 'not-a-number'],
    ['k', 'not-a-number'],
    ['tokens', 'not-a-number'],
    ['8k words', 'not-a-number'],
    ['.k', 'not-a-number'],
    ['1,5k', 'not-a-number'],
    ['8bk', 'not-a-number'],
    ['0k', 'not-positive'],
    ['-8k', 'not-positive'],
    ['1.0001k', 'not-an-integer'],
    ['1000M', 'too-large'],
    ['200000000', 'too-large'],
    ['12.5', 'not-an-integer'],
  ])('%s is rejected as %s', (input, error) => {
    expect(parseContextLength(input, MAX)).toEqual({ ok: false, error });
  });
});
