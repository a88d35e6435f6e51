import { describe, expect, it } from 'vitest';
import { formatUsd } from './format-money';

describe('formatUsd', () => {
  it.each([
    [2.5, 'en', '$2.50'],
    [11.256, 'en', '$11.26'],
    [66_512_345, 'en', '$66.5M'],
    [2.5, 'zh', 'US$2.50'],
    [66_512_345, 'zh', 'US$6650万'],
  ] as const)('%d in %s is %s', (amount, lang, text) => {
    expect(formatUsd(amount, lang)).toBe(text);
  });
  it('refuses NaN and negative amounts', () => {
    expect(() => formatUsd(NaN, 'en')).toThrow(RangeError);
    expect(() => formatUsd(-1, 'en')).toThrow(RangeError);
  });
});
