import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { compute } from '../index';
import { commonFieldWords, params, tokens } from '../../../i18n/zh/shared';

/** The compute calculator's strings in Chinese. */
const strings: CalculatorStrings<typeof compute> = {
  title: '计算量计算器',
  question: '运行或训练一个模型需要多少次浮点运算？',
  searchWords: '算力、计算量、浮点运算、FLOPs、训练计算量、推理计算量',
  intro: '推理每个 token 约需 2N 次浮点运算，训练每个 token 约需 6N 次；整个训练约为 C ≈ 6ND。',
  fields: { params, tokens },
  outputs: {
    inference: '推理时每个 token（≈ 2N）',
    'training-per-token': '训练时每个 token（≈ 6N）',
    training: '整个训练过程（C ≈ 6ND）',
    'tokens-per-param': '每个参数对应的训练 token 数',
    chinchilla: '按 Chinchilla 约每参数 20 个 token 计',
  },
  words: {},
  fieldWords: {
    params: commonFieldWords.params,
    tokens: commonFieldWords.tokens,
  },
};

export default strings;
