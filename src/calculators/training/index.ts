import { trainingCompute } from '@llm-scale/core/memory/compute';
import { formatFlopsLine } from '@llm-scale/core/text/format';
import { formatDuration, formatFlopRateLine, formatRoundedCount, formatTflops } from '@llm-scale/core/text/format-training';
import {
  FLOPS_PER_TFLOPS,
  MAX_ACCELERATORS,
  PEAK_TFLOPS_RANGE,
  UTILIZATION_PERCENT_RANGE,
  acceleratorHours,
  clusterFlopsPerSecond,
  trainingSeconds,
} from '@llm-scale/core/memory/training-time';
import { runCost } from '@llm-scale/core/training';
import { formatUsd } from '../../lib/format-money';
import { fill } from '@llm-scale/core/text/template';
import { defineCalculator, type ComputeContext } from '../spec';

export interface TrainingWords {
  /** "{cost} at {price} per accelerator-hour (an example price)". */
  cost: string;
}

/**
 * Training time = C ≈ 6ND ÷ (accelerators × peak × utilization). Starts on Llama 3.1 405B (Meta,
 * "The Llama 3 Herd of Models", arXiv:2407.21783): 405B parameters, about 15.6T pre-training
 * tokens, up to 16,384 H100 GPUs, bf16 MFU 38–43% (40% is the middle). Peak 989 TFLOP/s: the H100
 * SXM's dense bf16 Tensor Core rate, half the 1,979 "with sparsity" on NVIDIA's H100 page.
 * 6 × 405e9 × 15.6e12 ≈ 3.79 × 10²⁵ FLOP, in line with the paper's 3.8 × 10²⁵; about 67.7 days.
 */
export const training = defineCalculator({
  name: 'training',
  fields: [
    { name: 'params', kind: 'count', default: '405B' },
    { name: 'tokens', kind: 'count', default: '15.6T' },
    { name: 'accelerators', kind: 'integer', max: MAX_ACCELERATORS, default: '16384' },
    { name: 'peak', kind: 'decimal', min: PEAK_TFLOPS_RANGE.min, max: PEAK_TFLOPS_RANGE.max, default: '989', units: ['TFLOP/s', 'TFLOPS'] },
    { name: 'utilization', kind: 'percent', min: UTILIZATION_PERCENT_RANGE.min, max: UTILIZATION_PERCENT_RANGE.max, default: '40' },
    // An example price for the arithmetic, not a quote: the page says so and asks for the reader's own.
    { name: 'price', kind: 'decimal', min: 0.001, max: 1_000_000, default: '2.50', units: ['USD'] },
  ],
  headline: 'time',
  outputs: [
    { name: 'compute', from: ['params', 'tokens'] },
    { name: 'per-accelerator', from: ['peak', 'utilization'] },
    { name: 'throughput', from: ['accelerators', 'peak', 'utilization'] },
    { name: 'time', from: ['params', 'tokens', 'accelerators', 'peak', 'utilization'] },
    { name: 'accelerator-hours', from: ['params', 'tokens', 'accelerators', 'peak', 'utilization'] },
    { name: 'cost', from: ['params', 'tokens', 'accelerators', 'peak', 'utilization', 'price'] },
  ],
  compute({ params, tokens, accelerators, peak, utilization, price }, { lang, words }: ComputeContext<TrainingWords>) {
    const flop = trainingCompute(params, tokens);
    const share = utilization / 100;
    const rate = clusterFlopsPerSecond(accelerators, peak * FLOPS_PER_TFLOPS, share);
    const seconds = trainingSeconds(flop, rate);
    const hours = acceleratorHours(seconds, accelerators);
    return {
      compute: formatFlopsLine(flop, lang),
      'per-accelerator': formatTflops(peak * share, lang),
      throughput: formatFlopRateLine(rate, lang),
      time: formatDuration(seconds, lang),
      'accelerator-hours': formatRoundedCount(hours, lang),
      cost: fill(words.cost, { cost: formatUsd(runCost(hours, price), lang), price: formatUsd(price, lang) }),
    };
  },
});

/** The spec the registries find in this folder (src/calculators/registry.ts). */
export default training;
