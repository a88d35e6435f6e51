import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { brain } from '../index';
import { commonFieldWords, params } from '../../../i18n/en/shared';

/** The brain calculator's strings in English. */
const strings: CalculatorStrings<typeof brain> = {
  title: 'Brain-scale comparison',
  question: 'How does a model’s parameter count compare with the brain’s neurons and synapses?',
  searchWords: 'neurons, synapses, human brain',
  intro: 'A model’s parameter count beside about 86 billion neurons and 1.5 × 10¹⁴ to 10¹⁵ synapses.',
  note: 'A parameter is a connection weight, so synapses are the apt comparison; neurons are units, not connections.',
  fields: { params },
  outputs: {
    synapses: 'Share of the brain’s synapses (the closer comparison)',
    neurons: 'Parameters per neuron (the weaker comparison)',
  },
  words: { range: '{low}–{high}', belowOne: '{ratio}' },
  fieldWords: {
    params: commonFieldWords.params,
  },
};

export default strings;
