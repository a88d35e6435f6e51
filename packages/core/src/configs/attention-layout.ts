import { LIMITS } from './limits';
import { KV_TENSORS } from '../memory/kv-cache';
import { classDefault, FAMILIES, familyOfArchitectures, keyAlias, nullMeaning, type LayoutRules, type LayoutValue } from './families';
import { keyValueHeadsDivide } from './grouped-query';
import { nestsTextConfig, textConfigModelType } from './text-config';
import { bambaLayerKinds, falconKeyValueHeads, gatedDeltaNetState, graniteHybridLayerKinds, jambaLayerKinds, lfm2LayerKinds, mamba1State, mambaMixerMismatch, mambaMixerState, mambaState, parseNemotronLayerKinds, qwen3NextLayerKinds, shortConvState, type RecurrentState } from './hybrid';
import { err, ok, type Result } from '../numbers/result';
import type { KeyProblem, KeyProblemKind } from './types';

/*
 * Reads the attention keys of a Hugging Face config.json (already parsed into an object) into the
 * layout the KV cache follows: how many values each layer caches per token, and which layers keep
 * only a sliding window of tokens.
 *
 * The rules are transformers' own (version 5.18.0, src/transformers/models/<type>/configuration_<type>.py
 * and modeling_<type>.py, and cache_utils.get_layer_types_and_kwargs), so a config means here what
 * it means to the library that wrote it:
 *
 * - Each layer caches K and V: 2 × num_key_value_heads × head_dim values per token (grouped-query
 *   attention, Ainslie et al. 2023, arXiv:2305.13245; multi-query when num_key_value_heads is 1).
 *   head_dim is the config's own when it has one, else hidden_size / num_attention_heads.
 * - A config's `layer_types` list, when present, names each layer's attention. Without it the
 *   model_type's __post_init__ builds the list (Gemma 2: every other layer slides; Gemma 3: five of
 *   every six; Qwen2/Qwen3: layers from max_window_layers on, only when use_sliding_window is true),
 *   and failing that every layer slides when sliding_window is set, else none does.
 * - A key the config leaves out takes its config class default: from the parameter counter's table
 *   (model-config/families.ts, classDefault) for the keys the counter reads too, from LAYOUT_FAMILIES
 *   below for the keys only this reader needs (windows, max_position_embeddings). As in the counter,
 *   inside a multimodal wrapper's text_config every key has its default (transformers writes nested
 *   configs as a diff against the class: LLaVA 1.5's text_config names no layer count), while a
 *   top-level config must state the sizes the counter marks `required`.
 * - Multi-head latent attention (DeepSeek-V2/V3) caches one compressed latent of kv_lora_rank values
 *   plus one decoupled RoPE key of qk_rope_head_dim values per token and layer, shared by all heads
 *   (DeepSeek-V2 paper, arXiv:2405.04434, section 2.1: (d_c + d_h^R) × l elements per token).
 *   That is what an MLA-aware server keeps (vLLM and SGLang cache kv_lora_rank + qk_rope_head_dim
 *   = 576 values per layer for DeepSeek-V3). transformers' own DynamicCache instead stores the
 *   decompressed per-head keys and values, many times more; the calculator states the paper's figure.
 */

/**
 * The attention layer types this code can size, by transformers' names
 * (configuration_utils.ALLOWED_ATTN_LAYER_TYPES). A chunked layer attends within fixed chunks of
 * attention_chunk_size tokens, so like a sliding layer its cache never holds more than that.
 */
export type LayerType =
  | 'full_attention'
  | 'sliding_attention'
  | 'chunked_attention'
  /** A Mamba-2 layer: no keys or values, a state of fixed size per sequence (AttentionLayout.recurrentState). */
  | 'mamba'
  /** A Gated DeltaNet layer (Qwen3-Next's linear attention): no keys or values, a state of fixed size per sequence. */
  | 'linear_attention'
  /** A layer with an MLP and no token mixing (Nemotron-H's '-'): it caches nothing. */
  | 'mlp'
  /** LFM2's short convolution (Lfm2ShortConv): no keys or values, the last conv_L_cache inputs per sequence. */
  | 'conv'
  /** A layer with a mixture of experts and no token mixing (Nemotron-H's 'E'): it caches nothing. */
  | 'moe'
  /**
   * Falcon-H1's layer (transformers' "hybrid"): attention and a Mamba-2 mixer side by side, so it
   * caches keys and values and keeps a Mamba-2 state (cache_utils.LinearAttentionAndFullAttentionLayer).
   */
  | 'hybrid';

/** Layer types that cache keys and values; the others keep a fixed state or nothing. */
export function cachesKeysAndValues(type: LayerType): boolean {
  // (linear_attention here is Qwen3-Next's Gated DeltaNet: a fixed state, no keys or values.)
  return type === 'full_attention' || type === 'sliding_attention' || type === 'chunked_attention' || type === 'hybrid';
}

/** The older name transformers still accepts for full attention (configuration_utils._LEGACY_LAYER_TYPE_REMAP). */
const LEGACY_LAYER_TYPES: Readonly<Record<string, LayerType>> = { attention: 'full_attention' };

/**
 * Layer types transformers knows whose cache is not a key/value cache of this shape (recurrent and
 * linear-attention state, compressed or indexed sparse attention): a config that uses them is reported
 * as unsupported instead of being sized wrongly.
 */
