/*
 * How Hugging Face transformers builds each model_type, as data: which keys it reads, their
 * defaults, the shape of each decoder layer, and the causal-LM class a config's architectures
 * names. Models whose layers differ in kind (Nemotron-H, Qwen3-Next, Qwen3.5, Jamba, LFM2, Bamba,
 * Granite 4.0's granitemoehybrid; Falcon-H1, whose layers hold attention and Mamba-2 side by side), those
 * without attention (Mamba, Mamba-2), Llama 4's text model and Falcon are counted by their own
 * functions in hybrid.ts, from the keys listed here. One record per model type: its
 * `layout` holds the attention-layout reader's rules (windows, layer kinds, heads; read by
 * attention-layout.ts), next to the counter's keys and structure, so adding a model type is its
 * record here, a real config fixture and transformers' own counts (count_with_transformers.py).
 *
 * Source of every default and structure below: transformers 5.18.0 (PyPI, read 2026), files
 * src/transformers/models/<dir>/configuration_<dir>.py (the defaults: dataclass fields and
 * __post_init__) and modeling_<dir>.py (the nn.Linear / nn.Parameter / norm shapes). Each family
 * names its two files. The counts were checked against the same version by
 * scripts/model-config/count_with_transformers.py (fixtures/expected.json).
 *
 * When a default applies. transformers itself falls back to the class default for any key a
 * config leaves out, and writes nested configs (text_config) as a diff against those defaults,
 * so a real text_config often omits hidden_size or vocab_size. A top-level config.json, though,
 * always contains the keys marked `required` (save_pretrained writes every non-base key), so a
 * top-level config missing one of them is reported as 'missing' instead of silently becoming the
 * family's reference model. Inside text_config the defaults apply, as in transformers.
 */

import type { LayerType } from './attention-layout';

import { LIMITS, type Limits } from './limits';

export { LIMITS, type Limits };

/**
 * A default computed from keys already read, as the config's __post_init__ or the modeling code
 * computes it ("//" is Python's floor division).
 */
export type Derivation = 'num_attention_heads' | 'hidden_size // num_attention_heads' | '4 * hidden_size';

export type KeySpec =
  /** A list of layer kinds (layers_block_type) or a pattern string (hybrid_override_pattern), read by hybrid.ts. */
  | { kind: 'layer-pattern' }
  | {
      kind: 'int';
      limits: Limits;
      /** Used when the key is absent; undefined means no default exists (always 'missing'). */
      absent?: number | Derivation;
      /** Accepted when the field is typed `int | None`: what None means. Otherwise null is 'not-a-number'. */
      nullMeans?: Derivation | 'none';
      /** Must be present in a top-level config (see the file comment). */
      required?: true;
      /** Another name transformers accepts for this key (its attribute_map). */
      alias?: string;
    }
  | { kind: 'bool'; absent: boolean }
  | { kind: 'int-list'; absent: readonly number[]; limits: Limits; nullMeans: 'empty' };

/** A flag read from the config, or fixed by the modeling code. */
export type BiasSource = boolean | 'attention_bias' | 'qkv_bias' | 'mlp_bias' | 'use_bias';

export type Attention =
  /** Separate q_proj, k_proj, v_proj, o_proj (o_proj is Phi's "dense"). */
  | { kind: 'qkvo'; qkvBias: BiasSource; oBias: BiasSource }
  /** Phi-3's fused qkv_proj: the same weights as q, k and v side by side, no biases. */
  | { kind: 'fused-qkv' }
  /**
   * GPT-2's Conv1D c_attn (hidden → 3·hidden) and c_proj, both with biases. GPTBigCode's
   * (`multiQuery`) reads multi_query: when true c_attn is hidden → hidden + 2·head_dim (one key and
   * one value head, modeling_gpt_bigcode.py GPTBigCodeAttention), and it has no cross-attention.
   */
  | { kind: 'gpt2'; multiQuery?: true }
  /** DeepSeek's multi-head latent attention: low-rank q (q_lora_rank) and joint key/value (kv_lora_rank). */
  | { kind: 'mla' };

export type Mlp =
  /** gate_proj, up_proj, down_proj: 3 · hidden · intermediate. */
  | { kind: 'gated'; bias: BiasSource }
  /** Phi-3's gate_up_proj (hidden → 2·intermediate) and down_proj: the same count, no biases. */
  | { kind: 'fused-gated' }
  /**
   * Two matrices: Phi's fc1/fc2, GPT-2's c_fc/c_proj, StarCoder2's c_fc/c_proj, GPT-NeoX's
   * dense_h_to_4h/dense_4h_to_h; with biases unless `bias` says otherwise (StarCoder2's use_bias).
   */
  | { kind: 'two-layer'; bias?: BiasSource };

export type Moe =
  | { kind: 'none' }
  /**
   * Every layer is MoE: `expertsKey` (num_local_experts unless said) experts of intermediate_size,
   * a router without bias, no shared expert (Mixtral, OLMoE, GraniteMoE, Phi-3.5-MoE); with
   * `sharedKey`, one shared gated MLP of that width beside them when it is above 0
   * (GraniteMoeShared's shared_mlp, shared_intermediate_size).
   */
  | { kind: 'mixtral'; expertsKey?: 'num_local_experts' | 'num_experts'; sharedKey?: 'shared_intermediate_size' }
  /** Layer i is MoE when i ∉ mlp_only_layers, num_experts > 0 and (i + 1) % decoder_sparse_step = 0. */
  | { kind: 'qwen'; sharedExpert: boolean }
  /** Layers from first_k_dense_replace on are MoE, with n_shared_experts shared experts. */
  | { kind: 'deepseek'; scoreCorrectionBias: boolean; sharedExpertBias: BiasSource }
  /**
   * gpt-oss: every layer is MoE, num_local_experts experts of intermediate_size. GptOssExperts keeps
   * them as 3-D tensors: gate_up_proj [experts, hidden, 2·intermediate] (gate and up columns
   * interleaved, not side by side) with gate_up_proj_bias [experts, 2·intermediate], down_proj
   * [experts, intermediate, hidden] with down_proj_bias [experts, hidden]. GptOssTopKRouter has a
   * weight [experts, hidden] and a bias [experts]. No shared expert.
   */
  | { kind: 'gpt-oss' };

export interface Structure {
  attention: Attention;
  /** gpt-oss's attention sinks: one learned logit per query head in each layer (GptOssAttention.sinks). */
  attentionSinks: boolean;
  /**
   * Norms on the queries and keys: of size head_dim (Qwen3, Gemma 3), or Phi's optional
   * qk_layernorm; 'full': over all heads, num_attention_heads·head_dim for q_norm and
   * num_key_value_heads·head_dim for k_norm (OLMo 2, OLMoE); 'cohere-use-qk-norm': the same sizes
   * (CohereLayerNorm((heads, head_dim)), weight only) when use_qk_norm is true; 'head_dim-use-qk-norm':
   * norms of head_dim when use_qk_norm is true (GLM-4.5's Glm4MoeAttention).
   */
  qkNorm: 'none' | 'head_dim' | 'phi-qk-layernorm' | 'full' | 'cohere-use-qk-norm' | 'head_dim-use-qk-norm';
  /** Every head has its own keys and values: the class has no num_key_value_heads (GPT-NeoX). */
  multiHeadOnly?: true;
  /**
   * The module that holds q, k and v as one matrix, where the parameter count does not show it
   * (GPT-NeoX's and Falcon's query_key_value): LoRA adapts it as one matrix, so a per-projection
   * estimate would be wrong (training/from-config.ts). Phi-3's and GPT-2's fused kinds say it already.
   */
  fusedQkvModule?: string;
  mlp: Mlp;
  moe: Moe;
  /** Norms per decoder layer (Gemma 2 and 3 have four, Phi one, the rest two), plus one final norm. */
  normsPerLayer: number;
  /** LayerNorm (weight and bias) rather than RMSNorm (weight only). */
  layerNorm: boolean;
  /** The norms have no weight at all (OLMo's OlmoLayerNorm: layer_norm without elementwise parameters). */
  normsWithoutWeights?: true;
  /** GPT-2's learned position embeddings (wpe). */
  positionEmbeddings: boolean;
  /** Phi's lm_head has a bias; Phi-3.5-MoE's when lm_head_bias is true. */
  lmHeadBias: boolean | 'lm_head_bias';
  /** transformers' validate_architecture refuses hidden_size not divisible by num_attention_heads. */
  hiddenMultipleOfHeads: boolean;
  /**
   * Counted by its own function in hybrid.ts instead of by the fields above: hybrids whose layers
   * differ in kind (or, in Falcon-H1, hold attention and Mamba-2 side by side), models without
   * attention (mamba, mamba2), Llama 4 (dense and MoE layers of two widths) and Falcon, whose
   * attention's shape depends on three flags.
   */
  hybrid?: 'nemotron_h' | 'qwen3_next' | 'jamba' | 'falcon' | 'mamba2' | 'lfm2' | 'llama4' | 'mamba' | 'bamba' | 'falcon_h1' | 'granitemoehybrid';
}

export interface Family {
  modelType: string;
  /** How the attention layout reader (attention-layout.ts) reads this model type's cache: windows, layer kinds, heads. */
  layout: LayoutRules;
  /**
   * transformers' causal-LM class for this model_type (MODEL_FOR_CAUSAL_LM_MAPPING_NAMES), which a
   * config's `architectures` names. A remote-code config whose model_type has no rules here but
   * whose architectures names this class is counted by this family (familyOfArchitectures).
   */
  architecture?: string;
  /** The two transformers files every default and shape below comes from. */
  sources: readonly [configuration: string, modeling: string];
  keys: Readonly<Record<string, KeySpec>>;
  structure: Structure;
}

