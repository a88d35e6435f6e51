import { formatBytesLine, formatExact } from '../lib/format';
import { fill, plural, type PluralForms } from '../lib/template';
import { KV_LIMITS, kvBytesPerToken, kvCacheBytes, servingBytes } from '../lib/kv-cache';
import { bytesForPrecision } from '../lib/precision';
import { trainingStateBytes, weightBytes } from '../lib/storage';
import { defineCalculator, type ComputeContext } from './spec';

export interface ServingWords {
  bytes: PluralForms;
  tokens: PluralForms;
  sequences: PluralForms;
  /** "{bytes} per token". */
  perToken: string;
}

const KV_SHAPE = ['layers', 'kv-heads', 'head-dim', 'kv-precision'] as const;

/**
 * Serving memory = weights + KV cache. Starts on Llama 3.1 70B (Meta, "The Llama 3 Herd of
 * Models", arXiv:2407.21783, Table 3): 80 layers, model dimension 8192, 64 attention heads and 8
 * key/value heads, so head_dim = 8192 / 64 = 128; 8192 tokens (the context Llama 3 was pre-trained
 * at before its long-context stage), one sequence, weights and cache in bf16.
 */
export const serving = defineCalculator({
  name: 'serving',
  fields: [
    { name: 'params', kind: 'count', default: '70B' },
    { name: 'precision', kind: 'format', default: 'bf16' },
    { name: 'layers', kind: 'integer', max: KV_LIMITS.layers, default: '80' },
    { name: 'kv-heads', kind: 'integer', max: KV_LIMITS.kvHeads, default: '8' },
    { name: 'head-dim', kind: 'integer', max: KV_LIMITS.headDim, default: '128' },
    { name: 'context', kind: 'context', max: KV_LIMITS.context, default: '8192' },
    { name: 'batch', kind: 'integer', max: KV_LIMITS.batch, default: '1' },
    { name: 'kv-precision', kind: 'format', default: 'bf16' },
  ],
  outputs: [
    { name: 'weights', from: ['params', 'precision'] },
    { name: 'kv-per-token', from: KV_SHAPE },
    { name: 'kv-cache', from: [...KV_SHAPE, 'context', 'batch'] },
    { name: 'total', from: ['params', 'precision', ...KV_SHAPE, 'context', 'batch'] },
    { name: 'training', from: ['params'] },
    { name: 'working', from: [...KV_SHAPE, 'context', 'batch'] },
  ],
  compute(values, { lang, words }: ComputeContext<ServingWords>) {
    const weights = weightBytes(values.params, bytesForPrecision(values.precision));
    const shape = {
      layers: values.layers,
      kvHeads: values['kv-heads'],
      headDim: values['head-dim'],
      bytesPerValue: bytesForPrecision(values['kv-precision']),
    };
    const kv = kvCacheBytes(shape, values.context, values.batch);
    const perToken = kvBytesPerToken(shape);
    const count = (forms: PluralForms, n: number) => plural(forms, n, formatExact(n, lang), lang);
    // The tokens as used: "8k" in the field is 8192 here, so the reader sees which k was meant.
    const working =
      `${fill(words.perToken, { bytes: count(words.bytes, perToken) })} × ${count(words.tokens, values.context)}` +
      ` × ${count(words.sequences, values.batch)} = ${count(words.bytes, kv)}`;
    return {
      weights: formatBytesLine(weights, lang),
      'kv-per-token': formatBytesLine(perToken, lang),
      'kv-cache': formatBytesLine(kv, lang),
      total: formatBytesLine(servingBytes(weights, kv), lang),
      training: formatBytesLine(trainingStateBytes(values.params), lang),
      working,
    };
  },
});
