import { describe, expect, it } from 'vitest';
import type { Lang } from '@llm-scale/core/text/lang';
import { training } from './index';
import { NO_RESULT, runCalculator } from '../run';
import { calculatorMessages } from '../../i18n/calculators';
import { viewOf } from '../view-of';

const TRAINING_DEFAULTS = Object.fromEntries(training.fields.map((f) => [f.name, f.default]));
const TRAINING_OUTPUTS = training.outputs.map((o) => o.name);

const D = TRAINING_DEFAULTS;

describe('the training calculator', () => {
  it('defaults to Llama 3.1 405B on 16,384 H100s at 989 TFLOP/s and 40%', () => {
    expect(TRAINING_DEFAULTS).toEqual({ params: '405B', tokens: '15.6T', accelerators: '16384', peak: '989', utilization: '40', price: '2.50' });
  });

  it.each<[string, Record<string, string>, Lang, Record<string, string>]>([
    [
      'the defaults',
      D,
      'en',
      {
        compute: '3.79 × 10²⁵ FLOP (37.9 YFLOP)',
        'per-accelerator': '396 TFLOP/s',
        throughput: '6.48 × 10¹⁸ FLOP/s (6.48 EFLOP/s)',
        time: '67.7 days',
        'accelerator-hours': '26.6M',
        cost: '$66.5M at $2.50 per accelerator-hour (an example price)',
      },
    ],
    [
      'the defaults',
      D,
      'zh',
      {
        compute: '3.79 × 10²⁵ FLOP（37.9 YFLOP）',
        'per-accelerator': '396 TFLOP/s',
        throughput: '6.48 × 10¹⁸ FLOP/s（6.48 EFLOP/s）',
        time: '67.7 天',
        'accelerator-hours': '2660万',
        cost: 'US$6650万，按每加速卡小时 US$2.50 计（示例价格）',
      },
    ],
    [
      'the top of Meta’s MFU range, written with a percent sign',
      { ...D, utilization: '43%' },
      'en',
      {
        compute: '3.79 × 10²⁵ FLOP (37.9 YFLOP)',
        'per-accelerator': '425 TFLOP/s',
        throughput: '6.97 × 10¹⁸ FLOP/s (6.97 EFLOP/s)',
        time: '63 days',
        'accelerator-hours': '24.8M',
        cost: '$61.9M at $2.50 per accelerator-hour (an example price)',
      },
    ],
    [
      'the bottom of the range',
      { ...D, utilization: '38' },
      'en',
      {
        compute: '3.79 × 10²⁵ FLOP (37.9 YFLOP)',
        'per-accelerator': '376 TFLOP/s',
        throughput: '6.16 × 10¹⁸ FLOP/s (6.16 EFLOP/s)',
        time: '71.3 days',
        'accelerator-hours': '28M',
        cost: '$70M at $2.50 per accelerator-hour (an example price)',
      },
    ],
    [
      'the sparse peak halves the time (the mistake to avoid)',
      { ...D, peak: '1,979' },
      'en',
      {
        compute: '3.79 × 10²⁵ FLOP (37.9 YFLOP)',
        'per-accelerator': '792 TFLOP/s',
        throughput: '1.3 × 10¹⁹ FLOP/s (13 EFLOP/s)',
        time: '33.8 days',
        'accelerator-hours': '13.3M',
        cost: '$33.3M at $2.50 per accelerator-hour (an example price)',
      },
    ],
    [
      'Chinchilla on 1,024 A100s at 312 TFLOP/s, 50%',
      { params: '70B', tokens: '1.4T', accelerators: '1,024', peak: '312', utilization: '50' },
      'en',
      {
        compute: '5.88 × 10²³ FLOP (588 ZFLOP)',
        'per-accelerator': '156 TFLOP/s',
        throughput: '1.6 × 10¹⁷ FLOP/s (160 PFLOP/s)',
        time: '42.6 days',
        'accelerator-hours': '1.05M',
        cost: '$2.62M at $2.50 per accelerator-hour (an example price)',
      },
    ],
    [
      'a short run shows hours',
      { params: '1B', tokens: '20B', accelerators: '8', peak: '989', utilization: '40' },
      'en',
      {
        compute: '1.2 × 10²⁰ FLOP (120 EFLOP)',
        'per-accelerator': '396 TFLOP/s',
        throughput: '3.16 × 10¹⁵ FLOP/s (3.16 PFLOP/s)',
        time: '0.439 days (10.5 hours)',
        'accelerator-hours': '84.3',
        cost: '$210.65 at $2.50 per accelerator-hour (an example price)',
      },
    ],
    [
      'a short run shows hours',
      { params: '10亿', tokens: '200亿', accelerators: '8', peak: '989', utilization: '40' },
      'zh',
      {
        compute: '1.2 × 10²⁰ FLOP（120 EFLOP）',
        'per-accelerator': '396 TFLOP/s',
        throughput: '3.16 × 10¹⁵ FLOP/s（3.16 PFLOP/s）',
        time: '0.439 天（10.5 小时）',
        'accelerator-hours': '84.3',
        cost: 'US$210.65，按每加速卡小时 US$2.50 计（示例价格）',
      },
    ],
  ])('%s (%s)', (_name, input, lang, outputs) => {
    expect(viewOf(training, input, lang)).toEqual({ outputs, errors: {}, suggestions: {} });
  });

  it('prices the accelerator-hours at the reader’s own price, with or without its unit', () => {
    expect(viewOf(training, { ...D, price: '2' }, 'en').outputs.cost).toBe('$53.2M at $2.00 per accelerator-hour (an example price)');
    expect(viewOf(training, { ...D, price: '2 USD' }, 'en').outputs.cost).toBe('$53.2M at $2.00 per accelerator-hour (an example price)');
    expect(viewOf(training, { ...D, price: '2 EUR' }, 'en').errors.price).toMatch(/plain decimal/);
  });

  it.each<[Record<string, string>, Lang, Record<string, string>]>([
    [{ ...D, accelerators: '0' }, 'en', { accelerators: 'The number of accelerators must be greater than zero.' }],
    [{ ...D, accelerators: '16384.5' }, 'en', { accelerators: 'The number of accelerators must be a whole number.' }],
    [{ ...D, accelerators: '2e7' }, 'zh', { accelerators: '加速卡数量最多为 1000万。' }],
    [{ ...D, peak: '' }, 'en', { peak: 'Enter the peak throughput of one accelerator in TFLOP/s, for example 989 for an H100 SXM at bf16 (dense).' }],
    // Its own unit is taken (989 TFLOP/s), and PFLOP/s or GFLOP/s converted (read-field.test.ts); another unit is refused.
    [{ ...D, peak: '989 TB/s' }, 'zh', { peak: '峰值算力只填数字，例如 989 或 312。' }],
    [{ ...D, peak: '0.0001' }, 'en', { peak: 'The peak throughput must be at least 0.001 TFLOP/s.' }],
    [{ ...D, peak: '200000' }, 'en', { peak: 'The peak throughput can be at most 100,000 TFLOP/s.' }],
    [{ ...D, utilization: '0' }, 'en', { utilization: 'The utilization must be greater than zero.' }],
    [{ ...D, utilization: '0.01' }, 'zh', { utilization: '利用率至少为 0.1%。' }],
    [{ ...D, utilization: '120' }, 'en', { utilization: 'The utilization can be at most 100%.' }],
    [{ ...D, tokens: '' }, 'en', { tokens: 'Enter a number of training tokens, for example 1.4T or 15,000,000,000,000.' }],
    [{ ...D, params: '-1' }, 'zh', { params: '参数量必须大于零。' }],
    [
      { params: '', tokens: '', accelerators: '', peak: '', utilization: '' },
      'en',
      {
        params: 'Enter a parameter count, for example 200B or 175,000,000,000.',
        tokens: 'Enter a number of training tokens, for example 1.4T or 15,000,000,000,000.',
        accelerators: 'Enter the number of accelerators, for example 16384 (Llama 3.1 405B).',
        peak: 'Enter the peak throughput of one accelerator in TFLOP/s, for example 989 for an H100 SXM at bf16 (dense).',
        utilization: 'Enter the utilization in percent, for example 40.',
      },
    ],
  ])('%j (%s) withholds every result', (input, lang, errors) => {
    const view = viewOf(training, input, lang);
    expect(view.errors).toEqual(errors);
    expect(view.outputs).toEqual(Object.fromEntries(TRAINING_OUTPUTS.map((name) => [name, NO_RESULT])));
  });

  it.each<[string, Record<string, string>]>([
    ['the slowest run the fields allow', { params: '1000T', tokens: '1000T', accelerators: '1', peak: '0.001', utilization: '0.1' }],
    ['the fastest', { params: '1', tokens: '1', accelerators: '10M', peak: '100000', utilization: '100' }],
  ])('%s prints finite results', (_name, input) => {
    for (const lang of ['en', 'zh'] as const) {
      const view = viewOf(training, input, lang);
      expect(view.errors).toEqual({});
      for (const text of Object.values(view.outputs)) expect(text).not.toMatch(/NaN|Infinity|undefined|—/);
    }
  });
});

describe('the training calculator reads a peak in PFLOP/s', () => {
  it('converts it to TFLOP/s and says so beside the field', () => {
    const view = runCalculator(training, { peak: '0.989 PFLOP/s' }, 'en', calculatorMessages(training, 'en'));
    expect(view.errors).toEqual({});
    expect(view.suggestions.peak).toBe('0.989 PFLOP/s = 989 TFLOP/s, this field’s unit: the results use 989 TFLOP/s.');
  });
});
