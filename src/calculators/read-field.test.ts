import { describe, expect, it } from 'vitest';
import { MAX_FIELD_CHARS, readField, type FieldReading } from './read-field';
import type { FieldSpec } from './spec';

const count: FieldSpec = { name: 'params', kind: 'count', default: '200B' };
const integer: FieldSpec = { name: 'layers', kind: 'integer', max: 1000, default: '80' };
const context: FieldSpec = { name: 'context', kind: 'context', max: 100_000_000, default: '8192' };
const decimal: FieldSpec = { name: 'bits', kind: 'decimal', max: 64, default: '4.89' };
const optional: FieldSpec = { name: 'bytes', kind: 'decimal', max: 64, optional: true, default: '' };
const ranged: FieldSpec = { name: 'peak', kind: 'decimal', min: 0.001, max: 100_000, default: '989' };
const memory: FieldSpec = { name: 'device-memory', kind: 'decimal', min: 0.001, max: 100_000, default: '80', units: ['GB'] };
const optionalInteger: FieldSpec = { name: 'tp', kind: 'integer', max: 1000, optional: true, default: '' };
const optionalCount: FieldSpec = { name: 'active-params', kind: 'count', optional: true, default: '' };
const percent: FieldSpec = { name: 'utilization', kind: 'percent', min: 0.1, max: 100, default: '40' };
const format: FieldSpec = { name: 'precision', kind: 'format', default: 'fp64' };

const value = (v: number | string | undefined): FieldReading => ({ ok: true, value: v as number });
const error = (e: string): FieldReading => ({ ok: false, error: e as 'empty' });

