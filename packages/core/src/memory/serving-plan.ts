import { assertNonNegativeFinite } from '../numbers/assert';
import { windowOf, type AttentionLayout } from '../configs/attention-layout';
import { VLLM_GPU_MEMORY_UTILIZATION } from './fits';
import { kvCacheTotal, type KvCacheFormat } from './kv-cache-layout';
import { bytesForPrecision, type PrecisionId } from './precision';

/*
 * Serving a model on real accelerators, as plain numbers: how vLLM splits it over tensor- and
 * pipeline-parallel GPUs, what each GPU holds within the share of its memory the engine may use,
 * and the fastest the hardware could decode and prefill ("speed of light" bounds).
 *
 * vLLM's rules followed here (vllm-project/vllm):
 * - Share of memory: CacheConfig.gpu_memory_utilization, default 0.92 (vllm/config/cache.py; see
 *   VLLM_GPU_MEMORY_UTILIZATION in fits.ts). Weights and cache must fit in that share of EACH GPU.
 * - Tensor parallelism splits attention heads: ModelConfig.verify_with_parallel_config raises
 *   "Total number of attention heads (…) must be divisible by tensor parallel size (…)"
 *   (vllm/config/model.py).
 * - Key/value heads: QKVParallelLinear (vllm/model_executor/layers/linear.py) divides them over the
 *   tensor-parallel ranks when tp < num_key_value_heads, and otherwise gives each rank one head,
 *   replicated tp / num_key_value_heads times; both use `divide`, which asserts exact division.
 *   ModelConfig.get_num_kv_heads returns max(1, num_key_value_heads // tp), and 1 for multi-head
 *   latent attention: every rank keeps the whole latent cache.
 * - Pipeline parallelism splits layers: get_pp_indices (vllm/distributed/utils.py) gives each stage
 *   layers // pp and hands the remainder, one each, to the stages before the last. vLLM accepts an
 *   uneven split, so only pp > layers is refused here.
 * - Mixture of experts: with tensor parallelism alone (vLLM's default, enable_expert_parallel
 *   off) every expert's matrices are split over the tp ranks like any other linear layer, so each
 *   GPU holds 1/tp of every expert; with --enable-expert-parallel the experts are instead spread
 *   whole over the same ranks. Either way each GPU holds about 1/tp of the expert weights, which is
 *   what is counted here.
 *
 * Approximations, said where the numbers are shown: each GPU's weights are the model's weights ×
 * (its stage's layers ÷ all layers) ÷ tp. The embedding table and output head (on the first and last
 * stages), the norms (on every rank) and the key/value projections copied when tp exceeds the
 * key/value heads are not placed separately; for the models here they are a few per cent.
 *
 * Speed bounds (Austin et al., "How to Scale Your Model", the inference chapter,
 * https://jax-ml.github.io/scaling-book/inference/; and the "LLM inference speed of light"
 * arithmetic, https://zeux.io/2024/03/15/llm-inference-sol/): one decode step must read every
 * active weight once and each sequence's KV cache, so
 *   decode time per step ≥ (active weight bytes + KV bytes) ÷ memory bandwidth,
 * and a prefill of T tokens must do at least 2 × N × T FLOP of matrix products plus the attention
 * scores and their weighted sums, so
 *   prefill time ≥ FLOP ÷ (GPUs × peak FLOP/s).
 * Both are bounds: real engines reach a fraction of them.
 */

