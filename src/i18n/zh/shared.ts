import type { FieldWords } from '../calculator-strings';
import { messages } from '@llm-scale/core/text/messages/zh';

/** What can be wrong with one key of a config.json: the core package's sentences, which the command says too. */
export const configProblems = { keyProblems: messages.keyProblems, problemSeparator: messages.problemSeparator };

/* Strings several calculators share, in Chinese: each calculator's own file (src/calculators/<name>/i18n/zh.ts) imports what it uses. */

export const params = { label: '参数量', hint: '例如 2000亿、80亿、1.5万亿、200B 或 175,000,000,000。' };
export const tokens = { label: '训练 token 数（D）', hint: '例如 1.4万亿、1.4T 或 15T。' };
export const bytes = { other: '{n} 字节' };

/** 计算器的全部中文文字：标签、提示、错误信息和结果里用到的词。 */

/** What error sentences call the fields several calculators have (each calculator picks its own: src/calculators/<name>/i18n). */
export const commonFieldWords = {
  params: {
    noun: '参数量',
    example: '200B 或 2000亿',
    forms: '2000亿、80亿、1.5万亿、200B、1.5T、175,000,000,000 或 2e11',
  },
  precision: { noun: '数值格式', example: 'bf16' },
  tokens: {
    noun: '训练 token 数',
    example: '1.4万亿或 1.4T',
    forms: '1.4万亿、3000亿、1.4T、1,400,000,000,000 或 1.4e12',
  },
  config: { noun: 'config.json', example: '{ "model_type": "llama", "hidden_size": 4096, … }' },
  layers: { noun: '层数', example: '80（Llama 3.1 70B）' },
  'kv-heads': { noun: 'KV 头数', example: '8（Llama 3.1 70B）' },
  'head-dim': { noun: '每个头的维度', example: '128（Llama 3.1 70B）' },
  'device-memory': { noun: '每张加速卡的显存', example: '24 或 80', plain: '24、80 或 141', unit: ' GB' },
  devices: { noun: '加速卡数量', example: '1 或 8' },
  heads: { noun: '注意力头数', example: '32（Llama 3.1 8B）' },
  peak: {
    noun: '峰值算力',
    example: '989',
    plain: '989 或 312',
    unit: ' TFLOP/s',
    empty: '请输入单张加速卡的峰值算力（TFLOP/s），例如 H100 SXM 的 bf16 稠密峰值算力为 989。',
  },
  price: {
    noun: '每 GPU 小时价格',
    example: '2.50',
    plain: '2.50 或 0.8',
    unit: ' USD',
    empty: '请输入每 GPU 小时的价格（美元），例如 2.50。请以你所用云服务商的现价为准。',
  },
  utilization: { noun: '利用率', example: '40', plain: '40 或 38.5', unit: '%' },
} satisfies Record<string, FieldWords>;
