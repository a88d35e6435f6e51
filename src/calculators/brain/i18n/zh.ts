import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { brain } from '../index';
import { commonFieldWords, params } from '../../../i18n/zh/shared';

/** The brain calculator's strings in Chinese. */
const strings: CalculatorStrings<typeof brain> = {
  title: '与大脑规模对比',
  question: '模型的参数量与人脑的神经元、突触数量相比如何？',
  searchWords: '人脑、神经元、突触',
  intro: '把模型的参数量与约 860亿个神经元、1.5 × 10¹⁴ 到 10¹⁵ 个突触放在一起比较。',
  note: '参数是连接的权重，所以更适合与突触比较；神经元是单元，不是连接。',
  fields: { params },
  outputs: {
    synapses: '相当于大脑突触总数的比例（更贴切的比较）',
    neurons: '参数量与神经元数相比（不太贴切的比较）',
  },
  words: { range: '{low} 到 {high}', belowOne: '约为神经元数的 {share}' },
  fieldWords: {
    params: commonFieldWords.params,
  },
};

export default strings;