export interface ServingInput {
  /** The attention layout (attention-layout.ts), or one built from the shape fields. */
  layout: AttentionLayout;
  /** All parameters. */
  params: number;
  /** Parameters a token passes through (mixture of experts); defaults to params. */
  activeParams?: number;
  /**
   * Parameters multiplied per token, for the prefill FLOP (2 × this × tokens): the active ones
   * without the embedding table, which a token only looks up (Kaplan et al., arXiv:2001.08361,
   * section 2.1, counts non-embedding parameters). Defaults to activeParams.
   */
  flopParams?: number;
  /** Routed experts per MoE layer and experts per token, for the batch note; null for dense models. */
  experts?: { routed: number; perToken: number } | null;
  /** Bytes per weight: 2 for bf16, 0.5 for raw int4, 8.5 / 8 for llama.cpp Q8_0. */
  bytesPerParameter: number;
  kvFormat: KvCacheFormat;
  /** Tokens per sequence, a whole number >= 1. */
  context: number;
  /** Sequences served at once, a whole number >= 1. */
  batch: number;
  /** Memory of one GPU, bytes. */
  deviceBytes: number;
  /** GPUs, a whole number >= 1. */
  deviceCount: number;
  /** Tensor-parallel degree; default deviceCount ÷ pipelineParallel. */
  tensorParallel?: number;
  /** Pipeline-parallel degree; default 1. */
  pipelineParallel?: number;
  /** Share of each GPU the engine may fill, in (0, 1]; default 0.92 (vLLM). */
  usableFraction?: number;
  /** Memory bandwidth of one GPU, bytes per second; null: no decode bound. */
  bandwidth?: number | null;
  /** Dense peak of one GPU in the format the matrix products run in, FLOP/s; null: no prefill bound. */
  flops?: number | null;
  /**
   * Widths per attention head for the attention FLOP: query·key and value. Defaults to the
   * layout's head_dim for both; for multi-head latent attention pass qk_nope_head_dim +
   * qk_rope_head_dim and v_head_dim, or the attention FLOP is left out (and said so).
   */
  attentionDims?: { qk: number; v: number };
}

export type ServingRefusal =
  /** tp × pp is not the GPU count. */
  | {
      code: 'degrees-not-device-count';
      tensorParallel: number;
      pipelineParallel: number;
      deviceCount: number;
    }
  /** tp does not divide num_attention_heads (or the key/value heads, either way round). */
  | {
      code: 'tp-does-not-divide-heads';
      tensorParallel: number;
      heads: number;
      kvHeads: number | null;
      validDegrees: number[];
    }
  /** More stages than layers. */
  | { code: 'pp-exceeds-layers'; pipelineParallel: number; layers: number }
  /** A byte count passes 2^53. */
  | { code: 'too-large' };

export interface StageShare {
  /** 0-based stage index. */
  stage: number;
  /** Layers [start, end) this stage holds, as get_pp_indices splits them. */
  start: number;
  end: number;
  /** Weights on each GPU of the stage, bytes. */
  weightBytes: number;
  /** KV cache on each GPU of the stage for batch × context, bytes. */
  kvBytes: number;
  /** Recurrent state of state-space layers on each GPU, bytes: 0 while the layout reports none. */
  stateBytes: number;
  /** weightBytes + kvBytes + stateBytes. */
  totalBytes: number;
  /** Usable bytes minus totalBytes; negative when it does not fit. */
  freeBytes: number;
  /** KV bytes one more token adds on each GPU of this stage (all its layers). */
  kvBytesPerToken: number;
}

export type Verdict = 'fits' | 'cache-does-not-fit' | 'weights-do-not-fit';

export interface SpeedBounds {
  /** Bytes one GPU of the slowest path reads per decode step at batch 1: weights, cache. */
  weightBytesPerStep: number;
  kvBytesPerStepOneSequence: number;
  /** Upper bound, one sequence: tokens per second with the weights alone (no cache read). */
  tokensPerSecondWeightsOnly: number;
  /** Upper bound, one sequence at `context` tokens of cache. */
  tokensPerSecondOneSequence: number;
  /** Upper bound for `batch` sequences together (tokens per second, all sequences). */
  tokensPerSecondBatch: number;
  /**
   * Mixture of experts only: the batch bound if tokens were routed evenly and independently, so a
   * step reads E × (1 − (1 − k/E)^batch) experts per layer rather than k. null for dense models.
   */
  moe: {
    expertShareReadAtBatch: number;
    tokensPerSecondBatchEvenRouting: number;
  } | null;
}

export interface PrefillBound {
  /** 2 × flopParams × context. */
  linearFlop: number;
  /** Causal attention scores and weighted sums over the context; 0 when not known (MLA without dims). */
  attentionFlop: number;
  attentionFlopKnown: boolean;
  /** Seconds: FLOP ÷ (GPUs × FLOP/s). */
  computeSeconds: number;
  /** Seconds: every weight read once, ÷ (GPUs × bandwidth); 0 without a bandwidth. */
  memorySeconds: number;
  /** The larger of the two: a lower bound on the time to prefill `context` tokens of one sequence. */
  seconds: number;
}

