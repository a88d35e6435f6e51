import { cachesKeysAndValues, readAttentionLayout, type LayerType } from '../configs/attention-layout';
import { countParameters } from '../configs/count-parameters';
import { FAMILIES, FALLBACK } from '../configs/families';
import type { JsonObject } from '../configs/types';
import { err, ok, type Result } from '../numbers/result';
import { FLOPS_PER_TFLOPS, acceleratorHours, clusterFlopsPerSecond, trainingSeconds } from '../memory/training-time';
import { fineTuningFlop, fineTuningMemory, runCost, type DecoderShape, type FineTuningInput, type FineTuningMemory, type FineTuningMethod, type LoraTargets } from './fine-tuning';

/**
 * Why a config cannot be sized for fine-tuning, one code per reason (checked in this order, so a
 * model with several gets the first):
 * - 'unreadable': the parameter counter or the attention reader refuses it (their own errors say why);
 * - 'no-attention': no layer has attention (Mamba, Mamba-2: every layer is a state-space mixer);
 * - 'mixture-of-experts': experts are sized per expert and LoRA targets them per framework; not handled;
 * - layers of different kinds, which the one-layer-shape estimate does not describe, by the kinds
 *   the attention reader finds (attention-layout.ts LayerType): 'mamba-layers' (Mamba beside
 *   attention: Bamba, Granite 4.0 hybrid), 'mamba-and-mlp-layers' (and MLP-only layers: Nemotron-H),
 *   'linear-attention-layers' (Gated DeltaNet: Qwen3.5), 'convolution-layers' (LFM2's short
 *   convolutions), 'attention-beside-mamba' (both in every layer: Falcon-H1), 'mixed-layers' (any
 *   other mix);
 * - 'latent-attention': DeepSeek's low-rank attention has no q/k/v/o of the usual shape;
 * - for LoRA and QLoRA only (adapterRefusal), a fused matrix the chosen targets would adapt as one:
 *   'fused-qkv' (GPT-2's c_attn, GPT-NeoX's and Falcon's query_key_value, GPTBigCode's c_attn),
 *   'fused-gate-up' (GLM-4's gate_up_proj), 'fused-qkv-and-gate-up' (Phi-3's qkv_proj and gate_up_proj).
 *   Full fine-tuning needs only the parameter count and the activations' widths, which fusing
 *   does not change (a fused q/k/v output is q, k and v side by side), so it is sized.
 */
export type FineTuningConfigError =
  | 'unreadable'
  | 'no-attention'
  | 'mixture-of-experts'
  | 'mamba-layers'
  | 'mamba-and-mlp-layers'
  | 'linear-attention-layers'
  | 'convolution-layers'
  | 'attention-beside-mamba'
  | 'mixed-layers'
  | 'latent-attention'
  | 'fused-qkv'
  | 'fused-gate-up'
  | 'fused-qkv-and-gate-up';

/** Which of a layer's projections transformers keeps as one matrix; absent means none. */
export interface FusedProjections {
  /** q, k and v in one matrix (c_attn, query_key_value, qkv_proj). */
  qkv: boolean;
  /** The gated MLP's gate and up projections in one matrix (gate_up_proj). */
  gateUp: boolean;
}

export interface ConfigShape {
  shape: DecoderShape;
  /** The model's parameters as transformers builds it (countParameters' total). */
  parameters: number;
  /** Fused projections, which only LoRA and QLoRA cannot size (adapterRefusal); absent: none. */
  fused?: FusedProjections;
  /**
   * The config trains with dropout (DROPOUT_KEYS, any above 0: GPT-2's, GPTBigCode's and
   * StarCoder2's 0.1), which keeps its masks among the activations (activationBytes' `dropout`).
   */
  dropout?: boolean;
}

/**
 * The keys transformers' configs give their dropout probabilities under, each read where it applies:
 * GPT-2 and GPTBigCode (attn_pdrop on the attention weights, resid_pdrop after the attention and the
 * MLP, embd_pdrop after the embeddings), StarCoder2 (attention_dropout, residual_dropout,
 * embedding_dropout), Llama-style and Falcon (attention_dropout, hidden_dropout). Any of them above 0
 * counts the paper's masks in full (activationBytesPerLayer), a little more than a model that drops
 * out in fewer places keeps.
 */
export const DROPOUT_KEYS = [
  'attn_pdrop',
  'resid_pdrop',
  'embd_pdrop',
  'attention_dropout',
  'hidden_dropout',
  'residual_dropout',
  'embedding_dropout',
] as const;

function trainsWithDropout(config: JsonObject): boolean {
  const inner = config.text_config;
  const scopes = [config, ...(inner && typeof inner === 'object' && !Array.isArray(inner) ? [inner] : [])];
  return scopes.some((scope) => DROPOUT_KEYS.some((key) => typeof scope[key] === 'number' && (scope[key] as number) > 0));
}

/** Layer kinds that are attention and nothing else. */
const ATTENTION_ONLY: ReadonlySet<LayerType> = new Set(['full_attention', 'sliding_attention', 'chunked_attention']);

/** The refusal for a model whose layers are not all attention and an MLP, from the kinds it has; null when they are. */
function layerKindsRefusal(types: readonly LayerType[]): FineTuningConfigError | null {
  const others = new Set(types.filter((t) => !ATTENTION_ONLY.has(t)));
  if (others.size === 0) return null;
  if (!types.some(cachesKeysAndValues)) return 'no-attention';
  const only = (...kinds: LayerType[]) => others.size === kinds.length && kinds.every((k) => others.has(k));
  if (others.has('hybrid')) return 'attention-beside-mamba';
  if (only('mamba')) return 'mamba-layers';
  if (only('mamba', 'mlp')) return 'mamba-and-mlp-layers';
  if (only('linear_attention')) return 'linear-attention-layers';
  if (only('conv')) return 'convolution-layers';
  return 'mixed-layers';
}

