import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { training } from '../index';
import { commonFieldWords, params, tokens } from '../../../i18n/en/shared';

/** The training calculator's strings in English. */
const strings: CalculatorStrings<typeof training> = {
  title: 'Training time calculator',
  question: 'How long does training a model on a given number of tokens take on a given cluster?',
  searchWords: 'training time, GPU hours, GPU days, MFU, utilization, H100, A100, cluster',
  intro: 'C ≈ 6ND divided by what the cluster sustains: accelerators × peak × utilization. Every assumption is a field you can change.',
  note: 'An ideal run: every accelerator busy the whole time at this utilization, with no failures, restarts or idle time. Real runs take longer.',
  fields: {
    params,
    tokens,
    accelerators: { label: 'Accelerators', hint: 'For example 16384, the H100 GPUs of the Llama 3.1 405B run.' },
    peak: { label: 'Peak per accelerator (TFLOP/s, dense)', hint: '989 for an H100 SXM at bf16; the 1,979 on NVIDIA’s sheet assumes sparsity.' },
    utilization: { label: 'Utilization (% of peak, MFU)', hint: 'Meta reports 38–43% for Llama 3.1 405B.' },
    price: { label: 'Price per accelerator-hour (USD, example)', hint: 'An example price, not a quote: type your provider’s.' },
  },
  outputs: {
    compute: 'Training compute (C ≈ 6ND)',
    'per-accelerator': 'Sustained per accelerator (peak × utilization)',
    throughput: 'Sustained by the cluster',
    time: 'Wall-clock time',
    'accelerator-hours': 'Accelerator-hours (GPU-hours)',
    cost: 'Cost at the price per accelerator-hour',
  },
  words: { cost: '{cost} at {price} per accelerator-hour (an example price)' },
  fieldWords: {
    params: commonFieldWords.params,
    tokens: commonFieldWords.tokens,
    accelerators: { noun: 'number of accelerators', example: '16384 (Llama 3.1 405B)' },
    peak: commonFieldWords.peak,
    utilization: commonFieldWords.utilization,
    price: commonFieldWords.price,
  },
};

export default strings;
