import { describe, expect, it } from 'vitest';
import { readField, type FieldReading } from './read-field';
import type { FieldSpec } from './spec';

const count: FieldSpec = { name: 'params', kind: 'count', default: '200B' };
const integer: FieldSpec = { name: 'layers', kind: 'integer', max: 1000, default: '80' };
const context: FieldSpec = { name: 'context', kind: 'context', max: 100_000_000, default: '8192' };
const decimal: FieldSpec = { name: 'bits', kind: 'decimal', max: 64, default: '4.89' };
const optional: FieldSpec = { name: 'bytes', kind: 'decimal', max: 64, optional: true, default: '' };
const ranged: FieldSpec = { name: 'peak', kind: 'decimal', min: 0.001, max: 100_000, default: '989' };
const memory: FieldSpec = { name: 'device-memory', kind: 'decimal', min: 0.001, max: 100_000, default: '80', units: ['GB'] };
const converting: FieldSpec = { ...memory, unitFactors: { GiB: 2 ** 30 / 1e9, MiB: 2 ** 20 / 1e9 } } as FieldSpec;
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
    ['decimal', memory, '80 GiB', error('not-a-number')],
    // A field with unit factors converts: nvidia-smi's 81559 MiB for an H100 80GB is 85.52 GB.
    ['decimal', converting, '81559 MiB', value((81_559 * 2 ** 20) / 1e9)],
    ['decimal', converting, '24 GiB', value((24 * 2 ** 30) / 1e9)],
    ['decimal', converting, '24 gib', value((24 * 2 ** 30) / 1e9)],
    ['decimal', converting, '80 GB', value(80)],
    ['decimal', converting, '93,200 GiB', error('too-large')],
    ['decimal', converting, 'x GiB', error('not-a-number')],
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
