import { compareToBrain } from '../lib/brain';
import { formatPercent, formatRatio } from '@llm-scale/core/text/format';
import { defineCalculator, type ComputeContext } from './spec';

/** A parameter count beside the brain's neurons and synapses (sources in src/lib/brain.ts). */
export const brain = defineCalculator({
  name: 'brain',
  fields: [{ name: 'params', kind: 'count', default: '200B' }],
  outputs: [
    { name: 'synapses', from: ['params'] },
    { name: 'neurons', from: ['params'] },
  ],
  compute({ params }, { lang }: ComputeContext<Record<string, never>>) {
    const comparison = compareToBrain(params);
    // The smaller share first: "0.02%–0.2%" reads as a range from the high synapse estimate to the low one.
    const synapses = `${formatPercent(comparison.synapseShareHigh, lang)}–${formatPercent(comparison.synapseShareLow, lang)}`;
    return { synapses, neurons: formatRatio(comparison.neuronsRatio, lang) };
  },
});
