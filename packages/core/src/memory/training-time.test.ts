import { describe, expect, it } from 'vitest';
import { trainingCompute } from './compute';
import {
  MAX_ACCELERATORS,
  PEAK_TFLOPS_RANGE,
  SECONDS_PER_DAY,
  UTILIZATION_PERCENT_RANGE,
  acceleratorHours,
  clusterFlopsPerSecond,
  trainingSeconds,
} from './training-time';
import { MAX_COUNT } from '../numbers/parse-count';

describe('clusterFlopsPerSecond = n × P × u', () => {
  it.each<[number, number, number, number]>([
    [16384, 989e12, 0.4, 6.4815104e18],
    [1, 989e12, 1, 989e12],
    [8, 312e12, 0.5, 1.248e15],
    [0, 989e12, 0.4, 0],
  ])('%d × %d × %d = %d', (n, peak, u, rate) => {
    expect(clusterFlopsPerSecond(n, peak, u)).toBeCloseTo(rate, -3);
  });

  it.each<[number, number, number]>([
    [NaN, 1, 1],
    [1, -1, 1],
    [1, 1, Infinity],
  ])('throws for %d, %d, %d', (n, peak, u) => {
    expect(() => clusterFlopsPerSecond(n, peak, u)).toThrow(RangeError);
  });
});

describe('trainingSeconds = C / rate', () => {
  it('Llama 3.1 405B on 16,384 H100s at 40% takes about 67.7 days', () => {
    const c = trainingCompute(405e9, 15.6e12);
    expect(c).toBeCloseTo(3.7908e25, -21);
    const days = trainingSeconds(c, clusterFlopsPerSecond(16384, 989e12, 0.4)) / SECONDS_PER_DAY;
    expect(days).toBeCloseTo(67.69, 2);
  });

  it.each<[number, number]>([
    [0.43, 62.97],
    [0.38, 71.26],
  ])('at %d utilization: %d days', (u, days) => {
    const seconds = trainingSeconds(trainingCompute(405e9, 15.6e12), clusterFlopsPerSecond(16384, 989e12, u));
    expect(seconds / SECONDS_PER_DAY).toBeCloseTo(days, 1);
  });

  it.each<[number, number, number]>([
    [6e23, 1e18, 600_000],
    [0, 1e18, 0],
    [1, 1, 1],
  ])('%d FLOP at %d FLOP/s → %d s', (flop, rate, seconds) => {
    expect(trainingSeconds(flop, rate)).toBe(seconds);
  });

  it.each<[number, number]>([
    [1, 0],
    [1, -1],
    [1, NaN],
    [1, Infinity],
    [NaN, 1],
    [-1, 1],
    [Number.MAX_VALUE, 1e-10], // the quotient overflows
  ])('throws for %d FLOP at %d FLOP/s', (flop, rate) => {
    expect(() => trainingSeconds(flop, rate)).toThrow(RangeError);
  });

  it('stays finite at the extremes the fields allow', () => {
    const compute = trainingCompute(MAX_COUNT, MAX_COUNT);
    const slowest = clusterFlopsPerSecond(1, PEAK_TFLOPS_RANGE.min * 1e12, UTILIZATION_PERCENT_RANGE.min / 100);
    const seconds = trainingSeconds(compute, slowest);
    expect(Number.isFinite(acceleratorHours(seconds, MAX_ACCELERATORS))).toBe(true);
  });
});

describe('acceleratorHours = hours × accelerators', () => {
  it.each<[number, number, number]>([
    [3600, 1, 1],
    [3600, 16384, 16384],
    [86_400, 2048, 49_152],
    [0, 16384, 0],
    [1800, 2, 1],
  ])('%d s × %d accelerators → %d hours', (seconds, n, hours) => {
    expect(acceleratorHours(seconds, n)).toBe(hours);
  });

  it('throws on NaN', () => {
    expect(() => acceleratorHours(NaN, 1)).toThrow(RangeError);
  });
});
