import { describe, expect, it } from 'vitest';
import {
  CHINCHILLA_TOKENS_PER_PARAMETER,
  chinchillaTokens,
  inferenceFlopsPerToken,
  tokensPerParameter,
  trainingCompute,
  trainingFlopsPerToken,
} from './compute';

describe('per-token FLOP', () => {
  it.each<[number, number, number]>([
    [200e9, 400e9, 1.2e12],
    [8e9, 16e9, 48e9],
    [70e9, 140e9, 420e9],
    [175e9, 350e9, 1.05e12],
    [37e9, 74e9, 222e9],
    [0, 0, 0],
  ])('N = %d: inference 2N = %d, training 6N = %d', (n, inference, training) => {
    expect(inferenceFlopsPerToken(n)).toBe(inference);
    expect(trainingFlopsPerToken(n)).toBe(training);
  });
});

describe('trainingCompute = 6ND', () => {
  it.each<[number, number, number]>([
    [70e9, 1.4e12, 5.88e23],
    [175e9, 300e9, 3.15e23],
    [37e9, 14.8e12, 3.2856e24],
    [1e9, 20e9, 1.2e20],
  ])('N = %d, D = %d → %d', (n, d, expected) => {
    // relative comparison: products this large carry rounding in the last bit
    expect(Math.abs(trainingCompute(n, d) / expected - 1)).toBeLessThan(1e-15);
  });

  it('Chinchilla (70B, 1.4T) is exactly 5.88e23', () => {
    expect(trainingCompute(70e9, 1.4e12)).toBe(5.88e23);
  });
});

describe('Chinchilla rule of thumb', () => {
  it('is 20 tokens per parameter', () => {
    expect(CHINCHILLA_TOKENS_PER_PARAMETER).toBe(20);
  });

  it.each<[number, number]>([
    [70e9, 1.4e12],
    [1e9, 20e9],
    [175e9, 3.5e12],
    [8e9, 160e9],
  ])('N = %d → %d tokens', (n, tokens) => {
    expect(chinchillaTokens(n)).toBe(tokens);
  });

  it.each<[number, number, number]>([
    [70e9, 1.4e12, 20],
    [175e9, 300e9, 300 / 175],
    [671e9, 14.8e12, 14.8e12 / 671e9],
  ])('N = %d, D = %d → %d tokens per parameter', (n, d, expected) => {
    expect(tokensPerParameter(n, d)).toBeCloseTo(expected, 12);
  });
});

describe('invalid input throws a RangeError', () => {
  it.each<[string, () => number]>([
    ['inference NaN', () => inferenceFlopsPerToken(NaN)],
    ['training negative', () => trainingFlopsPerToken(-1)],
    ['compute infinite tokens', () => trainingCompute(1e9, Infinity)],
    ['compute negative params', () => trainingCompute(-1e9, 1e9)],
    ['chinchilla NaN', () => chinchillaTokens(NaN)],
    ['tokens per zero parameters', () => tokensPerParameter(0, 1e9)],
    ['tokens per parameter, negative tokens', () => tokensPerParameter(1e9, -1)],
  ])('%s', (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});
