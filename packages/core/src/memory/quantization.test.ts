import { describe, expect, it } from 'vitest';
import { parsePositiveDecimal } from '../numbers/parse-decimal';
import {
  BF16_BITS_PER_WEIGHT,
  MAX_BITS_PER_WEIGHT,
  bytesPerParameterFromBits,
  shareOfBf16,
  weightBytesAtBits,
} from './quantization';

describe('weightBytesAtBits = params × bits / 8, exact for decimal bits', () => {
  it.each<[number, number, number]>([
    // Llama-3.1-8B in llama.cpp's quantize README, with the nominal 8B parameters
    [8e9, 4.89, 4.89e9],
    [8e9, 5.7, 5.7e9],
    [8e9, 6.56, 6.56e9],
    [8e9, 8.5, 8.5e9],
    [8e9, 16, 16e9],
    // whole formats
    [200e9, 64, 1.6e12],
    [200e9, 32, 800e9],
    [200e9, 16, 400e9],
    [200e9, 8, 200e9],
    [200e9, 4, 100e9],
    [200e9, 4.5, 112.5e9],
    // where params * bits / 8 in plain floating point misses by a few units in the last place
    [200e9, 4.89, 122.25e9],
    [8e9, 4.1, 4.1e9],
    [405e9, 4.89, 247_556_250_000],
    [7e9, 4.85, 4_243_750_000],
    [3e9, 1.1, 412_500_000],
    [70e9, 4.8944, 42_826_000_000],
    // odd inputs
    [1, 1, 0.125],
    [0, 4.89, 0],
    [1.5, 8, 1.5],
    [1e15, 64, 8e15],
  ])('%d params at %d bits → %d bytes', (params, bits, bytes) => {
    expect(weightBytesAtBits(params, bits)).toBe(bytes);
  });

  it('is exact for the bits as the field parses them', () => {
    const bits = parsePositiveDecimal('4.89', MAX_BITS_PER_WEIGHT);
    expect(bits.ok && weightBytesAtBits(8e9, bits.value)).toBe(4_890_000_000);
  });

  it.each<[number, number]>([
    [1e9, 1e-7], // String(1e-7) is "1e-7": plain floating point
    [3, 0.1234567890123456],
  ])('falls back to floating point for %d params at %d bits', (params, bits) => {
    expect(weightBytesAtBits(params, bits)).toBeCloseTo((params * bits) / 8, 12);
  });

  it.each<[number, number]>([
    [NaN, 4],
    [8e9, NaN],
    [-1, 4],
    [8e9, -4],
    [Infinity, 4],
    [8e9, Infinity],
  ])('throws on %d params at %d bits', (params, bits) => {
    expect(() => weightBytesAtBits(params, bits)).toThrow(RangeError);
  });
});

describe('bytesPerParameterFromBits', () => {
  it.each<[number, number]>([
    [64, 8],
    [16, 2],
    [8, 1],
    [4, 0.5],
    [4.5, 0.5625],
    [4.89, 0.61125],
  ])('%d bits → %d bytes', (bits, bytes) => {
    expect(bytesPerParameterFromBits(bits)).toBe(bytes);
  });

  it('throws on NaN', () => {
    expect(() => bytesPerParameterFromBits(NaN)).toThrow(RangeError);
  });
});

describe('shareOfBf16', () => {
  it.each<[number, number]>([
    [16, 1],
    [32, 2],
    [8, 0.5],
    [4, 0.25],
    [4.89, 0.305625],
  ])('%d bits → %d of the bf16 size', (bits, share) => {
    expect(shareOfBf16(bits)).toBe(share);
  });

  it('bf16 is 16 bits', () => {
    expect(BF16_BITS_PER_WEIGHT).toBe(16);
  });
});
