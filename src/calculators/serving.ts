import { readAttentionLayout, splitLayoutError, type AttentionLayout, type LayerType } from '@llm-scale/core/configs/attention-layout';
import { largestBatch, largestContext, VLLM_GPU_MEMORY_UTILIZATION, weightFormatFit, type MemoryBudget } from '@llm-scale/core/memory/fits';
import { formatBytesLine, formatExact, formatExactAmount, formatList, joinSentences } from '@llm-scale/core/text/format';
import { KV_LIMITS, servingBytes } from '@llm-scale/core/memory/kv-cache';
import { KV_CACHE_FORMATS, kvCacheForLayout, type KvCacheFormat } from '@llm-scale/core/memory/kv-cache-layout';
import { countParameters } from '@llm-scale/core/configs/count-parameters';
import { parseConfigJson } from '@llm-scale/core/configs/parse-config';
import { relevantConfig } from '@llm-scale/core/configs/relevant-config';
import type { JsonObject, KeyProblemKind, ParameterCount } from '@llm-scale/core/configs/types';
import { bytesForPrecision } from '@llm-scale/core/memory/precision';
import { trainingStateBytes, weightBytes } from '@llm-scale/core/memory/storage';
import { fill, type PluralForms } from '@llm-scale/core/text/template';
import { defineCalculator, type ComputeContext, type ComputeFailure } from './spec';
import { type HubWords, type ModelValue, hubStatus, modelField } from './hub-model';

export interface ServingWords {
  bytes: PluralForms;
  tokens: PluralForms;
  sequences: PluralForms;
  layers: PluralForms;
  /** "{bytes} per token". */
  perToken: string;
  /** By attention kind: "grouped-query attention". */
  kinds: Record<AttentionLayout['kind'], string>;
  /** By layer type: "full attention", "sliding window of {window} tokens". */
  layerTypes: Record<LayerType, string>;
  /** "{layers} with {type}: {bytes} for the context ({tokens} each)". */
  layerLine: string;
  /** "From the config: {kind}, {params} parameters." */
  fromConfig: string;
  maxContext: { memory: string; cap: string; unbounded: string };
  /** "{sequences} of {tokens}". */
  maxBatch: string;
  /** Instead of maxBatch when not one sequence of the context fits beside the weights: "{tokens}". */
  maxBatchNone: string;
  /** Brackets around a sum of per-layer-type terms in the working: "({terms})" / "（{terms}）". */
  group: string;
  /** After maxBatch when the context passes max_position_embeddings: "{limit}". */
  exceedsModel: string;
  /** Before the layout when the model type is unknown: "{type}". */
  fallback: string;
  /** Before the layout when the config names no model_type (counted as a Llama-style decoder). */
  noModelType: string;
  /** After the layout when only the language model in text_config was counted. */
  nested: string;
  /** After the layout: "Keys the config leaves out took the model type’s default: {keys}." */
  defaulted: string;
  /** "{format}: {bytes} with the KV cache (too large: {rejected})". */
  widest: string;
  /** "{format}: {bytes} with the KV cache", when every format offered fits. */
  widestAll: string;
  none: string;
  doesNotFit: string;
  /** "This config cannot be read: {problems}." */
  invalid: string;
  problems: Partial<Record<KeyProblemKind | string, string>>;
  /** Between the problems of a config: "; " / "；". */
  separator: string;
  tooLarge: string;
  /** The model field: a model read from the Hugging Face Hub fills the config. */
  hub: HubWords;
}

const SHAPE_FIELDS = ['params', 'layers', 'kv-heads', 'head-dim'] as const;
const KV_FIELDS = ['config', 'layers', 'kv-heads', 'head-dim', 'kv-precision'] as const;
const CONTEXT_FIELDS = [...KV_FIELDS, 'context', 'batch'] as const;
const FIT_FIELDS = ['config', ...SHAPE_FIELDS, 'precision', 'kv-precision', 'context', 'batch', 'device-memory', 'devices'] as const;

