import type { Lang } from './lang';
import type { CountError } from './parse-count';
import { PRECISIONS, type ResolveBytesError } from './precision';

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