const int = (
  limits: Limits,
  absent: number | Derivation | undefined,
  more: Partial<Extract<KeySpec, { kind: 'int' }>> = {},
): KeySpec => ({
  kind: 'int',
  limits,
  absent,
  ...more,
});
const required = { required: true } as const;
const bool = (absent: boolean): KeySpec => ({ kind: 'bool', absent });
const layerList: KeySpec = { kind: 'int-list', absent: [], limits: LIMITS.layerCount, nullMeans: 'empty' };

const src = (dir: string): readonly [string, string] => [
  `transformers/models/${dir}/configuration_${dir}.py`,
  `transformers/models/${dir}/modeling_${dir}.py`,
];

/** LlamaAttention's q/k/v/o projections, all four with biases when the config's attention_bias is true. */
const ATTENTION_BIAS: Attention = { kind: 'qkvo', qkvBias: 'attention_bias', oBias: 'attention_bias' };

/** The Llama-style decoder: RMSNorm ×2 per layer, q/k/v/o attention, gated MLP. */
const DECODER: Structure = {
  attention: { kind: 'qkvo', qkvBias: false, oBias: false },
  attentionSinks: false,
  qkNorm: 'none',
  mlp: { kind: 'gated', bias: false },
  moe: { kind: 'none' },
  normsPerLayer: 2,
  layerNorm: false,
  positionEmbeddings: false,
  lmHeadBias: false,
  hiddenMultipleOfHeads: false,
};

/** The keys every Llama-style family reads; defaults are filled in per family. */
function decoderKeys(d: {
  vocab: number;
  hidden: number;
  intermediate: number;
  layers: number;
  heads: number;
  kvHeads: number | Derivation;
  kvHeadsNull?: Derivation;
  headDim: number | Derivation;
  headDimNull?: Derivation;
  tie: boolean;
}): Record<string, KeySpec> {
  return {
    vocab_size: int(LIMITS.vocab, d.vocab, required),
    hidden_size: int(LIMITS.width, d.hidden, required),
    num_hidden_layers: int(LIMITS.layers, d.layers, required),
    num_attention_heads: int(LIMITS.heads, d.heads, required),
    num_key_value_heads: int(LIMITS.heads, d.kvHeads, d.kvHeadsNull ? { nullMeans: d.kvHeadsNull } : {}),
    head_dim: int(LIMITS.width, d.headDim, d.headDimNull ? { nullMeans: d.headDimNull } : {}),
    intermediate_size: int(LIMITS.width, d.intermediate, required),
    tie_word_embeddings: bool(d.tie),
  };
}

const HEAD_DIM: Derivation = 'hidden_size // num_attention_heads';
const HEADS: Derivation = 'num_attention_heads';

/**
 * The Mamba-2 mixer's keys in Bamba, Falcon-H1 and GraniteMoeHybrid configs, with the defaults all
 * three classes give (configuration_bamba.py, configuration_falcon_h1.py,
 * configuration_granitemoehybrid.py). mamba_d_head may be "auto" (its default: the mixer's width //
 * mamba_n_heads), read by hybrid.ts.
 */
const MAMBA_MIXER_KEYS: Family['keys'] = {
  mamba_n_heads: int(LIMITS.heads, 128),
  mamba_d_head: int(LIMITS.width, undefined),
  mamba_n_groups: int(LIMITS.heads, 1),
  mamba_d_state: int(LIMITS.latentDim, 256),
  mamba_d_conv: int(LIMITS.latentDim, 4),
  mamba_expand: int(LIMITS.step, 2),
  mamba_conv_bias: bool(true),
  mamba_proj_bias: bool(false),
};

/*
 * The attention layout's rules (read by attention-layout.ts): what a config class does to the KV
 * cache's layout that the generic reading would not.
 */
/** A layout default: a number, a flag, or null for None. */
export type LayoutValue = number | boolean | null;

/** What one model_type's transformers config class does that the generic reading would not. */
export interface LayoutRules {
  /** Config keys under other names (transformers' attribute_map): GPT-2 writes n_layer for num_hidden_layers. */
  names?: Partial<Record<'num_hidden_layers' | 'num_attention_heads' | 'hidden_size' | 'max_position_embeddings', string>>;
  /**
   * The class's defaults for keys the parameter counter does not read (windows, positions), used
   * when the config leaves a key out. The counter's keys (layers, heads, num_key_value_heads,
   * head_dim, hidden_size) take its table instead, through classDefault: one copy of each default.
   */
  defaults: Readonly<Record<string, LayoutValue>>;
  /** The class has no num_key_value_heads: every head has its own keys and values (GPT-2, GPT-NeoX). */
  multiHeadOnly?: boolean;
  /** The modeling code sizes heads as hidden_size / num_attention_heads whatever head_dim says (Jamba). */
  headDimFromHidden?: true;
  /** head_dim has no fallback: a config without one does not build (Ministral's MinistralAttention). */
  headDimRequired?: true;
  /** Falcon: key/value heads by new_decoder_architecture, multi_query and num_kv_heads (hybrid.ts falconKeyValueHeads). */
  falconHeads?: true;
  /** GPTBigCode: one key and one value head when multi_query is true (its default), else one per head. */
  multiQuery?: boolean;
  latent?: boolean;
  /** The class's __post_init__ switches sliding_window off unless use_sliding_window is true (Qwen). */
  useSlidingWindowSwitch?: boolean;
  /**
   * Llama 4: without layer_types, a layer whose no_rope_layers entry is 1 (it uses RoPE) is chunked
   * and one whose entry is 0 (NoPE) has full attention; an absent or empty no_rope_layers is one NoPE
   * layer every no_rope_layer_interval layers (configuration_llama4.py Llama4TextConfig.__post_init__).
   */
  noRopePattern?: true;
  /** Nemotron-H: the layer kinds come from hybrid_override_pattern / layers_block_type (hybrid.ts). */
  hybrid?: 'nemotron_h' | 'qwen3_next' | 'jamba' | 'mamba2' | 'lfm2' | 'mamba' | 'bamba' | 'falcon_h1' | 'granitemoehybrid';
  /** The layer_types the class's __post_init__ builds when the config has none; absent: the generic rule. */
  pattern?: (index: number, read: Readonly<Record<string, number | null>>) => LayerType;
}

const SLIDING_OR_FULL = (slides: boolean): LayerType => (slides ? 'sliding_attention' : 'full_attention');

/** Qwen2/Qwen3: full attention for the first max_window_layers layers, sliding after (configuration_qwen2.py). */
const QWEN_PATTERN: LayoutRules['pattern'] = (i, r) => SLIDING_OR_FULL(r.sliding_window !== null && i >= (r.max_window_layers ?? 0));

const QWEN_DEFAULTS = { use_sliding_window: false, sliding_window: 4096, max_window_layers: 28, max_position_embeddings: 32768 };

/**
 * Qwen3's decoder (Qwen3Config, Qwen3DecoderLayer), which Qwen3-VL's text model (Qwen3VLTextConfig)
 * builds with the same keys, defaults and shapes; only its layout defaults differ.
 */
const QWEN3_KEYS: Family['keys'] = {
  ...decoderKeys({
    vocab: 151936,
    hidden: 4096,
    intermediate: 22016,
    layers: 32,
    heads: 32,
    kvHeads: 32,
    kvHeadsNull: HEADS,
    headDim: 128,
    tie: false,
  }),
  attention_bias: bool(false),
};
const QWEN3_STRUCTURE: Structure = {
  ...DECODER,
  attention: ATTENTION_BIAS,
  qkNorm: 'head_dim',
};

/**
 * GPT-2's own key names (GPT2Config's attribute_map also accepts the Llama-style ones), which
 * GPTBigCodeConfig (SantaCoder, StarCoder) keeps: the names the layout reader maps, and the keys
 * with their defaults.
 */
const GPT2_NAMES = { num_hidden_layers: 'n_layer', num_attention_heads: 'n_head', hidden_size: 'n_embd', max_position_embeddings: 'n_positions' };
const GPT2_KEYS: Family['keys'] = {
  vocab_size: int(LIMITS.vocab, 50257, required),
  n_embd: int(LIMITS.width, 768, { ...required, alias: 'hidden_size' }),
  n_layer: int(LIMITS.layers, 12, { ...required, alias: 'num_hidden_layers' }),
  n_head: int(LIMITS.heads, 12, { ...required, alias: 'num_attention_heads' }),
  n_positions: int(LIMITS.vocab, 1024, { ...required, alias: 'max_position_embeddings' }),
  n_inner: int(LIMITS.width, '4 * hidden_size', { nullMeans: '4 * hidden_size' }),
};

