import { assertNonNegativeFinite } from '../numbers/assert';
import type { AttentionLayout } from '../configs/attention-layout';
import { kvBytesPerValue, kvCacheForLayout, kvCacheTotal, type KvCacheFormat } from './kv-cache-layout';
import { bytesForPrecision, type PrecisionId } from './precision';
import { err, ok, type Result } from '../numbers/result';

/*
 * "What fits" on given accelerators, counting the model's weights and its KV cache only:
 * activations, CUDA graphs and the serving runtime's own buffers are not included, so every answer
 * here is an upper bound. The device count only pools memory here; serving-plan.ts splits weights
 * and cache per GPU as vLLM does (tensor and pipeline parallelism, key/value heads copied when GPUs
 * outnumber them), and the serving calculator uses that.
 */

/**
 * vLLM's default --gpu-memory-utilization: the fraction of each GPU's memory a vLLM instance lets
 * itself use for everything it holds (weights, activation peak, CUDA graphs and the KV cache).
 * Source: vllm-project/vllm, vllm/config/cache.py, CacheConfig.gpu_memory_utilization
 * ("If unspecified, will use the default value of 0.92"), and the `vllm serve` reference at
 * docs.vllm.ai (stable, --gpu-memory-utilization, Default: 0.92). Earlier releases used 0.9 (for
 * example the v0.6.4 engine-argument docs). The other 8% is left to the CUDA context and other
 * processes; activations still come out of the 92%, so this is the least overhead to allow.
 */
export const VLLM_GPU_MEMORY_UTILIZATION = 0.92;

/** Accelerator memory to fit into. */
export interface MemoryBudget {
  /** Memory of one accelerator, in bytes (80 GB = 80e9). */
  deviceBytes: number;
  /** How many accelerators, a whole number >= 1. */
  deviceCount: number;
  /**
   * Fraction of each accelerator's memory the server may fill, in (0, 1]. Omitted: 1, the stated
   * assumption of weights plus cache only. VLLM_GPU_MEMORY_UTILIZATION is vLLM's default.
   */
  usableFraction?: number;
}

export type FitError =
  /** The weights alone need more than the usable memory. */
  | 'weights-do-not-fit'
  /** The memory or an answer passes Number.MAX_SAFE_INTEGER bytes or tokens. */
  | 'too-large';

function checkBudget(budget: MemoryBudget, weightBytes: number): void {
  assertNonNegativeFinite(budget.deviceBytes, 'deviceBytes');
  assertNonNegativeFinite(weightBytes, 'weightBytes');
  if (!(Number.isInteger(budget.deviceCount) && budget.deviceCount >= 1)) {
    throw new RangeError(`deviceCount must be a whole number >= 1, got ${String(budget.deviceCount)}`);
  }
  const fraction = budget.usableFraction ?? 1;
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`usableFraction must be in (0, 1], got ${String(fraction)}`);
}

/** Usable bytes on all devices: floor(deviceBytes × usableFraction) × deviceCount. */
export function usableBytes(budget: MemoryBudget): number {
  checkBudget(budget, 0);
  return Math.floor(budget.deviceBytes * (budget.usableFraction ?? 1)) * budget.deviceCount;
}

/** Bytes left for the KV cache once the weights are in, or an error when they do not fit. */
function freeBytes(budget: MemoryBudget, weightBytes: number): Result<number, FitError> {
  checkBudget(budget, weightBytes);
  const usable = usableBytes(budget);
  if (!Number.isSafeInteger(usable)) return err('too-large');
  if (weightBytes > usable) return err('weights-do-not-fit');
  return ok(usable - weightBytes);
}

