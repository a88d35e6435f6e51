import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from './result';

describe('result helpers', () => {
  it.each<[Result<number, 'bad'>, Result<number, 'bad'>]>([
    [ok(1), { ok: true, value: 1 }],
    [err('bad'), { ok: false, error: 'bad' }],
  ])('%j', (actual, expected) => {
    expect(actual).toEqual(expected);
  });

  const half = (n: number): Result<number, 'odd'> => (n % 2 === 0 ? ok(n / 2) : err('odd'));

  it.each<[number, number | 'odd']>([
    [4, 2],
    [3, 'odd'],
  ])('narrows on ok: half(%d) → %j', (n, expected) => {
    const result = half(n);
    expect(result.ok ? result.value : result.error).toBe(expected);
  });
});
