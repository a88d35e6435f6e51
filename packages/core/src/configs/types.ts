/**
 * Shared types of the model-config counter. Numbers are parameter counts (exact integers,
 * elements of weight tensors), never bytes.
 */

/** What went wrong, as one code; `problems` says which keys, and why. */
export type ConfigErrorCode =
  /** The text is empty or only whitespace. */
  | 'empty'
  /** The text is longer than MAX_CONFIG_CHARS. */
  | 'too-long'
  /** JSON.parse rejected it (HTML, YAML, a truncated paste, ...). */
  | 'not-json'
  /** Valid JSON, but an array, a string, a number, true/false or null rather than an object. */
  | 'not-an-object'
  /**
   * One or more keys are missing or hold a value the model cannot be built from, or the config is a
   * mixture of experts of a model_type the counter cannot count ('unsupported-moe'): see `problems`.
   */
  | 'invalid-keys'
  /** The count exceeds Number.MAX_SAFE_INTEGER (2^53 − 1), where doubles stop being exact. */
  | 'too-large';

export type KeyProblemKind =
  /** Needed, and no default applies (see families.ts for when a default applies). */
  | 'missing'
  /** A string, boolean, object, list or null where a whole number belongs. */
  | 'not-a-number'
  /** A number with a fractional part. */
  | 'not-an-integer'
  /** A whole number outside [min, max]: zero or negative sizes, absurd sizes, Infinity. */
  | 'out-of-range'
  /** Anything but true or false where a flag belongs (transformers' strict config rejects null too). */
  | 'not-a-boolean'
  /** Not a list of whole numbers (mlp_only_layers). */
  | 'not-a-list'
  /** model_type is not a plain identifier such as "llama" or "qwen2_moe". */
  | 'not-a-model-type'
  /** text_config is present but not an object. */
  | 'not-an-object'
  /** `key` must be a multiple of the key named in `of` (transformers refuses the config otherwise). */
  | 'not-a-multiple'
  /** num_key_value_heads does not divide num_attention_heads (grouped-query.ts): no model can be built. */
  | 'heads-not-divisible'
  /**
   * A Mamba-2 mixer's heads do not split its width (expand · hidden_size, or Falcon-H1's mamba_d_ssm)
   * into heads of head_dim: mamba_n_heads does not divide it, or mamba_d_head (Mamba-2's head_dim)
   * times the heads is not it. transformers' validate_architecture refuses the config.
   */
  | 'mamba-heads-mismatch'
  /**
   * A mixture-of-experts key (moe-keys.ts) in a config whose model_type the counter has no rules for
   * (or that names none): the Llama-style fallback would count one dense MLP per layer and give a total
   * many times too low, so no total is given. `key` is the first such key.
   */
  | 'unsupported-moe'
  /**
   * The config's model_type (or its absence) has no rules here and its keys are not the Llama-style
   * names the fallback reads (GPT-2's n_embd, n_layer, n_head): no total is given. `key` is model_type.
   */
  | 'unknown-model-type'
  // The layout reader's (attention-layout.ts): the same keys, refused where the cache is sized.
  /** A count or a size is zero or negative. */
  | 'not-positive'
  /** Larger than any published model uses (limits.ts): most likely a typo. */
  | 'too-large'
  /** hidden_size is not a multiple of num_attention_heads, and no head_dim says otherwise. */
  | 'hidden-not-divisible'
  /** layer_types does not have one entry per layer. */
  | 'layer-types-length'
  /** A layer_types entry transformers does not know. */
  | 'unknown-layer-type'
  /** A layer_types entry whose cache this code cannot size (sparse attention, a mixture-of-experts block where a mixer belongs). */
  | 'unsupported-layer-type'
  /** A model_type this code has no rules for, whose config has keys that change the layout. */
  | 'unsupported-model-type';

/**
 * One key's problem: the one error type of both config readers (the counter, count-parameters.ts,
 * and the layout reader, attention-layout.ts); each language says it with one sentence per kind.
 */
export interface KeyProblem {
  /** The key as written in the input; nested keys as "text_config.hidden_size". */
  key: string;
  problem: KeyProblemKind;
  /** Inclusive bounds, for 'out-of-range'. */
  min?: number;
  max?: number;
  /** For 'not-a-multiple': the key whose multiple `key` must be. */
  of?: string;
}

/**
 * The project's Result (src/lib/result.ts) with the list of key problems on failure. A value of
 * this type is also a Result<T, ConfigErrorCode>; `problems` is empty unless error is 'invalid-keys'.
 */
export type ConfigResult<T> =
  { ok: true; value: T } | { ok: false; error: ConfigErrorCode; problems: readonly KeyProblem[] };

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * Parameters per part of the model. Each part includes its own biases; the parts add up to the
 * total exactly.
 */
