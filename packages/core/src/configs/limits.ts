/*
 * The one table of bounds on a config.json's whole-number keys, read by both the parameter counter
 * (families.ts, config-reader.ts) and the attention-layout reader (attention-layout.ts), so the two
 * refuse the same configs (readers-agree.test.ts). Wide enough for any released model, tight enough
 * to catch typos. The calculators' own fields have their own, narrower limits (memory/kv-cache.ts
 * KV_LIMITS): a form asks for plausible shapes, a config is read as transformers would build it.
 */

/** Inclusive bounds on a whole-number key. Wide enough for any released model, tight enough to catch typos. */
export interface Limits {
  min: number;
  max: number;
}

export const LIMITS = {
  /** Decoder layers (the longest released stacks have under 200). */
  layers: { min: 1, max: 1000 },
  /** A layer index or count of leading dense layers; 0 allowed. */
  layerCount: { min: 0, max: 1000 },
  /** Widths: hidden_size, intermediate sizes, head_dim, LoRA ranks: up to 2^20. */
  width: { min: 1, max: 1_048_576 },
  /** Attention heads (query or key/value). */
  heads: { min: 1, max: 65_536 },
  /** Vocabulary and learned positions: up to 2^24. */
  vocab: { min: 1, max: 16_777_216 },
  /** Routed experts per MoE layer. */
  experts: { min: 1, max: 65_536 },
  /** Routed experts where 0 is meaningful (qwen MoE: 0 experts builds dense layers only). */
  expertsOrNone: { min: 0, max: 65_536 },
  /** Shared experts (DeepSeek); 0 allowed. */
  sharedExperts: { min: 0, max: 65_536 },
  /** decoder_sparse_step: every n-th layer is MoE. */
  step: { min: 1, max: 1000 },
  /** kv_lora_rank and qk_rope_head_dim (DeepSeek-V3: 512 and 64), state sizes, conv kernels. */
  latentDim: { min: 1, max: 65_536 },
  /** sliding_window and attention_chunk_size, in tokens: the longest context a calculator takes, 10⁸. */
  window: { min: 1, max: 100_000_000 },
  /** max_window_layers (0: no layer slides). */
  windowLayers: { min: 0, max: 1000 },
  /** max_position_embeddings: any length a double counts exactly. */
  positions: { min: 1, max: Number.MAX_SAFE_INTEGER },
} as const satisfies Record<string, Limits>;