export interface ServingPlan {
  tensorParallel: number;
  pipelineParallel: number;
  usableFraction: number;
  /** Capacity of one GPU and the share the engine may use, bytes. */
  capacityBytes: number;
  usableBytesPerGpu: number;
  /** capacity − usable: left to the CUDA context, other processes and what the engine does not count. */
  reservedBytesPerGpu: number;
  /** Whole-model weights (total parameters × bytes per parameter), bytes. */
  weightBytes: number;
  /** Whole-model KV cache for batch × context (every layer, one copy), bytes. */
  kvBytes: number;
  /** Key/value heads per GPU (vLLM's get_num_kv_heads) and copies of each; null for latent attention. */
  kvHeadsPerGpu: number | null;
  kvHeadReplicas: number;
  /** One entry per pipeline stage; every GPU of a stage holds the same. */
  stages: readonly StageShare[];
  /** The stage with the most bytes per GPU. */
  heaviestStage: number;
  verdict: Verdict;
  /**
   * Cache tokens that still fit beside weights and cache on the tightest GPU (0 when it does not
   * fit); null for a model no layer of which caches keys and values (Mamba-2 alone): nothing there
   * grows with the context.
   */
  spareTokens: number | null;
  /** Longest context at batch 1 (null: memory never runs out and the model gives no limit). */
  maxContext: {
    tokens: number | null;
    limitedBy: 'memory' | 'max_position_embeddings' | 'nothing';
  } | null;
  /** Most sequences of `context` tokens; null when the weights alone do not fit. */
  maxBatch: number | null;
  /** Widest of WEIGHT_FORMATS_FOR_FIT that fits beside this cache, or null. */
  widestFormat: {
    format: PrecisionId;
    totalBytesPerGpu: number;
    rejected: PrecisionId[];
  } | null;
  decode: SpeedBounds | null;
  prefill: PrefillBound | null;
}

/** A plan, or the reason vLLM would refuse the split, with the numbers a message needs. */
export type ServingPlanResult = { ok: true; value: ServingPlan } | { ok: false; error: ServingRefusal['code']; refusal: ServingRefusal };

const WEIGHT_FORMATS_FOR_FIT: readonly PrecisionId[] = ['fp32', 'bf16', 'fp8', 'int4'];

/**
 * The dense peak a prefill bound may assume, in whatever unit the peaks are given (TFLOP/s in the
 * calculator): weights of 8 bits or fewer (bytesPerParameter <= 1) can be multiplied by fp8/int8
 * tensor cores (H100, H200, B200, L40S, RTX 4090, MI300X), so the fp8 peak applies when given;
 * wider weights run at the bf16 peak. A lower bound on time takes the faster rate that applies.
 * Undefined when no applicable peak is given.
 */
export function prefillPeak(bytesPerParameter: number, bf16Peak: number | undefined, fp8Peak: number | undefined): number | undefined {
  if (bytesPerParameter <= 1 && fp8Peak !== undefined) return bf16Peak === undefined ? fp8Peak : Math.max(bf16Peak, fp8Peak);
  return bf16Peak;
}

/** Tensor-parallel degrees vLLM accepts for these heads: divisors of the heads that divide or are divided by the key/value heads. */
export function validTensorParallelDegrees(heads: number, kvHeads: number | null): number[] {
  const degrees: number[] = [];
  for (let d = 1; d <= heads; d++) {
    if (heads % d !== 0) continue;
    if (kvHeads !== null && kvHeads % d !== 0 && d % kvHeads !== 0) continue;
    degrees.push(d);
  }
  return degrees;
}

/** Layers per stage as vLLM's get_pp_indices splits them (without VLLM_PP_LAYER_PARTITION). */
export function pipelineStages(layers: number, pp: number): Array<[number, number]> {
  const per = Math.floor(layers / pp);
  const sizes = Array.from({ length: pp }, () => per);
  const remaining = layers % pp;
  for (let i = 2; i < remaining + 2; i++) sizes[pp - i]! += 1;
  const stages: Array<[number, number]> = [];
  let start = 0;
  for (const size of sizes) {
    stages.push([start, start + size]);
    start += size;
  }
  return stages;
}