/** Keys that decide the KV cache beside those the parameter count reads: windows, layer types, limits. */
const LAYOUT_KEYS = [
  'sliding_window',
  'use_sliding_window',
  'max_window_layers',
  'layer_types',
  'sliding_window_pattern',
  'attention_chunk_size',
  'max_position_embeddings',
  'n_positions',
  'head_dim',
  'num_key_value_heads',
];

function pick(config: JsonObject, into: JsonObject): JsonObject {
  for (const key of LAYOUT_KEYS) if (key in config) into[key] = config[key]!;
  return into;
}

/** The keys of a pasted config that the count and the cache read, as compact JSON for a link. */
function configForUrl(text: string): string | null {
  const parsed = parseConfigJson(text);
  if (!parsed.ok) return null;
  const kept = relevantConfig(parsed.value);
  if (!kept.ok) return null;
  const small = pick(parsed.value, { ...kept.value });
  const inner = parsed.value.text_config;
  if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
    small.text_config = pick(inner, { ...((small.text_config as JsonObject | undefined) ?? {}) });
  }
  return JSON.stringify(small);
}

/** The fields a pasted config decides, so the form shows what the calculation uses. */
export function fieldsFromConfig(text: string): Record<string, string> | null {
  const parsed = parseConfigJson(text);
  if (!parsed.ok) return null;
  const count = countParameters(parsed.value);
  const layout = readAttentionLayout(parsed.value);
  if (!count.ok || !layout.ok) return null;
  const filled: Record<string, string> = { params: String(count.value.total), layers: String(layout.value.numHiddenLayers) };
  if (layout.value.numKeyValueHeads !== null) filled['kv-heads'] = String(layout.value.numKeyValueHeads);
  if (layout.value.headDim !== null) filled['head-dim'] = String(layout.value.headDim);
  return filled;
}

/**
 * The layout of the shape fields: every layer full attention with the given heads (no config).
 * No context limit either: the llama default max_position_embeddings (2048) says nothing of the
 * reader's model.
 */
function layoutOfShape(layers: number, kvHeads: number, headDim: number) {
  const read = readAttentionLayout({
    model_type: 'llama',
    num_hidden_layers: layers,
    num_attention_heads: kvHeads,
    num_key_value_heads: kvHeads,
    head_dim: headDim,
    hidden_size: kvHeads * headDim,
  });
  return read.ok ? { ok: true as const, value: { ...read.value, maxPositionEmbeddings: null } } : read;
}

const failure = (field: string, message: string): ComputeFailure => ({ failed: { field, message } });

/**
 * The keys the config leaves out, with the config class defaults the count and the layout took for
 * them, as "key = value" in the config's own notation (text_config.num_hidden_layers = 32), each
 * once. The counter names its keys without the text_config. prefix; the layout names them with it.
 */
export function defaultedKeys(count: ParameterCount, layout: AttentionLayout): string[] {
  const prefix = count.nested ? 'text_config.' : '';
  const values = new Map<string, string>();
  for (const key of count.defaulted) values.set(prefix + key, JSON.stringify(count.resolved[key]));
  for (const { key, value } of layout.defaulted) if (!values.has(key)) values.set(key, JSON.stringify(value));
  return [...values].map(([key, value]) => `${key} = ${value}`);
}

/**
 * Serving memory = weights + KV cache, for the model's real attention layout when a config.json is
 * pasted (grouped-query heads, explicit head_dim, sliding windows, alternating layer types,
 * multi-head latent attention: src/lib/attention-layout.ts), and what fits on the reader's
 * accelerators (src/lib/fits.ts). Without a config, every layer caches 2 × KV heads × head dim
 * values per token. Starts on Llama 3.1 70B (Meta, arXiv:2407.21783, Table 3): 80 layers, 8 KV
 * heads, head_dim 8192 / 64 = 128, at 8192 tokens, one sequence, bf16, on two 80 GB accelerators.
 */
