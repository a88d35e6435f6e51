import { describe, expect, it } from 'vitest';
import type { Lang } from './lang';
import { bytesErrorMessage, countErrorMessage, type CountSubject } from './messages';
import type { CountError } from './parse-count';
import type { ResolveBytesError } from './precision';

const COUNT_ERRORS: CountError[] = ['empty', 'not-a-number', 'not-positive', 'too-large'];
const BYTES_ERRORS: ResolveBytesError[] = ['empty', 'not-a-number', 'not-positive', 'too-large', 'unknown-precision'];
const LANGS: Lang[] = ['en', 'zh'];
const SUBJECTS: CountSubject[] = ['parameters', 'tokens'];

describe('countErrorMessage', () => {
  it.each<[CountError, Lang, string]>([
    ['empty', 'en', 'Enter a parameter count, for example 200B or 175,000,000,000.'],
    ['empty', 'zh', '请输入参数量，例如 200B 或 2000亿。'],
    ['not-positive', 'en', 'The parameter count must be greater than zero.'],
    ['not-positive', 'zh', '参数量必须大于零。'],
    ['too-large', 'en', 'The parameter count can be at most 10¹⁵ (1000T).'],
    ['too-large', 'zh', '参数量最多为 10¹⁵（1000万亿，即 1000T）。'],
  ])('%s (%s) → %j', (error, lang, expected) => {
    expect(countErrorMessage(error, lang)).toBe(expected);
  });

  describe.each(LANGS)('%s', (lang) => {
    it.each(SUBJECTS)('every error has its own message for %s', (subject) => {
      const messages = COUNT_ERRORS.map((error) => countErrorMessage(error, lang, subject));
      expect(new Set(messages).size).toBe(COUNT_ERRORS.length);
      for (const message of messages) expect(message.length).toBeGreaterThan(5);
    });

    it.each<[CountError, RegExp]>([
      ['too-large', lang === 'en' ? /10¹⁵ \(1000T\)/ : /10¹⁵（1000万亿/],
      ['not-positive', lang === 'en' ? /greater than zero/ : /大于零/],
      ['not-a-number', lang === 'en' ? /200B.*2e11.*2000亿/ : /2000亿.*200B.*2e11/],
    ])('%s names the rule or the accepted forms', (error, pattern) => {
      expect(countErrorMessage(error, lang)).toMatch(pattern);
    });
  });

  it.each<[Lang, RegExp]>([
    ['en', /training tokens/],
    ['zh', /训练 token 数/],
  ])('token messages (%s) speak of tokens, not parameters', (lang, pattern) => {
    for (const error of COUNT_ERRORS) {
      const message = countErrorMessage(error, lang, 'tokens');
      expect(message).not.toMatch(/parameter|参数/);
      if (error !== 'not-a-number') expect(message).toMatch(pattern);
    }
  });
});

describe('bytesErrorMessage', () => {
  it.each<[ResolveBytesError, Lang, string]>([
    ['not-positive', 'en', 'The bytes per parameter must be greater than zero.'],
    ['too-large', 'zh', '每个参数的字节数最多为 64。'],
    ['unknown-precision', 'en', 'Unknown number format. Choose one of fp64, fp32, fp16, bf16, fp8, int8 or int4.'],
    ['unknown-precision', 'zh', '无法识别的数值格式，请从 fp64、fp32、fp16、bf16、fp8、int8 或 int4 中选择。'],
  ])('%s (%s) → %j', (error, lang, expected) => {
    expect(bytesErrorMessage(error, lang)).toBe(expected);
  });

  it.each(LANGS)('every error has its own non-empty message (%s)', (lang) => {
    const messages = BYTES_ERRORS.map((error) => bytesErrorMessage(error, lang));
    expect(new Set(messages).size).toBe(BYTES_ERRORS.length);
    for (const message of messages) expect(message.length).toBeGreaterThan(5);
  });
});
