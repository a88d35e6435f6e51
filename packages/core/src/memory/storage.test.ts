import { describe, expect, it } from 'vitest';
import { parseCount } from '../numbers/parse-count';
import { bytesForPrecision, type PrecisionId } from './precision';
import {
  ACCELERATOR_BYTES,
  TRAINING_BYTES_PER_PARAMETER,
  acceleratorsToHold,
  trainingStateBytes,
  weightBytes,
} from './storage';

describe('weightBytes', () => {
  it.each<[number, number, number]>([
    [200e9, 8, 1.6e12],
    [200e9, 4, 800e9],
    [200e9, 2, 400e9],
    [200e9, 1, 200e9],
    [200e9, 0.5, 100e9],
    [8e9, 0.5, 4e9],
    [175e9, 0.5625, 98437500000],
    [1.76e12, 2, 3.52e12],
    [0, 8, 0],
  ])('%d params × %d B = %d B', (params, bytesPerParam, expected) => {
    expect(weightBytes(params, bytesPerParam)).toBe(expected);
  });

  it.each<[string, PrecisionId, number]>([
    ['200B', 'fp64', 1600e9],
    ['2000亿', 'fp64', 1600e9],
    ['8B', 'int4', 4e9],
    ['1.75千亿', 'bf16', 350e9],
  ])('%j at %s gives exactly %d B', (count, precision, expected) => {
    const params = parseCount(count);
    if (!params.ok) throw new Error(params.error);
    expect(weightBytes(params.value, bytesForPrecision(precision))).toBe(expected);
  });

  it.each<[number, number]>([
    [NaN, 2],
    [-1, 2],
    [Infinity, 2],
    [1e9, NaN],
    [1e9, -2],
  ])('throws a RangeError for (%d, %d)', (params, bytes) => {
    expect(() => weightBytes(params, bytes)).toThrow(RangeError);
  });
});

describe('acceleratorsToHold (80 GB each by default)', () => {
  it('defaults to 80 GB', () => {
    expect(ACCELERATOR_BYTES).toBe(80e9);
  });

  it.each<[number, number]>([
    [1600e9, 20],
    [1601e9, 21],
    [80e9, 1],
    [80.000001e9, 2],
    [79.999e9, 1],
    [1, 1],
    [0, 0],
    [400e9, 5],
    [98437500000, 2],
    [4e9, 1],
    // 0.1 + 0.2 style noise: 20.000000000000004 accelerators is 20
    [80e9 * 20.000000000000004, 20],
    [80e9 * 2.9999999999999996, 3],
  ])('%d B → %d', (bytes, expected) => {
    expect(acceleratorsToHold(bytes)).toBe(expected);
  });

  it.each<[number, number, number]>([
    [1600e9, 40e9, 40],
    [1600e9, 24e9, 67],
    [0.3, 0.1, 3],
  ])('%d B on %d B cards → %d', (bytes, card, expected) => {
    expect(acceleratorsToHold(bytes, card)).toBe(expected);
  });

  it.each<[number, number]>([
    [NaN, 80e9],
    [-1, 80e9],
    [Infinity, 80e9],
    [1e9, 0],
    [1e9, -80e9],
    [1e9, NaN],
    [1e9, Infinity],
  ])('throws a RangeError for (%d, %d)', (bytes, card) => {
    expect(() => acceleratorsToHold(bytes, card)).toThrow(RangeError);
  });
});

describe('trainingStateBytes (ZeRO: 16 bytes per parameter, activations excluded)', () => {
  it.each<[number, number]>([
    [1.5e9, 24e9],
    [70e9, 1120e9],
  ])('%d params → %d B', (params, expected) => {
    expect(TRAINING_BYTES_PER_PARAMETER).toBe(16);
    expect(trainingStateBytes(params)).toBe(expected);
  });
});
