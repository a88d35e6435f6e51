import { describe, expect, it } from 'vitest';
import { fieldKey, readFieldParam, withParams } from './query';

describe('withParams', () => {
  it.each<[string, Record<string, string | null>, string]>([
    ['', { params: '200B' }, '?params=200B'],
    ['?', { params: '200B' }, '?params=200B'],
    ['?params=8B', { params: '200B' }, '?params=200B'],
    // existing keys stay in place, new keys go last, unrelated ones are kept
    ['?a=1&params=8B&b=2', { params: '70B' }, '?a=1&params=70B&b=2'],
    ['?a=1&b=2', { precision: 'bf16', params: '70B' }, '?a=1&b=2&precision=bf16&params=70B'],
    ['?a=1&params=8B&b=2', { params: null }, '?a=1&b=2'],
    ['?params=8B', { params: null }, ''],
    ['', { params: null }, ''],
    ['?params=8B&bytes=0.5', { bytes: null, precision: 'int4' }, '?params=8B&precision=int4'],
    ['?params=8B&params=9B', { params: '10B' }, '?params=10B'],
    ['?x=1', { params: '2000亿' }, '?x=1&params=2000%E4%BA%BF'],
    ['', { params: '1.5 trillion' }, '?params=1.5+trillion'],
    ['', { params: '' }, '?params='],
    ['?x=1', {}, '?x=1'],
  ])('withParams(%j, %j) → %j', (search, updates, expected) => {
    expect(withParams(search, updates)).toBe(expected);
  });

  it.each(['2000亿', '1.75千亿', '0.2万亿', '1.5 trillion', '175,000,000,000', 'a&b=c?d#e', '１．５万亿'])(
    '%j round-trips through the query string',
    (value) => {
      const search = withParams('?lang=zh', { [fieldKey('storage', 'params')]: value });
      expect(readFieldParam(search, 'storage', 'params')).toBe(value);
      expect(new URLSearchParams(search).get('lang')).toBe('zh');
    },
  );
});

describe('readFieldParam: each calculator keeps its own state', () => {
  it.each<[string, string, string, string | null]>([
    ['?storage.params=70B', 'storage', 'params', '70B'],
    ['?storage.params=70B', 'brain', 'params', null],
    // an unprefixed key from an older link fills every calculator with that field
    ['?params=70B', 'storage', 'params', '70B'],
    ['?params=70B', 'brain', 'params', '70B'],
    // the calculator's own key wins over the shared one, in either order
    ['?params=8B&storage.params=70B', 'storage', 'params', '70B'],
    ['?storage.params=70B&params=8B', 'storage', 'params', '70B'],
    ['?storage.params=70B&params=8B', 'compute', 'params', '8B'],
    ['?serving.kv-precision=fp8', 'serving', 'kv-precision', 'fp8'],
    ['?storage.params=2000%E4%BA%BF', 'storage', 'params', '2000亿'],
    ['', 'storage', 'params', null],
  ])('%s → %s.%s = %j', (search, calculator, field, expected) => {
    expect(readFieldParam(search, calculator, field)).toBe(expected);
  });

  it('keys are <calculator>.<field>', () => {
    expect(fieldKey('storage', 'precision')).toBe('storage.precision');
    expect(withParams('?a=1', { [fieldKey('storage', 'params')]: '70B' })).toBe('?a=1&storage.params=70B');
  });
});
