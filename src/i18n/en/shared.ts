import type { FieldWords } from '../calculator-strings';
import { messages } from '@llm-scale/core/text/messages/en';

/** What can be wrong with one key of a config.json: the core package's sentences, which the command says too. */
export const configProblems = { keyProblems: messages.keyProblems, problemSeparator: messages.problemSeparator };

/* Strings several calculators share, in English: each calculator's own file (src/calculators/<name>/i18n/en.ts) imports what it uses. */

export const params = { label: 'Parameter count', hint: 'For example 200B, 1.5T, 175,000,000,000, 2e11 or 2000亿.' };
export const tokens = { label: 'Training tokens (D)', hint: 'For example 1.4T, 15T or 1.4万亿.' };
export const bytes = { one: '{n} byte', other: '{n} bytes' };

/** What error sentences call the fields several calculators have (each calculator picks its own: src/calculators/<name>/i18n). */
export const commonFieldWords = {
  params: {
    noun: 'parameter count',
    example: '200B or 175,000,000,000',
    forms: '200B, 1.5T, 500M, 7k, 200 billion, 175,000,000,000, 2e11 or 2000亿',
  },
  precision: { noun: 'number format', example: 'bf16' },
  tokens: {
    noun: 'number of training tokens',
    example: '1.4T or 15,000,000,000,000',
    forms: '1.4T, 300B, 1.4 trillion, 1,400,000,000,000, 1.4e12 or 1.4万亿',
  },
  config: { noun: 'config.json', example: '{ "model_type": "llama", "hidden_size": 4096, … }' },
  layers: { noun: 'number of layers', example: '80 (Llama 3.1 70B)' },
  'kv-heads': { noun: 'number of key/value heads', example: '8 (Llama 3.1 70B)' },
  'head-dim': { noun: 'head dimension', example: '128 (Llama 3.1 70B)' },
  'device-memory': { noun: 'memory per accelerator', example: '24 or 80', plain: '24, 80 or 141', unit: ' GB' },
  devices: { noun: 'number of accelerators', example: '1 or 8' },
  heads: { noun: 'number of attention heads', example: '32 (Llama 3.1 8B)' },
  peak: {
    noun: 'peak throughput',
    example: '989',
    plain: '989 or 312',
    unit: ' TFLOP/s',
    empty: 'Enter the peak throughput of one accelerator in TFLOP/s, for example 989 for an H100 SXM at bf16 (dense).',
  },
  price: {
    noun: 'price per GPU-hour',
    example: '2.50',
    plain: '2.50 or 0.8',
    unit: ' USD',
    empty: 'Enter a price per GPU-hour in US dollars, for example 2.50. Use your provider’s current price.',
  },
  utilization: { noun: 'utilization', example: '40', plain: '40 or 38.5', unit: '%' },
} satisfies Record<string, FieldWords>;