export const FAMILIES: Readonly<Record<string, Family>> = {
  llama: {
    modelType: 'llama',
    architecture: 'LlamaForCausalLM',
    sources: src('llama'),
    layout: { defaults: { max_position_embeddings: 2048 } },
    keys: {
      ...decoderKeys({
        vocab: 32000,
        hidden: 4096,
        intermediate: 11008,
        layers: 32,
        heads: 32,
        kvHeads: HEADS,
        kvHeadsNull: HEADS,
        headDim: HEAD_DIM,
        headDimNull: HEAD_DIM,
        tie: false,
      }),
      attention_bias: bool(false),
      mlp_bias: bool(false),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      mlp: { kind: 'gated', bias: 'mlp_bias' },
      hiddenMultipleOfHeads: true,
    },
  },
  mistral: {
    modelType: 'mistral',
    architecture: 'MistralForCausalLM',
    sources: src('mistral'),
    layout: { defaults: { sliding_window: 4096, max_position_embeddings: 131072 } },
    keys: decoderKeys({
      vocab: 32000,
      hidden: 4096,
      intermediate: 14336,
      layers: 32,
      heads: 32,
      kvHeads: 8,
      headDim: HEAD_DIM,
      headDimNull: HEAD_DIM,
      tie: false,
    }),
    structure: DECODER,
  },
  mixtral: {
    modelType: 'mixtral',
    architecture: 'MixtralForCausalLM',
    sources: src('mixtral'),
    layout: { defaults: { max_position_embeddings: 131072 } },
    keys: {
      ...decoderKeys({
        vocab: 32000,
        hidden: 4096,
        intermediate: 14336,
        layers: 32,
        heads: 32,
        kvHeads: 8,
        headDim: HEAD_DIM,
        headDimNull: HEAD_DIM,
        tie: false,
      }),
      num_local_experts: int(LIMITS.experts, 8, { ...required, alias: 'num_experts' }),
      num_experts_per_tok: int(LIMITS.experts, 2, required),
    },
    structure: { ...DECODER, moe: { kind: 'mixtral' } },
  },
  qwen2: {
    modelType: 'qwen2',
    architecture: 'Qwen2ForCausalLM',
    sources: src('qwen2'),
    layout: { defaults: QWEN_DEFAULTS, useSlidingWindowSwitch: true, pattern: QWEN_PATTERN },
    // head_dim is no Qwen2Config field: the modeling code's getattr falls back to hidden // heads.
    keys: decoderKeys({
      vocab: 151936,
      hidden: 4096,
      intermediate: 22016,
      layers: 32,
      heads: 32,
      kvHeads: 32,
      kvHeadsNull: HEADS,
      headDim: HEAD_DIM,
      tie: false,
    }),
    structure: { ...DECODER, attention: { kind: 'qkvo', qkvBias: true, oBias: false } },
  },
  qwen2_moe: {
    modelType: 'qwen2_moe',
    architecture: 'Qwen2MoeForCausalLM',
    sources: src('qwen2_moe'),
    // Qwen2-MoE's __post_init__ differs from Qwen2's: every other layer below max_window_layers slides.
    layout: {
      defaults: QWEN_DEFAULTS,
      useSlidingWindowSwitch: true,
      pattern: (i, r) => SLIDING_OR_FULL(r.sliding_window !== null && (i + 1) % 2 !== 0 && i < (r.max_window_layers ?? 0)),
    },
    keys: {
      ...decoderKeys({
        vocab: 151936,
        hidden: 2048,
        intermediate: 5632,
        layers: 24,
        heads: 16,
        kvHeads: 16,
        headDim: HEAD_DIM,
        tie: false,
      }),
      num_experts: int(LIMITS.expertsOrNone, 60, required),
      num_experts_per_tok: int(LIMITS.experts, 4, required),
      moe_intermediate_size: int(LIMITS.width, 1408, required),
      shared_expert_intermediate_size: int({ min: 0, max: LIMITS.width.max }, 5632, required),
      decoder_sparse_step: int(LIMITS.step, 1),
      mlp_only_layers: layerList,
      qkv_bias: bool(true),
    },
    structure: {
      ...DECODER,
      attention: { kind: 'qkvo', qkvBias: 'qkv_bias', oBias: false },
      moe: { kind: 'qwen', sharedExpert: true },
    },
  },
  qwen3: {
    modelType: 'qwen3',
    architecture: 'Qwen3ForCausalLM',
    sources: src('qwen3'),
    layout: { defaults: QWEN_DEFAULTS, useSlidingWindowSwitch: true, pattern: QWEN_PATTERN },
    keys: QWEN3_KEYS,
    structure: QWEN3_STRUCTURE,
  },
  qwen3_moe: {
    modelType: 'qwen3_moe',
    architecture: 'Qwen3MoeForCausalLM',
    sources: src('qwen3_moe'),
    // Qwen3-MoE has no pattern of its own: with use_sliding_window every layer slides.
    layout: { defaults: { use_sliding_window: false, sliding_window: 4096, max_position_embeddings: 32768 }, useSlidingWindowSwitch: true },
    keys: {
      // head_dim is no Qwen3MoeConfig field: getattr falls back to hidden // heads.
      ...decoderKeys({
        vocab: 151936,
        hidden: 2048,
        intermediate: 6144,
        layers: 24,
        heads: 32,
        kvHeads: 4,
        headDim: HEAD_DIM,
        tie: false,
      }),
      attention_bias: bool(false),
      num_experts: int(LIMITS.expertsOrNone, 128, { ...required, alias: 'num_local_experts' }),
      num_experts_per_tok: int(LIMITS.experts, 8, required),
      moe_intermediate_size: int(LIMITS.width, 768, required),
      decoder_sparse_step: int(LIMITS.step, 1),
      mlp_only_layers: layerList,
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      qkNorm: 'head_dim',
      moe: { kind: 'qwen', sharedExpert: false },
    },
  },
  gemma: {
    modelType: 'gemma',
    architecture: 'GemmaForCausalLM',
    sources: src('gemma'),
    layout: { defaults: { max_position_embeddings: 8192 } },
    keys: {
      ...decoderKeys({
        vocab: 256000,
        hidden: 3072,
        intermediate: 24576,
        layers: 28,
        heads: 16,
        kvHeads: 16,
        headDim: 256,
        tie: true,
      }),
      attention_bias: bool(false),
    },
    structure: { ...DECODER, attention: ATTENTION_BIAS },
  },
  gemma2: {
    modelType: 'gemma2',
    architecture: 'Gemma2ForCausalLM',
    sources: src('gemma2'),
    // Gemma 2: "sliding_attention" if bool((i + 1) % 2), so layers 0, 2, 4... slide and 1, 3, 5... are global.
    layout: {
      defaults: { sliding_window: 4096, max_position_embeddings: 8192 },
      pattern: (i) => SLIDING_OR_FULL((i + 1) % 2 !== 0),
    },
    keys: {
      ...decoderKeys({
        vocab: 256000,
        hidden: 2304,
        intermediate: 9216,
        layers: 26,
        heads: 8,
        kvHeads: 4,
        headDim: 256,
        tie: true,
      }),
      attention_bias: bool(false),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      normsPerLayer: 4,
      hiddenMultipleOfHeads: true,
    },
  },
  gemma3_text: {
    modelType: 'gemma3_text',
    architecture: 'Gemma3ForCausalLM',
    sources: ['transformers/models/gemma3/configuration_gemma3.py', 'transformers/models/gemma3/modeling_gemma3.py'],
    // Gemma 3: five sliding layers, then one global (sliding_window_pattern 6, read from the config when present).
    layout: {
      defaults: { sliding_window: 4096, sliding_window_pattern: 6, max_position_embeddings: 131072 },
      pattern: (i, r) => SLIDING_OR_FULL((i + 1) % (r.sliding_window_pattern ?? 6) !== 0),
    },
    keys: {
      ...decoderKeys({
        vocab: 262208,
        hidden: 2304,
        intermediate: 9216,
        layers: 26,
        heads: 8,
        kvHeads: 4,
        headDim: 256,
        tie: true,
      }),
      attention_bias: bool(false),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      qkNorm: 'head_dim',
      normsPerLayer: 4,
      hiddenMultipleOfHeads: true,
    },
  },
  phi3: {
    modelType: 'phi3',
    architecture: 'Phi3ForCausalLM',
    sources: src('phi3'),
    layout: { defaults: { max_position_embeddings: 4096 } },
    keys: decoderKeys({
      vocab: 32064,
      hidden: 3072,
      intermediate: 8192,
      layers: 32,
      heads: 32,
      kvHeads: HEADS,
      kvHeadsNull: HEADS,
      headDim: HEAD_DIM,
      tie: false,
    }),
    structure: { ...DECODER, attention: { kind: 'fused-qkv' }, mlp: { kind: 'fused-gated' } },
  },
  phi: {
    modelType: 'phi',
    architecture: 'PhiForCausalLM',
    sources: src('phi'),
    layout: { defaults: { max_position_embeddings: 2048 } },
    keys: {
      ...decoderKeys({
        vocab: 51200,
        hidden: 2048,
        intermediate: 8192,
        layers: 24,
        heads: 32,
        kvHeads: HEADS,
        kvHeadsNull: HEADS,
        headDim: HEAD_DIM,
        tie: false,
      }),
      qk_layernorm: bool(false),
    },
    structure: {
      ...DECODER,
      attention: { kind: 'qkvo', qkvBias: true, oBias: true },
      qkNorm: 'phi-qk-layernorm',
      mlp: { kind: 'two-layer' },
      normsPerLayer: 1,
      layerNorm: true,
      lmHeadBias: true,
    },
  },
  gpt2: {
    modelType: 'gpt2',
    architecture: 'GPT2LMHeadModel',
    sources: src('gpt2'),
    layout: {
      names: GPT2_NAMES,
      defaults: {},
      multiHeadOnly: true,
    },
    // GPT-2's own key names; transformers' attribute_map also accepts the Llama-style names.
    keys: {
      ...GPT2_KEYS,
      add_cross_attention: bool(false),
      tie_word_embeddings: bool(true),
    },
    structure: {
      ...DECODER,
      attention: { kind: 'gpt2' },
      mlp: { kind: 'two-layer' },
      normsPerLayer: 2,
      layerNorm: true,
      positionEmbeddings: true,
      hiddenMultipleOfHeads: true,
    },
  },
  deepseek_v2: {
    modelType: 'deepseek_v2',
    architecture: 'DeepseekV2ForCausalLM',
    sources: src('deepseek_v2'),
    layout: { defaults: { max_position_embeddings: 2048 }, latent: true },
    keys: {
      vocab_size: int(LIMITS.vocab, 102400, required),
      hidden_size: int(LIMITS.width, 4096, required),
      num_hidden_layers: int(LIMITS.layers, 32, required),
      num_attention_heads: int(LIMITS.heads, 32, required),
      intermediate_size: int(LIMITS.width, 11008, required),
      q_lora_rank: int(LIMITS.width, 1536, { nullMeans: 'none' }),
      kv_lora_rank: int(LIMITS.width, 512, required),
      qk_nope_head_dim: int(LIMITS.width, 128, required),
      qk_rope_head_dim: int(LIMITS.width, 64, required),
      v_head_dim: int(LIMITS.width, 128, required),
      first_k_dense_replace: int(LIMITS.layerCount, 0),
      n_routed_experts: int(LIMITS.experts, 64, { ...required, alias: 'num_experts' }),
      // DeepseekV2Config's default is None, which builds a model that cannot route a token.
      num_experts_per_tok: int(LIMITS.experts, undefined),
      n_shared_experts: int(LIMITS.sharedExperts, 2, required),
      moe_intermediate_size: int(LIMITS.width, 1407, required),
      attention_bias: bool(false),
      mlp_bias: bool(false),
      tie_word_embeddings: bool(false),
    },
    structure: {
      ...DECODER,
      attention: { kind: 'mla' },
      mlp: { kind: 'gated', bias: 'mlp_bias' },
      moe: { kind: 'deepseek', scoreCorrectionBias: false, sharedExpertBias: 'mlp_bias' },
      hiddenMultipleOfHeads: true,
    },
  },
  deepseek_v3: {
    modelType: 'deepseek_v3',
    architecture: 'DeepseekV3ForCausalLM',
    sources: src('deepseek_v3'),
    layout: { defaults: { max_position_embeddings: 4096 }, latent: true },
    keys: {
      vocab_size: int(LIMITS.vocab, 129280, required),
      hidden_size: int(LIMITS.width, 7168, required),
      num_hidden_layers: int(LIMITS.layers, 61, required),
      num_attention_heads: int(LIMITS.heads, 128, required),
      intermediate_size: int(LIMITS.width, 18432, required),
      q_lora_rank: int(LIMITS.width, 1536, { nullMeans: 'none' }),
      kv_lora_rank: int(LIMITS.width, 512, required),
      qk_nope_head_dim: int(LIMITS.width, 128, required),
      qk_rope_head_dim: int(LIMITS.width, 64, required),
      v_head_dim: int(LIMITS.width, 128, required),
      first_k_dense_replace: int(LIMITS.layerCount, 3, required),
      n_routed_experts: int(LIMITS.experts, 256, { ...required, alias: 'num_local_experts' }),
      num_experts_per_tok: int(LIMITS.experts, 8, required),
      n_shared_experts: int(LIMITS.sharedExperts, 1, required),
      moe_intermediate_size: int(LIMITS.width, 2048, required),
      // Read only to report it: transformers does not build the MTP layers (the checkpoint holds them).
      num_nextn_predict_layers: int(LIMITS.layerCount, 0, { alias: 'num_mtp_layers' }),
      attention_bias: bool(false),
      tie_word_embeddings: bool(false),
    },
    structure: {
      ...DECODER,
      attention: { kind: 'mla' },
      moe: { kind: 'deepseek', scoreCorrectionBias: true, sharedExpertBias: false },
    },
  },
  // OpenAI's gpt-oss-120b and gpt-oss-20b. The class defaults are gpt-oss-120b's sizes; the field
  // types are plain int (strict), so a null num_key_value_heads or head_dim is refused, not defaulted.
  gpt_oss: {
    modelType: 'gpt_oss',
    architecture: 'GptOssForCausalLM',
    sources: src('gpt_oss'),
    // gpt-oss: every other layer slides (configuration_gpt_oss.py), layers 0, 2, 4... as in Gemma 2.
    layout: {
      defaults: { sliding_window: 128, max_position_embeddings: 131072 },
      pattern: (i) => SLIDING_OR_FULL((i + 1) % 2 !== 0),
    },
    keys: {
      ...decoderKeys({
        vocab: 201088,
        hidden: 2880,
        intermediate: 2880,
        layers: 36,
        heads: 64,
        kvHeads: 8,
        headDim: 64,
        tie: false,
      }),
      attention_bias: bool(true),
      num_local_experts: int(LIMITS.experts, 128, { ...required, alias: 'num_experts' }),
      num_experts_per_tok: int(LIMITS.experts, 4, required),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      attentionSinks: true,
      moe: { kind: 'gpt-oss' },
    },
  },
  // BigCode's StarCoder2 (issue 22: the Llama-style fallback gave StarCoder2-7B 10.1B for 7.17B).
  // LayerNorms with biases, q/k/v/o and a two-matrix MLP (c_fc, c_proj) with biases when use_bias;
  // tied by default. head_dim is no Starcoder2Config field: the modeling code's getattr falls back.
  starcoder2: {
    modelType: 'starcoder2',
    architecture: 'Starcoder2ForCausalLM',
    sources: src('starcoder2'),
    // Issue 22's model types (configuration_<type>.py, transformers 5.18.0).
    layout: { defaults: { sliding_window: null, max_position_embeddings: 4096 } },
    keys: {
      ...decoderKeys({
        vocab: 49152,
        hidden: 3072,
        intermediate: 12288,
        layers: 30,
        heads: 24,
        kvHeads: 2,
        headDim: HEAD_DIM,
        headDimNull: HEAD_DIM,
        tie: true,
      }),
      use_bias: bool(true),
    },
    structure: {
      ...DECODER,
      attention: { kind: 'qkvo', qkvBias: 'use_bias', oBias: 'use_bias' },
      mlp: { kind: 'two-layer', bias: 'use_bias' },
      layerNorm: true,
    },
  },
  // SantaCoder and StarCoder (1): GPT-2's layout and key names, with multi-query attention.
  gpt_bigcode: {
    modelType: 'gpt_bigcode',
    architecture: 'GPTBigCodeForCausalLM',
    sources: src('gpt_bigcode'),
    layout: {
      names: GPT2_NAMES,
      defaults: {},
      multiHeadOnly: true,
      multiQuery: true,
    },
    keys: {
      ...GPT2_KEYS,
      multi_query: bool(true),
      tie_word_embeddings: bool(true),
    },
    structure: {
      ...DECODER,
      attention: { kind: 'gpt2', multiQuery: true },
      mlp: { kind: 'two-layer' },
      layerNorm: true,
      positionEmbeddings: true,
    },
  },
  // EleutherAI's GPT-NeoX and Pythia, RedPajama-INCITE: a fused query_key_value and dense with
  // biases (attention_bias), one head of keys and values per query head, a two-matrix MLP with
  // biases, LayerNorms; the untied output head is embed_out.
  gpt_neox: {
    modelType: 'gpt_neox',
    architecture: 'GPTNeoXForCausalLM',
    sources: src('gpt_neox'),
    layout: { defaults: { max_position_embeddings: 2048 }, multiHeadOnly: true },
    keys: {
      vocab_size: int(LIMITS.vocab, 50432, required),
      hidden_size: int(LIMITS.width, 6144, required),
      num_hidden_layers: int(LIMITS.layers, 44, required),
      num_attention_heads: int(LIMITS.heads, 64, required),
      intermediate_size: int(LIMITS.width, 24576, required),
      attention_bias: bool(true),
      tie_word_embeddings: bool(false),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      multiHeadOnly: true,
      // modeling_gpt_neox.py: GPTNeoXAttention.query_key_value.
      fusedQkvModule: 'query_key_value',
      mlp: { kind: 'two-layer' },
      layerNorm: true,
    },
  },
  // Cohere's Command R and Aya 23: one CohereLayerNorm (a weight, no bias) per layer, as attention
  // and MLP run side by side; optional norms on queries and keys (use_qk_norm); tied by default.
  cohere: {
    modelType: 'cohere',
    architecture: 'CohereForCausalLM',
    sources: src('cohere'),
    layout: { defaults: { max_position_embeddings: 8192 } },
    keys: {
      ...decoderKeys({
        vocab: 256000,
        hidden: 8192,
        intermediate: 22528,
        layers: 40,
        heads: 64,
        kvHeads: HEADS,
        kvHeadsNull: HEADS,
        headDim: HEAD_DIM,
        headDimNull: HEAD_DIM,
        tie: true,
      }),
      attention_bias: bool(false),
      use_qk_norm: bool(false),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      qkNorm: 'cohere-use-qk-norm',
      normsPerLayer: 1,
    },
  },
  // AI2's OLMo 2: RMSNorms over all query and key heads, and the two layer norms after attention
  // and after the MLP (post_attention_layernorm, post_feedforward_layernorm) instead of before.
  olmo2: {
    modelType: 'olmo2',
    architecture: 'Olmo2ForCausalLM',
    sources: src('olmo2'),
    layout: { defaults: { max_position_embeddings: 2048 } },
    keys: {
      ...decoderKeys({
        vocab: 50304,
        hidden: 4096,
        intermediate: 11008,
        layers: 32,
        heads: 32,
        kvHeads: HEADS,
        kvHeadsNull: HEADS,
        headDim: HEAD_DIM,
        tie: false,
      }),
      attention_bias: bool(false),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      qkNorm: 'full',
    },
  },
  // Mistral's Ministral 3 (December 2025), the text model of its Mistral3ForConditionalGeneration
  // wrapper: Mistral's decoder with its own defaults (head_dim 128, 34 layers, vocabulary 131,072).
  ministral3: {
    modelType: 'ministral3',
    architecture: 'Ministral3ForCausalLM',
    sources: src('ministral3'),
    layout: { defaults: { sliding_window: null, max_position_embeddings: 262144 } },
    keys: decoderKeys({
      vocab: 131072,
      hidden: 4096,
      intermediate: 14336,
      layers: 34,
      heads: 32,
      kvHeads: 8,
      headDim: 128,
      tie: false,
    }),
    structure: DECODER,
  },
  // AI2's OLMoE: OLMo's full-width query and key norms, every layer a mixture of num_experts experts
  // (3-D gate_up_proj and down_proj of intermediate_size) with a router (mlp.gate), no shared expert.
  olmoe: {
    modelType: 'olmoe',
    architecture: 'OlmoeForCausalLM',
    sources: src('olmoe'),
    layout: { defaults: { max_position_embeddings: 4096 } },
    keys: {
      ...decoderKeys({
        vocab: 50304,
        hidden: 2048,
        intermediate: 2048,
        layers: 16,
        heads: 16,
        kvHeads: 16,
        kvHeadsNull: HEADS,
        headDim: HEAD_DIM,
        tie: false,
      }),
      attention_bias: bool(false),
      num_experts: int(LIMITS.experts, 64, { ...required, alias: 'num_local_experts' }),
      num_experts_per_tok: int(LIMITS.experts, 8, required),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      qkNorm: 'full',
      moe: { kind: 'mixtral', expertsKey: 'num_experts' },
    },
  },
  // LG's EXAONE 4.0: norms of head_dim on queries and keys, the two layer norms after attention and
  // after the MLP (as OLMo 2), no biases.
  exaone4: {
    modelType: 'exaone4',
    architecture: 'Exaone4ForCausalLM',
    sources: src('exaone4'),
    // EXAONE 4: without layer_types, every sliding_window_pattern-th layer is global, the others slide.
    layout: {
      defaults: { sliding_window: 4096, sliding_window_pattern: 4, max_position_embeddings: 2048 },
      pattern: (i, r) => SLIDING_OR_FULL((i + 1) % (r.sliding_window_pattern ?? 4) !== 0),
    },
    keys: decoderKeys({
      vocab: 102400,
      hidden: 4096,
      intermediate: 16384,
      layers: 32,
      heads: 32,
      kvHeads: 32,
      headDim: HEAD_DIM,
      headDimNull: HEAD_DIM,
      tie: false,
    }),
    structure: { ...DECODER, qkNorm: 'head_dim' },
  },
  // Qwen3-VL's language model (its text_config): Qwen3's decoder with its own defaults. The tie flag
  // is the wrapper's (Qwen3VLConfig.tie_word_embeddings, false); transformers builds this model only
  // inside Qwen3VLForConditionalGeneration. Sources: models/qwen3_vl/.
  qwen3_vl_text: {
    modelType: 'qwen3_vl_text',
    sources: ['transformers/models/qwen3_vl/configuration_qwen3_vl.py', 'transformers/models/qwen3_vl/modeling_qwen3_vl.py'],
    layout: { defaults: { max_position_embeddings: 128000 } },
    keys: QWEN3_KEYS,
    structure: QWEN3_STRUCTURE,
  },
  // Qwen3-Next: three Gated DeltaNet (linear attention) layers to one gated-attention layer, every
  // layer with Qwen's sparse MoE block and its shared expert. Counted by hybrid.ts.
  qwen3_next: {
    modelType: 'qwen3_next',
    architecture: 'Qwen3NextForCausalLM',
    sources: src('qwen3_next'),
    layout: { defaults: { max_position_embeddings: 32768, sliding_window: null }, hybrid: 'qwen3_next' },
    keys: {
      ...decoderKeys({
        vocab: 151936,
        hidden: 2048,
        intermediate: 5632,
        layers: 48,
        heads: 16,
        kvHeads: 2,
        headDim: 256,
        tie: false,
      }),
      attention_bias: bool(false),
      layer_types: { kind: 'layer-pattern' },
      full_attention_interval: int(LIMITS.step, 4),
      linear_conv_kernel_dim: int(LIMITS.width, 4),
      linear_key_head_dim: int(LIMITS.width, 128),
      linear_value_head_dim: int(LIMITS.width, 128),
      linear_num_key_heads: int(LIMITS.heads, 16),
      linear_num_value_heads: int(LIMITS.heads, 32),
      num_experts: int(LIMITS.expertsOrNone, 512, required),
      num_experts_per_tok: int(LIMITS.experts, 10, required),
      moe_intermediate_size: int(LIMITS.width, 512, required),
      shared_expert_intermediate_size: int({ min: 0, max: LIMITS.width.max }, 512, required),
      decoder_sparse_step: int(LIMITS.step, 1),
      mlp_only_layers: layerList,
    },
    structure: { ...DECODER, moe: { kind: 'qwen', sharedExpert: true }, hybrid: 'qwen3_next' },
  },
  // TII's Falcon (7B, 40B, 180B): see countFalcon in hybrid.ts.
  falcon: {
    modelType: 'falcon',
    architecture: 'FalconForCausalLM',
    sources: src('falcon'),
    // Jamba's attention ignores head_dim: hidden_size / num_attention_heads (modeling_jamba.py).
    layout: { defaults: { max_position_embeddings: 2048 }, falconHeads: true, multiHeadOnly: true, headDimFromHidden: true },
    keys: {
      vocab_size: int(LIMITS.vocab, 65024, required),
      hidden_size: int(LIMITS.width, 4544, required),
      num_hidden_layers: int(LIMITS.layers, 32, required),
      num_attention_heads: int(LIMITS.heads, 71, required),
      num_kv_heads: int(LIMITS.heads, HEADS, { nullMeans: HEADS }),
      num_ln_in_parallel_attn: int({ min: 1, max: 2 }, undefined, { nullMeans: 'none' }),
      ffn_hidden_size: int(LIMITS.width, '4 * hidden_size', { nullMeans: '4 * hidden_size' }),
      new_decoder_architecture: bool(false),
      multi_query: bool(true),
      parallel_attn: bool(true),
      bias: bool(false),
      tie_word_embeddings: bool(true),
    },
    // modeling_falcon.py: FalconAttention.query_key_value.
    structure: { ...DECODER, hybrid: 'falcon', fusedQkvModule: 'query_key_value' },
  },
  // AI21's Jamba: one attention layer in attn_layer_period, the others Mamba (v1); a mixture of
  // experts on every expert_layer_period-th layer. Counted by hybrid.ts.
  jamba: {
    modelType: 'jamba',
    architecture: 'JambaForCausalLM',
    sources: src('jamba'),
    layout: { defaults: { max_position_embeddings: 262144, sliding_window: null }, hybrid: 'jamba', headDimFromHidden: true },
    keys: {
      vocab_size: int(LIMITS.vocab, 65536, required),
      hidden_size: int(LIMITS.width, 4096, required),
      intermediate_size: int(LIMITS.width, 14336, required),
      num_hidden_layers: int(LIMITS.layers, 32, required),
      num_attention_heads: int(LIMITS.heads, 32, required),
      num_key_value_heads: int(LIMITS.heads, 8),
      attn_layer_period: int(LIMITS.step, 8),
      attn_layer_offset: int(LIMITS.layerCount, 4),
      expert_layer_period: int(LIMITS.step, 2),
      expert_layer_offset: int(LIMITS.layerCount, 1),
      num_experts: int(LIMITS.experts, 16, required),
      num_experts_per_tok: int(LIMITS.experts, 2, required),
      mamba_d_state: int(LIMITS.width, 16),
      mamba_d_conv: int(LIMITS.width, 4),
      mamba_expand: int(LIMITS.step, 2),
      mamba_dt_rank: int(LIMITS.width, undefined),
      mamba_conv_bias: bool(true),
      mamba_proj_bias: bool(false),
      tie_word_embeddings: bool(false),
    },
    structure: { ...DECODER, hybrid: 'jamba' },
  },
  // NVIDIA's Nemotron-H: Mamba-2 layers ('M'), attention layers ('*') and MLP-only layers ('-'),
  // one kind per layer, in hybrid_override_pattern (or layers_block_type). Counted by hybrid.ts,
  // mixture-of-experts layers ('E', Nemotron 3 Nano) included.
  nemotron_h: {
    modelType: 'nemotron_h',
    architecture: 'NemotronHForCausalLM',
    sources: src('nemotron_h'),
    layout: { defaults: { sliding_window: null, max_position_embeddings: 4096 }, hybrid: 'nemotron_h' },
    keys: {
      vocab_size: int(LIMITS.vocab, 131072, required),
      hidden_size: int(LIMITS.width, 4096, required),
      layers_block_type: { kind: 'layer-pattern' },
      num_attention_heads: int(LIMITS.heads, 32, required),
      num_key_value_heads: int(LIMITS.heads, 8, { nullMeans: HEADS }),
      head_dim: int(LIMITS.width, 128),
      intermediate_size: int(LIMITS.width, 21504, required),
      ssm_state_size: int(LIMITS.width, 128, required),
      mamba_num_heads: int(LIMITS.heads, 128, required),
      mamba_head_dim: int(LIMITS.width, 64, required),
      n_groups: int(LIMITS.heads, 8, { alias: 'mamba_n_groups' }),
      conv_kernel: int(LIMITS.width, 4, { alias: 'mamba_d_conv' }),
      attention_bias: bool(false),
      mlp_bias: bool(false),
      use_bias: bool(false),
      use_conv_bias: bool(true),
      mamba_proj_bias: bool(false),
      tie_word_embeddings: bool(false),
      // Mixture-of-experts layers ('E'; Nemotron 3 Nano), read only when the pattern has one (types-b).
      n_routed_experts: int(LIMITS.experts, 8, { alias: 'num_local_experts' }),
      num_experts_per_tok: int(LIMITS.experts, 2),
      moe_intermediate_size: int(LIMITS.width, 7688),
      moe_shared_expert_intermediate_size: int(LIMITS.width, 7688),
      moe_latent_size: int(LIMITS.width, undefined, { nullMeans: 'none' }),
    },
    structure: { ...DECODER, hybrid: 'nemotron_h' },
  },

  /*
   * Issue 22, second batch (branch types-b): attention-free and short-convolution hybrids.
   */

  // Mamba-2 (Mistral's Mamba-Codestral): every layer one RMSNorm and one Mamba-2 mixer, no attention
  // and no MLP, so nothing grows with the context. Counted by hybrid.ts countMamba2.
  mamba2: {
    modelType: 'mamba2',
    architecture: 'Mamba2ForCausalLM',
    sources: src('mamba2'),
    layout: { defaults: { sliding_window: null, max_position_embeddings: null }, hybrid: 'mamba2' },
    keys: {
      vocab_size: int(LIMITS.vocab, 32768, required),
      hidden_size: int(LIMITS.width, 4096, required),
      num_hidden_layers: int(LIMITS.layers, 64, required),
      num_heads: int(LIMITS.heads, 128, required),
      head_dim: int(LIMITS.width, 64, required),
      state_size: int(LIMITS.latentDim, 128, required),
      expand: int(LIMITS.step, 2),
      n_groups: int(LIMITS.heads, 8),
      conv_kernel: int(LIMITS.latentDim, 4),
      use_bias: bool(false),
      use_conv_bias: bool(true),
      tie_word_embeddings: bool(false),
    },
    structure: { ...DECODER, hybrid: 'mamba2' },
  },
  // Mamba (v1, state-spaces' mamba-*-hf): every layer one RMSNorm and one Mamba mixer, no attention
  // and no MLP. Counted by hybrid.ts countMamba.
  mamba: {
    modelType: 'mamba',
    architecture: 'MambaForCausalLM',
    sources: src('mamba'),
    layout: { defaults: { sliding_window: null, max_position_embeddings: null }, hybrid: 'mamba' },
    keys: {
      vocab_size: int(LIMITS.vocab, 50280, required),
      hidden_size: int(LIMITS.width, 768, required),
      num_hidden_layers: int(LIMITS.layers, 32, required),
      state_size: int(LIMITS.latentDim, 16, required),
      expand: int(LIMITS.step, 2),
      conv_kernel: int(LIMITS.latentDim, 4),
      // "auto" (the default) is ceil(hidden_size / 16), read by countMamba.
      time_step_rank: int(LIMITS.width, undefined),
      use_bias: bool(false),
      use_conv_bias: bool(true),
      tie_word_embeddings: bool(true),
    },
    structure: { ...DECODER, hybrid: 'mamba' },
  },
  // Liquid AI's LFM2: most layers a gated short convolution (conv_L_cache taps), the others
  // grouped-query attention with q/k norms, every layer a SwiGLU MLP whose width block_ff_dim and
  // the block_* keys set. Counted by hybrid.ts countLfm2.
  lfm2: {
    modelType: 'lfm2',
    architecture: 'Lfm2ForCausalLM',
    sources: src('lfm2'),
    layout: { defaults: { sliding_window: null, max_position_embeddings: 128000 }, hybrid: 'lfm2' },
    keys: {
      vocab_size: int(LIMITS.vocab, 65536, required),
      hidden_size: int(LIMITS.width, 2560, required),
      intermediate_size: int(LIMITS.width, 12288),
      block_ff_dim: int(LIMITS.width, undefined),
      num_hidden_layers: int(LIMITS.layers, 32, required),
      num_attention_heads: int(LIMITS.heads, 32, required),
      num_key_value_heads: int(LIMITS.heads, 8),
      // Not a field of Lfm2Config, but Lfm2Attention takes getattr(config, "head_dim", hidden // heads).
      head_dim: int(LIMITS.width, HEAD_DIM),
      conv_L_cache: int(LIMITS.latentDim, 3),
      block_multiple_of: int(LIMITS.width, 256),
      layer_types: { kind: 'layer-pattern' },
      full_attn_idxs: { kind: 'layer-pattern' },
      conv_bias: bool(false),
      block_auto_adjust_ff_dim: bool(true),
      tie_word_embeddings: bool(true),
    },
    structure: { ...DECODER, hybrid: 'lfm2' },
  },
  // Meta's Llama 4 text model (the text_config of Llama4ForConditionalGeneration): on the layers in
  // moe_layers (every interleave_moe_layer_step-th without it) a mixture of num_local_experts experts
  // with a router and one shared expert, on the others a dense MLP of intermediate_size_mlp; RoPE and
  // chunked attention on three layers in four, full attention without RoPE on the fourth. Counted by
  // hybrid.ts countLlama4.
  llama4_text: {
    modelType: 'llama4_text',
    architecture: 'Llama4ForCausalLM',
    sources: ['transformers/models/llama4/configuration_llama4.py', 'transformers/models/llama4/modeling_llama4.py'],
    layout: {
      defaults: { attention_chunk_size: 8192, max_position_embeddings: 131072, no_rope_layer_interval: 4 },
      noRopePattern: true,
    },
    keys: {
      ...decoderKeys({
        vocab: 202048,
        hidden: 5120,
        intermediate: 8192,
        layers: 48,
        heads: 40,
        kvHeads: 8,
        kvHeadsNull: HEADS,
        headDim: 128,
        headDimNull: HEAD_DIM,
        tie: false,
      }),
      intermediate_size_mlp: int(LIMITS.width, 16384),
      num_local_experts: int(LIMITS.experts, 16),
      num_experts_per_tok: int(LIMITS.experts, 1),
      interleave_moe_layer_step: int(LIMITS.step, 1),
      moe_layers: { kind: 'layer-pattern' },
      attention_bias: bool(false),
    },
    structure: { ...DECODER, hybrid: 'llama4' },
  },
  // Qwen3.5's language model (the text_config of Qwen3_5ForConditionalGeneration): Qwen3-Next's
  // Gated DeltaNet and gated-attention layers, three to one, with a dense gated MLP on every layer
  // instead of its mixture of experts. Counted by hybrid.ts countQwen3Next. transformers does not
  // build the multi-token-prediction layer (mtp_num_hidden_layers; modeling_qwen3_5.py ignores mtp.*).
  qwen3_5_text: {
    modelType: 'qwen3_5_text',
    architecture: 'Qwen3_5ForCausalLM',
    sources: ['transformers/models/qwen3_5/configuration_qwen3_5.py', 'transformers/models/qwen3_5/modeling_qwen3_5.py'],
    layout: { defaults: { max_position_embeddings: 32768, sliding_window: null }, hybrid: 'qwen3_next' },
    keys: {
      ...decoderKeys({
        vocab: 248320,
        hidden: 4096,
        intermediate: 12288,
        layers: 32,
        heads: 16,
        kvHeads: 4,
        headDim: 256,
        tie: false,
      }),
      attention_bias: bool(false),
      layer_types: { kind: 'layer-pattern' },
      full_attention_interval: int(LIMITS.step, 4),
      linear_conv_kernel_dim: int(LIMITS.width, 4),
      linear_key_head_dim: int(LIMITS.width, 128),
      linear_value_head_dim: int(LIMITS.width, 128),
      linear_num_key_heads: int(LIMITS.heads, 16),
      linear_num_value_heads: int(LIMITS.heads, 32),
    },
    structure: { ...DECODER, hybrid: 'qwen3_next' },
  },
  // Qwen3.5's and Qwen3.6's mixture-of-experts language model (Qwen3_5MoeForConditionalGeneration's
  // text_config): as qwen3_5_text, with Qwen3-Next's sparse MoE block (num_experts experts, a shared
  // expert and its gate) on every layer. Qwen3_5MoeTextConfig has no decoder_sparse_step or
  // mlp_only_layers; their defaults here (1, none) are what its modeling code builds.
  qwen3_5_moe_text: {
    modelType: 'qwen3_5_moe_text',
    architecture: 'Qwen3_5MoeForCausalLM',
    sources: ['transformers/models/qwen3_5_moe/configuration_qwen3_5_moe.py', 'transformers/models/qwen3_5_moe/modeling_qwen3_5_moe.py'],
    layout: { defaults: { max_position_embeddings: 32768, sliding_window: null }, hybrid: 'qwen3_next' },
    keys: {
      // Qwen3_5MoeTextConfig has no intermediate_size: every layer is a mixture of experts.
      vocab_size: int(LIMITS.vocab, 248320, required),
      hidden_size: int(LIMITS.width, 2048, required),
      num_hidden_layers: int(LIMITS.layers, 40, required),
      num_attention_heads: int(LIMITS.heads, 16, required),
      num_key_value_heads: int(LIMITS.heads, 2),
      head_dim: int(LIMITS.width, 256),
      tie_word_embeddings: bool(false),
      attention_bias: bool(false),
      layer_types: { kind: 'layer-pattern' },
      full_attention_interval: int(LIMITS.step, 4),
      linear_conv_kernel_dim: int(LIMITS.width, 4),
      linear_key_head_dim: int(LIMITS.width, 128),
      linear_value_head_dim: int(LIMITS.width, 128),
      linear_num_key_heads: int(LIMITS.heads, 16),
      linear_num_value_heads: int(LIMITS.heads, 32),
      num_experts: int(LIMITS.expertsOrNone, 256, required),
      num_experts_per_tok: int(LIMITS.experts, 8, required),
      moe_intermediate_size: int(LIMITS.width, 512, required),
      shared_expert_intermediate_size: int({ min: 0, max: LIMITS.width.max }, 512, required),
      decoder_sparse_step: int(LIMITS.step, 1),
      mlp_only_layers: layerList,
    },
    structure: { ...DECODER, moe: { kind: 'qwen', sharedExpert: true }, hybrid: 'qwen3_next' },
  },

  // ---- issue 22, types-a: Granite, GLM-4, Cohere 2, OLMo 3, Ministral, Phi-3.5-MoE ----

  // IBM's Granite 3.x dense models: Llama's decoder (q/k/v/o with attention_bias, gated MLP with
  // mlp_bias, two RMSNorms per layer). Its four multipliers (embedding, attention, residual, logits)
  // scale activations and add no weight. head_dim is no GraniteConfig field: the modeling code's
  // getattr falls back to hidden_size // num_attention_heads.
  granite: {
    modelType: 'granite',
    architecture: 'GraniteForCausalLM',
    sources: src('granite'),
    layout: { defaults: { max_position_embeddings: 2048 } },
    keys: {
      ...decoderKeys({
        vocab: 32000,
        hidden: 4096,
        intermediate: 11008,
        layers: 32,
        heads: 32,
        kvHeads: HEADS,
        kvHeadsNull: HEADS,
        headDim: HEAD_DIM,
        tie: false,
      }),
      attention_bias: bool(false),
      mlp_bias: bool(false),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      mlp: { kind: 'gated', bias: 'mlp_bias' },
    },
  },
  // Microsoft's Phi-3.5-MoE: Mixtral's layout (every layer num_local_experts experts of
  // intermediate_size, a router without bias, no shared expert) with q/k/v/o biases
  // (attention_bias), LayerNorms with biases (nn.LayerNorm, not RMSNorm) and an optional bias on
  // lm_head (lm_head_bias). head_dim is no PhimoeConfig field: getattr falls back to hidden // heads.
  // num_key_value_heads is a plain int there, so null is refused.
  phimoe: {
    modelType: 'phimoe',
    architecture: 'PhimoeForCausalLM',
    sources: src('phimoe'),
    // sliding_window applies to every layer when set (PhimoeConfig's default is None).
    layout: { defaults: { sliding_window: null, max_position_embeddings: 131072 } },
    keys: {
      ...decoderKeys({
        vocab: 32064,
        hidden: 4096,
        intermediate: 6400,
        layers: 32,
        heads: 32,
        kvHeads: 8,
        headDim: HEAD_DIM,
        tie: false,
      }),
      attention_bias: bool(false),
      lm_head_bias: bool(false),
      num_local_experts: int(LIMITS.experts, 16, required),
      num_experts_per_tok: int(LIMITS.experts, 2, required),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      moe: { kind: 'mixtral' },
      layerNorm: true,
      lmHeadBias: 'lm_head_bias',
    },
  },
  // Zhipu's GLM-4.5, 4.6 and 4.7 (GLM-4.5-Air...): DeepSeek-V3's mixture of experts (dense layers
  // before first_k_dense_replace, then n_routed_experts experts of moe_intermediate_size, a router
  // weight with its e_score_correction_bias buffer, n_shared_experts shared experts), q/k/v biases
  // (attention_bias) but none on o_proj, norms of head_dim on queries and keys when use_qk_norm.
  // transformers builds no MTP layer (num_nextn_predict_layers is reported, not counted). head_dim
  // is read when the config gives it (GLM-4.5: 128 with 96 heads over 4096), else hidden // heads.
  glm4_moe: {
    modelType: 'glm4_moe',
    architecture: 'Glm4MoeForCausalLM',
    sources: src('glm4_moe'),
    layout: { defaults: { max_position_embeddings: 131072 } },
    keys: {
      ...decoderKeys({
        vocab: 151552,
        hidden: 4096,
        intermediate: 10944,
        layers: 46,
        heads: 96,
        kvHeads: 8,
        headDim: HEAD_DIM,
        tie: false,
      }),
      attention_bias: bool(false),
      use_qk_norm: bool(false),
      first_k_dense_replace: int(LIMITS.layerCount, 1),
      n_routed_experts: int(LIMITS.experts, 128, { ...required, alias: 'num_local_experts' }),
      num_experts_per_tok: int(LIMITS.experts, 8, required),
      n_shared_experts: int(LIMITS.sharedExperts, 1, required),
      moe_intermediate_size: int(LIMITS.width, 1408, required),
      num_nextn_predict_layers: int(LIMITS.layerCount, 1, { alias: 'num_mtp_layers' }),
    },
    structure: {
      ...DECODER,
      attention: { kind: 'qkvo', qkvBias: 'attention_bias', oBias: false },
      qkNorm: 'head_dim-use-qk-norm',
      moe: { kind: 'deepseek', scoreCorrectionBias: true, sharedExpertBias: false },
    },
  },
  // Mistral's Ministral 8B (2410) as transformers' ministral type: Mistral's decoder, with layer_types
  // written out by MinistralConfig (every layer sliding when sliding_window is set). Its head_dim
  // (int | None, default None) is not filled in: MinistralAttention takes it as it is, and a config
  // without one (or with null) does not build (head_dim ** -0.5 on None), so here it is required.
  // The released config.json still says model_type mistral, which the mistral family counts.
  ministral: {
    modelType: 'ministral',
    architecture: 'MinistralForCausalLM',
    sources: src('ministral'),
    layout: { defaults: { sliding_window: 4096, max_position_embeddings: 131072 }, headDimRequired: true },
    keys: {
      ...decoderKeys({
        vocab: 32000,
        hidden: 4096,
        intermediate: 14336,
        layers: 32,
        heads: 32,
        kvHeads: 8,
        headDim: HEAD_DIM,
        tie: false,
      }),
      head_dim: int(LIMITS.width, undefined),
    },
    structure: DECODER,
  },
  // AI2's first OLMo (OLMo-1B-hf, OLMo-7B-hf): Llama's attention and gated MLP, but its norms
  // (OlmoLayerNorm, before attention, before the MLP and at the end) have no weights at all;
  // clip_qkv clamps activations and adds nothing.
  olmo: {
    modelType: 'olmo',
    architecture: 'OlmoForCausalLM',
    sources: src('olmo'),
    layout: { defaults: { max_position_embeddings: 2048 } },
    keys: {
      ...decoderKeys({
        vocab: 50304,
        hidden: 4096,
        intermediate: 11008,
        layers: 32,
        heads: 32,
        kvHeads: HEADS,
        kvHeadsNull: HEADS,
        headDim: HEAD_DIM,
        tie: false,
      }),
      attention_bias: bool(false),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      normsWithoutWeights: true,
    },
  },

  // ---- issue 22, types-a, part 2: rules checked against transformers on synthetic configs only ----
  // No real config.json of a released cohere2, olmo3, glm4, granitemoe or granitemoeshared model was
  // found (fixtures/configs/README.md); their counts match transformers 5.18.0 on the synthetic
  // configs in fixtures/configs/synthetic, which reach every rule below.

  // Cohere's Command R7B and Command A (cohere2): Cohere's parallel block, one CohereLayerNorm (a
  // weight) per layer, no norms on queries and keys; three sliding layers to one global
  // (sliding_window_pattern, 4). Cohere2Config.__post_init__ sets head_dim to hidden_size // heads,
  // but a head_dim the config gives is set after it (PreTrainedConfig's kwargs) and is the one used.
  cohere2: {
    modelType: 'cohere2',
    architecture: 'Cohere2ForCausalLM',
    sources: src('cohere2'),
    layout: {
      defaults: { sliding_window: 4096, sliding_window_pattern: 4, max_position_embeddings: 8192 },
      pattern: (i, r) => SLIDING_OR_FULL((i + 1) % (r.sliding_window_pattern ?? 4) !== 0),
    },
    keys: {
      ...decoderKeys({
        vocab: 256000,
        hidden: 8192,
        intermediate: 22528,
        layers: 40,
        heads: 64,
        kvHeads: HEADS,
        kvHeadsNull: HEADS,
        headDim: HEAD_DIM,
        tie: true,
      }),
      attention_bias: bool(false),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      normsPerLayer: 1,
    },
  },
  // AI2's OLMo 3: OLMo 2's layer (full-width q/k norms, norms after attention and after the MLP)
  // with three sliding layers to one global when the config gives no layer_types.
  olmo3: {
    modelType: 'olmo3',
    architecture: 'Olmo3ForCausalLM',
    sources: src('olmo3'),
    layout: {
      defaults: { sliding_window: 4096, max_position_embeddings: 2048 },
      pattern: (i) => SLIDING_OR_FULL((i + 1) % 4 !== 0),
    },
    keys: {
      ...decoderKeys({
        vocab: 50304,
        hidden: 4096,
        intermediate: 11008,
        layers: 32,
        heads: 32,
        kvHeads: HEADS,
        kvHeadsNull: HEADS,
        headDim: HEAD_DIM,
        tie: false,
      }),
      attention_bias: bool(false),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      qkNorm: 'full',
    },
  },
  // Zhipu's GLM-4-0414 (glm4): four RMSNorms per layer (before and after attention and the MLP),
  // q/k/v biases (attention_bias, true by default) but none on o_proj, a fused gate_up_proj.
  // head_dim and num_key_value_heads are plain ints in Glm4Config: null is refused.
  glm4: {
    modelType: 'glm4',
    architecture: 'Glm4ForCausalLM',
    sources: src('glm4'),
    layout: { defaults: { max_position_embeddings: 131072 } },
    keys: {
      ...decoderKeys({
        vocab: 151552,
        hidden: 4096,
        intermediate: 13696,
        layers: 40,
        heads: 32,
        kvHeads: 2,
        headDim: 128,
        tie: false,
      }),
      attention_bias: bool(true),
    },
    structure: {
      ...DECODER,
      attention: { kind: 'qkvo', qkvBias: 'attention_bias', oBias: false },
      mlp: { kind: 'fused-gated' },
      normsPerLayer: 4,
    },
  },
  // IBM's Granite 3.x mixtures of experts (granitemoe): Granite's attention (attention_bias) with a
  // Mixtral-style block of num_local_experts experts and a router without bias on every layer.
  granitemoe: {
    modelType: 'granitemoe',
    architecture: 'GraniteMoeForCausalLM',
    sources: src('granitemoe'),
    layout: { defaults: { max_position_embeddings: 2048 } },
    keys: {
      ...decoderKeys({
        vocab: 32000,
        hidden: 4096,
        intermediate: 11008,
        layers: 32,
        heads: 32,
        kvHeads: HEADS,
        kvHeadsNull: HEADS,
        headDim: HEAD_DIM,
        tie: false,
      }),
      attention_bias: bool(false),
      num_local_experts: int(LIMITS.experts, 8, required),
      num_experts_per_tok: int(LIMITS.experts, 2, required),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      moe: { kind: 'mixtral' },
    },
  },
  // GraniteMoE with a shared gated MLP of shared_intermediate_size beside the experts (shared_mlp,
  // built only when that width is above 0).
  granitemoeshared: {
    modelType: 'granitemoeshared',
    architecture: 'GraniteMoeSharedForCausalLM',
    sources: src('granitemoeshared'),
    layout: { defaults: { max_position_embeddings: 2048 } },
    keys: {
      ...decoderKeys({
        vocab: 32000,
        hidden: 4096,
        intermediate: 11008,
        layers: 32,
        heads: 32,
        kvHeads: HEADS,
        kvHeadsNull: HEADS,
        headDim: HEAD_DIM,
        tie: false,
      }),
      attention_bias: bool(false),
      num_local_experts: int(LIMITS.experts, 8, required),
      num_experts_per_tok: int(LIMITS.experts, 2, required),
      shared_intermediate_size: int({ min: 0, max: LIMITS.width.max }, 0),
    },
    structure: {
      ...DECODER,
      attention: ATTENTION_BIAS,
      moe: { kind: 'mixtral', sharedKey: 'shared_intermediate_size' },
    },
  },

  /*
   * Issue 22, third batch (branch types-c): Mamba-2 hybrids with mamba_* keys. Checked against
   * transformers 5.18.0 on synthetic configs only (fixtures/configs/synthetic/bamba-*, falcon-h1-*,
   * granitemoehybrid-*): no real config.json of a released Bamba, Falcon-H1 or Granite 4.0 model
   * was found (the fixtures README). Each class's defaults are its flagship's sizes, and one
   * fixture is those defaults; a real config should replace them when one is found.
   */

  // IBM's Bamba (ibm-ai-platform/Bamba-9B): Mamba-2 layers, attention on the layers listed in
  // attn_layer_indices (none by default), a SwiGLU MLP on every layer. Counted by hybrid.ts countBamba.
  bamba: {
    modelType: 'bamba',
    architecture: 'BambaForCausalLM',
    sources: src('bamba'),
    layout: { defaults: { sliding_window: null, max_position_embeddings: 262144 }, hybrid: 'bamba' },
    keys: {
      ...MAMBA_MIXER_KEYS,
      ...decoderKeys({ vocab: 128000, hidden: 4096, intermediate: 14336, layers: 32, heads: 32, kvHeads: 8, kvHeadsNull: HEADS, headDim: HEAD_DIM, tie: false }),
      attn_layer_indices: { kind: 'layer-pattern' },
      attention_bias: bool(false),
      mlp_bias: bool(false),
    },
    structure: { ...DECODER, hybrid: 'bamba' },
  },
  // TII's Falcon-H1: every layer runs attention and a Mamba-2 mixer side by side (transformers'
  // layer type "hybrid"), then a SwiGLU MLP; the µP multipliers add no parameters. Counted by
  // hybrid.ts countFalconH1.
  falcon_h1: {
    modelType: 'falcon_h1',
    architecture: 'FalconH1ForCausalLM',
    sources: src('falcon_h1'),
    layout: { defaults: { sliding_window: null, max_position_embeddings: 8192 }, hybrid: 'falcon_h1' },
    keys: {
      ...MAMBA_MIXER_KEYS,
      ...decoderKeys({ vocab: 128000, hidden: 4096, intermediate: 14336, layers: 32, heads: 32, kvHeads: 8, kvHeadsNull: HEADS, headDim: HEAD_DIM, tie: false }),
      // The mixer's width; None means mamba_expand · hidden_size.
      mamba_d_ssm: int(LIMITS.width, 1024, { nullMeans: 'none' }),
      mamba_rms_norm: bool(false),
      projectors_bias: bool(false),
      attention_bias: bool(false),
      mlp_bias: bool(false),
    },
    structure: { ...DECODER, hybrid: 'falcon_h1' },
  },
  // IBM's Granite 4.0 (granite-4.0-h-*): Mamba-2 or attention by layer_types (all Mamba-2 without
  // it), a shared MLP on every layer and, with num_local_experts > 0, a mixture of experts beside it.
  // Counted by hybrid.ts countGraniteMoeHybrid.
  granitemoehybrid: {
    modelType: 'granitemoehybrid',
    architecture: 'GraniteMoeHybridForCausalLM',
    sources: src('granitemoehybrid'),
    layout: { defaults: { sliding_window: null, max_position_embeddings: 2048 }, hybrid: 'granitemoehybrid' },
    keys: {
      ...MAMBA_MIXER_KEYS,
      ...decoderKeys({ vocab: 32000, hidden: 4096, intermediate: 11008, layers: 32, heads: 32, kvHeads: HEADS, kvHeadsNull: HEADS, headDim: HEAD_DIM, tie: false }),
      layer_types: { kind: 'layer-pattern' },
      num_local_experts: int(LIMITS.expertsOrNone, 8),
      num_experts_per_tok: int(LIMITS.expertsOrNone, 2),
      shared_intermediate_size: int(LIMITS.width, 1024),
      attention_bias: bool(false),
    },
    structure: { ...DECODER, hybrid: 'granitemoehybrid' },
  },
};