export interface ParameterBreakdown {
  /** Token embedding matrix, vocab_size × hidden_size (GPT-2's wte). */
  embeddings: number;
  /** Learned position embeddings, n_positions × hidden_size (GPT-2's wpe); 0 for rotary models. */
  positionEmbeddings: number;
  /** lm_head. 0 when tied to the embeddings, except Phi's lm_head bias, which is never tied. */
  outputHead: number;
  /** All attention projections of all layers: q/k/v/o, fused qkv, MLA's low-rank projections. */
  attention: number;
  /** Dense feed-forward blocks: every layer of a dense model, the dense layers of an MoE model. */
  mlp: number;
  /** All routed experts of all MoE layers, used or not. */
  routedExperts: number;
  /** Shared experts (always used), with qwen2_moe's shared_expert_gate (hidden_size → 1). */
  sharedExperts: number;
  /** Router weights (num_experts × hidden_size per MoE layer), with DeepSeek-V3's e_score_correction_bias. */
  router: number;
  /** Every norm weight and LayerNorm bias: per layer, per head (q_norm, k_norm), MLA's and the final one. */
  norms: number;
  /**
   * Layers that mix tokens without attention and keep a fixed state instead of a KV cache: Mamba-2
   * mixers (in_proj, conv1d, dt_bias, A_log, D, their gated norm, out_proj). 0 for pure transformers.
   */
  recurrent: number;
}

export interface ParameterCount {
  /**
   * The model_type counted: the text model's own when the config nests one (or, when that names
   * none, the one the wrapper's config class gives it: text-config.ts); null if none was given.
   */
  modelType: string | null;
  /** The family whose construction rules were applied (see families.ts). */
  family: string;
  /** True when model_type is unknown (or absent) and the config was counted as a Llama-style decoder. */
  fellBackToLlama: boolean;
  /**
   * Set when the config's model_type has no rules here (remote code) but its `architectures` names a
   * transformers class that does, by whose rules it was counted: "DeepseekV3ForCausalLM" for Kimi K2.
   */
  architecture: string | null;
  /** Set when only the language model in `text_config` was counted (vision tower, projector left out). */
  nested: { key: 'text_config'; outerModelType: string | null } | null;
  breakdown: ParameterBreakdown;
  /** All parameters: the sum of the breakdown. */
  total: number;
  /** Parameters one token passes through: total minus the routed experts it is not sent to. Equals total for dense models. */
  active: number;
  /**
   * active without the token embedding table (and GPT-2's position table), of which a token reads
   * one row; a tied table stays, as the output head multiplies all of it. This is how OpenAI's
   * gpt-oss model card (arXiv:2508.10925, table 1) counts active parameters: 5.13B for gpt-oss-120b,
   * 3.61B for gpt-oss-20b (their `active`: 5.71B and 4.19B). Mixtral's "about 13B active"
   * (arXiv:2401.04088) is `active`, with the table: 12,879,925,248 against 12,748,853,248 here.
   */
  activeWithoutEmbeddings: number;
  /** Of the total, how many are biases (Linear, Conv1D and LayerNorm biases, gpt-oss's expert biases; not its attention sinks); already inside their parts. */
  biases: number;
  /** Whether lm_head shares the embedding matrix (tie_word_embeddings, or the family default). */
  tiedEmbeddings: boolean;
  /** Of the total, persistent buffers: saved in checkpoints but not in model.parameters() (DeepSeek-V3's e_score_correction_bias). */
  persistentBuffers: number;
  /** Decoder layers with a dense MLP and with a mixture of experts. */
  layers: { dense: number; moe: number };
  /**
   * For hybrid models, how many layers of each kind the model has, by transformers' layer-type
   * names: full_attention, linear_attention (Mamba and Mamba-2 mixers, Gated DeltaNet), mlp, moe
   * (Nemotron-H), conv (LFM2's short convolutions), attention/mamba (Jamba), hybrid (Falcon-H1:
   * attention and a Mamba-2 mixer in one layer); null for a decoder
   * whose every layer has attention and an MLP.
   */
  layerKinds: Readonly<Record<string, number>> | null;
  /** For MoE models: experts per MoE layer, experts each token is routed to, shared experts. */
  experts: { routed: number; perToken: number; shared: number } | null;
  /** DeepSeek-V3's multi-token-prediction layers (num_nextn_predict_layers): in the checkpoint, not built by transformers, not counted. */
  mtpLayersNotCounted: number;
  /** Every key the count used, under its transformers name, with the value used. */
  resolved: Readonly<Record<string, number | boolean | readonly number[] | null>>;
  /** Keys of `resolved` that were not in the config: the family default applied. */
  defaulted: readonly string[];
  /** Paths of the input keys the count read ("model_type", "text_config.hidden_size", ...). */
  readKeys: readonly string[];
}