describe('readField: one grammar per field kind', () => {
  it.each<[string, FieldSpec, string, FieldReading]>([
    // counts: units, scripts and widths, and a whole number of at least 1
    ['count', count, '200B', value(200e9)],
    ['count', count, '2000亿', value(200e9)],
    ['count', count, '１．５Ｔ', value(1.5e12)],
    ['count', count, '175,000,000,000', value(175e9)],
    ['count', count, '7.5B', value(7.5e9)],
    ['count', count, '0.5', error('not-an-integer')],
    ['count', count, '1e-30', error('not-an-integer')],
    ['count', count, '1.5', error('not-an-integer')],
    ['count', count, '0', error('not-positive')],
    ['count', count, '', error('empty')],
    ['count', count, '2e16', error('too-large')],
    ['count', count, '<b>', error('not-a-number')],
    ['count', count, '70', { ok: true, value: 70, suggestion: { kind: 'count-unit', typed: '70' } }],
    ['count', count, '１', { ok: true, value: 1, suggestion: { kind: 'count-unit', typed: '1' } }],
    ['count', count, '999', { ok: true, value: 999, suggestion: { kind: 'count-unit', typed: '999' } }],
    ['count', count, '1000', value(1000)],
    ['count', count, '70k', value(70_000)],
    // whole numbers: k is a thousand here (16k accelerators)
    ['integer', integer, '80', value(80)],
    ['integer', integer, '80.5', error('not-an-integer')],
    ['integer', integer, '1001', error('too-large')],
    ['integer', integer, '1k', value(1000)],
    // context lengths: k is 1024, as configs count
    ['context', context, '8k', value(8192)],
    ['context', context, '128K', value(131_072)],
    ['context', context, '131072', value(131_072)],
    ['context', context, '1M', value(1_048_576)],
    ['context', context, '0.3k', error('not-an-integer')],
    // decimals
    ['decimal', decimal, '4.89', value(4.89)],
    // a field's own unit after the number, as its limit messages write it; no other unit
    ['decimal', memory, '80 GB', value(80)],
    ['decimal', memory, '100,000 GB', value(100_000)],
    ['decimal', memory, '0.001 GB', value(0.001)],
    ['decimal', memory, '100,001 GB', error('too-large')],
    ['decimal', memory, '80 TB', error('not-a-number')],
    // A GB field converts binary sizes exactly and says so: nvidia-smi's 81559 MiB for an H100 80GB is 85.52 GB.
    ['decimal', memory, '81559 MiB', { ok: true, value: (81_559 * 2 ** 20) / 1e9, suggestion: { kind: 'binary-unit', typed: '81559 MiB', meant: (81_559 * 2 ** 20) / 1e9 } }],
    ['decimal', memory, '93,200 GiB', error('too-large')],
    ['decimal', memory, 'x GiB', error('not-a-number')],
    // Optional counts and whole numbers may be empty; filled, they read as ever.
    ['integer', optionalInteger, '', value(undefined)],
    ['integer', optionalInteger, '8', value(8)],
    ['integer', optionalInteger, '2.5', error('not-an-integer')],
    ['count', optionalCount, '', value(undefined)],
    ['count', optionalCount, '13B', value(13e9)],
    ['decimal', ranged, '80 GB', error('not-a-number')],
    ['decimal', decimal, '4,89', error('not-a-number')],
    ['decimal', decimal, '', error('empty')],
    ['decimal', optional, '', value(undefined)],
    ['decimal', optional, ' ', value(undefined)],
    ['decimal', optional, '0.5625', value(0.5625)],
    ['decimal', ranged, '0.0001', error('too-small')],
    // percentages: with or without the sign; a share of 1 or less asks about it
    ['percent', percent, '40', value(40)],
    ['percent', percent, '40%', value(40)],
    ['percent', percent, '40 %', value(40)],
    ['percent', percent, '４０％', value(40)],
    ['percent', percent, '0.4', { ok: true, value: 0.4, suggestion: { kind: 'percent', typed: '0.4', meant: 40 } }],
    ['percent', percent, '1', { ok: true, value: 1, suggestion: { kind: 'percent', typed: '1', meant: 100 } }],
    ['percent', percent, '0.4%', value(0.4)],
    ['percent', percent, '120', error('too-large')],
    // formats: regardless of case and spaces, PyTorch names too
    ['format', format, 'fp16', value('fp16')],
    ['format', format, 'FP16', value('fp16')],
    ['format', format, ' fp16 ', value('fp16')],
    ['format', format, 'BF 16', value('bf16')],
    ['format', format, 'bfloat16', value('bf16')],
    ['format', format, 'torch.float32', value('fp32')],
    ['format', format, '', value('fp64')],
    ['format', format, 'fp12', error('unknown-format')],
    ['format', format, '__proto__', error('unknown-format')],
    ['format', format, 'constructor', error('unknown-format')],
    ['format', format, 'q4_k_m', error('unknown-format')],
  ])('%s %j', (_kind, field, raw, expected) => {
    expect(readField(field, raw)).toEqual(expected);
  });

  // A point may end the digits or start them in every numeric field, as in JavaScript's Number():
  // "5." is 5 and ".5" is 0.5 whatever the field (a count then refuses 0.5 as no whole number).
  const points: FieldSpec = { name: 'peak', kind: 'decimal', max: 100_000, default: '989' };
  it.each<[string, FieldSpec, string, FieldReading]>([
    ['count', count, '5.', { ok: true, value: 5, suggestion: { kind: 'count-unit', typed: '5' } }],
    ['count', count, '5.B', value(5e9)],
    ['count', count, '.5B', value(5e8)],
    ['count', count, '.5', error('not-an-integer')],
    ['integer', integer, '5.', value(5)],
    ['integer', integer, '.5', error('not-an-integer')],
    ['context', context, '5.', value(5)],
    ['context', context, '8.k', value(8192)],
    ['context', context, '.5k', value(512)],
    ['decimal', points, '5.', value(5)],
    ['decimal', points, '.5', value(0.5)],
    ['percent', percent, '5.', value(5)],
    ['percent', percent, '50.%', value(50)],
  ])('%s %j', (_kind, field, raw, expected) => {
    expect(readField(field, raw)).toEqual(expected);
  });

  // NFKC would read "10¹⁵", as the page writes it, as 1015.
  it.each<[string, FieldSpec, string, FieldReading]>([
    ['count', count, '10¹⁵', value(1e15)],
    ['count', count, '2 × 10¹¹', value(2e11)],
    ['count', count, '10¹⁶', error('too-large')],
    ['count', count, '8¹', error('not-a-number')],
    ['integer', integer, '10³', value(1000)],
    ['context', context, '10⁶', value(1e6)],
    ['context', context, '8¹k', error('not-a-number')],
    ['decimal', decimal, '10¹', error('not-a-number')],
    ['percent', percent, '4⁰', error('not-a-number')],
  ])('%s %j', (_kind, field, raw, expected) => {
    expect(readField(field, raw)).toEqual(expected);
  });
});