/**
 * Counts a config whose model_type is unknown (or absent): a Llama-style decoder with Llama's
 * structural defaults (num_key_value_heads = num_attention_heads, head_dim = hidden_size //
 * num_attention_heads, no biases, untied), but with no default for the size keys, which must be
 * present. Llama's refusal of hidden_size not divisible by the heads is not applied: other
 * families set head_dim freely. The result carries fellBackToLlama = true.
 */
export const FALLBACK: Family = {
  ...FAMILIES.llama,
  structure: { ...FAMILIES.llama.structure, hiddenMultipleOfHeads: false },
};

/** The model_type values counted by their own rules, in a stable order. */
export const KNOWN_MODEL_TYPES: readonly string[] = Object.keys(FAMILIES);

/** What a config means by leaving a key out: a number, a flag, or a value computed from other keys. */
export type ClassDefault = number | boolean | Derivation;

function keySpec(modelType: string, key: string): KeySpec | undefined {
  if (!Object.prototype.hasOwnProperty.call(FAMILIES, modelType)) return undefined;
  const keys = FAMILIES[modelType]!.keys;
  return Object.prototype.hasOwnProperty.call(keys, key) ? keys[key] : undefined;
}

/**
 * The value transformers' config class gives `key` when a config of `modelType` leaves it out, by
 * the same rule the counter applies (the file comment): inside a text_config (`nested`) every
 * default, in a top-level config none for a key marked `required`. Undefined when the family is
 * not one of FAMILIES, has no spec for the key, or no default for it here. For readers of a config
 * other than the counter (the attention layout), so both take one table of defaults.
 */
