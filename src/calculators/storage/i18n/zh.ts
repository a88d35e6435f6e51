import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { storage } from '../index';
import { bytes, commonFieldWords, params } from '../../../i18n/zh/shared';

/** The storage calculator's strings in Chinese. */
const strings: CalculatorStrings<typeof storage> = {
  title: '存储计算器',
  question: '任意参数量的模型，权重按某种数值格式存储要占多大空间？',
  searchWords: '硬盘空间、下载大小、文件大小、模型大小、存储空间、占用空间',
  intro: '任意参数量与数值格式下的权重存储。只算权重：实际推理时还需要为 KV 缓存和激活值留出显存。',
  fields: {
    params,
    precision: { label: '每个权重的数值格式' },
    bytes: { label: '自定义每个参数的字节数（可选）', hint: '填写后优先于上面的格式，例如每个权重 4.5 比特即 0.5625。' },
  },
  outputs: {
    weights: '权重存储',
    accelerators: '仅装下权重所需的 80 GB 加速卡数量',
    working: '计算过程',
  },
  words: { bytes },
  fieldWords: {
    params: commonFieldWords.params,
    precision: commonFieldWords.precision,
    bytes: {
      noun: '每个参数的字节数',
      example: 'bf16 为 2，4.5 比特为 0.5625',
      plain: '2、0.5 或 0.5625',
      empty: '请输入每个参数占用的字节数，例如 bf16 为 2，4.5 比特为 0.5625。',
    },
  },
};

export default strings;
