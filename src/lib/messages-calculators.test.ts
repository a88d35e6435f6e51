import { describe, expect, it } from 'vitest';
import type { Lang } from './lang';
import {
  INTEGER_LIMITS,
  bitsErrorMessage,
  integerErrorMessage,
  peakErrorMessage,
  utilizationErrorMessage,
  type IntegerSubject,
} from './messages';
import type { DecimalError, RangeDecimalError } from './parse-decimal';
import { parsePositiveInteger, type IntegerError } from './parse-integer';
import { formatCount } from './format';
import { KV_LIMITS } from './kv-cache';
import { MAX_ACCELERATORS } from './training-time';

const LANGS: Lang[] = ['en', 'zh'];
const INTEGER_ERRORS: IntegerError[] = ['empty', 'not-a-number', 'not-positive', 'not-an-integer', 'too-large'];
const INTEGER_SUBJECTS: IntegerSubject[] = ['layers', 'kv-heads', 'head-dim', 'context', 'batch', 'accelerators'];
const DECIMAL_ERRORS: DecimalError[] = ['empty', 'not-a-number', 'not-positive', 'too-large'];
const RANGE_ERRORS: RangeDecimalError[] = [...DECIMAL_ERRORS, 'too-small'];

describe('integerErrorMessage', () => {
  it.each<[IntegerError, Lang, IntegerSubject, string]>([
    ['empty', 'en', 'layers', 'Enter the number of layers, for example 80 (Llama 3.1 70B).'],
    ['empty', 'zh', 'layers', '请输入层数，例如 80（Llama 3.1 70B）。'],
    ['not-positive', 'en', 'kv-heads', 'The number of key/value heads must be greater than zero.'],
    ['not-an-integer', 'en', 'batch', 'The batch size must be a whole number.'],
    ['not-an-integer', 'zh', 'batch', '批大小必须是整数。'],
    ['too-large', 'en', 'head-dim', 'The head dimension can be at most 4096.'],
    ['too-large', 'en', 'context', 'The context length can be at most 100M tokens.'],
    ['too-large', 'zh', 'context', '上下文长度最多为 1亿 个 token。'],
    ['too-large', 'en', 'batch', 'The batch size can be at most 100,000.'],
    ['too-large', 'zh', 'accelerators', '加速卡数量最多为 1000万。'],
    ['not-a-number', 'en', 'context', 'Could not read that as a whole number. Write digits, for example 8192, 8k or 128k.'],
    ['not-a-number', 'zh', 'context', '无法识别这个数。请输入整数，例如 8192、8k 或 128k。'],
  ])('%s (%s, %s) → %j', (error, lang, subject, expected) => {
    expect(integerErrorMessage(error, lang, subject)).toBe(expected);
  });

  describe.each(LANGS)('%s', (lang) => {
    it.each(INTEGER_SUBJECTS)('every error has its own message for %s', (subject) => {
      const messages = INTEGER_ERRORS.map((error) => integerErrorMessage(error, lang, subject));
      expect(new Set(messages).size).toBe(INTEGER_ERRORS.length);
      for (const message of messages) expect(message).not.toMatch(/undefined|NaN|Infinity/);
    });
  });

  // The limit a message states is the one the parser applies: the limit passes, one more does not.
  it.each(INTEGER_SUBJECTS)('states the limit the parser applies for %s', (subject) => {
    const limit = INTEGER_LIMITS[subject];
    expect(parsePositiveInteger(String(limit), limit)).toEqual({ ok: true, value: limit });
    expect(parsePositiveInteger(String(limit + 1), limit)).toEqual({ ok: false, error: 'too-large' });
    for (const lang of LANGS) expect(integerErrorMessage('too-large', lang, subject)).toContain(formatCount(limit, lang));
  });

  it('takes its limits from the arithmetic modules', () => {
    expect(INTEGER_LIMITS.layers).toBe(KV_LIMITS.layers);
    expect(INTEGER_LIMITS.context).toBe(KV_LIMITS.context);
    expect(INTEGER_LIMITS.accelerators).toBe(MAX_ACCELERATORS);
  });
});

describe.each<[string, (error: never, lang: Lang) => string, readonly string[]]>([
  ['bitsErrorMessage', bitsErrorMessage, DECIMAL_ERRORS],
  ['peakErrorMessage', peakErrorMessage, RANGE_ERRORS],
  ['utilizationErrorMessage', utilizationErrorMessage, RANGE_ERRORS],
])('%s', (_name, message, errors) => {
  it.each(LANGS)('every error has its own non-empty message (%s)', (lang) => {
    const texts = errors.map((error) => message(error as never, lang));
    expect(new Set(texts).size).toBe(errors.length);
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(5);
      expect(text).not.toMatch(/undefined|NaN|Infinity/);
    }
  });
});

describe('decimal field messages name their bounds', () => {
  it.each<[string, string]>([
    [bitsErrorMessage('too-large', 'en'), 'The bits per weight can be at most 64 (fp64).'],
    [bitsErrorMessage('too-large', 'zh'), '每个权重的位数最多为 64（即 fp64）。'],
    [bitsErrorMessage('not-positive', 'zh'), '每个权重的位数必须大于零。'],
    [peakErrorMessage('too-small', 'en'), 'The peak throughput must be at least 0.001 TFLOP/s.'],
    [peakErrorMessage('too-large', 'en'), 'The peak throughput can be at most 100,000 TFLOP/s.'],
    [peakErrorMessage('too-large', 'zh'), '峰值算力最多为 100,000 TFLOP/s。'],
    [utilizationErrorMessage('too-small', 'en'), 'The utilization must be at least 0.1%.'],
    [utilizationErrorMessage('too-large', 'en'), 'The utilization can be at most 100%.'],
    [utilizationErrorMessage('too-large', 'zh'), '利用率最多为 100%。'],
  ])('%j', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
