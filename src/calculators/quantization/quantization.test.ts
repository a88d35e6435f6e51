import { describe, expect, it } from 'vitest';
import type { Lang } from '@llm-scale/core/text/lang';
import { quantization } from './index';
import { NO_RESULT } from '../run';
import { viewOf } from '../view-of';

const QUANTIZATION_DEFAULTS = Object.fromEntries(quantization.fields.map((f) => [f.name, f.default]));
const QUANTIZATION_OUTPUTS = quantization.outputs.map((o) => o.name);

describe('the quantization calculator', () => {
  it('defaults to Llama 3.1 8B at Q4_K_M, 4.89 bits per weight', () => {
    expect(QUANTIZATION_DEFAULTS).toEqual({ params: '8B', bits: '4.89' });
  });

  it.each<[Record<string, string>, Lang, Record<string, string>]>([
    [
      QUANTIZATION_DEFAULTS,
      'en',
      {
        weights: '4.9 GB = 4.6 GiB',
        'bytes-per-param': '0.61125 bytes',
        'vs-bf16': '30.6% of the 16 GB at bf16',
        working: '8,000,000,000 × 4.89 bits ÷ 8 = 4,890,000,000 bytes = 4.9 GB = 4.6 GiB',
      },
    ],
    [
      QUANTIZATION_DEFAULTS,
      'zh',
      {
        weights: '4.9 GB = 4.6 GiB',
        'bytes-per-param': '0.61125 字节',
        'vs-bf16': 'bf16 下 16 GB 的 30.6%',
        working: '8,000,000,000 × 4.89 比特 ÷ 8 = 4,890,000,000 字节 = 4.9 GB = 4.6 GiB',
      },
    ],
    [
      { params: '200B', bits: '16' },
      'en',
      {
        weights: '400 GB = 372.5 GiB',
        'bytes-per-param': '2 bytes',
        'vs-bf16': '100% of the 400 GB at bf16',
        working: '200,000,000,000 × 16 bits ÷ 8 = 400,000,000,000 bytes = 400 GB = 372.5 GiB',
      },
    ],
    [
      { params: '2000亿', bits: '64' },
      'zh',
      {
        weights: '1600 GB = 1.6 TB = 1490.1 GiB',
        'bytes-per-param': '8 字节',
        'vs-bf16': 'bf16 下 400 GB 的 400%',
        working: '200,000,000,000 × 64 比特 ÷ 8 = 1,600,000,000,000 字节 = 1600 GB = 1.6 TB = 1490.1 GiB',
      },
    ],
    [
      // 200B at 4.89 bits is exactly 122,250,000,000 bytes, not 122,249,999,999.99998
      { params: '200B', bits: '4.89' },
      'en',
      {
        weights: '122.3 GB = 113.9 GiB',
        'bytes-per-param': '0.61125 bytes',
        'vs-bf16': '30.6% of the 400 GB at bf16',
        working: '200,000,000,000 × 4.89 bits ÷ 8 = 122,250,000,000 bytes = 122.3 GB = 113.9 GiB',
      },
    ],
    [
      { params: '1', bits: '1' },
      'en',
      { weights: '0.1 bytes', 'bytes-per-param': '0.125 bytes', 'vs-bf16': '6.25% of the 2 bytes at bf16', working: '1 × 1 bit ÷ 8 = 0.125 bytes' },
    ],
  ])('%j (%s)', (input, lang, outputs) => {
    const view = viewOf(quantization, input, lang);
    expect(view.outputs).toEqual(outputs);
    expect(view.errors).toEqual({});
  });

  it.each<[Record<string, string>, Lang, Record<string, string>]>([
    [{ params: '8B', bits: '' }, 'en', { bits: 'Enter the bits per weight, for example 16 for bf16, 8 for int8 or 4.89 for Q4_K_M.' }],
    [{ params: '8B', bits: 'four' }, 'en', { bits: 'Write the bits per weight as a plain decimal number, such as 16 (bf16), 4.5 (Q4_0) or 4.89 (Q4_K_M).' }],
    [{ params: '8B', bits: '0' }, 'en', { bits: 'The bits per weight must be greater than zero.' }],
    [{ params: '8B', bits: '-4' }, 'zh', { bits: '每个权重的比特数必须大于零。' }],
    [{ params: '8B', bits: '65' }, 'en', { bits: 'The bits per weight can be at most 64 (fp64).' }],
    [{ params: '8B', bits: '4,89' }, 'zh', { bits: '每个权重的比特数只填数字，例如 16（bf16）、4.5（Q4_0）或 4.89（Q4_K_M）。' }],
    [{ params: 'abc', bits: '4.89' }, 'en', { params: expect.stringMatching(/^Could not read that as a number/) as unknown as string }],
    [{ params: '', bits: '' }, 'zh', { params: '请输入参数量，例如 200B 或 2000亿。', bits: '请输入每个权重的比特数，例如 bf16 为 16，int8 为 8，Q4_K_M 约为 4.89。' }],
    [{ params: '', bits: '' }, 'en', { params: 'Enter a parameter count, for example 200B or 175,000,000,000.', bits: 'Enter the bits per weight, for example 16 for bf16, 8 for int8 or 4.89 for Q4_K_M.' }],
  ])('%j (%s) withholds every result', (input, lang, errors) => {
    const view = viewOf(quantization, input, lang);
    expect(view.errors).toEqual(errors);
    expect(view.outputs).toEqual(Object.fromEntries(QUANTIZATION_OUTPUTS.map((name) => [name, NO_RESULT])));
  });
});
