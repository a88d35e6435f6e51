import { describe, expect, it } from 'vitest';
import { linearScale, logDomain, logScale, logTicks, monthToYear, thinYears } from './scale';

describe('logDomain', () => {
  it.each([
    [[1.542e9, 1.76e12], [1e9, 3e12]],
    [[1.542e9, 3e12], [1e9, 3e12]],
    [[2e9, 4e12], [1e9, 1e13]],
    [[1e9, 1e12], [1e9, 1e12]],
    [[7e9], [1e9, 1e10]],
    [[1e15, 1e15], [1e15, 1e16]],
  ])('%j → %j', (values, domain) => {
    expect(logDomain(values)).toEqual(domain);
  });

  it('refuses an empty list, zero and negative values', () => {
    expect(() => logDomain([])).toThrow(RangeError);
    expect(() => logDomain([0, 1])).toThrow(RangeError);
    expect(() => logDomain([-1])).toThrow(RangeError);
    expect(() => logDomain([Number.NaN])).toThrow(RangeError);
  });
});

describe('logTicks', () => {
  it('gives the powers of ten inside the domain, ends included', () => {
    expect(logTicks(1e9, 3e12)).toEqual([1e9, 1e10, 1e11, 1e12]);
    expect(logTicks(1e9, 1e13)).toEqual([1e9, 1e10, 1e11, 1e12, 1e13]);
    expect(logTicks(2e9, 9e9)).toEqual([]);
  });
});

describe('logScale', () => {
  const y = logScale([1e9, 1e12], [300, 0]);
  it('puts each decade an equal distance apart, growing upward', () => {
    expect(y(1e9)).toBe(300);
    expect(y(1e10)).toBeCloseTo(200, 9);
    expect(y(1e11)).toBeCloseTo(100, 9);
    expect(y(1e12)).toBeCloseTo(0, 9);
  });
  it('places 175B and 200B close together and 8B far below', () => {
    expect(y(175e9) - y(200e9)).toBeCloseTo(100 * Math.log10(200 / 175), 9);
    expect(y(8e9) - y(200e9)).toBeGreaterThan(130);
  });
});

describe('linearScale and monthToYear', () => {
  it('places a month at its middle', () => {
    expect(monthToYear('2019-01')).toBeCloseTo(2019 + 1 / 24, 12);
    expect(monthToYear('2024-12')).toBeCloseTo(2025 - 1 / 24, 12);
    const x = linearScale([2019, 2027], [0, 800]);
    // July 2023 is 4.5 years and half a month after the axis start, at 100 units a year.
    expect(x(monthToYear('2023-07'))).toBeCloseTo(450 + 100 / 24, 9);
  });
  it('refuses anything but YYYY-MM', () => {
    expect(() => monthToYear('2024-13')).toThrow(RangeError);
    expect(() => monthToYear('2024-5')).toThrow(RangeError);
    expect(() => monthToYear('May 2024')).toThrow(RangeError);
  });
});

describe('thinYears', () => {
  it('labels every year when there is room, else every second or third', () => {
    expect(thinYears(2019, 2026, 80, 28)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(thinYears(2019, 2026, 30, 28)).toEqual([2019, 2021, 2023, 2025]);
    expect(thinYears(2019, 2026, 12, 28)).toEqual([2019, 2022, 2025]);
  });
});
