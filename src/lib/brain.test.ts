import { describe, expect, it } from 'vitest';
import { NEURONS, SYNAPSES_HIGH, SYNAPSES_LOW, compareToBrain } from './brain';

describe('brain constants', () => {
  it.each<[string, number, number]>([
    ['neurons (Azevedo et al. 2009)', NEURONS, 86e9],
    ['synapses, low end (the neocortex alone, Pakkenberg et al. 2003)', SYNAPSES_LOW, 1.5e14],
    ['synapses, high end', SYNAPSES_HIGH, 1e15],
  ])('%s = %d', (_name, value, expected) => {
    expect(value).toBe(expected);
  });
});

describe('compareToBrain', () => {
  it.each<[number, number, number, number]>([
    [200e9, 200 / 86, 200 / 150_000, 0.0002],
    [86e9, 1, 86 / 150_000, 0.000086],
    [175e9, 175 / 86, 175 / 150_000, 0.000175],
    [1.76e12, 1760 / 86, 1760 / 150_000, 0.00176],
    [8e9, 8 / 86, 8 / 150_000, 0.000008],
    [1.5e14, 1.5e14 / 86e9, 1, 0.15],
    [1e15, 1e15 / 86e9, 1e15 / 1.5e14, 1],
  ])('%d params: %d × neurons, %d of 1.5e14 synapses, %d of 1e15', (params, neurons, low, high) => {
    const result = compareToBrain(params);
    expect(result.neuronsRatio).toBeCloseTo(neurons, 12);
    expect(result.synapseShareLow).toBeCloseTo(low, 15);
    expect(result.synapseShareHigh).toBeCloseTo(high, 15);
    expect(result.apt).toBe('synapses');
  });

  it('puts 750 to 5,000 times as many synapses beside 200B parameters, as the article says', () => {
    const { synapseShareLow, synapseShareHigh } = compareToBrain(200e9);
    expect(1 / synapseShareLow).toBeCloseTo(750, 9);
    expect(1 / synapseShareHigh).toBeCloseTo(5000, 9);
    expect(synapseShareLow).toBeGreaterThan(synapseShareHigh);
  });

  it.each([NaN, -1, Infinity])('throws a RangeError for %d', (params) => {
    expect(() => compareToBrain(params)).toThrow(RangeError);
  });
});
