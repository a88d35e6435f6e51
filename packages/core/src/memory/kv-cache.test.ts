import { describe, expect, it } from 'vitest';
import { servingBytes } from './kv-cache';

describe('servingBytes = weights + KV', () => {
  it.each<[number, number, number]>([
    [140e9, 2_684_354_560, 142_684_354_560],
    [140e9, 0, 140e9],
    [43.1e9, 42_949_672_960, 86_049_672_960],
  ])('%d + %d = %d', (weights, kv, total) => {
    expect(servingBytes(weights, kv)).toBe(total);
  });

  it('throws on NaN', () => {
    expect(() => servingBytes(NaN, 1)).toThrow(RangeError);
  });
});
