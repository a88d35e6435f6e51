import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { models } from '../index';
import { bytes, commonFieldWords } from '../../../i18n/zh/shared';

/** The models calculator's strings in Chinese. */
const strings: CalculatorStrings<typeof models> = {
  title: '估计与公布的模型规模对应的权重显存',
  question: '本站列出的各个模型，权重在不同数值格式下各占多少显存？',
  searchWords: 'GPT-4o、Llama 3.1、DeepSeek-V3、Mixtral、权重显存、显存占用',
  intro: '选择一种数值格式，查看每个模型的权重占用多少显存。',
  fields: { precision: { label: '每个权重的数值格式' } },
  outputs: {},
  words: { bytes },
  fieldWords: {
    precision: commonFieldWords.precision,
  },
};

export default strings;