export function classDefault(modelType: string, key: string, nested: boolean): ClassDefault | undefined {
  const spec = keySpec(modelType, key);
  if (spec === undefined || spec.kind === 'int-list' || spec.kind === 'layer-pattern') return undefined;
  if (spec.kind === 'bool') return spec.absent;
  if (spec.required === true && !nested) return undefined;
  return spec.absent;
}

/** The other name transformers accepts for `key` in a `modelType` config (its attribute_map), if any. */
export function keyAlias(modelType: string, key: string): string | undefined {
  const spec = keySpec(modelType, key);
  return spec?.kind === 'int' ? spec.alias : undefined;
}

/**
 * What a config of `modelType` means by null (JSON's form of Python's None) in `key`, by the
 * counter's table, so that both readers of a config read null alike:
 * - 'default' where transformers types the field `int | None` (or a list | None) and fills None in
 *   the config's __post_init__ or the modeling code: Llama's num_key_value_heads (the attention
 *   heads) and head_dim (hidden_size // heads), DeepSeek's q_lora_rank (no low-rank query);
 * - 'refused' where the field is a plain int or bool, whose strict validation refuses None
 *   (num_hidden_layers, Mistral's num_key_value_heads, a flag): the key "is not a number" (or "is
 *   not true or false"), never "missing", since it is there;
 * - undefined when the counter has no spec for the key (the layout reader's windows and limits).
 * A model_type the counter does not know is read by FALLBACK's table, as the counter reads it.
 */