/** The largest n in [low, high] with fits(n), given fits(low) and that fits is monotone. */
function largestFitting(low: number, high: number, fits: (n: number) => boolean): number {
  let [lo, hi] = [low, high];
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface ContextFit {
  /**
   * The longest context of one sequence, in tokens, whose cache fits beside the weights; capped at
   * max_position_embeddings. null when memory never runs out (every layer windowed) and the config
   * gives no max_position_embeddings.
   */
  tokens: number | null;
  /** What set `tokens`: the memory, the model's max_position_embeddings, or nothing. */
  limitedBy: 'memory' | 'max_position_embeddings' | 'nothing';
  /** True when max_position_embeddings, not memory, set the answer (memory alone would allow more). */
  capApplied: boolean;
  maxPositionEmbeddings: number | null;
  /** Cache bytes at `tokens` (at the largest window when tokens is null). */
  kvBytes: number;
  /** Memory left for the cache after the weights, in bytes. */
  freeBytes: number;
}

/**
 * (a) The largest context at batch 1. A windowed layer's cache stops growing at its window, so a
 * model whose layers are all windowed may fit any context; then the answer is
 * max_position_embeddings. Returns err('weights-do-not-fit') when the weights alone overflow the
 * memory, err('too-large') when the memory passes 2^53 bytes. Throws RangeError on a negative or
 * non-finite byte count, a deviceCount that is not a whole number >= 1, or a usableFraction outside (0, 1].
 */
export function largestContext(
  layout: AttentionLayout,
  format: KvCacheFormat,
  budget: MemoryBudget,
  weightBytes: number,
): Result<ContextFit, FitError> {
  const free = freeBytes(budget, weightBytes);
  if (!free.ok) return free;
  const cap = layout.maxPositionEmbeddings;
  const cost = (tokens: number): number => kvCacheTotal(layout, format, tokens, 1);
  const fits = (tokens: number): boolean => cost(tokens) <= free.value;
  const base = { maxPositionEmbeddings: cap, freeBytes: free.value };

  const fullLayers = layout.layerTypes.filter((type) => type === 'full_attention').length;
  let high: number;
  if (fullLayers === 0) {
    // Past the widest window nothing grows: if that fits, any context does.
    const widest = Math.max(layout.slidingWindow ?? 0, layout.attentionChunkSize ?? 0);
    if (fits(widest)) {
      if (cap === null) return ok({ ...base, tokens: null, limitedBy: 'nothing', capApplied: false, kvBytes: cost(widest) });
      return ok({ ...base, tokens: cap, limitedBy: 'max_position_embeddings', capApplied: true, kvBytes: cost(cap) });
    }
    high = widest;
  } else {
    // Each token costs at least what the full-attention layers add, which bounds the search.
    high = Math.floor(free.value / (fullLayers * layout.valuesPerTokenPerLayer * kvBytesPerValue(format))) + 1;
  }
  if (cap !== null) high = Math.min(high, cap + 1);
  const tokens = largestFitting(0, high, fits);
  if (cap !== null && tokens > cap) {
    return ok({ ...base, tokens: cap, limitedBy: 'max_position_embeddings', capApplied: true, kvBytes: cost(cap) });
  }
  return ok({ ...base, tokens, limitedBy: 'memory', capApplied: false, kvBytes: cost(tokens) });
}

export interface BatchFit {
  /** The most sequences of `context` tokens whose caches fit beside the weights (0 when not one does). */
  sequences: number;
  /** Cache bytes of one sequence of `context` tokens. */
  kvBytesPerSequence: number;
  /** Cache bytes of `sequences` sequences. */
  kvBytes: number;
  freeBytes: number;
  /** True when `context` is longer than the model's max_position_embeddings. */
  contextExceedsModel: boolean;
}

/**
 * (b) The largest batch at `context` tokens per sequence (a whole number >= 1). Errors and throws as
 * largestContext; also throws RangeError when context is not a whole number >= 1.
 */
export function largestBatch(
  layout: AttentionLayout,
  format: KvCacheFormat,
  budget: MemoryBudget,
  weightBytes: number,
  context: number,
): Result<BatchFit, FitError> {
  if (!(Number.isInteger(context) && context >= 1)) throw new RangeError(`context must be a whole number >= 1, got ${String(context)}`);
  const free = freeBytes(budget, weightBytes);
  if (!free.ok) return free;
  const perSequence = kvCacheTotal(layout, format, context, 1);
  if (!Number.isSafeInteger(perSequence)) return err('too-large');
  // Rounding a half byte per layer type (int4) can make n sequences cost a little less than n × one; check exactly.
  const fits = (n: number): boolean => kvCacheTotal(layout, format, context, n) <= free.value;
  const sequences = largestFitting(0, Math.floor(free.value / perSequence) + 1, fits);
  const cap = layout.maxPositionEmbeddings;
  return ok({
    sequences,
    kvBytesPerSequence: perSequence,
    kvBytes: kvCacheTotal(layout, format, context, sequences),
    freeBytes: free.value,
    contextExceedsModel: cap !== null && context > cap,
  });
}

/**
 * The weight formats compared by weightFormatFit, widest first (bytes per parameter 4, 2, 1, 0.5):
 * one of each width in PRECISIONS, since fp16 fits exactly where bf16 does and int8 where fp8 does.
 * fp64, which the storage calculator offers (the source article's worked example), is left out on
 * purpose: serving engines do not load weights in it (vLLM's --dtype takes auto, half, float16,
 * bfloat16, float and float32, docs.vllm.ai "Engine Arguments"), and with it the widest format that
 * fits a small model would be one no server runs. The serving calculator's label for this result
 * lists these formats and says why fp64 is not among them (src/i18n/<lang>/calculators.ts).
 */
export const WEIGHT_FORMAT_CANDIDATES = ['fp32', 'bf16', 'fp8', 'int4'] as const satisfies readonly PrecisionId[];

export interface WeightFormatRow {
  format: PrecisionId;
  bytesPerParameter: number;
  weightBytes: number;
  /** Weights plus the cache, in bytes. */
  totalBytes: number;
  fits: boolean;
  /** Usable memory minus totalBytes; negative when it does not fit. */
  headroomBytes: number;
}

export interface WeightFormatFit {
  /** One row per candidate, widest format first. */
  rows: readonly WeightFormatRow[];
  /**
   * The widest (least compressed) candidate that fits, i.e. how far the weights must be shrunk;
   * null when even the narrowest does not fit.
   */
  widestFitting: PrecisionId | null;
  kvBytes: number;
  usableBytes: number;
}

/**
 * (c) Which weight formats fit `params` parameters beside the cache of `batch` sequences of
 * `context` tokens, and the widest one that does. Weight bytes are params × bytes per parameter
 * (PRECISIONS in precision.ts), raw, without quantization scales. Returns err('too-large') when the
 * memory or the cache passes 2^53 bytes. Throws RangeError on bad numbers, as largestContext does.
 */
export function weightFormatFit(
  params: number,
  layout: AttentionLayout,
  format: KvCacheFormat,
  budget: MemoryBudget,
  context: number,
  batch: number,
  candidates: readonly PrecisionId[] = WEIGHT_FORMAT_CANDIDATES,
): Result<WeightFormatFit, FitError> {
  assertNonNegativeFinite(params, 'params');
  checkBudget(budget, 0);
  const usable = usableBytes(budget);
  const cache = kvCacheForLayout(layout, format, context, batch);
  if (!Number.isSafeInteger(usable) || !cache.ok) return err('too-large');
  const kvBytes = cache.value.bytes;
  const rows = candidates.map((id): WeightFormatRow => {
    const bytesPerParameter = bytesForPrecision(id);
    const weightBytes = params * bytesPerParameter;
    const totalBytes = weightBytes + kvBytes;
    return { format: id, bytesPerParameter, weightBytes, totalBytes, fits: totalBytes <= usable, headroomBytes: usable - totalBytes };
  });
  const widest = [...rows].sort((a, b) => b.bytesPerParameter - a.bytesPerParameter).find((row) => row.fits);
  return ok({ rows, widestFitting: widest?.format ?? null, kvBytes, usableBytes: usable });
}