const UNSUPPORTED_LAYER_TYPES = new Set([
  'window_attention',
  'indexed_attention',
  'compressed_sparse_attention',
  'heavily_compressed_attention',
  'minimax_m3_sparse',
  'moe',
  'hybrid',
  'hybrid_sliding',
  'linear_attention',
  'mamba',
  'deepseek_sparse_attention',
  'qwen_sparse_attention',
]);

export type AttentionKind = 'multi-head' | 'grouped-query' | 'multi-query' | 'multi-head-latent';

/** A key the config left out, filled with the default transformers' config class gives it. */
export interface DefaultedKey {
  key: string;
  value: number | boolean;
}

export interface AttentionLayout {
  /** The config's model_type (text_config's, for a multimodal wrapper); null when it has none. */
  modelType: string | null;
  /** True when modelType is one whose rules this code copies from transformers; false: generic reading. */
  modelTypeKnown: boolean;
  kind: AttentionKind;
  numHiddenLayers: number;
  numAttentionHeads: number;
  /** Key/value heads; null for multi-head latent attention, where all heads share one latent. */
  numKeyValueHeads: number | null;
  /** Values per head (K or V); null for multi-head latent attention. */
  headDim: number | null;
  /** Multi-head latent attention only: the compressed latent's width, in values. */
  kvLoraRank: number | null;
  /** Multi-head latent attention only: the decoupled RoPE key's width, in values. */
  qkRopeHeadDim: number | null;
  /** Values one layer caches per token: 2 × numKeyValueHeads × headDim, or kvLoraRank + qkRopeHeadDim. */
  valuesPerTokenPerLayer: number;
  /** One entry per layer, in order (index 0 is the first layer). */
  layerTypes: readonly LayerType[];
  /** Tokens a sliding_attention layer keeps at most; null when no layer slides. */
  slidingWindow: number | null;
  /** Tokens a chunked_attention layer keeps at most; null when no layer is chunked. */
  attentionChunkSize: number | null;
  /** The longest context the model takes, in tokens; null when the config does not say. */
  maxPositionEmbeddings: number | null;
  /** Keys absent from the config that took transformers' default for this model_type. */
  defaulted: readonly DefaultedKey[];
  /** What each 'mamba' layer keeps per sequence (hybrid.ts); null when the model has none. */
  recurrentState: RecurrentState | null;
}

/**
 * What the layout reader refuses: one key's problem, the same type the counter reports (types.ts,
 * KeyProblem), so the two readers' refusals are said by one table of sentences. For example
 * { problem: 'missing', key: 'num_hidden_layers' }, { problem: 'unknown-layer-type', key:
 * 'layer_types[3]' } or { problem: 'missing', key: 'text_config.hidden_size' }.
 */
export type LayoutError = KeyProblem;

const refuse = (problem: KeyProblemKind, key: string) => err<KeyProblem>({ key, problem });

/** Upper bounds on config values: the counter's table (limits.ts), so both readers refuse the same configs. */
export const CONFIG_LIMITS = {
  layers: LIMITS.layers.max,
  heads: LIMITS.heads.max,
  headDim: LIMITS.width.max,
  hiddenSize: LIMITS.width.max,
  latentDim: LIMITS.latentDim.max,
  window: LIMITS.window.max,
  slidingWindowPattern: LIMITS.layers.max,
  maxWindowLayers: LIMITS.windowLayers.max,
  maxPositionEmbeddings: LIMITS.positions.max,
} as const;

type Family = LayoutRules;

/**
 * Each model type's layout rules, from its record in families.ts (one record per model type: the
 * counter's keys and structure and these rules together), plus the model types whose cache this
 * reader sizes though the counter has no rules for them yet.
 */
export const LAYOUT_FAMILIES: Readonly<Record<string, Family>> = {
  ...Object.fromEntries(Object.values(FAMILIES).map((family) => [family.modelType, family.layout])),
};

/**
 * Keys that change the cache layout in ways only a model-specific rule reads. A config of an unknown
 * model_type that sets one of them is refused rather than sized by a rule that ignores it. The
 * pattern keys need no rule when the config lists its layer_types itself, and the sliding-pattern
 * keys none when use_sliding_window is false.
 */
const LAYOUT_KEYS_NEEDING_A_RULE = ['use_sliding_window', 'kv_lora_rank', 'num_kv_heads', 'n_head_kv', 'multi_query', 'num_kv_shared_layers'];
const SLIDING_PATTERN_KEYS = ['max_window_layers', 'sliding_window_pattern', 'global_attn_every_n_layers'];
const CHUNK_KEYS = ['attention_chunk_size'];

/** null, false and 0 switch a feature off, so an unknown model_type may carry them harmlessly. */
const isInert = (value: unknown): boolean => value === null || value === false || value === 0;

/**
 * The keys only this reader reads that transformers types `int | None`, where None means "none":
 * no sliding window, no chunking (configuration_mistral.py, _qwen2.py, _gemma2.py, _gemma3.py,
 * _gpt_oss.py, _phi3.py: sliding_window; configuration_llama4.py: attention_chunk_size). Any other
 * key set to null is refused as transformers refuses it, or defaulted where the counter's table
 * says None means the default (nullMeaning in model-config/families.ts), so both readers agree.
 */
const NONE_MEANS_OFF = new Set(['sliding_window', 'attention_chunk_size']);

