import { compareToBrain } from '../../lib/brain';
import { formatPercent, formatRatio } from '@llm-scale/core/text/format';
import { fill } from '@llm-scale/core/text/template';
import { defineCalculator, type ComputeContext } from '../spec';

export interface BrainWords {
  /** The share of synapses, from the high estimate to the low: "{low}–{high}" / "{low} 到 {high}". */
  range: string;
  /**
   * The neuron comparison when the parameters are fewer than the neurons: "{ratio}" (en, "0.0814×")
   * or "{share}" (zh, "约为神经元数的 8.14%": a Chinese editor does not write “0.0814 倍” for a ratio below one).
   */
  belowOne: string;
}

/** A parameter count beside the brain's neurons and synapses (sources in src/lib/brain.ts). */
export const brain = defineCalculator({
  name: 'brain',
  fields: [{ name: 'params', kind: 'count', default: '200B' }],
  outputs: [
    { name: 'synapses', from: ['params'] },
    { name: 'neurons', from: ['params'] },
  ],
  compute({ params }, { lang, words }: ComputeContext<BrainWords>) {
    const comparison = compareToBrain(params);
    // The smaller share first: "0.02%–0.2%" reads as a range from the high synapse estimate to the low one.
    const low = formatPercent(comparison.synapseShareHigh, lang);
    const high = formatPercent(comparison.synapseShareLow, lang);
    // Both ends under the floor print the same "<0.001%": one is enough.
    const synapses = low === high ? low : fill(words.range, { low, high });
    const ratio = comparison.neuronsRatio;
    const neurons = ratio < 1 ? fill(words.belowOne, { ratio: formatRatio(ratio, lang), share: formatPercent(ratio, lang) }) : formatRatio(ratio, lang);
    return { synapses, neurons };
  },
});

/** The spec the registries find in this folder (src/calculators/registry.ts). */
export default brain;