/**
 * The decoder shape a fine-tuning estimate needs, read from a config.json object with the site's
 * parameter counter (configs/count-parameters.ts) and attention reader (configs/attention-layout.ts):
 * layers, hidden_size, heads, key/value heads and head_dim as transformers resolves them (defaults
 * included), the MLP's width (intermediate_size; GPT-2's and GPTBigCode's n_inner, Falcon's
 * ffn_hidden_size), vocab_size, whether the MLP is gated (from the model type's construction rules
 * in configs/families.ts), which projections are fused, and whether it trains with dropout.
 * Errors: FineTuningConfigError, all but the fused ones (those refuse only LoRA and QLoRA:
 * adapterRefusal).
 */
export function fineTuningShapeFromConfig(config: JsonObject): Result<ConfigShape, FineTuningConfigError> {
  const count = countParameters(config);
  const layout = readAttentionLayout(config);
  if (!count.ok || !layout.ok) return err('unreadable');
  const c = count.value;
  const family = FAMILIES[c.family] ?? FALLBACK;
  const s = family.structure;
  const types = layout.value.layerTypes;
  if (!types.some(cachesKeysAndValues)) return err('no-attention');
  // Llama 4's text models interleave dense and MoE layers of two widths (hybrid.ts); every released one has experts.
  if (c.experts !== null || s.moe.kind !== 'none' || s.hybrid === 'llama4') return err('mixture-of-experts');
  const kinds = layerKindsRefusal(types);
  if (kinds !== null) return err(kinds);
  if (s.attention.kind === 'mla' || layout.value.numKeyValueHeads === null || layout.value.headDim === null) return err('latent-attention');
  const r = c.resolved;
  const first = (...keys: string[]) => keys.map((k) => r[k]).find((v): v is number => typeof v === 'number');
  // The MLP's width under each family's own key: GPT-2 and GPTBigCode name it n_inner, Falcon ffn_hidden_size.
  const intermediate = first('intermediate_size', 'n_inner', 'ffn_hidden_size');
  const vocab = first('vocab_size');
  const hidden = first('hidden_size', 'n_embd');
  if (intermediate === undefined || vocab === undefined || hidden === undefined) return err('unreadable');
  // Falcon's MLP is dense_h_to_4h, GELU, dense_4h_to_h (modeling_falcon.py FalconMLP); its record
  // keeps the Llama decoder's fields because hybrid.ts counts it by its own function.
  const gated = (s.mlp.kind === 'gated' || s.mlp.kind === 'fused-gated') && s.hybrid !== 'falcon';
  const fusedQkv = s.attention.kind === 'fused-qkv' || s.attention.kind === 'gpt2' || s.fusedQkvModule !== undefined;
  const fusedGateUp = s.mlp.kind === 'fused-gated';
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
      mlp: gated ? 'gated' : 'two-layer',
    },
    ...(fusedQkv || fusedGateUp ? { fused: { qkv: fusedQkv, gateUp: fusedGateUp } } : {}),
    ...(trainsWithDropout(config) ? { dropout: true } : {}),
  });
}

/**
 * Whether LoRA or QLoRA with these target modules can be sized for a model with these fused
 * projections: PEFT adapts a fused matrix as one (one A and one B over its whole width: r × (h + 3h)
 * for GPT-2's c_attn, not r × (h + h) per projection), and cannot adapt q and v alone inside it, so
 * the per-projection count (loraParameters) would be wrong. q, k and v are among every choice of
 * targets; gate and up only among 'all-linear'. Full fine-tuning is never refused here. Returns the
 * code (FineTuningConfigError's fused ones) or null.
 */
export function adapterRefusal(fused: FusedProjections | undefined, method: FineTuningMethod, targets: LoraTargets): FineTuningConfigError | null {
  if (fused === undefined || (method !== 'lora' && method !== 'qlora')) return null;
  const qkv = fused.qkv;
  const gateUp = fused.gateUp && targets === 'all-linear';
  if (qkv && gateUp) return 'fused-qkv-and-gate-up';
  if (qkv) return 'fused-qkv';
  if (gateUp) return 'fused-gate-up';
  return null;
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
 * cost, as the site's fine-tuning calculator works them out. Errors: fineTuningShapeFromConfig's, and
 * for LoRA and QLoRA adapterRefusal's (targets left out are 'all-linear').
 */
export function estimateFineTuning(
  model: { config: JsonObject } | ConfigShape,
  settings: Partial<Omit<FineTuningInput, 'shape' | 'parameters'>> & Pick<FineTuningInput, 'method'>,
  run?: RunSettings,
): Result<FineTuningMemory & ConfigShape & { run: RunEstimate | null }, FineTuningConfigError> {
  const read = 'config' in model ? fineTuningShapeFromConfig(model.config) : ok(model);
  if (!read.ok) return read;
  const refusal = adapterRefusal(read.value.fused, settings.method, settings.targets ?? 'all-linear');
  if (refusal !== null) return err(refusal);
  const memory = fineTuningMemory({
    rank: 16,
    targets: 'all-linear',
    sequence: 2048,
    microBatch: 1,
    attention: 'flash',
    checkpointing: true,
    gpus: 1,
    zero: 0,
    // The config's own dropout unless the settings say otherwise.
    dropout: read.value.dropout ?? false,
    ...settings,
    shape: read.value.shape,
    parameters: read.value.parameters,
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
