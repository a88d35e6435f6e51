import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { quantization } from '../index';
import { bytes, commonFieldWords, params } from '../../../i18n/en/shared';

/** The quantization calculator's strings in English. */
const strings: CalculatorStrings<typeof quantization> = {
  title: 'Quantization calculator',
  question: 'How large are a model’s weights at a given number of bits per weight, such as Q4_K_M?',
  searchWords: 'GGUF, Q4_K_M, Q8_0, GPTQ, AWQ, 4-bit, 8-bit, bits per weight, quantized model size',
  intro: 'Weight storage from bits per weight. Real quantized formats store per-block scales too, so they land between whole numbers of bits: Q4_K_M averages about 4.89 bits on Llama 3.1 8B.',
  fields: {
    params,
    bits: { label: 'Bits per weight', hint: 'For example 16 (bf16), 8 (int8, fp8), 4.5 (Q4_0) or 4.89 (Q4_K_M).' },
  },
  outputs: {
    weights: 'Weight storage',
    'bytes-per-param': 'Bytes per parameter',
    'vs-bf16': 'Compared with bf16',
    working: 'The working',
  },
  words: { bits: { one: '{n} bit', other: '{n} bits' }, bytes, vsBf16: '{share} of the {bf16} at bf16' },
  fieldWords: {
    params: commonFieldWords.params,
    bits: { noun: 'bits per weight', example: '16 for bf16, 8 for int8 or 4.89 for Q4_K_M', plain: '16 (bf16), 4.5 (Q4_0) or 4.89 (Q4_K_M)', unit: ' (fp64)' },
  },
};

export default strings;