export const serving = defineCalculator({
  name: 'serving',
  // The model field's status comes first in the form, but the result a reader watches is this one.
  headline: 'weights',
  fields: [
    modelField,
    { name: 'config', kind: 'config', default: '', optional: true, urlValue: configForUrl, fills: fieldsFromConfig },
    { name: 'params', kind: 'count', default: '70B' },
    { name: 'precision', kind: 'format', default: 'bf16' },
    { name: 'layers', kind: 'integer', max: KV_LIMITS.layers, default: '80' },
    { name: 'kv-heads', kind: 'integer', max: KV_LIMITS.kvHeads, default: '8' },
    { name: 'head-dim', kind: 'integer', max: KV_LIMITS.headDim, default: '128' },
    { name: 'context', kind: 'context', max: KV_LIMITS.context, default: '8192' },
    { name: 'batch', kind: 'integer', max: KV_LIMITS.batch, default: '1' },
    { name: 'kv-precision', kind: 'format', default: 'bf16', options: KV_CACHE_FORMATS },
    // 'G' as readers write a card's memory ("4090 24G"); GiB and other units are still refused.
    { name: 'device-memory', kind: 'decimal', min: 0.001, max: 100_000, default: '80', units: ['GB', 'G'] },
    // Two 80 GB accelerators: the fewest that hold the default's 140 GB of bf16 weights.
    { name: 'devices', kind: 'integer', max: 100_000, default: '2' },
  ],
  outputs: [
    { name: 'hub-status', from: ['model'] },
    { name: 'weights', from: ['config', 'params', 'precision'] },
    { name: 'kv-per-token', from: KV_FIELDS },
    { name: 'kv-cache', from: CONTEXT_FIELDS },
    { name: 'total', from: ['config', 'params', 'precision', ...CONTEXT_FIELDS] },
    { name: 'working', from: CONTEXT_FIELDS, explains: true },
    { name: 'layout', from: CONTEXT_FIELDS, explains: true },
    { name: 'training', from: ['config', 'params'] },
    { name: 'max-context', from: FIT_FIELDS },
    { name: 'max-batch', from: FIT_FIELDS },
    { name: 'weight-format', from: FIT_FIELDS },
  ],
  compute(values, { lang, words }: ComputeContext<ServingWords>): Record<string, string> | ComputeFailure {
    const config = values.config;
    const count = config ? countParameters(config) : null;
    if (count && !count.ok) {
      if (count.error === 'too-large') return failure('config', words.tooLarge);
      const problems = count.problems.map((p) => fill(words.problems[p.problem] ?? '{key}', { key: p.key, of: p.of ?? '' })).join(words.separator);
      return failure('config', fill(words.invalid, { problems }));
    }
    const layoutRead = config ? readAttentionLayout(config) : layoutOfShape(values.layers, values['kv-heads'], values['head-dim']);
    if (!layoutRead.ok) {
      const { code, key } = splitLayoutError(layoutRead.error);
      return failure(config ? 'config' : 'layers', fill(words.invalid, { problems: fill(words.problems[code] ?? '{key}', { key }) }));
    }
    const layout = layoutRead.value;
    const params = count?.ok ? count.value.total : values.params;
    const kvFormat = values['kv-precision'] as KvCacheFormat;
    const kv = kvCacheForLayout(layout, kvFormat, values.context, values.batch);
    if (!kv.ok) return failure('context', words.tooLarge);
    const cache = kv.value;
    const weights = weightBytes(params, bytesForPrecision(values.precision));

    const amount = (forms: PluralForms, n: number) => formatExactAmount(n, forms, lang);
    const term = (bytesPerToken: number, tokens: number) =>
      `${fill(words.perToken, { bytes: amount(words.bytes, bytesPerToken) })} × ${amount(words.tokens, tokens)}`;
    // Layers with a window keep fewer tokens than the context: one term per kind of layer, so the
    // product shown is the one computed (131,072 bytes per token × 4096 tokens, not × 8192).
    const windowed = cache.byType.some((group) => group.cachedTokens !== values.context);
    const terms = windowed ? cache.byType.map((group) => term(group.bytesPerToken, group.cachedTokens)) : [term(cache.bytesPerToken, values.context)];
    const working =
      `${terms.length === 1 ? terms[0] : fill(words.group, { terms: terms.join(' + ') })}` +
      ` × ${amount(words.sequences, values.batch)} = ${amount(words.bytes, cache.bytes)}`;
    const lines = cache.byType.map((group) =>
      fill(words.layerLine, {
        layers: amount(words.layers, group.layerCount),
        type: fill(words.layerTypes[group.type], { window: group.window === null ? '' : formatExact(group.window, lang) }),
        bytes: formatBytesLine(group.bytes, lang),
        tokens: amount(words.tokens, group.cachedTokens),
      }),
    );
    // Without a config the query heads are unknown, so the kind of attention is not named.
    const fellBack = count?.ok && count.value.fellBackToLlama ? count.value : null;
    const fallback = !fellBack ? '' : fellBack.modelType === null ? words.noModelType : fill(words.fallback, { type: fellBack.modelType });
    // With a config, say what it did not: the defaults taken, and that only the language model was counted.
    const counted = count?.ok ? count.value : null;
    const defaults = counted ? defaultedKeys(counted, layout) : [];
    const notes = [
      counted?.nested ? words.nested : '',
      defaults.length > 0 ? fill(words.defaulted, { keys: formatList(defaults, lang) }) : '',
    ];
    const layoutText = joinSentences([fallback, config ? fill(words.fromConfig, { kind: words.kinds[layout.kind], params: formatExact(params, lang) }) : '', ...lines, ...notes]);

    // What fits is judged as the article's #what-fits section does: weights and cache in vLLM's
    // default share of each accelerator (gpu_memory_utilization 0.92, vllm/config/cache.py), not in
    // all of it. "GB" is the marketed 10⁹ bytes; an "80 GB" H100 reports 81,559 MiB, so this errs
    // on the safe side (truth audit, finding 7).
    const budget: MemoryBudget = {
      deviceBytes: values['device-memory'] * 1e9,
      deviceCount: values.devices,
      usableFraction: VLLM_GPU_MEMORY_UTILIZATION,
    };
    const longest = largestContext(layout, kvFormat, budget, weights);
    const most = largestBatch(layout, kvFormat, budget, weights, values.context);
    const formats = weightFormatFit(params, layout, kvFormat, budget, values.context, values.batch);
    const maxContext = !longest.ok
      ? words.doesNotFit
      : longest.value.tokens === null
        ? words.maxContext.unbounded
        : fill(longest.value.capApplied ? words.maxContext.cap : words.maxContext.memory, { tokens: amount(words.tokens, longest.value.tokens) });
    let maxBatch = !most.ok
      ? words.doesNotFit
      : most.value.sequences === 0
        ? fill(words.maxBatchNone, { tokens: amount(words.tokens, values.context) })
        : fill(words.maxBatch, { sequences: amount(words.sequences, most.value.sequences), tokens: amount(words.tokens, values.context) });
    if (most.ok && most.value.contextExceedsModel && layout.maxPositionEmbeddings !== null) {
      maxBatch = joinSentences([maxBatch, fill(words.exceedsModel, { limit: amount(words.tokens, layout.maxPositionEmbeddings) })]);
    }
    let weightFormat = words.doesNotFit;
    if (formats.ok) {
      const fitting = formats.value.rows.find((row) => row.format === formats.value.widestFitting);
      const rejected = formats.value.rows.filter((row) => !row.fits).map((row) => row.format);
      const slots = { format: fitting?.format ?? '', bytes: fitting ? formatBytesLine(fitting.totalBytes, lang) : '', rejected: formatList(rejected, lang) };
      weightFormat = !fitting ? words.none : fill(rejected.length > 0 ? words.widest : words.widestAll, slots);
    }
    return {
      'hub-status': hubStatus((values.model as ModelValue).hub, words.hub, lang),
      weights: formatBytesLine(weights, lang),
      'kv-per-token': formatBytesLine(cache.bytesPerToken, lang),
      'kv-cache': formatBytesLine(cache.bytes, lang),
      total: formatBytesLine(servingBytes(weights, cache.bytes), lang),
      working,
      layout: layoutText,
      training: formatBytesLine(trainingStateBytes(params), lang),
      'max-context': maxContext,
      'max-batch': maxBatch,
      'weight-format': weightFormat,
    };
  },
});