export function nullMeaning(modelType: string | null, key: string): 'default' | 'refused' | undefined {
  const family = modelType !== null && Object.prototype.hasOwnProperty.call(FAMILIES, modelType) ? FAMILIES[modelType]! : FALLBACK;
  if (!Object.prototype.hasOwnProperty.call(family.keys, key)) return undefined;
  const spec = family.keys[key]!;
  if (spec.kind === 'bool' || spec.kind === 'layer-pattern') return 'refused';
  return spec.nullMeans === undefined ? 'refused' : 'default';
}

/**
 * The model_type whose family transformers' class named first in a config's `architectures` belongs
 * to, for a remote-code config (one with an auto_map) whose own model_type has no rules here: Kimi K2's remote code (model_type
 * "kimi_k2") names DeepseekV3ForCausalLM, which transformers builds as deepseek_v3. Undefined when
 * the config names no such class. Only the first entry counts, as transformers' from_pretrained
 * reads it.
 */
export function familyOfArchitectures(config: Readonly<Record<string, unknown>>): { modelType: string; architecture: string } | undefined {
  // Only remote code: a config with auto_map, whose model_type transformers itself does not know.
  const autoMap = config.auto_map;
  if (typeof autoMap !== 'object' || autoMap === null || Array.isArray(autoMap)) return undefined;
  const names = config.architectures;
  const first = Array.isArray(names) ? names[0] : undefined;
  if (typeof first !== 'string') return undefined;
  const family = Object.values(FAMILIES).find((f) => f.architecture === first);
  return family ? { modelType: family.modelType, architecture: first } : undefined;
}