// The field's own noun after the number, as Chinese and English readers write it (zh review 62, 63).
describe('readField: a trailing noun of the field’s own kind', () => {
  const tokens: FieldSpec = { name: 'tokens', kind: 'count', default: '1.4T' };
  const accelerators: FieldSpec = { name: 'accelerators', kind: 'integer', max: 1_000_000, default: '16384' };
  const devices: FieldSpec = { name: 'devices', kind: 'integer', max: 100_000, default: '2' };
  it.each<[string, FieldSpec, string, FieldReading]>([
    ['params', count, '700亿参数', value(70e9)],
    ['params', count, '8B参数', value(8e9)],
    ['params', count, '700 亿个参数', value(70e9)],
    ['params', count, '70B parameters', value(70e9)],
    ['params', count, '70 参数', { ok: true, value: 70, suggestion: { kind: 'count-unit', typed: '70' } }],
    ['tokens', tokens, '1.4万亿个token', value(1.4e12)],
    ['tokens', tokens, '1.4万亿个 token', value(1.4e12)],
    ['tokens', tokens, '15T tokens', value(15e12)],
    ['tokens', tokens, '15T 参数', error('not-a-number')], // another field's noun stays and is refused
    ['accelerators', accelerators, '2048卡', value(2048)],
    ['accelerators', accelerators, '16,384 张 H100', error('not-a-number')],
    ['devices', devices, '4 张', value(4)],
    ['devices', devices, '4张', value(4)],
    ['devices', devices, '8 GPUs', value(8)],
    ['layers', integer, '80 张', error('not-a-number')], // layers take no noun
  ])('%s %j', (_field, field, raw, expected) => {
    expect(readField(field, raw)).toEqual(expected);
  });
});

describe('readField: what readers type (issue 27)', () => {
  const accelerators: FieldSpec = { name: 'accelerators', kind: 'integer', max: 100_000, default: '1' };
  const tokens: FieldSpec = { name: 'tokens', kind: 'count', default: '1.4T' };
  it.each<[string, FieldSpec, string, FieldReading]>([
    ['GiB, converted exactly', memory, '24 GiB', { ok: true, value: 25.769803776, suggestion: { kind: 'binary-unit', typed: '24 GiB', meant: 25.769803776 } }],
    ['gib without a space', memory, '80gib', { ok: true, value: 85.89934592, suggestion: { kind: 'binary-unit', typed: '80 gib', meant: 85.89934592 } }],
    ['GiB over the limit', memory, '100000 GiB', error('too-large')],
    ['G for GB', memory, '24G', value(24)],
    ['GB with 显存', memory, '24 GB 显存', value(24)],
    ['GB with VRAM', memory, '80GB VRAM', value(80)],
    ['a bare number with 显存', memory, '24 显存', value(24)],
    ['张 for accelerators', accelerators, '4 张', value(4)],
    ['张卡', accelerators, '8张卡', value(8)],
    ['GPUs', accelerators, '8 GPUs', value(8)],
    ['a measure word alone is no number', accelerators, '张', error('not-a-number')],
    ['万亿个token', tokens, '1.4万亿个token', value(1.4e12)],
    ['tokens', tokens, '15T tokens', value(15e12)],
    ['参数', count, '70B参数', value(70e9)],
    ['2000亿参数', count, '2000亿参数', value(200e9)],
    ['traditional 億', count, '2000億', value(200e9)],
    ['a link made 1e+11 into 1e 11', count, '1e 11', value(1e11)],
    ['1e+11 typed', count, '1e+11', value(1e11)],
    ['1.5e 3 in a link', integer, '1.5e 2', value(150)],
    ['2e 3 context', context, '2e 3', value(2000)],
  ])('%s', (_, field, text, expected) => {
    expect(readField(field, text)).toEqual(expected);
  });
});

