import { assertNonNegativeFinite } from '../numbers/assert';

/*
 * Serving memory = weights + KV cache (activations and framework overhead not included).
 *
 * While it generates, a transformer keeps the key and value vectors of every token it has seen, in
 * every layer, so that each new token only computes its own. With grouped-query attention several
 * query heads share one key/value head, so the cache scales with the key/value heads, not with all
 * attention heads. Per token that is 2 (K and V) × layers × kv-heads × head-dim values:
 *
 *   KV bytes = 2 × layers × kv_heads × head_dim × context × batch × bytes_per_value
 *
 * Default shape, Llama 3.1 70B (Llama 3 paper, arXiv:2407.21783, Table 3): 80 layers, model
 * dimension 8192, 64 attention heads, 8 key/value heads, so head_dim = 8192 / 64 = 128. Per token in
 * bf16: 2 × 80 × 8 × 128 × 2 = 327,680 bytes (320 KiB).
 */

/** Bounds on the shape fields: generous for any published model, tight enough to catch typos. */
export const KV_LIMITS = {
  layers: 1000,
  kvHeads: 1024,
  headDim: 4096,
  /** Tokens: 10⁸ (100,000,000), well above the longest context windows offered. */
  context: 100_000_000,
  batch: 100_000,
} as const;

/** Keys and values: two vectors per head per layer per token. */
export const KV_TENSORS = 2;

/** Serving memory, weights plus KV cache; activations and runtime overhead come on top. */
export function servingBytes(weightBytes: number, kvBytes: number): number {
  assertNonNegativeFinite(weightBytes, 'weightBytes');
  assertNonNegativeFinite(kvBytes, 'kvBytes');
  return weightBytes + kvBytes;
}
