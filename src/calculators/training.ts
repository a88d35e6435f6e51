import type { Lang } from '../lib/lang';
import { trainingCompute } from '../lib/compute';
import { formatFlopsLine } from '../lib/format';
import { formatDuration, formatFlopRateLine, formatRoundedCount, formatTflops } from '../lib/format-training';
import { INTEGER_LIMITS, countErrorMessage, integerErrorMessage, peakErrorMessage, utilizationErrorMessage } from '../lib/messages';
import { parseCount } from '../lib/parse-count';
import { parseDecimalInRange, parsePercent } from '../lib/parse-decimal';
import { parsePositiveInteger } from '../lib/parse-integer';
import {
  FLOPS_PER_TFLOPS,
  PEAK_TFLOPS_RANGE,
  UTILIZATION_PERCENT_RANGE,
  acceleratorHours,
  clusterFlopsPerSecond,
  trainingSeconds,
} from '../lib/training-time';
import { withheld, type CalculatorInput, type CalculatorView } from './view';

/**
 * Llama 3.1 405B (Meta, "The Llama 3 Herd of Models", arXiv:2407.21783): 405B parameters, about
 * 15.6T pre-training tokens, up to 16,384 H100 GPUs, bf16 MFU 38–43% (40% is the middle).
 * Peak 989 TFLOP/s: the H100 SXM's dense bf16 Tensor Core rate, half the 1,979 "with sparsity" on
 * https://www.nvidia.com/en-us/data-center/h100/. 6 × 405e9 × 15.6e12 ≈ 3.79 × 10²⁵ FLOP, in line
 * with the paper's 3.8 × 10²⁵; at 16,384 × 989 TFLOP/s × 40% that is about 67.7 days.
 * `params` and `tokens` are the compute calculator's URL parameters too, so the two stay in step.
 */
export const TRAINING_DEFAULTS = {
  params: '405B',
  tokens: '15.6T',
  accelerators: '16384',
  peak: '989',
  utilization: '40',
} as const;

export const TRAINING_OUTPUTS = ['compute', 'per-accelerator', 'throughput', 'time', 'accelerator-hours'] as const;

export function trainingView(input: CalculatorInput, lang: Lang): CalculatorView {
  const params = parseCount(input.params ?? '');
  const tokens = parseCount(input.tokens ?? '');
  const accelerators = parsePositiveInteger(input.accelerators ?? '', INTEGER_LIMITS.accelerators);
  const peak = parseDecimalInRange(input.peak ?? '', PEAK_TFLOPS_RANGE);
  const utilization = parsePercent(input.utilization ?? '', UTILIZATION_PERCENT_RANGE);
  const errors: Record<string, string> = {};
  if (!params.ok) errors.params = countErrorMessage(params.error, lang, 'parameters');
  if (!tokens.ok) errors.tokens = countErrorMessage(tokens.error, lang, 'tokens');
  if (!accelerators.ok) errors.accelerators = integerErrorMessage(accelerators.error, lang, 'accelerators');
  if (!peak.ok) errors.peak = peakErrorMessage(peak.error, lang);
  if (!utilization.ok) errors.utilization = utilizationErrorMessage(utilization.error, lang);
  if (!params.ok || !tokens.ok || !accelerators.ok || !peak.ok || !utilization.ok) {
    return withheld(TRAINING_OUTPUTS, errors);
  }

  const compute = trainingCompute(params.value, tokens.value);
  const share = utilization.value / 100;
  const rate = clusterFlopsPerSecond(accelerators.value, peak.value * FLOPS_PER_TFLOPS, share);
  const seconds = trainingSeconds(compute, rate);
  return {
    outputs: {
      compute: formatFlopsLine(compute, lang),
      'per-accelerator': formatTflops(peak.value * share, lang),
      throughput: formatFlopRateLine(rate, lang),
      time: formatDuration(seconds, lang),
      'accelerator-hours': formatRoundedCount(acceleratorHours(seconds, accelerators.value), lang),
    },
    errors,
  };
}