/** The number keys read from the config, and the bounds each must keep. */
const NUMBER_KEYS: Readonly<Record<string, { min: number; max: number }>> = {
  num_hidden_layers: { min: 1, max: CONFIG_LIMITS.layers },
  num_attention_heads: { min: 1, max: CONFIG_LIMITS.heads },
  num_key_value_heads: { min: 1, max: CONFIG_LIMITS.heads },
  head_dim: { min: 1, max: CONFIG_LIMITS.headDim },
  hidden_size: { min: 1, max: CONFIG_LIMITS.hiddenSize },
  kv_lora_rank: { min: 1, max: CONFIG_LIMITS.latentDim },
  qk_rope_head_dim: { min: 1, max: CONFIG_LIMITS.latentDim },
  sliding_window: { min: 1, max: CONFIG_LIMITS.window },
  attention_chunk_size: { min: 1, max: CONFIG_LIMITS.window },
  sliding_window_pattern: { min: 1, max: CONFIG_LIMITS.slidingWindowPattern },
  max_window_layers: { min: 0, max: CONFIG_LIMITS.maxWindowLayers },
  max_position_embeddings: { min: 1, max: CONFIG_LIMITS.maxPositionEmbeddings },
  mamba_num_heads: { min: 1, max: CONFIG_LIMITS.heads },
  mamba_head_dim: { min: 1, max: CONFIG_LIMITS.headDim },
  n_groups: { min: 1, max: CONFIG_LIMITS.heads },
  ssm_state_size: { min: 1, max: CONFIG_LIMITS.latentDim },
  conv_kernel: { min: 1, max: CONFIG_LIMITS.latentDim },
  linear_num_key_heads: { min: 1, max: CONFIG_LIMITS.heads },
  linear_num_value_heads: { min: 1, max: CONFIG_LIMITS.heads },
  linear_key_head_dim: { min: 1, max: CONFIG_LIMITS.headDim },
  linear_value_head_dim: { min: 1, max: CONFIG_LIMITS.headDim },
  linear_conv_kernel_dim: { min: 1, max: CONFIG_LIMITS.latentDim },
  num_heads: { min: 1, max: CONFIG_LIMITS.heads },
  state_size: { min: 1, max: CONFIG_LIMITS.latentDim },
  conv_L_cache: { min: 1, max: CONFIG_LIMITS.latentDim },
  // Bamba's, Falcon-H1's and GraniteMoeHybrid's Mamba-2 mixer (families.ts MAMBA_MIXER_KEYS).
  mamba_n_heads: { min: 1, max: CONFIG_LIMITS.heads },
  mamba_d_head: { min: 1, max: CONFIG_LIMITS.headDim },
  mamba_n_groups: { min: 1, max: CONFIG_LIMITS.heads },
  mamba_d_state: { min: 1, max: CONFIG_LIMITS.latentDim },
  mamba_d_conv: { min: 1, max: CONFIG_LIMITS.latentDim },
  mamba_expand: { min: 1, max: CONFIG_LIMITS.layers },
  mamba_d_ssm: { min: 1, max: CONFIG_LIMITS.hiddenSize },
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const has = (config: Record<string, unknown>, key: string): boolean => Object.prototype.hasOwnProperty.call(config, key);

/**
 * Reads keys of one config object, filling absent keys from the class defaults (LAYOUT_FAMILIES for
 * the layout's own keys, the counter's classDefault for the rest) and remembering which.
 */
class Reader {
  readonly defaulted: DefaultedKey[] = [];

  /**
   * @param modelType the model_type whose class defaults apply (null: none)
   * @param nested true for a wrapper's text_config, where even the `required` sizes have defaults
   */
  constructor(
    private readonly config: Record<string, unknown>,
    private readonly prefix: string,
    private readonly family: Family | undefined,
    private readonly modelType: string | null,
    private readonly nested: boolean,
  ) {}

  path(key: string): string {
    return this.prefix + key;
  }

  /** The config's name for a standard key (GPT-2's n_layer for num_hidden_layers). */
  name(key: 'num_hidden_layers' | 'num_attention_heads' | 'hidden_size' | 'max_position_embeddings'): string {
    return this.family?.names?.[key] ?? key;
  }

  present(key: string): boolean {
    return has(this.config, key);
  }

  /** The class default for an absent key: a number or a flag; undefined when there is none to take. */
  private fallback(key: string): LayoutValue | undefined {
    const own = this.family?.defaults[key];
    if (own !== undefined) return own;
    if (this.modelType === null) return undefined;
    const shared = classDefault(this.modelType, key, this.nested);
    // A derived default (num_key_value_heads = num_attention_heads, head_dim = hidden_size / heads)
    // is worked out where the key is read, as the generic reading does.
    return typeof shared === 'number' || typeof shared === 'boolean' ? shared : undefined;
  }

  /**
   * The raw value and the path it was read at: the key, else its alias (GPT-2's num_hidden_layers
   * for n_layer), else the class default (`given` false); undefined when none exists.
   */
  private raw(key: string): { value: unknown; at: string; given: boolean } | undefined {
    if (has(this.config, key)) return { value: this.config[key], at: this.path(key), given: true };
    const alias = this.modelType === null ? undefined : keyAlias(this.modelType, key);
    if (alias !== undefined && has(this.config, alias)) return { value: this.config[alias], at: this.path(alias), given: true };
    const fallback = this.fallback(key);
    if (fallback === undefined) return undefined;
    if (fallback !== null) this.defaulted.push({ key: this.path(key), value: fallback });
    return { value: fallback, at: this.path(key), given: false };
  }

  /** A null the config gives for `key` means "the default" or "none", not a refusal (NONE_MEANS_OFF, nullMeaning). */
  private nullAllowed(key: string): boolean {
    const meaning = nullMeaning(this.modelType, key);
    return meaning === undefined ? NONE_MEANS_OFF.has(key) : meaning === 'default';
  }

  /**
   * A whole number within NUMBER_KEYS' bounds for `bounds` (defaults to the key's own), or null
   * when the key is absent (and has no default), or null where None means the default or none.
   */
  integer(key: string, bounds: string = key): Result<number | null, LayoutError> {
    const found = this.raw(key);
    if (found === undefined) return ok(null);
    if (found.value === null) return !found.given || this.nullAllowed(key) ? ok(null) : refuse('not-a-number', found.at);
    const { value, at } = found;
    if (typeof value !== 'number' || !Number.isFinite(value)) return refuse('not-a-number', at);
    if (!Number.isInteger(value)) return refuse('not-an-integer', at);
    const { min, max } = NUMBER_KEYS[bounds]!;
    if (value < min) return refuse('not-positive', at);
    if (value > max) return refuse('too-large', at);
    return ok(value);
  }

  required(key: string, bounds: string = key): Result<number, LayoutError> {
    const value = this.integer(key, bounds);
    if (!value.ok) return value;
    return value.value === null ? refuse('missing', this.path(key)) : ok(value.value);
  }

  /** true or false, or null when absent without a default; null in the config is refused, as the counter refuses it. */
  boolean(key: string): Result<boolean | null, LayoutError> {
    const found = this.raw(key);
    if (found === undefined || (found.value === null && !found.given)) return ok(null);
    return typeof found.value === 'boolean' ? ok(found.value) : refuse('not-a-boolean', found.at);
  }

  value(key: string): unknown {
    return this.config[key];
  }

  /** The config lists each layer's attention itself. */
  listsLayerTypes(): boolean {
    return this.present('layer_types') && this.config.layer_types !== null;
  }
}

/**
 * Finds the text model's config: the object itself, or its text_config for a multimodal wrapper,
 * with the model_type that applies (model-config/text-config.ts, as the parameter counter reads it).
 */
function textConfig(
  config: unknown,
): Result<{ config: Record<string, unknown>; prefix: string; modelType: string | null; nested: boolean }, LayoutError> {
  if (!isObject(config)) return refuse('not-an-object', 'config');
  const ownType = typeof config.model_type === 'string' ? config.model_type : null;
  if (!nestsTextConfig(config)) {
    // Remote code of a model_type with no rules, read by the class its architectures names (as the counter does).
    const byClass = ownType !== null && Object.prototype.hasOwnProperty.call(FAMILIES, ownType) ? undefined : familyOfArchitectures(config);
    return ok({ config, prefix: '', modelType: byClass?.modelType ?? ownType, nested: false });
  }
  const text = config.text_config;
  if (!isObject(text)) return refuse('not-an-object', 'text_config');
  const textType = textConfigModelType(typeof text.model_type === 'string' ? text.model_type : null, ownType);
  return ok({ config: text, prefix: 'text_config.', modelType: textType, nested: true });
}

/**
 * The layer types, one per layer: the config's layer_types list when it has one, else the family's
 * pattern, else every layer sliding when a window is set (cache_utils.get_layer_types_and_kwargs).
 */
function layerTypesOf(
  reader: Reader,
  family: Family | undefined,
  layers: number,
  read: Readonly<Record<string, number | null>>,
): Result<LayerType[], LayoutError> {
  if (reader.listsLayerTypes()) {
    const listed = reader.value('layer_types');
    const at = reader.path('layer_types');
    if (!Array.isArray(listed) || !listed.every((entry) => typeof entry === 'string')) return refuse('not-a-list', at);
    if (listed.length !== layers) return refuse('layer-types-length', at);
    const types: LayerType[] = [];
    for (const [index, entry] of (listed as string[]).entries()) {
      const type = LEGACY_LAYER_TYPES[entry] ?? entry;
      if (type === 'full_attention' || type === 'sliding_attention' || type === 'chunked_attention') types.push(type);
      else if (UNSUPPORTED_LAYER_TYPES.has(type)) return refuse('unsupported-layer-type', `${at}[${index}]`);
      else return refuse('unknown-layer-type', `${at}[${index}]`);
    }
    return ok(types);
  }
  if (family?.noRopePattern) {
    const listed = reader.value('no_rope_layers');
    if (Array.isArray(listed) && listed.length > 0) {
      const at = reader.path('no_rope_layers');
      if (listed.length !== layers) return refuse('layer-types-length', at);
      if (!listed.every((v) => v === 0 || v === 1)) return refuse('not-a-list', at);
      return ok(listed.map((usesRope) => (usesRope === 1 ? 'chunked_attention' : 'full_attention')));
    }
    const interval = reader.required('no_rope_layer_interval', 'sliding_window_pattern');
    if (!interval.ok) return interval;
    return ok(Array.from({ length: layers }, (_, i) => ((i + 1) % interval.value !== 0 ? 'chunked_attention' : 'full_attention')));
  }
  const pattern = family?.pattern;
  if (pattern) return ok(Array.from({ length: layers }, (_, i) => pattern(i, read)));
  const generic: LayerType = read.sliding_window !== null ? 'sliding_attention' : read.attention_chunk_size !== null ? 'chunked_attention' : 'full_attention';
  return ok(Array.from({ length: layers }, () => generic));
}

function kindOf(heads: number, kvHeads: number): AttentionKind {
  if (kvHeads === heads) return 'multi-head';
  return kvHeads === 1 ? 'multi-query' : 'grouped-query';
}

/**
 * Reads the KV-cache layout from a parsed config.json object (a multimodal wrapper's text_config is
 * read when the top level has no layer count).
 *
 * Keys read (transformers' names): model_type, num_hidden_layers, num_attention_heads,
 * num_key_value_heads, head_dim, hidden_size, layer_types, sliding_window, use_sliding_window,
 * max_window_layers, sliding_window_pattern, attention_chunk_size, kv_lora_rank, qk_rope_head_dim,
 * max_position_embeddings; GPT-2's n_layer, n_head, n_embd, n_positions.
 *
 * Defaults: an absent num_key_value_heads means one per attention head (as transformers' Llama
 * does), except where the model_type's config class gives another default (Mistral 8, Qwen2 32,
 * Gemma 16, Gemma 2 and 3 4...); an absent head_dim is hidden_size / num_attention_heads unless the
 * class has its own (Gemma 256, Qwen3 128). Inside a wrapper's text_config the sizes take the class
 * defaults too (LLaVA 1.5: Llama's 32 layers, 32 heads, hidden_size 4096), as the parameter counter
 * takes them; a text_config without a model_type has its wrapper's (text-config.ts). Every default
 * used is listed in `defaulted`.
 * `sliding_window: null` means no window. Any other null reads as the counter reads it: the default
 * where transformers fills None (num_key_value_heads, head_dim), else 'not-a-number' (or
 * 'not-a-boolean'), as transformers' strict config refuses it; never 'missing', since the key is there.
 *
 * Errors (a KeyProblem): a missing or malformed key; heads that do not divide;
 * a hidden_size that does not split into heads; a layer_types list of the wrong length or with a
 * type this code cannot size; a model_type without rules whose config has layout keys only a
 * model-specific rule reads; a Mamba-2 mixer whose heads do not split its width
 * ('mamba-heads-mismatch', as transformers refuses it).
 *
 * Hybrids read their layer kinds and state sizes by their own keys (hybrid.ts): Nemotron-H's
 * hybrid_override_pattern, Jamba's attn_layer_period, Bamba's attn_layer_indices, Granite 4.0's
 * layer_types, the mamba_* keys of Bamba, Falcon-H1 and GraniteMoeHybrid, and so on.
 */
export function readAttentionLayout(config: unknown): Result<AttentionLayout, LayoutError> {
  const text = textConfig(config);
  if (!text.ok) return text;
  const { modelType, nested } = text.value;
  const family = modelType !== null && has(LAYOUT_FAMILIES, modelType) ? LAYOUT_FAMILIES[modelType] : undefined;
  const reader = new Reader(text.value.config, text.value.prefix, family, modelType, nested);

  if (!family) {
    const listsTypes = reader.listsLayerTypes();
    const windowOff = reader.value('use_sliding_window') === false;
    const keys = [
      ...LAYOUT_KEYS_NEEDING_A_RULE,
      ...(listsTypes || windowOff ? [] : SLIDING_PATTERN_KEYS),
      ...(listsTypes ? [] : CHUNK_KEYS),
    ];
    if (keys.some((key) => reader.present(key) && !isInert(reader.value(key)))) {
      return refuse('unsupported-model-type', `${text.value.prefix}model_type`);
    }
  }

  let hybridKinds: LayerType[] | null = null;
  if (family?.hybrid === 'nemotron_h') {
    const listed = reader.present('layers_block_type');
    const key = listed ? 'layers_block_type' : 'hybrid_override_pattern';
    if (!reader.present(key)) return refuse('missing', reader.path(key));
    const kinds = parseNemotronLayerKinds(reader.value(key), listed);
    if (kinds === null) return refuse('not-a-list', reader.path(key));
    hybridKinds = kinds.map((k): LayerType => (k === 'linear_attention' ? 'mamba' : k === 'mlp' ? 'mlp' : k === 'moe' ? 'moe' : 'full_attention'));
  }
  if (family?.hybrid === 'mamba2') return readMamba2Layout(reader, modelType);
  if (family?.hybrid === 'mamba') return readMambaLayout(reader, modelType);
  let qwen3NextKinds: LayerType[] | null = null;
  // Nemotron-H's layer count is its pattern's length (num_hidden_layers is deprecated there).
  const layers = hybridKinds !== null ? ok(hybridKinds.length) : reader.required(reader.name('num_hidden_layers'), 'num_hidden_layers');
  if (!layers.ok) return layers;
  // Bamba (attn_layer_indices), GraniteMoeHybrid (layer_types, with the older names "mamba" and
  // "attention"): attention or a Mamba-2 mixer per layer; Falcon-H1: both on every layer (hybrid.ts).
  if (family?.hybrid === 'bamba' || family?.hybrid === 'granitemoehybrid') {
    // GraniteMoeHybridConfig's attribute_map reads layers_block_type as layer_types.
    const key = family.hybrid === 'bamba' ? 'attn_layer_indices' : !reader.present('layer_types') && reader.present('layers_block_type') ? 'layers_block_type' : 'layer_types';
    const kinds = family.hybrid === 'bamba' ? bambaLayerKinds(reader.value(key), layers.value) : graniteHybridLayerKinds(reader.value(key), layers.value);
    if (kinds === null) return refuse('not-a-list', reader.path(key));
    qwen3NextKinds = kinds.map((k): LayerType => (k === 'full_attention' ? 'full_attention' : 'mamba'));
    // Without attention layers (both classes' default) the attention keys build nothing, as the counter reads them.
    if (!qwen3NextKinds.includes('full_attention')) return readMambaOnlyLayout(reader, modelType, qwen3NextKinds);
  }
  if (family?.hybrid === 'falcon_h1') qwen3NextKinds = Array.from({ length: layers.value }, (): LayerType => 'hybrid');
  const heads = reader.required(reader.name('num_attention_heads'), 'num_attention_heads');
  if (!heads.ok) return heads;
  const maxPositions = reader.integer(reader.name('max_position_embeddings'), 'max_position_embeddings');
  if (!maxPositions.ok) return maxPositions;

  let shape: Pick<AttentionLayout, 'kind' | 'numKeyValueHeads' | 'headDim' | 'kvLoraRank' | 'qkRopeHeadDim' | 'valuesPerTokenPerLayer'>;
  if (family?.latent) {
    const rank = reader.required('kv_lora_rank');
    if (!rank.ok) return rank;
    const rope = reader.required('qk_rope_head_dim');
    if (!rope.ok) return rope;
    shape = {
      kind: 'multi-head-latent',
      numKeyValueHeads: null,
      headDim: null,
      kvLoraRank: rank.value,
      qkRopeHeadDim: rope.value,
      valuesPerTokenPerLayer: rank.value + rope.value,
    };
  } else {
    let kvHeads = heads.value;
    if (family?.falconHeads) {
      const newArchitecture = reader.boolean('new_decoder_architecture');
      if (!newArchitecture.ok) return newArchitecture;
      const multiQuery = reader.boolean('multi_query');
      if (!multiQuery.ok) return multiQuery;
      const own = newArchitecture.value === true ? reader.integer('num_kv_heads', 'num_key_value_heads') : ok(null);
      if (!own.ok) return own;
      kvHeads = falconKeyValueHeads(newArchitecture.value === true, multiQuery.value !== false, own.value ?? heads.value, heads.value);
    }
    if (family?.multiQuery) {
      const multiQuery = reader.boolean('multi_query');
      if (!multiQuery.ok) return multiQuery;
      if (multiQuery.value !== false) kvHeads = 1;
    }
    if (!family?.multiHeadOnly) {
      const read = reader.integer('num_key_value_heads');
      if (!read.ok) return read;
      kvHeads = read.value ?? heads.value;
      if (!keyValueHeadsDivide(heads.value, kvHeads)) return refuse('heads-not-divisible', reader.path('num_key_value_heads'));
    }
    const ownHeadDim = family?.multiHeadOnly || family?.headDimFromHidden ? ok(null) : reader.integer('head_dim');
    if (!ownHeadDim.ok) return ownHeadDim;
    if (ownHeadDim.value === null && family?.headDimRequired) return refuse('missing', reader.path('head_dim'));
    let headDim = ownHeadDim.value;
    if (headDim === null) {
      const hiddenKey = reader.name('hidden_size');
      const hidden = reader.required(hiddenKey, 'hidden_size');
      if (!hidden.ok) return hidden;
      if (hidden.value % heads.value !== 0) return refuse('hidden-not-divisible', reader.path(hiddenKey));
      headDim = hidden.value / heads.value;
      if (headDim > CONFIG_LIMITS.headDim) return refuse('too-large', reader.path(hiddenKey));
    }
    shape = {
      kind: kindOf(heads.value, kvHeads),
      numKeyValueHeads: kvHeads,
      headDim,
      kvLoraRank: null,
      qkRopeHeadDim: null,
      valuesPerTokenPerLayer: KV_TENSORS * kvHeads * headDim,
    };
  }

  // The window keys, after the class's switches: Qwen's use_sliding_window false means no window at
  // all. A model_type without rules gets the same reading of an explicit false (any other value of
  // the key was refused above).
  const switchKnown = family?.useSlidingWindowSwitch === true || (family === undefined && reader.present('use_sliding_window'));
  const useWindow = switchKnown ? reader.boolean('use_sliding_window') : ok(true);
  if (!useWindow.ok) return useWindow;
  const window = useWindow.value === true ? reader.integer('sliding_window') : ok(null);
  if (!window.ok) return window;
  const chunk = reader.integer('attention_chunk_size');
  if (!chunk.ok) return chunk;
  const read: Record<string, number | null> = { sliding_window: window.value, attention_chunk_size: chunk.value };
  if (family?.pattern && !reader.listsLayerTypes() && window.value !== null) {
    for (const key of ['max_window_layers', 'sliding_window_pattern']) {
      if (family.defaults[key] === undefined) continue;
      const value = reader.integer(key);
      if (!value.ok) return value;
      read[key] = value.value;
    }
  }

  if (family?.hybrid === 'qwen3_next') {
    const listed = reader.listsLayerTypes() ? reader.value('layer_types') : undefined;
    const kinds = qwen3NextLayerKinds(listed, reader.value('full_attention_interval'), layers.value);
    if (kinds === null) return refuse('not-a-list', reader.path(listed === undefined ? 'full_attention_interval' : 'layer_types'));
    qwen3NextKinds = kinds as LayerType[];
  }
  if (family?.hybrid === 'lfm2') {
    const kinds = lfm2LayerKinds(reader.value('layer_types'), reader.value('full_attn_idxs'), layers.value);
    if (kinds === null) return refuse('not-a-list', reader.path(reader.present('layer_types') ? 'layer_types' : 'full_attn_idxs'));
    qwen3NextKinds = kinds;
  }
  if (family?.hybrid === 'jamba') {
    const period = reader.required('attn_layer_period', 'max_window_layers');
    if (!period.ok) return period;
    const offset = reader.required('attn_layer_offset', 'max_window_layers');
    if (!offset.ok) return offset;
    qwen3NextKinds = jambaLayerKinds(layers.value, period.value, offset.value).map((k) => (k === 'attention' ? 'full_attention' : 'mamba'));
  }
  const types = hybridKinds !== null ? ok(hybridKinds) : qwen3NextKinds !== null ? ok(qwen3NextKinds) : layerTypesOf(reader, family, layers.value, read);
  if (!types.ok) return types;
  let state: RecurrentState | null = null;
  if (types.value.includes('linear_attention')) {
    const sizes: number[] = [];
    for (const key of ['linear_num_key_heads', 'linear_num_value_heads', 'linear_key_head_dim', 'linear_value_head_dim', 'linear_conv_kernel_dim']) {
      const value = reader.required(key);
      if (!value.ok) return value;
      sizes.push(value.value);
    }
    const [keyHeads, valueHeads, keyDim, valueDim, convKernel] = sizes as [number, number, number, number, number];
    state = gatedDeltaNetState({ keyHeads, valueHeads, keyDim, valueDim, convKernel });
  }
  const mambaKeys = family?.hybrid === 'bamba' || family?.hybrid === 'falcon_h1' || family?.hybrid === 'granitemoehybrid';
  if (mambaKeys && (types.value.includes('mamba') || types.value.includes('hybrid'))) {
    const mixer = readMambaMixerLayout(reader, family?.hybrid === 'falcon_h1');
    if (!mixer.ok) return mixer;
    state = mixer.value;
  } else if (types.value.includes('mamba') && family?.hybrid === 'jamba') {
    const sizes: number[] = [];
    for (const key of ['mamba_expand', 'mamba_d_conv', 'mamba_d_state']) {
      const value = reader.required(key, 'conv_kernel');
      if (!value.ok) return value;
      sizes.push(value.value);
    }
    const hidden = reader.required('hidden_size');
    if (!hidden.ok) return hidden;
    const [expand, convKernel, stateSize] = sizes as [number, number, number];
    state = mamba1State({ inner: expand * hidden.value, convKernel, stateSize });
  } else if (types.value.includes('mamba')) {
    const sizes: number[] = [];
    for (const key of ['mamba_num_heads', 'mamba_head_dim', 'n_groups', 'ssm_state_size', 'conv_kernel']) {
      const value = reader.required(key);
      if (!value.ok) return value;
      sizes.push(value.value);
    }
    const [heads, headDim, groups, stateSize, convKernel] = sizes as [number, number, number, number, number];
    // mamba_ssm_cache_dtype: "float32" by default (4 bytes); a 16-bit dtype halves the SSM state.
    const dtype = reader.value('mamba_ssm_cache_dtype');
    const recurrentBytesPerValue = dtype === 'bfloat16' || dtype === 'float16' ? 2 : 4;
    state = mambaState({ heads, headDim, groups, stateSize, convKernel, recurrentBytesPerValue });
  }
  if (types.value.includes('conv')) {
    const hidden = reader.required('hidden_size');
    if (!hidden.ok) return hidden;
    const kernel = reader.required('conv_L_cache', 'conv_kernel');
    if (!kernel.ok) return kernel;
    state = shortConvState({ hidden: hidden.value, convKernel: kernel.value });
  }
  // use_sliding_window false overrides a layer_types list too: transformers sets sliding_window to None.
  const layerTypes = useWindow.value === true ? types.value : types.value.map((type) => (type === 'sliding_attention' ? 'full_attention' : type));
  if (layerTypes.includes('sliding_attention') && window.value === null) return refuse('missing', reader.path('sliding_window'));
  if (layerTypes.includes('chunked_attention') && chunk.value === null) return refuse('missing', reader.path('attention_chunk_size'));

  return ok({
    modelType,
    modelTypeKnown: family !== undefined,
    numHiddenLayers: layers.value,
    numAttentionHeads: heads.value,
    ...shape,
    layerTypes,
    slidingWindow: layerTypes.includes('sliding_attention') ? window.value : null,
    attentionChunkSize: layerTypes.includes('chunked_attention') ? chunk.value : null,
    maxPositionEmbeddings: maxPositions.value,
    defaulted: reader.defaulted,
    recurrentState: state,
  });
}

/**
 * What one Mamba-2 mixer of a Bamba, Falcon-H1 or GraniteMoeHybrid config keeps per sequence
 * (hybrid.ts mambaMixerState, probed: expected.json "cache"), from the mamba_* keys: the mixer's
 * width mamba_expand · hidden_size (Falcon-H1: mamba_d_ssm unless null), head_dim mamba_d_head
 * ("auto" or absent: width // mamba_n_heads). Refuses 'mamba-heads-mismatch' where transformers
 * does (hybrid.ts mambaMixerMismatch).
 */
function readMambaMixerLayout(reader: Reader, ownWidth: boolean): Result<RecurrentState, LayoutError> {
  const sizes: number[] = [];
  for (const key of ['hidden_size', 'mamba_expand', 'mamba_n_heads', 'mamba_n_groups', 'mamba_d_state', 'mamba_d_conv']) {
    const value = reader.required(key);
    if (!value.ok) return value;
    sizes.push(value.value);
  }
  const [hidden, expand, heads, groups, stateSize, convKernel] = sizes as [number, number, number, number, number, number];
  const ssm = ownWidth ? reader.integer('mamba_d_ssm') : ok(null);
  if (!ssm.ok) return ssm;
  const inner = ssm.value ?? expand * hidden;
  const given = reader.value('mamba_d_head');
  const headDim = given === undefined || given === 'auto' ? ok(null) : reader.required('mamba_d_head');
  if (!headDim.ok) return headDim;
  const mismatch = mambaMixerMismatch({ inner, heads, headDim: headDim.value });
  if (mismatch !== null) return refuse('mamba-heads-mismatch', reader.path(mismatch));
  return ok(mambaMixerState({ inner, heads, headDim: headDim.value ?? Math.floor(inner / heads), groups, stateSize, convKernel }));
}

/**
 * A Bamba or GraniteMoeHybrid config whose layers are all Mamba-2 mixers (the classes' default
 * without attn_layer_indices or layer_types): no keys or values, a state per layer
 * (readMambaMixerLayout); the attention fields are zero, as for Mamba-2. The context limit is the
 * config's max_position_embeddings (or the class default).
 */
function readMambaOnlyLayout(reader: Reader, modelType: string | null, layerTypes: LayerType[]): Result<AttentionLayout, LayoutError> {
  const maxPositions = reader.integer(reader.name('max_position_embeddings'), 'max_position_embeddings');
  if (!maxPositions.ok) return maxPositions;
  const mixer = readMambaMixerLayout(reader, false);
  if (!mixer.ok) return mixer;
  return ok({
    modelType,
    modelTypeKnown: true,
    kind: 'multi-head',
    numHiddenLayers: layerTypes.length,
    numAttentionHeads: 0,
    numKeyValueHeads: null,
    headDim: null,
    kvLoraRank: null,
    qkRopeHeadDim: null,
    valuesPerTokenPerLayer: 0,
    layerTypes,
    slidingWindow: null,
    attentionChunkSize: null,
    maxPositionEmbeddings: maxPositions.value,
    defaulted: reader.defaulted,
    recurrentState: mixer.value,
  });
}

/** Tokens a layer of this type keeps per sequence at most, from the layout; null: the whole context. */
export function windowOf(layout: AttentionLayout, type: LayerType): number | null {
  if (type === 'sliding_attention') return layout.slidingWindow;
  if (type === 'chunked_attention') return layout.attentionChunkSize;
  return null;
}

/**
 * Mamba-2 (model_type mamba2): no attention at all, so no keys or values; every one of the
 * num_hidden_layers layers keeps a fixed state per sequence (Mamba2Mixer, as transformers 5.18.0
 * allocates it, probed: expected.json "cache"): conv_states [conv_dim, conv_kernel] in the model's
 * dtype and recurrent_states [num_heads, head_dim, state_size] in float32, conv_dim = num_heads ·
 * head_dim + 2 · n_groups · state_size. The attention fields are zero (no heads), not a guess.
 */
function readMamba2Layout(reader: Reader, modelType: string | null): Result<AttentionLayout, LayoutError> {
  const layers = reader.required('num_hidden_layers');
  if (!layers.ok) return layers;
  const sizes: number[] = [];
  for (const key of ['num_heads', 'head_dim', 'n_groups', 'state_size', 'conv_kernel']) {
    const value = reader.required(key);
    if (!value.ok) return value;
    sizes.push(value.value);
  }
  const [heads, headDim, groups, stateSize, convKernel] = sizes as [number, number, number, number, number];
  // Mamba2Config.validate_architecture refuses hidden_size · expand ≠ num_heads · head_dim.
  const hidden = reader.required('hidden_size');
  if (!hidden.ok) return hidden;
  const expand = reader.required('expand', 'conv_kernel');
  if (!expand.ok) return expand;
  if (hidden.value * expand.value !== heads * headDim) return refuse('mamba-heads-mismatch', reader.path('head_dim'));
  return ok({
    modelType,
    modelTypeKnown: true,
    kind: 'multi-head',
    numHiddenLayers: layers.value,
    numAttentionHeads: 0,
    numKeyValueHeads: null,
    headDim: null,
    kvLoraRank: null,
    qkRopeHeadDim: null,
    valuesPerTokenPerLayer: 0,
    layerTypes: Array.from({ length: layers.value }, (): LayerType => 'mamba'),
    slidingWindow: null,
    attentionChunkSize: null,
    maxPositionEmbeddings: null,
    defaulted: reader.defaulted,
    recurrentState: mambaState({ heads, headDim, groups, stateSize, convKernel, recurrentBytesPerValue: 4 }),
  });
}

/**
 * Mamba v1 (model_type mamba): no attention, so no keys or values; every layer keeps a fixed state
 * per sequence (MambaMixer, transformers 5.18.0, probed: expected.json "cache"): conv_states
 * [expand · hidden_size, conv_kernel] in the model's dtype and recurrent_states [expand ·
 * hidden_size, state_size] in float32 (mamba1State).
 */
function readMambaLayout(reader: Reader, modelType: string | null): Result<AttentionLayout, LayoutError> {
  const sizes: number[] = [];
  for (const key of ['num_hidden_layers', 'hidden_size', 'expand', 'conv_kernel', 'state_size']) {
    const value = reader.required(key, key === 'expand' ? 'conv_kernel' : key);
    if (!value.ok) return value;
    sizes.push(value.value);
  }
  const [layers, hidden, expand, convKernel, stateSize] = sizes as [number, number, number, number, number];
  return ok({
    modelType,
    modelTypeKnown: true,
    kind: 'multi-head',
    numHiddenLayers: layers,
    numAttentionHeads: 0,
    numKeyValueHeads: null,
    headDim: null,
    kvLoraRank: null,
    qkRopeHeadDim: null,
    valuesPerTokenPerLayer: 0,
    layerTypes: Array.from({ length: layers }, (): LayerType => 'mamba'),
    slidingWindow: null,
    attentionChunkSize: null,
    maxPositionEmbeddings: null,
    defaulted: reader.defaulted,
    recurrentState: mamba1State({ inner: expand * hidden, convKernel, stateSize }),
  });
}