/** The layers [start, end) as one GPU of a tensor-parallel group sees them: its key/value heads only. */
function stageLayout(layout: AttentionLayout, start: number, end: number, kvHeadsPerGpu: number | null): AttentionLayout {
  const perLayer = kvHeadsPerGpu === null || layout.headDim === null ? layout.valuesPerTokenPerLayer : 2 * kvHeadsPerGpu * layout.headDim;
  return {
    ...layout,
    numHiddenLayers: end - start,
    layerTypes: layout.layerTypes.slice(start, end),
    valuesPerTokenPerLayer: perLayer,
  };
}

/** Σ over query positions 1..T of the keys each attends to, min(i, window): causal attention's pairs. */
function causalPairs(tokens: number, window: number | null): number {
  if (window === null || tokens <= window) return (tokens * (tokens + 1)) / 2;
  return (window * (window + 1)) / 2 + (tokens - window) * window;
}

function assertWhole(value: number, name: string, min = 1): void {
  if (!(Number.isInteger(value) && value >= min)) throw new RangeError(`${name} must be a whole number >= ${min}, got ${String(value)}`);
}

/** The largest n in [0, ∞) with fits(n), given fits is monotone and fits(0); capped at 2^40. */
function largestWhere(fits: (n: number) => boolean): number {
  let hi = 1;
  while (hi < 2 ** 40 && fits(hi)) hi *= 2;
  let lo = 0;
  if (hi >= 2 ** 40 && fits(hi)) return hi;
  while (lo < hi - 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Plans serving `input` on its GPUs: the per-GPU split under tensor and pipeline parallelism, the
 * verdict within the usable share, the longest context and largest batch that fit, the widest weight
 * format that fits, and the decode and prefill speed bounds. All figures are numbers (bytes, tokens,
 * tokens per second, FLOP, seconds); nothing is formatted.
 *
 * Returns err(refusal) for a split vLLM would refuse (see ServingRefusal) or a byte count past 2^53.
 * Throws RangeError for a context, batch, GPU count or degree that is not a whole number >= 1, a
 * negative or non-finite byte count, or a usableFraction outside (0, 1].
 */
export function planServing(input: ServingInput): ServingPlanResult {
  const { layout, params, kvFormat, context, batch, deviceBytes, deviceCount } = input;
  assertWhole(context, 'context');
  assertWhole(batch, 'batch');
  assertWhole(deviceCount, 'deviceCount');
  assertNonNegativeFinite(params, 'params');
  assertNonNegativeFinite(deviceBytes, 'deviceBytes');
  assertNonNegativeFinite(input.bytesPerParameter, 'bytesPerParameter');
  const usableFraction = input.usableFraction ?? VLLM_GPU_MEMORY_UTILIZATION;
  if (!(usableFraction > 0 && usableFraction <= 1)) throw new RangeError(`usableFraction must be in (0, 1], got ${String(usableFraction)}`);
  const pp = input.pipelineParallel ?? 1;
  assertWhole(pp, 'pipelineParallel');
  const tp = input.tensorParallel ?? Math.max(1, Math.floor(deviceCount / pp));
  assertWhole(tp, 'tensorParallel');
  const refuse = (refusal: ServingRefusal): ServingPlanResult => ({
    ok: false,
    error: refusal.code,
    refusal,
  });

  if (tp * pp !== deviceCount)
    return refuse({
      code: 'degrees-not-device-count',
      tensorParallel: tp,
      pipelineParallel: pp,
      deviceCount,
    });
  const heads = layout.numAttentionHeads;
  const kvHeads = layout.kind === 'multi-head-latent' ? null : layout.numKeyValueHeads;
  const validDegrees = validTensorParallelDegrees(heads, kvHeads);
  // A model without attention (Mamba-2: numAttentionHeads 0) has no attention heads to split; vLLM's
  // MambaMixer2 splits its SSM heads instead, which this plan does not check.
  if (heads > 0 && !validDegrees.includes(tp))
    return refuse({
      code: 'tp-does-not-divide-heads',
      tensorParallel: tp,
      heads,
      kvHeads,
      validDegrees,
    });
  const layers = layout.numHiddenLayers;
  if (pp > layers) return refuse({ code: 'pp-exceeds-layers', pipelineParallel: pp, layers });

  const kvHeadsPerGpu = kvHeads === null ? null : Math.max(1, Math.floor(kvHeads / tp));
  const kvHeadReplicas = kvHeads === null ? tp : tp >= kvHeads ? tp / kvHeads : 1;
  const capacityBytes = deviceBytes;
  const usable = Math.floor(deviceBytes * usableFraction);
  const weightBytes = params * input.bytesPerParameter;
  const activeParams = input.activeParams ?? params;
  const activeWeightBytes = activeParams * input.bytesPerParameter;
  const kvBytes = kvCacheTotal(layout, kvFormat, context, batch);
  if (!Number.isSafeInteger(kvBytes) || !Number.isSafeInteger(usable)) return refuse({ code: 'too-large' });

  const split = pipelineStages(layers, pp).map(([start, end]) => ({
    start,
    end,
    layout: stageLayout(layout, start, end, kvHeadsPerGpu),
  }));
  const weightsOf = (bytesPerParameter: number, start: number, end: number) => (params * bytesPerParameter * ((end - start) / layers)) / tp;
  const stages: StageShare[] = split.map(({ start, end, layout: sub }, stage) => {
    const w = weightsOf(input.bytesPerParameter, start, end);
    const kv = kvCacheTotal(sub, kvFormat, context, batch);
    const total = w + kv;
    return {
      stage,
      start,
      end,
      weightBytes: w,
      kvBytes: kv,
      stateBytes: 0,
      totalBytes: total,
      freeBytes: usable - total,
      // One token's keys and values, without the per-sequence state of Mamba and linear-attention layers,
      // which does not grow with the context (it is in the total at 0 tokens).
      kvBytesPerToken: kvCacheTotal(sub, kvFormat, 1, 1) - kvCacheTotal(sub, kvFormat, 0, 1),
    };
  });
  const heaviestStage = stages.reduce((best, s) => (s.totalBytes > stages[best]!.totalBytes ? s.stage : best), 0);

  const weightsFit = stages.every((s) => s.weightBytes <= usable);
  const fits = stages.every((s) => s.freeBytes >= 0);
  const verdict: Verdict = !weightsFit ? 'weights-do-not-fit' : fits ? 'fits' : 'cache-does-not-fit';
  const spare = Math.min(...stages.map((s) => (s.kvBytesPerToken > 0 ? Math.floor(s.freeBytes / s.kvBytesPerToken) : Number.POSITIVE_INFINITY)));
  const spareTokens = !fits ? 0 : Number.isFinite(spare) ? spare : null;

  // Longest context at batch 1 and most sequences at `context`, on the tightest stage.
  const cap = layout.maxPositionEmbeddings;
  let maxContext: ServingPlan['maxContext'] = null;
  let maxBatch: number | null = null;
  if (weightsFit) {
    const stageTokens = split.map(({ start, end, layout: sub }) => {
      const w = weightsOf(input.bytesPerParameter, start, end);
      return largestWhere((t) => w + kvCacheTotal(sub, kvFormat, t, 1) <= usable);
    });
    const byMemory = Math.min(...stageTokens);
    const unbounded = byMemory >= 2 ** 40;
    if (cap !== null && byMemory >= cap) maxContext = { tokens: cap, limitedBy: 'max_position_embeddings' };
    else if (unbounded) maxContext = { tokens: null, limitedBy: 'nothing' };
    else maxContext = { tokens: byMemory, limitedBy: 'memory' };
    maxBatch = Math.min(
      ...split.map(({ start, end, layout: sub }) => {
        const w = weightsOf(input.bytesPerParameter, start, end);
        return largestWhere((n) => w + kvCacheTotal(sub, kvFormat, context, n) <= usable);
      }),
    );
  }

  const formatRows = WEIGHT_FORMATS_FOR_FIT.map((format) => {
    const bytes = bytesForPrecision(format);
    const totals = split.map(({ start, end }, i) => weightsOf(bytes, start, end) + stages[i]!.kvBytes);
    const total = Math.max(...totals);
    return { format, total, fits: total <= usable };
  });
  const fitting = formatRows.find((row) => row.fits);
  const widestFormat = fitting
    ? {
        format: fitting.format,
        totalBytesPerGpu: fitting.total,
        rejected: formatRows.filter((r) => !r.fits).map((r) => r.format),
      }
    : null;

  // Decode: one step passes through the stages in turn for one sequence; with many sequences in
  // flight the stages can work at once, so the batch bound takes the slowest stage alone.
  let decode: SpeedBounds | null = null;
  const bandwidth = input.bandwidth ?? null;
  if (bandwidth !== null && bandwidth > 0) {
    const activeOn = (start: number, end: number) => (activeWeightBytes * ((end - start) / layers)) / tp;
    const kvOne = split.map(({ layout: sub }) => kvCacheTotal(sub, kvFormat, context, 1));
    const kvBatch = stages.map((s) => s.kvBytes);
    const weightPath = split.reduce((sum, { start, end }) => sum + activeOn(start, end), 0);
    const kvPath = kvOne.reduce((a, b) => a + b, 0);
    const slowestBatchStage = Math.max(...split.map(({ start, end }, i) => activeOn(start, end) + kvBatch[i]!));
    let moe: SpeedBounds['moe'] = null;
    const experts = input.experts ?? null;
    if (experts && experts.routed > experts.perToken && activeParams < params) {
      const perTokenShare = experts.perToken / experts.routed;
      const routedTotal = (params - activeParams) / (1 - perTokenShare);
      const shareRead = 1 - (1 - perTokenShare) ** batch;
      const readParams = params - routedTotal + routedTotal * shareRead;
      const readBytes = readParams * input.bytesPerParameter;
      const slowest = Math.max(...split.map(({ start, end }, i) => (readBytes * ((end - start) / layers)) / tp + kvBatch[i]!));
      moe = {
        expertShareReadAtBatch: shareRead,
        tokensPerSecondBatchEvenRouting: (batch * bandwidth) / slowest,
      };
    }
    decode = {
      weightBytesPerStep: weightPath,
      kvBytesPerStepOneSequence: kvPath,
      tokensPerSecondWeightsOnly: bandwidth / weightPath,
      tokensPerSecondOneSequence: bandwidth / (weightPath + kvPath),
      tokensPerSecondBatch: (batch * bandwidth) / slowestBatchStage,
      moe,
    };
  }

  let prefill: PrefillBound | null = null;
  const flops = input.flops ?? null;
  if (flops !== null && flops > 0) {
    const flopParams = input.flopParams ?? activeParams;
    const linearFlop = 2 * flopParams * context;
    const dims = input.attentionDims ?? (layout.headDim !== null ? { qk: layout.headDim, v: layout.headDim } : null);
    const attentionFlop =
      dims === null ? 0 : layout.layerTypes.reduce((sum, type) => sum + 2 * heads * (dims.qk + dims.v) * causalPairs(context, windowOf(layout, type)), 0);
    const computeSeconds = (linearFlop + attentionFlop) / (deviceCount * flops);
    const memorySeconds = bandwidth !== null && bandwidth > 0 ? weightBytes / (deviceCount * bandwidth) : 0;
    prefill = {
      linearFlop,
      attentionFlop,
      // A model without attention (numAttentionHeads 0) has no attention FLOP to leave out.
      attentionFlopKnown: dims !== null || heads === 0,
      computeSeconds,
      memorySeconds,
      seconds: Math.max(computeSeconds, memorySeconds),
    };
  }

  return {
    ok: true,
    value: {
      tensorParallel: tp,
      pipelineParallel: pp,
      usableFraction,
      capacityBytes,
      usableBytesPerGpu: usable,
      reservedBytesPerGpu: capacityBytes - usable,
      weightBytes,
      kvBytes,
      kvHeadsPerGpu,
      kvHeadReplicas,
      stages,
      heaviestStage,
      verdict,
      spareTokens,
      maxContext,
      maxBatch,
      widestFormat,
      decode,
      prefill,
    },
  };
}
