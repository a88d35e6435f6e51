import { formatCount, formatNumber } from './format';
import { KV_LIMITS } from './kv-cache';
import type { Lang } from './lang';
import type { CountError } from './parse-count';
import type { DecimalError, RangeDecimalError } from './parse-decimal';
import type { IntegerError } from './parse-integer';
import { PRECISIONS, type ResolveBytesError } from './precision';
import { MAX_BITS_PER_WEIGHT } from './quantization';
import { MAX_ACCELERATORS, PEAK_TFLOPS_RANGE, UTILIZATION_PERCENT_RANGE } from './training-time';

/** The same parser reads parameter counts and training-token counts; the message names the right one. */
export type CountSubject = 'parameters' | 'tokens';

const COUNT_MESSAGES: Record<Lang, Record<CountSubject, Record<CountError, string>>> = {
  en: {
    parameters: {
      empty: 'Enter a parameter count, for example 200B or 175,000,000,000.',
      'not-a-number':
        'Could not read that as a number. Write digits with an optional unit, for example 200B, 1.5T, 500M, 7k, 200 billion, 175,000,000,000, 2e11 or 2000亿.',
      'not-positive': 'The parameter count must be greater than zero.',
      'too-large': 'The parameter count can be at most 10¹⁵ (1000T).',
    },
    tokens: {
      empty: 'Enter a number of training tokens, for example 1.4T or 15,000,000,000,000.',
      'not-a-number':
        'Could not read that as a number. Write digits with an optional unit, for example 1.4T, 300B, 1.4 trillion, 1,400,000,000,000, 1.4e12 or 1.4万亿.',
      'not-positive': 'The number of training tokens must be greater than zero.',
      'too-large': 'The number of training tokens can be at most 10¹⁵ (1000T).',
    },
  },
  zh: {
    parameters: {
      empty: '请输入参数量，例如 200B 或 2000亿。',
      'not-a-number':
        '无法识别这个数。请输入数字，可以带单位，例如 2000亿、80亿、1.5万亿、200B、1.5T、175,000,000,000 或 2e11。',
      'not-positive': '参数量必须大于零。',
      'too-large': '参数量最多为 10¹⁵（1000万亿，即 1000T）。',
    },
    tokens: {
      empty: '请输入训练 token 数，例如 1.4万亿 或 1.4T。',
      'not-a-number':
        '无法识别这个数。请输入数字，可以带单位，例如 1.4万亿、3000亿、1.4T、1,400,000,000,000 或 1.4e12。',
      'not-positive': '训练 token 数必须大于零。',
      'too-large': '训练 token 数最多为 10¹⁵（1000万亿，即 1000T）。',
    },
  },
};

export function countErrorMessage(error: CountError, lang: Lang, subject: CountSubject = 'parameters'): string {
  return COUNT_MESSAGES[lang][subject][error];
}

// Built from PRECISIONS so the list in the message cannot drift from the options offered.
const precisionList = (separator: string, lastSeparator: string): string => {
  const ids = PRECISIONS.map((p) => p.id);
  return `${ids.slice(0, -1).join(separator)}${lastSeparator}${ids[ids.length - 1]}`;
};

const BYTES_MESSAGES: Record<Lang, Record<ResolveBytesError, string>> = {
  en: {
    empty: 'Enter the bytes per parameter, for example 2 for bf16 or 0.5625 for 4.5 bits.',
    'not-a-number': 'Write the bytes per parameter as a plain decimal number, such as 2, 0.5 or 0.5625.',
    'not-positive': 'The bytes per parameter must be greater than zero.',
    'too-large': 'The bytes per parameter can be at most 64.',
    'unknown-precision': `Unknown number format. Choose one of ${precisionList(', ', ' or ')}.`,
  },
  zh: {
    empty: '请输入每个参数占用的字节数，例如 bf16 为 2，4.5 位为 0.5625。',
    'not-a-number': '每个参数的字节数请写成普通小数，例如 2、0.5 或 0.5625。',
    'not-positive': '每个参数的字节数必须大于零。',
    'too-large': '每个参数的字节数最多为 64。',
    'unknown-precision': `无法识别的数值格式，请从 ${precisionList('、', ' 或 ')} 中选择。`,
  },
};

