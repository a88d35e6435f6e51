import type { Lang } from '../lib/lang';
import { compareToBrain } from '../lib/brain';
import { formatPercent, formatRatio } from '../lib/format';
import { countErrorMessage } from '../lib/messages';
import { parseCount } from '../lib/parse-count';
import { withheld, type CalculatorInput, type CalculatorView } from './view';

export const BRAIN_DEFAULTS = { params: '200B' } as const;

export const BRAIN_OUTPUTS = ['neurons', 'synapses'] as const;

export function brainView(input: CalculatorInput, lang: Lang): CalculatorView {
  const params = parseCount(input.params ?? '');
  if (!params.ok) return withheld(BRAIN_OUTPUTS, { params: countErrorMessage(params.error, lang) });
  const brain = compareToBrain(params.value);
  // The smaller share first: "0.02%–0.2%" reads as a range from the high synapse estimate to the low one.
  const range = `${formatPercent(brain.synapseShareHigh, lang)}–${formatPercent(brain.synapseShareLow, lang)}`;
  return {
    outputs: { neurons: formatRatio(brain.neuronsRatio, lang), synapses: range },
    errors: {},
  };
}
