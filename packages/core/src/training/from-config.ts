import { readAttentionLayout } from '../configs/attention-layout';
import { countParameters } from '../configs/count-parameters';
import { FAMILIES, FALLBACK } from '../configs/families';
import type { JsonObject } from '../configs/types';
import { err, ok, type Result } from '../numbers/result';
import { FLOPS_PER_TFLOPS, acceleratorHours, clusterFlopsPerSecond, trainingSeconds } from '../memory/training-time';
import { fineTuningFlop, fineTuningMemory, runCost, type DecoderShape, type FineTuningInput, type FineTuningMemory } from './fine-tuning';

/**
 * Why a config cannot be sized for fine-tuning:
 * - 'unreadable': the parameter counter or the attention reader refuses it (their own errors say why);
 * - 'mixture-of-experts': experts are sized per expert and LoRA targets them per framework; not handled;
 * - 'latent-attention': DeepSeek's low-rank attention has no q/k/v/o of the usual shape;
 * - 'fused-projections': q, k and v in one matrix (Phi-3's qkv_proj, GPT-2's c_attn, GPT-NeoX's and
 *   Falcon's query_key_value), which LoRA adapts as one matrix, so the per-projection count would be wrong;
 * - 'hybrid-layers': layers of different kinds (Mamba, linear attention, MLP-only beside attention:
 *   Nemotron-H), whose weights and activations the one-layer-shape estimate does not describe.
 */
export type FineTuningConfigError = 'unreadable' | 'mixture-of-experts' | 'latent-attention' | 'fused-projections' | 'hybrid-layers';

export interface ConfigShape {
  shape: DecoderShape;
  /** The model's parameters as transformers builds it (countParameters' total). */
  parameters: number;
}

/**
 * The decoder shape a fine-tuning estimate needs, read from a config.json object with the site's
 * parameter counter (configs/count-parameters.ts) and attention reader (configs/attention-layout.ts):
 * layers, hidden_size, heads, key/value heads and head_dim as transformers resolves them (defaults
 * included), intermediate_size, vocab_size and whether the MLP is gated (from the model type's
 * construction rules in configs/families.ts).
 */
export function fineTuningShapeFromConfig(config: JsonObject): Result<ConfigShape, FineTuningConfigError> {
  const count = countParameters(config);
  const layout = readAttentionLayout(config);
  if (!count.ok || !layout.ok) return err('unreadable');
  const c = count.value;
  const family = FAMILIES[c.family] ?? FALLBACK;
  const s = family.structure;
  if (c.experts !== null || s.moe.kind !== 'none') return err('mixture-of-experts');
  if (s.attention.kind === 'mla' || layout.value.numKeyValueHeads === null || layout.value.headDim === null) return err('latent-attention');
  if (s.attention.kind !== 'qkvo' || s.mlp.kind === 'fused-gated' || s.fusedQkvModule !== undefined) return err('fused-projections');
  if (s.hybrid !== undefined) return err('hybrid-layers');
  const intermediate = c.resolved.intermediate_size;
  const vocab = c.resolved.vocab_size;
  const hidden = c.resolved.hidden_size;
  if (typeof intermediate !== 'number' || typeof vocab !== 'number' || typeof hidden !== 'number') return err('unreadable');
  return ok({
    parameters: c.total,
    shape: {
      layers: layout.value.numHiddenLayers,
      hidden,
      heads: layout.value.numAttentionHeads,
      kvHeads: layout.value.numKeyValueHeads,
      headDim: layout.value.headDim,
      intermediate,
      vocab,
      mlp: s.mlp.kind === 'gated' ? 'gated' : 'two-layer',
    },
  });
}

/** A run's length and price: tokens processed (dataset × epochs), per-GPU peak, utilization, price. */
export interface RunSettings {
  tokens: number;
  /** Dense peak per GPU in TFLOP/s (989 for an H100 SXM at bf16). */
  peakTflops: number;
  /** Achieved share of the peak, as a fraction (0.4 for 40 %). */
  utilization: number;
  /** Price per GPU-hour in any currency; `cost` is in it. Leave out for no cost. */
  pricePerGpuHour?: number;
}

export interface RunEstimate {
  /** FLOP the GPUs execute (fineTuningFlop: 6ND or 4ND, + 2ND with checkpointing). */
  flop: number;
  /** Wall-clock seconds on all the GPUs together. */
  seconds: number;
  gpuHours: number;
  /** gpuHours × price, when a price was given. */
  cost: number | null;
}

/**
 * One call for a command-line tool: a config.json object (or a shape and a parameter count) and the
 * run's settings in, the memory out (fineTuningMemory). Settings left out take the calculator's
 * defaults: LoRA r = 16 on all linear layers, 2048 tokens, micro-batch 1, FlashAttention,
 * gradient checkpointing, one GPU, no ZeRO. With `run`, also the run's FLOP, time, GPU-hours and
 * cost, as the site's fine-tuning calculator works them out.
 */
export function estimateFineTuning(
  model: { config: JsonObject } | ConfigShape,
  settings: Partial<Omit<FineTuningInput, 'shape' | 'parameters'>> & Pick<FineTuningInput, 'method'>,
  run?: RunSettings,
): Result<FineTuningMemory & ConfigShape & { run: RunEstimate | null }, FineTuningConfigError> {
  const read = 'config' in model ? fineTuningShapeFromConfig(model.config) : ok(model);
  if (!read.ok) return read;
  const memory = fineTuningMemory({
    rank: 16,
    targets: 'all-linear',
    sequence: 2048,
    microBatch: 1,
    attention: 'flash',
    checkpointing: true,
    gpus: 1,
    zero: 0,
    ...settings,
    ...read.value,
  });
  let estimate: RunEstimate | null = null;
  if (run) {
    const gpus = settings.gpus ?? 1;
    const flop = fineTuningFlop(read.value.parameters, memory.trainable, run.tokens, settings.method, settings.checkpointing ?? true);
    const seconds = trainingSeconds(flop, clusterFlopsPerSecond(gpus, run.peakTflops * FLOPS_PER_TFLOPS, run.utilization));
    const gpuHours = acceleratorHours(seconds, gpus);
    estimate = { flop, seconds, gpuHours, cost: run.pricePerGpuHour === undefined ? null : runCost(gpuHours, run.pricePerGpuHour) };
  }
  return ok({ ...memory, ...read.value, run: estimate });
}
