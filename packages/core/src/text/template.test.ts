import { describe, expect, it } from 'vitest';
import { fill, plural } from './template';

describe('fill inserts values exactly as given', () => {
  it.each<[string, Record<string, string>, string]>([
    ['{share} of the {bf16} at bf16', { share: '30.6%', bf16: '16 GB' }, '30.6% of the 16 GB at bf16'],
    ['Nothing found for “{q}”.', { q: "$'" }, 'Nothing found for “$\'”.'],
    ['Nothing found for “{q}”.', { q: '$&$1$$' }, 'Nothing found for “$&$1$$”.'],
    ['{a} and {a}', { a: 'x' }, 'x and x'],
    ['{missing} stays', {}, '{missing} stays'],
    // A value that holds another slot's name is not filled again (a model id or a query typed as "{n}").
    ['{repo}: {n} files', { repo: 'org/{n}', n: '3' }, 'org/{n}: 3 files'],
    ['{other-precision} and {toString}', { 'other-precision': 'bf16' }, 'bf16 and {toString}'],
  ])('%j with %j → %j', (template, values, expected) => {
    expect(fill(template, values)).toBe(expected);
  });
});

describe('plural picks the form by Intl.PluralRules', () => {
  const bytes = { one: '{n} byte', other: '{n} bytes' };
  it.each<[number, string, 'en' | 'zh', string]>([
    [1, '1', 'en', '1 byte'],
    [2, '2', 'en', '2 bytes'],
    [0.5, '0.5', 'en', '0.5 bytes'],
    [1, '1', 'zh', '1 bytes'],
  ])('%d (%s, %s) → %j', (n, shown, lang, expected) => {
    expect(plural(bytes, n, shown, lang)).toBe(expected);
  });
  it('Chinese has one form', () => {
    expect(plural({ other: '{n} 字节' }, 1, '1', 'zh')).toBe('1 字节');
  });
});
