import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRECISION,
  PRECISIONS,
  bytesForPrecision,
  isPrecisionId,
  parseBytesPerParameter,
  resolveBytesPerParameter,
  type BytesError,
  type PrecisionId,
  type ResolvedBytes,
  type ResolveBytesError,
} from './precision';

describe('PRECISIONS', () => {
  it('lists the formats from widest to narrowest', () => {
    expect(PRECISIONS.map((p) => p.id)).toEqual(['fp64', 'fp32', 'fp16', 'bf16', 'fp8', 'int8', 'int4']);
  });

  it.each(PRECISIONS.map((p) => [p.id, p.bytes, p.bits] as const))('%s: %d bytes = %d bits', (_id, bytes, bits) => {
    expect(bytes * 8).toBe(bits);
  });

  it('defaults to fp64, the source article example', () => {
    expect(DEFAULT_PRECISION).toBe('fp64');
  });
});

describe('bytesForPrecision', () => {
  it.each<[PrecisionId, number]>([
    ['fp64', 8],
    ['fp32', 4],
    ['fp16', 2],
    ['bf16', 2],
    ['fp8', 1],
    ['int8', 1],
    ['int4', 0.5],
  ])('%s → %d', (id, bytes) => {
    expect(bytesForPrecision(id)).toBe(bytes);
  });

  it('throws for an id smuggled past the type checker', () => {
    expect(() => bytesForPrecision('fp12' as PrecisionId)).toThrow(RangeError);
  });
});

describe('isPrecisionId', () => {
  it.each<[string, boolean]>([
    ['fp64', true],
    ['bf16', true],
    ['int4', true],
    ['BF16', false],
    ['tf32', false],
    ['', false],
    ['custom', false],
  ])('%j → %s', (s, expected) => {
    expect(isPrecisionId(s)).toBe(expected);
  });
});

describe('parseBytesPerParameter', () => {
  it.each<[string, number]>([
    ['2', 2],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['1.', 1],
    ['0.5625', 0.5625],
    [' 0.6125 ', 0.6125],
    ['+4', 4],
    ['64', 64],
    ['０．５', 0.5],
  ])('%j → %d', (input, expected) => {
    expect(parseBytesPerParameter(input)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, BytesError]>([
    ['', 'empty'],
    ['  ', 'empty'],
    ['abc', 'not-a-number'],
    ['2 bytes', 'not-a-number'],
    ['1e1', 'not-a-number'],
    ['1,5', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['.', 'not-a-number'],
    ['0', 'not-positive'],
    ['0.000', 'not-positive'],
    ['-2', 'not-positive'],
    ['-0', 'not-positive'],
    ['64.01', 'too-large'],
    ['1000', 'too-large'],
  ])('%j → %s', (input, error) => {
    expect(parseBytesPerParameter(input)).toEqual({ ok: false, error });
  });
});

describe('resolveBytesPerParameter', () => {
  it.each<[Parameters<typeof resolveBytesPerParameter>[0], ResolvedBytes]>([
    [{}, { bytesPerParameter: 8, precision: 'fp64' }],
    [{ precision: null, bytes: null }, { bytesPerParameter: 8, precision: 'fp64' }],
    [{ precision: '', bytes: '' }, { bytesPerParameter: 8, precision: 'fp64' }],
    [{ precision: 'bf16' }, { bytesPerParameter: 2, precision: 'bf16' }],
    [{ precision: ' BF16 ' }, { bytesPerParameter: 2, precision: 'bf16' }],
    [{ precision: 'int4', bytes: '  ' }, { bytesPerParameter: 0.5, precision: 'int4' }],
    [{ precision: 'fp32', bytes: '0.5625' }, { bytesPerParameter: 0.5625, precision: 'custom' }],
    // the custom value wins even when the precision is unknown
    [{ precision: 'nonsense', bytes: '2' }, { bytesPerParameter: 2, precision: 'custom' }],
  ])('%j → %j', (input, expected) => {
    expect(resolveBytesPerParameter(input)).toEqual({ ok: true, value: expected });
  });

  it.each<[Parameters<typeof resolveBytesPerParameter>[0], ResolveBytesError]>([
    [{ precision: 'tf32' }, 'unknown-precision'],
    [{ precision: 'fp12', bytes: null }, 'unknown-precision'],
    [{ precision: 'bf16', bytes: 'two' }, 'not-a-number'],
    [{ bytes: '0' }, 'not-positive'],
    [{ bytes: '-1' }, 'not-positive'],
    [{ precision: 'fp64', bytes: '100' }, 'too-large'],
  ])('%j → %s', (input, error) => {
    expect(resolveBytesPerParameter(input)).toEqual({ ok: false, error });
  });
});
