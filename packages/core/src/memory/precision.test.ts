import { describe, expect, it } from 'vitest';
import { PRECISIONS, bytesForPrecision, isPrecisionId, matchPrecision, type PrecisionId } from './precision';

describe('PRECISIONS', () => {
  it('lists the formats from widest to narrowest', () => {
    expect(PRECISIONS.map((p) => p.id)).toEqual(['fp64', 'fp32', 'fp16', 'bf16', 'fp8', 'int8', 'int4']);
  });

  it.each(PRECISIONS.map((p) => [p.id, p.bytes, p.bits] as const))('%s: %d bytes = %d bits', (_id, bytes, bits) => {
    expect(bytes * 8).toBe(bits);
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

describe('matchPrecision', () => {
  it.each<[string, PrecisionId | null]>([
    ['bf16', 'bf16'],
    ['BF16', 'bf16'],
    [' fp 16 ', 'fp16'],
    ['ｆｐ８', 'fp8'],
    ['bfloat16', 'bf16'],
    ['torch.bfloat16', 'bf16'],
    ['float32', 'fp32'],
    ['half', 'fp16'],
    ['float64', 'fp64'],
    ['tf32', null],
    ['fp12', null],
    ['', null],
    // Names every object has are no format: once they read Object.prototype and threw later.
    ['__proto__', null],
    ['constructor', null],
    ['toString', null],
  ])('%j → %j', (text, expected) => {
    expect(matchPrecision(text)).toBe(expected);
  });
});
