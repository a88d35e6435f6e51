import { type QuantizationHint, readQuantizationConfig } from '../checkpoints/quantization';
import type { JsonObject, ParameterBreakdown } from '../configs/types';
import { bytesForPrecision, matchPrecision, type PrecisionId } from './precision';

/**
 * The weight formats a config.json's quantization_config can ship, with their real bytes per weight
 * (values and their scales, as the checkpoint stores them: quantization.ts cites each packing).
 */
export type ShippedFormat = 'fp8' | 'mxfp4' | 'int4' | 'int8';

export interface ShippedWeights {
  format: ShippedFormat;
  /** The scheme as its config names it ("fp8", "mxfp4", "gptq", …): quant_method. */
  scheme: QuantizationHint['scheme'];
  /** Bytes per quantized weight, scales included: 1 + 4 / (128 × 128) for DeepSeek-V3's fp8. */
  bytesPerWeight: number;
  /** Bits per quantized weight, scales included (bytesPerWeight × 8). */
  bitsPerWeight: number;
  /** Parameters stored in the quantized format. */
  quantizedParameters: number;
  /** The rest (embeddings, norms, routers, and whatever modules_to_not_convert names), at `otherPrecision`. */
  otherParameters: number;
  otherPrecision: PrecisionId;
  /** The whole weights, bytes: quantized × bytesPerWeight + other × the other precision's bytes. */
  weightBytes: number;
  /** The nearest format of the serving calculator's select (PRECISIONS): fp8, int4 or int8. */
  precision: PrecisionId;
}

/**
 * How a config's checkpoint ships its weights, from its quantization_config (transformers'
 * quantizers; the same reading as readQuantizationConfig): which parameters are quantized, at what
 * real bytes per weight, and the rest at the config's torch_dtype (bf16 when it names none). Returns
 * null for a config without a quantization_config this reader knows.
 *
 * Which parameters are quantized, by scheme (the parts of ParameterBreakdown):
 * - fp8 (DeepSeek-V3; transformers/integrations/finegrained_fp8.py replaces every nn.Linear but
 *   lm_head): attention, MLPs, routed and shared experts. One fp32 scale_inv a weight_block_size block:
 *   1 + 4 / (128 × 128) bytes; per-row or per-tensor scales (no block size) count as 1 byte.
 *   Embeddings, lm_head, norms and the router gate stay in torch_dtype (DeepSeek-V3's checkpoint
 *   stores its gate in bf16).
 * - mxfp4 (gpt-oss; modules_to_not_convert lists self_attn, router, embed_tokens, lm_head): routed
 *   experts only, 4-bit values and one E8M0 byte a block of 32: 4.25 bits = 0.53125 bytes.
 * - gptq, awq, compressed-tensors int (bits b, group g): attention, MLPs and experts (every Linear of
 *   the decoder; AutoGPTQ and AutoAWQ leave lm_head and embeddings alone): b bits + a 16-bit scale and
 *   a b-bit zero a group: (b + (16 + b) / g) / 8 bytes (zero-less symmetric packing is a little smaller).
 *   group_size -1 (one group a column) counts as the scale alone.
 * - bitsandbytes 4-bit: the same layers, 4 bits + one fp32 absmax a block of 64: 4.5 bits. 8-bit:
 *   8 bits (the per-row fp32 SCB is less than 0.01 bit a weight on any real model).
 * - mlx (bits b, group g): every Linear and the embedding (mlx-lm quantizes both), b bits + a 16-bit
 *   scale and a 16-bit bias a group: b + 32 / g bits.
 */
export function shippedWeights(config: JsonObject, breakdown: ParameterBreakdown, total: number): ShippedWeights | null {
  const hint = readQuantizationConfig(config.quantization_config !== undefined || config.quantization !== undefined ? config : {});
  if (!hint) return null;
  const dtype = typeof config.torch_dtype === 'string' ? config.torch_dtype : typeof config.dtype === 'string' ? config.dtype : 'bfloat16';
  const matched = matchPrecision(dtype);
  const otherPrecision: PrecisionId = matched === 'fp16' || matched === 'bf16' || matched === 'fp32' ? matched : 'bf16';
  const linears = breakdown.attention + breakdown.mlp + breakdown.routedExperts + breakdown.sharedExperts;

  let format: ShippedFormat;
  let bits: number;
  let quantized: number;
  switch (hint.scheme) {
    case 'fp8': {
      format = 'fp8';
      bits = hint.blockSize ? 8 + 32 / (hint.blockSize[0] * hint.blockSize[1]) : 8;
      quantized = linears;
      break;
    }
    case 'mxfp4':
      format = 'mxfp4';
      bits = 4 + 8 / 32;
      quantized = breakdown.routedExperts;
      break;
    case 'bitsandbytes-4bit':
      format = 'int4';
      bits = 4 + 32 / 64;
      quantized = linears;
      break;
    case 'bitsandbytes-8bit':
      format = 'int8';
      bits = 8;
      quantized = linears;
      break;
    case 'gptq':
    case 'awq':
    case 'compressed-tensors': {
      const b = hint.bits ?? 4;
      if (b !== 4 && b !== 8) return null;
      format = b === 4 ? 'int4' : 'int8';
      const g = hint.groupSize ?? null;
      bits = g === null ? b : b + (16 + b) / g;
      quantized = linears;
      break;
    }
    case 'mlx': {
      const b = hint.bits ?? 4;
      if (b !== 4 && b !== 8) return null;
      format = b === 4 ? 'int4' : 'int8';
      bits = b + 32 / (hint.groupSize ?? 64);
      quantized = linears + breakdown.embeddings + breakdown.outputHead;
      break;
    }
  }
  const other = total - quantized;
  const bytesPerWeight = bits / 8;
  return {
    format,
    scheme: hint.scheme,
    bytesPerWeight,
    bitsPerWeight: bits,
    quantizedParameters: quantized,
    otherParameters: other,
    otherPrecision,
    weightBytes: quantized * bytesPerWeight + other * bytesForPrecision(otherPrecision),
    precision: format === 'mxfp4' ? 'int4' : format,
  };
}
