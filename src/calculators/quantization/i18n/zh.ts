import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { quantization } from '../index';
import { bytes, commonFieldWords, params } from '../../../i18n/zh/shared';

/** The quantization calculator's strings in Chinese. */
const strings: CalculatorStrings<typeof quantization> = {
  title: '量化计算器',
  question: '按每个权重的比特数（如 Q4_K_M）算，模型权重有多大？',
  searchWords: '量化、GGUF、Q4_K_M、4 比特、8 比特、量化后大小',
  intro: '由每个权重的比特数算出权重存储。实际的量化格式还要存放分块的缩放因子，所以比特数往往不是整数：Llama 3.1 8B 的 Q4_K_M 平均约 4.89 比特。',
  fields: {
    params,
    bits: { label: '每个权重的比特数', hint: '例如 16（bf16）、8（int8、fp8）、4.5（Q4_0）或 4.89（Q4_K_M）。' },
  },
  outputs: {
    weights: '权重存储',
    'bytes-per-param': '每个参数的字节数',
    'vs-bf16': '与 bf16 相比',
    working: '计算过程',
  },
  words: { bits: { other: '{n} 比特' }, bytes, vsBf16: 'bf16 下 {bf16} 的 {share}' },
  fieldWords: {
    params: commonFieldWords.params,
    bits: {
      noun: '每个权重的比特数',
      example: 'bf16 为 16，int8 为 8，Q4_K_M 约为 4.89',
      plain: '16（bf16）、4.5（Q4_0）或 4.89（Q4_K_M）',
      unit: '（即 fp64）',
    },
  },
};

export default strings;
