import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { compute } from '../index';
import { commonFieldWords, params, tokens } from '../../../i18n/en/shared';

/** The compute calculator's strings in English. */
const strings: CalculatorStrings<typeof compute> = {
  title: 'Compute calculator',
  question: 'How many floating-point operations does running or training a model take?',
  searchWords: 'FLOPs, FLOP, compute budget, 6ND, 2N, training compute, inference compute',
  intro: 'About 2N FLOP per token to run a model and 6N per token to train it; C ≈ 6ND for a whole training run.',
  fields: { params, tokens },
  outputs: {
    inference: 'To run, per token (≈ 2N)',
    'training-per-token': 'To train, per token (≈ 6N)',
    training: 'Whole training run (C ≈ 6ND)',
    'tokens-per-param': 'Training tokens per parameter',
    chinchilla: 'Tokens at Chinchilla’s ~20 per parameter',
  },
  words: {},
  fieldWords: {
    params: commonFieldWords.params,
    tokens: commonFieldWords.tokens,
  },
};

export default strings;
