import { describe, expect, it } from 'vitest';
import { NEURONS, SYNAPSES_HIGH, SYNAPSES_LOW, compareToBrain } from './brain';

describe('brain constants', () => {
  it.each<[string, number, number]>([
    ['neurons (Azevedo et al. 2009)', NEURONS, 86e9],
    ['synapses, low end', SYNAPSES_LOW, 1e14],
    ['synapses, high end', SYNAPSES_HIGH, 1e15],
  ])('%s = %d', (_name, value, expected) => {
    expect(value).toBe(expected);
  });
});

describe('compareToBrain', () => {
  it.each<[number, number, number, number]>([
    [200e9, 200 / 86, 0.002, 0.0002],
    [86e9, 1, 0.00086, 0.000086],
    [175e9, 175 / 86, 0.00175, 0.000175],
    [1.76e12, 1760 / 86, 0.0176, 0.00176],
    [8e9, 8 / 86, 0.00008, 0.000008],
    [1e14, 1e14 / 86e9, 1, 0.1],
    [1e15, 1e15 / 86e9, 10, 1],
  ])('%d params: %d × neurons, %d of 1e14 synapses, %d of 1e15', (params, neurons, low, high) => {
    const result = compareToBrain(params);
    expect(result.neuronsRatio).toBeCloseTo(neurons, 12);
    expect(result.synapseShareLow).toBeCloseTo(low, 15);
    expect(result.synapseShareHigh).toBeCloseTo(high, 15);
    expect(result.apt).toBe('synapses');
  });

  it('the low synapse estimate always gives the larger share', () => {
    const { synapseShareLow, synapseShareHigh } = compareToBrain(200e9);
    expect(synapseShareLow).toBe(synapseShareHigh * 10);
  });

  it.each([NaN, -1, Infinity])('throws a RangeError for %d', (params) => {
    expect(() => compareToBrain(params)).toThrow(RangeError);
  });
});
