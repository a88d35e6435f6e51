import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { models } from '../index';
import { bytes, commonFieldWords } from '../../../i18n/en/shared';

/** The models calculator's strings in English. */
const strings: CalculatorStrings<typeof models> = {
  title: 'Weight memory of reported and published model sizes',
  question: 'How much memory do the weights of the models this site names take, in each number format?',
  searchWords: 'GPT-4o, Llama 3.1, DeepSeek-V3, Mixtral, weight memory, VRAM',
  intro: 'Pick a number format to see how much memory each model’s weights take.',
  fields: { precision: { label: 'Number format of each weight' } },
  outputs: {},
  words: { bytes },
  fieldWords: {
    precision: commonFieldWords.precision,
  },
};

export default strings;
