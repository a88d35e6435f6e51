import type { LanguageCalculatorStrings } from '../calculator-strings';

const params = { label: 'Parameter count', hint: 'For example 200B, 1.5T, 175,000,000,000, 2e11 or 2000亿.' };
const tokens = { label: 'Training tokens (D)', hint: 'For example 1.4T, 15T or 1.4万亿.' };
const bytes = { one: '{n} byte', other: '{n} bytes' };

/** Every string of the calculators in English: labels, hints, messages and the words of results. */
export const calculators: LanguageCalculatorStrings = {
  calculators: {
    storage: {
      title: 'Storage calculator',
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
    },
    models: {
      title: 'Weight memory of reported and published model sizes',
      intro: 'Pick a number format to see how much memory each model’s weights take.',
      fields: { precision: { label: 'Number format of each weight' } },
      outputs: {},
      words: { bytes },
    },
    compute: {
      title: 'Compute calculator',
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
    },
    brain: {
      title: 'Brain-scale comparison',
      intro: 'A model’s parameter count beside about 86 billion neurons and 1.5 × 10¹⁴ to 10¹⁵ synapses.',
      note: 'A parameter is a connection weight, so synapses are the apt comparison; neurons are units, not connections.',
      fields: { params },
      outputs: {
        synapses: 'Share of the brain’s synapses (the closer comparison)',
        neurons: 'Parameters per neuron (the weaker comparison)',
      },
      words: {},
    },
    quantization: {
      title: 'Quantization calculator',
      intro: 'Weight storage from bits per weight. Real quantized formats store per-block scales too, so they land between whole numbers of bits: Q4_K_M averages about 4.89 bits on Llama 3.1 8B.',
      fields: {
        params,
        bits: { label: 'Bits per weight', hint: 'For example 16 (bf16), 8 (int8, fp8), 4.5 (Q4_0) or 4.89 (Q4_K_M).' },
      },
      outputs: {
        weights: 'Weight storage',
        'bytes-per-param': 'Bytes per parameter',
        'vs-bf16': 'Compared with bf16',
        working: 'The working',
      },
      words: { bits: { one: '{n} bit', other: '{n} bits' }, bytes, vsBf16: '{share} of the {bf16} at bf16' },
    },
    serving: {
      title: 'Serving memory calculator',
      intro: 'Memory to serve a model: its weights plus the KV cache, which grows with the context length and the number of sequences served at once. Activations and runtime overhead are not included.',
      fields: {
        params,
        precision: { label: 'Number format of each weight' },
        layers: { label: 'Layers', hint: '80 for Llama 3.1 70B.' },
        'kv-heads': { label: 'Key/value heads', hint: '8 for Llama 3.1 70B (grouped-query attention); without it, the same as the attention heads.' },
        'head-dim': { label: 'Head dimension', hint: 'Model dimension ÷ attention heads unless the model sets head_dim: 8192 ÷ 64 = 128 for Llama 3.1 70B.' },
        context: { label: 'Context length (tokens)', hint: 'For example 8192, 8k or 128k (k = 1024, as model configs count: 128k = 131,072).' },
        batch: { label: 'Sequences served at once (batch)', hint: 'Each sequence keeps its own KV cache.' },
        'kv-precision': { label: 'Number format of the KV cache' },
      },
      outputs: {
        weights: 'Weights',
        'kv-per-token': 'KV cache per token',
        'kv-cache': 'KV cache (2 × layers × KV heads × head dim × context × batch × bytes)',
        total: 'Serving memory: weights + KV cache (activations not included)',
        training: 'Training memory at 16 bytes per parameter (mixed-precision Adam, activations not included)',
        working: 'The working',
      },
      words: {
        bytes,
        tokens: { one: '{n} token', other: '{n} tokens' },
        sequences: { one: '{n} sequence', other: '{n} sequences' },
        perToken: '{bytes} per token',
      },
    },
    training: {
      title: 'Training time calculator',
      intro: 'C ≈ 6ND divided by what the cluster sustains: accelerators × peak × utilization. Every assumption is a field you can change.',
      note: 'An ideal run: every accelerator busy the whole time at this utilization, with no failures, restarts or idle time. Real runs take longer.',
      fields: {
        params,
        tokens,
        accelerators: { label: 'Accelerators', hint: 'For example 16384, the H100 GPUs of the Llama 3.1 405B run.' },
        peak: { label: 'Peak per accelerator (TFLOP/s, dense)', hint: '989 for an H100 SXM at bf16; the 1,979 on NVIDIA’s sheet assumes sparsity.' },
        utilization: { label: 'Utilization (% of peak, MFU)', hint: 'Meta reports 38–43% for Llama 3.1 405B.' },
      },
      outputs: {
        compute: 'Training compute (C ≈ 6ND)',
        'per-accelerator': 'Sustained per accelerator (peak × utilization)',
        throughput: 'Sustained by the cluster',
        time: 'Wall-clock time',
        'accelerator-hours': 'Accelerator-hours (GPU-hours)',
      },
      words: {},
    },
  },
  fieldWords: {
    params: {
      noun: 'parameter count',
      example: '200B or 175,000,000,000',
      forms: '200B, 1.5T, 500M, 7k, 200 billion, 175,000,000,000, 2e11 or 2000亿',
    },
    tokens: {
      noun: 'number of training tokens',
      example: '1.4T or 15,000,000,000,000',
      forms: '1.4T, 300B, 1.4 trillion, 1,400,000,000,000, 1.4e12 or 1.4万亿',
    },
    layers: { noun: 'number of layers', example: '80 (Llama 3.1 70B)' },
    'kv-heads': { noun: 'number of key/value heads', example: '8 (Llama 3.1 70B)' },
    'head-dim': { noun: 'head dimension', example: '128 (Llama 3.1 70B)' },
    context: { noun: 'context length', example: '8192, 8k or 128k', unit: ' tokens' },
    batch: { noun: 'batch size', example: '1 or 32' },
    accelerators: { noun: 'number of accelerators', example: '16384 (Llama 3.1 405B)' },
    bytes: { noun: 'bytes per parameter', example: '2 for bf16 or 0.5625 for 4.5 bits', plain: '2, 0.5 or 0.5625' },
    bits: { noun: 'bits per weight', example: '16 for bf16, 8 for int8 or 4.89 for Q4_K_M', plain: '16, 4.5 or 4.89', unit: ' (fp64)' },
    peak: {
      noun: 'peak throughput',
      example: '989',
      plain: '989 or 312',
      unit: ' TFLOP/s',
      empty: 'Enter the peak throughput of one accelerator in TFLOP/s, for example 989 for an H100 SXM at bf16 (dense).',
    },
    utilization: { noun: 'utilization', example: '40', plain: '40 or 38.5', unit: '%' },
    precision: { noun: 'number format', example: 'bf16' },
    'kv-precision': { noun: 'number format', example: 'bf16' },
  },
  errors: {
    count: {
      empty: 'Enter a {noun}, for example {example}.',
      'not-a-number': 'Could not read that as a number. Write digits with an optional unit, for example {forms}.',
      'not-positive': 'The {noun} must be greater than zero.',
      'not-an-integer': 'The {noun} must be a whole number of at least 1.',
      'too-large': 'The {noun} can be at most 10¹⁵ (1000T).',
    },
    integer: {
      empty: 'Enter the {noun}, for example {example}.',
      'not-a-number': 'Could not read that as a whole number. Write digits, for example {example}.',
      'not-positive': 'The {noun} must be greater than zero.',
      'not-an-integer': 'The {noun} must be a whole number.',
      'too-large': 'The {noun} can be at most {max}{unit}.',
    },
    context: {
      empty: 'Enter the {noun}, for example {example}.',
      'not-a-number': 'Could not read that as a whole number. Write digits, for example {example}.',
      'not-positive': 'The {noun} must be greater than zero.',
      'not-an-integer': 'The {noun} must be a whole number of tokens.',
      'too-large': 'The {noun} can be at most {max}{unit}.',
    },
    decimal: {
      empty: 'Enter the {noun}, for example {example}.',
      'not-a-number': 'Write the {noun} as a plain decimal number, such as {plain}.',
      'not-positive': 'The {noun} must be greater than zero.',
      'too-small': 'The {noun} must be at least {min}{unit}.',
      'too-large': 'The {noun} can be at most {max}{unit}.',
    },
    percent: {
      empty: 'Enter the {noun} in percent, for example {example}.',
      'not-a-number': 'Write the {noun} as a plain percentage, such as {plain}.',
      'not-positive': 'The {noun} must be greater than zero.',
      'too-small': 'The {noun} must be at least {min}{unit}.',
      'too-large': 'The {noun} can be at most {max}{unit}.',
    },
    format: {
      'unknown-format': 'Unknown number format. Choose one of {list}.',
    },
  },
  suggestions: {
    'count-unit': 'Did you mean {meant}? A number without a unit is read as it stands: {typed}.',
    percent: 'Read as {typed}%. Did you mean {meant}%?',
  },
  presetLabel: 'Fill in a model',
  presetNone: 'Choose a model…',
  presetEstimate: ' (estimate)',
  noScript: 'These are the results for the values shown. With JavaScript on, they update as you type.',
};