export function bytesErrorMessage(error: ResolveBytesError, lang: Lang): string {
  return BYTES_MESSAGES[lang][error];
}

// Whole-number fields. The limits come from the arithmetic modules, so a message cannot state a
// different bound from the one the parser applies.
export type IntegerSubject = 'layers' | 'kv-heads' | 'head-dim' | 'context' | 'batch' | 'accelerators';

export const INTEGER_LIMITS: Record<IntegerSubject, number> = {
  layers: KV_LIMITS.layers,
  'kv-heads': KV_LIMITS.kvHeads,
  'head-dim': KV_LIMITS.headDim,
  context: KV_LIMITS.context,
  batch: KV_LIMITS.batch,
  accelerators: MAX_ACCELERATORS,
};

interface IntegerWords {
  /** What the field holds, as it reads mid-sentence ("number of layers", "层数"). */
  noun: string;
  /** Sample input, after "for example" / "例如". */
  example: string;
  /** Appended to the largest value ("tokens"), or ''. */
  unit: string;
}

const INTEGER_WORDS: Record<Lang, Record<IntegerSubject, IntegerWords>> = {
  en: {
    layers: { noun: 'number of layers', example: '80 (Llama 3.1 70B)', unit: '' },
    'kv-heads': { noun: 'number of key/value heads', example: '8 (Llama 3.1 70B)', unit: '' },
    'head-dim': { noun: 'head dimension', example: '128 (Llama 3.1 70B)', unit: '' },
    context: { noun: 'context length', example: '8192, 8k or 128k', unit: ' tokens' },
    batch: { noun: 'batch size', example: '1 or 32', unit: '' },
    accelerators: { noun: 'number of accelerators', example: '16384 (Llama 3.1 405B)', unit: '' },
  },
  zh: {
    layers: { noun: '层数', example: '80（Llama 3.1 70B）', unit: '' },
    'kv-heads': { noun: 'KV 头数', example: '8（Llama 3.1 70B）', unit: '' },
    'head-dim': { noun: '每个头的维度', example: '128（Llama 3.1 70B）', unit: '' },
    context: { noun: '上下文长度', example: '8192、8k 或 128k', unit: ' 个 token' },
    batch: { noun: '批大小', example: '1 或 32', unit: '' },
    accelerators: { noun: '加速卡数量', example: '16384（Llama 3.1 405B）', unit: '' },
  },
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function integerErrorMessage(error: IntegerError, lang: Lang, subject: IntegerSubject): string {
  const { noun, example, unit } = INTEGER_WORDS[lang][subject];
  const max = `${formatCount(INTEGER_LIMITS[subject], lang)}${unit}`;
  if (lang === 'zh') {
    switch (error) {
      case 'empty':
        return `请输入${noun}，例如 ${example}。`;
      case 'not-a-number':
        return `无法识别这个数。请输入整数，例如 ${example}。`;
      case 'not-positive':
        return `${noun}必须大于零。`;
      case 'not-an-integer':
        return `${noun}必须是整数。`;
      case 'too-large':
        return `${noun}最多为 ${max}。`;
    }
  }
  switch (error) {
    case 'empty':
      return `Enter the ${noun}, for example ${example}.`;
    case 'not-a-number':
      return `Could not read that as a whole number. Write digits, for example ${example}.`;
    case 'not-positive':
      return `${capitalize(`the ${noun}`)} must be greater than zero.`;
    case 'not-an-integer':
      return `${capitalize(`the ${noun}`)} must be a whole number.`;
    case 'too-large':
      return `${capitalize(`the ${noun}`)} can be at most ${max}.`;
  }
}

const BITS_MESSAGES: Record<Lang, Record<DecimalError, string>> = {
  en: {
    empty: 'Enter the bits per weight, for example 16 for bf16, 8 for int8 or 4.89 for Q4_K_M.',
    'not-a-number': 'Write the bits per weight as a plain decimal number, such as 16, 4.5 or 4.89.',
    'not-positive': 'The bits per weight must be greater than zero.',
    'too-large': `The bits per weight can be at most ${MAX_BITS_PER_WEIGHT} (fp64).`,
  },
  zh: {
    empty: '请输入每个权重的位数，例如 bf16 为 16，int8 为 8，Q4_K_M 约为 4.89。',
    'not-a-number': '每个权重的位数请写成普通小数，例如 16、4.5 或 4.89。',
    'not-positive': '每个权重的位数必须大于零。',
    'too-large': `每个权重的位数最多为 ${MAX_BITS_PER_WEIGHT}（即 fp64）。`,
  },
};

export function bitsErrorMessage(error: DecimalError, lang: Lang): string {
  return BITS_MESSAGES[lang][error];
}

const num = (n: number, lang: Lang) => formatNumber(n, lang, 3);

const PEAK_MESSAGES: Record<Lang, Record<RangeDecimalError, string>> = {
  en: {
    empty: 'Enter the peak throughput of one accelerator in TFLOP/s, for example 989 for an H100 SXM at bf16 (dense).',
    'not-a-number': 'Write the peak as a plain decimal number of TFLOP/s, such as 989 or 312.',
    'not-positive': 'The peak throughput must be greater than zero.',
    'too-small': `The peak throughput must be at least ${num(PEAK_TFLOPS_RANGE.min, 'en')} TFLOP/s.`,
    'too-large': `The peak throughput can be at most ${num(PEAK_TFLOPS_RANGE.max, 'en')} TFLOP/s.`,
  },
  zh: {
    empty: '请输入单块加速卡的峰值算力（TFLOP/s），例如 H100 SXM 的 bf16 稠密峰值为 989。',
    'not-a-number': '峰值算力请写成普通小数（单位 TFLOP/s），例如 989 或 312。',
    'not-positive': '峰值算力必须大于零。',
    'too-small': `峰值算力至少为 ${num(PEAK_TFLOPS_RANGE.min, 'zh')} TFLOP/s。`,
    'too-large': `峰值算力最多为 ${num(PEAK_TFLOPS_RANGE.max, 'zh')} TFLOP/s。`,
  },
};

export function peakErrorMessage(error: RangeDecimalError, lang: Lang): string {
  return PEAK_MESSAGES[lang][error];
}

const UTILIZATION_MESSAGES: Record<Lang, Record<RangeDecimalError, string>> = {
  en: {
    empty: 'Enter the utilization in percent, for example 40.',
    'not-a-number': 'Write the utilization as a plain percentage, such as 40 or 38.5.',
    'not-positive': 'The utilization must be greater than zero.',
    'too-small': `The utilization must be at least ${num(UTILIZATION_PERCENT_RANGE.min, 'en')}%.`,
    'too-large': `The utilization can be at most ${num(UTILIZATION_PERCENT_RANGE.max, 'en')}%.`,
  },
  zh: {
    empty: '请输入利用率（百分比），例如 40。',
    'not-a-number': '利用率请写成普通的百分数，例如 40 或 38.5。',
    'not-positive': '利用率必须大于零。',
    'too-small': `利用率至少为 ${num(UTILIZATION_PERCENT_RANGE.min, 'zh')}%。`,
    'too-large': `利用率最多为 ${num(UTILIZATION_PERCENT_RANGE.max, 'zh')}%。`,
  },
};

export function utilizationErrorMessage(error: RangeDecimalError, lang: Lang): string {
  return UTILIZATION_MESSAGES[lang][error];
}
