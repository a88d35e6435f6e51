import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { storage } from '../index';
import { bytes, commonFieldWords, params } from '../../../i18n/en/shared';

/** The storage calculator's strings in English. */
const strings: CalculatorStrings<typeof storage> = {
  title: 'Storage calculator',
  question: 'How much space do a model’s weights take, for any parameter count and number format?',
  searchWords: 'disk space, download size, file size, model size in GB, fp16, bf16, fp8, int8, int4',
  intro: 'Weight storage for any parameter count and number format. Weights only: running a model also needs memory for the KV cache and activations.',
  fields: {
    params,
    precision: { label: 'Number format of each weight' },
    bytes: { label: 'Custom bytes per parameter (optional)', hint: 'Overrides the format, e.g. 0.5625 for 4.5 bits per weight.' },
  },
  outputs: {
    weights: 'Weight storage',
    accelerators: '80 GB accelerators needed just to hold the weights',
    working: 'The working',
  },
  words: { bytes },
  fieldWords: {
    params: commonFieldWords.params,
    precision: commonFieldWords.precision,
    bytes: {
      noun: 'bytes per parameter',
      example: '2 for bf16 or 0.5625 for 4.5 bits',
      plain: '2, 0.5 or 0.5625',
      empty: 'Enter the bytes per parameter, for example 2 for bf16 or 0.5625 for 4.5 bits.',
    },
  },
};

export default strings;