describe('readField: a long value costs no more than a short one', () => {
  // Every kind that reads text. A link can hold 100 kB; the field reads at most MAX_FIELD_CHARS.
  const fields: FieldSpec[] = [count, integer, context, decimal, optional, memory, percent, format];
  const hostile = ['7' + ' '.repeat(100_000) + 'B', '7' + '+'.repeat(100_000), ' '.repeat(50_000) + '1' + ' '.repeat(50_000) + 'k', '1'.repeat(100_000), '2 ×' + ' '.repeat(100_000) + '10¹¹'];
  it.each(fields.map((f) => [f.kind, f] as const))('%s: refuses a 100 kB value before reading it', (_, field) => {
    for (const text of hostile) {
      const reading = readField(field, text);
      expect(reading).toEqual({ ok: false, error: field.kind === 'format' ? 'unknown-format' : 'not-a-number' });
    }
  });

  it('reads a value of exactly MAX_FIELD_CHARS characters, and one padded by spaces', () => {
    expect(MAX_FIELD_CHARS).toBe(64);
    expect(readField(count, '200B'.padStart(MAX_FIELD_CHARS, ' '))).toEqual(value(200e9));
    expect(readField(count, `  200B${' '.repeat(100_000)}`)).toEqual(value(200e9));
  });
});

describe('choice fields', () => {
  const zero: FieldSpec = { name: 'zero', kind: 'choice', options: ['0', '1', '2', '3'], default: '3' };
  const method: FieldSpec = { name: 'method', kind: 'choice', options: ['full-adam', 'qlora'], default: 'full-adam' };
  it('take an option regardless of case and spaces, the default when empty, and refuse anything else', () => {
    expect(readField(method, ' QLoRA ')).toEqual({ ok: true, value: 'qlora' });
    expect(readField(method, '')).toEqual({ ok: true, value: 'full-adam' });
    expect(readField(zero, '2')).toEqual({ ok: true, value: '2' });
    expect(readField(zero, '4')).toEqual({ ok: false, error: 'unknown-format' });
    expect(readField(method, 'dora')).toEqual({ ok: false, error: 'unknown-format' });
  });
});

describe('readField: a rate a power of ten away from the field’s unit', () => {
  const peak: FieldSpec = { name: 'peak', kind: 'decimal', min: 0.001, max: 100_000, default: '989', units: ['TFLOP/s', 'TFLOPS'] };
  it.each<[string, FieldReading]>([
    ['0.989 PFLOP/s', { ok: true, value: 989, suggestion: { kind: 'scaled-unit', typed: '0.989 PFLOP/s', meant: 989, unit: 'TFLOP/s' } }],
    ['1.979 pflops', { ok: true, value: 1979, suggestion: { kind: 'scaled-unit', typed: '1.979 pflops', meant: 1979, unit: 'TFLOP/s' } }],
    ['989000 GFLOP/s', { ok: true, value: 989, suggestion: { kind: 'scaled-unit', typed: '989000 GFLOP/s', meant: 989, unit: 'TFLOP/s' } }],
    ['989 TFLOP/s', value(989)],
    ['200 PFLOP/s', error('too-large')],
    ['PFLOP/s', error('not-a-number')],
  ])('%s', (text, expected) => {
    expect(readField(peak, text)).toEqual(expected);
  });
});

// From a tester's report: "1008 GB/s" (an RTX 4090's sheet) and "$2.50" were refused as not numbers.
describe('readField: bandwidth in GB/s, prices with a dollar sign', () => {
  const bandwidth: FieldSpec = { name: 'bandwidth', kind: 'decimal', min: 0.001, max: 1000, default: '3.35', optional: true, units: ['TB/s'] };
  const price: FieldSpec = { name: 'price', kind: 'decimal', min: 0.001, max: 1_000_000, default: '2.50', units: ['USD'] };
  it.each<[FieldSpec, string, FieldReading]>([
    [bandwidth, '1008 GB/s', { ok: true, value: 1.008, suggestion: { kind: 'scaled-unit', typed: '1008 GB/s', meant: 1.008, unit: 'TB/s' } }],
    [bandwidth, '3.35 TB/s', value(3.35)],
    [price, '$2.50', value(2.5)],
    [price, 'US$ 2.50', value(2.5)],
    [price, '2.50 USD', value(2.5)],
    [price, '$', error('not-a-number')],
    [price, '€2', error('not-a-number')],
  ])('%s %s', (field, text, expected) => {
    expect(readField(field, text)).toEqual(expected);
  });
});
