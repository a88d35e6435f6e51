import { assertNonNegativeFinite } from '../numbers/assert';

/*
 * Memory and cost of fine-tuning a decoder-only transformer on the reader's own GPUs: full
 * fine-tuning with Adam (32-bit or 8-bit states), LoRA and QLoRA, with activations at a sequence
 * length and micro-batch, sharded with ZeRO over N GPUs. Sizes are in bytes (decimal: 1 GB = 1e9
 * bytes), counts in parameters (elements of weight tensors), time in hours, money in the price's
 * currency. Every function is pure.
 *
 * Sources, each cited where its constant is used:
 * - Rajbhandari et al., "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models",
 *   arXiv:1910.02054: mixed-precision Adam = 2 + 2 + 12 bytes per parameter (section 3.1), and the
 *   three stages that partition optimizer states, then gradients, then parameters (section 5).
 * - Dettmers et al., "8-bit Optimizers via Block-wise Quantization", arXiv:2110.02861: Adam's two
 *   states in 8 bits each, block-wise quantized with blocks of 2048 values.
 * - Hu et al., "LoRA: Low-Rank Adaptation of Large Language Models", arXiv:2106.09685: an adapted
 *   d_out × d_in matrix W gets B (d_out × r) and A (r × d_in), r × (d_in + d_out) parameters.
 *   PEFT's LoraLayer (peft/tuners/lora/layer.py, update_layer) builds exactly these two Linear
 *   layers, without biases by default.
 * - Dettmers et al., "QLoRA: Efficient Finetuning of Quantized LLMs", arXiv:2305.14314, section 3:
 *   NF4 with blocks of 64 weights and double quantization of their constants.
 * - Korthikanti et al., "Reducing Activation Recomputation in Large Transformer Models",
 *   arXiv:2205.05198, section 4: activations per transformer layer, sbh(34 + 5as/h) bytes with
 *   16-bit activations and no parallelism, 2sbh per layer with full recomputation.
 */

/** How the weights are trained. */
export type FineTuningMethod = 'full-adam' | 'full-adam-8bit' | 'lora' | 'qlora';
export const FINE_TUNING_METHODS: readonly FineTuningMethod[] = ['full-adam', 'full-adam-8bit', 'lora', 'qlora'];

/**
 * Which linear layers LoRA adapts, by PEFT's target_modules names for Llama-style models:
 * the query and value projections (the LoRA paper's own choice), the four attention projections,
 * or every linear layer of the decoder layers (QLoRA's choice, section 4: "LoRA on all linear
 * transformer block layers"). lm_head is never adapted here.
 */
export type LoraTargets = 'qv' | 'attention' | 'all-linear';
export const LORA_TARGETS: readonly LoraTargets[] = ['qv', 'attention', 'all-linear'];

/** 0 is plain data parallelism (everything replicated); 3 is also what FSDP's FULL_SHARD does. */
export type ZeroStage = 0 | 1 | 2 | 3;
export const ZERO_STAGES: readonly ZeroStage[] = [0, 1, 2, 3];

/** 'standard' keeps the s × s attention scores; 'flash' (FlashAttention) recomputes them. */
export type AttentionKernel = 'standard' | 'flash';

/** 'gated': SwiGLU/GeGLU with gate_proj, up_proj, down_proj (Llama); 'two-layer': up then down (GPT-2's 4h MLP). */
export type MlpKind = 'gated' | 'two-layer';

/** The shape of a decoder's layers, in the config's terms. All counts are whole numbers ≥ 1. */
export interface DecoderShape {
  /** num_hidden_layers, L. */
  layers: number;
  /** hidden_size, h. */
  hidden: number;
  /** num_attention_heads, a. */
  heads: number;
  /** num_key_value_heads (grouped-query attention); equal to heads for multi-head attention. */
  kvHeads: number;
  /** head_dim; hidden / heads unless the config says otherwise. */
  headDim: number;
  /** intermediate_size, f (4h in GPT-2 and the Korthikanti paper's model). */
  intermediate: number;
  /** vocab_size, v. */
  vocab: number;
  mlp: MlpKind;
}

/** One linear layer of a decoder layer: its PEFT module name and its input and output widths. */
export interface LinearShape {
  module: 'q_proj' | 'k_proj' | 'v_proj' | 'o_proj' | 'gate_proj' | 'up_proj' | 'down_proj';
  dIn: number;
  dOut: number;
}

/**
 * The linear layers of one decoder layer, with grouped-query K and V at their real width
 * (num_key_value_heads × head_dim), as transformers' LlamaAttention and LlamaMLP build them
 * (transformers/models/llama/modeling_llama.py). A two-layer MLP is named up_proj/down_proj here.
 */
export function decoderLinears(shape: DecoderShape): LinearShape[] {
  const { hidden, heads, kvHeads, headDim, intermediate } = shape;
  const q = heads * headDim;
  const kv = kvHeads * headDim;
  const attention: LinearShape[] = [
    { module: 'q_proj', dIn: hidden, dOut: q },
    { module: 'k_proj', dIn: hidden, dOut: kv },
    { module: 'v_proj', dIn: hidden, dOut: kv },
    { module: 'o_proj', dIn: q, dOut: hidden },
  ];
  const mlp: LinearShape[] =
    shape.mlp === 'gated'
      ? [
          { module: 'gate_proj', dIn: hidden, dOut: intermediate },
          { module: 'up_proj', dIn: hidden, dOut: intermediate },
          { module: 'down_proj', dIn: intermediate, dOut: hidden },
        ]
      : [
          { module: 'up_proj', dIn: hidden, dOut: intermediate },
          { module: 'down_proj', dIn: intermediate, dOut: hidden },
        ];
  return [...attention, ...mlp];
}

/** PEFT target_modules of each choice. */
export const LORA_TARGET_MODULES: Readonly<Record<LoraTargets, readonly LinearShape['module'][]>> = {
  qv: ['q_proj', 'v_proj'],
  attention: ['q_proj', 'k_proj', 'v_proj', 'o_proj'],
  'all-linear': ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'],
};

/** Weight elements of every linear layer of every decoder layer (biases not included): what QLoRA quantizes. */
export function decoderLinearWeights(shape: DecoderShape): number {
  const perLayer = decoderLinears(shape).reduce((sum, l) => sum + l.dIn * l.dOut, 0);
  return shape.layers * perLayer;
}

/**
 * LoRA's trainable parameters: r × (d_in + d_out) per adapted matrix (Hu et al. 2021, section 4.1;
 * PEFT's lora_A is r × d_in and lora_B is d_out × r), summed over the target modules of every
 * layer. Llama 3.1 8B, r = 16, all seven projections: 41,943,040, as PEFT's
 * print_trainable_parameters() reports (scripts/fine-tuning/lora_with_peft.py).
 */
export function loraParameters(shape: DecoderShape, rank: number, targets: LoraTargets): number {
  assertNonNegativeFinite(rank, 'rank');
  const wanted = new Set(LORA_TARGET_MODULES[targets]);
  const perLayer = decoderLinears(shape)
    .filter((l) => wanted.has(l.module))
    .reduce((sum, l) => sum + rank * (l.dIn + l.dOut), 0);
  return shape.layers * perLayer;
}

/** Bytes per parameter of a 16-bit (bf16/fp16) tensor. */
export const BYTES_16_BIT = 2;

/**
 * Mixed-precision Adam: fp16/bf16 weights (2) and gradients (2), and an fp32 master copy, momentum
 * and variance (4 + 4 + 4 = K = 12). ZeRO, arXiv:1910.02054, section 3.1: "2Ψ + 2Ψ + KΨ = 16Ψ".
 */
export const ADAM_OPTIMIZER_BYTES = 12;

/**
 * 8-bit Adam (Dettmers et al. 2021, arXiv:2110.02861): momentum and variance in 8 bits each, one
 * fp32 scale per block of 2048 values (section 2, block-wise quantization: 2 × 4 / 2048 bytes per
 * parameter), beside the fp32 master weights, which mixed precision still keeps (4 bytes).
 * 4 + 2 × (1 + 4/2048) = 6.00390625 bytes. An implementation with smaller blocks pays a little more
 * for its scales: under 0.04 bytes per parameter for blocks of 256 or more. bitsandbytes keeps tensors of fewer than 4096 elements
 * (min_8bit_size: norms, biases) in 32-bit states; they are left out, as they are a few millionths
 * of a large model.
 */
export const ADAM_8BIT_BLOCK = 2048;
export const ADAM_8BIT_OPTIMIZER_BYTES = 4 + 2 * (1 + 4 / ADAM_8BIT_BLOCK);

/**
 * QLoRA's NF4 base weights, in bits per parameter (Dettmers et al. 2023, arXiv:2305.14314,
 * section 3, "Double Quantization"): 4 bits per weight plus the quantization constants. With a
 * block of 64 weights and an fp32 constant per block that is 32/64 = 0.5 extra bits; double
 * quantization stores the constants in 8 bits with one fp32 constant per 256 of them:
 * 8/64 + 32/(64 × 256) = 0.126953125 bits, "0.127" in the paper. Total 4.126953125 bits.
 */
export const NF4_BLOCK = 64;
export const NF4_DQ_BLOCK = 256;
export const QLORA_CONSTANT_BITS_WITHOUT_DQ = 32 / NF4_BLOCK;
export const QLORA_CONSTANT_BITS = 8 / NF4_BLOCK + 32 / (NF4_BLOCK * NF4_DQ_BLOCK);
export const QLORA_BITS_PER_PARAMETER = 4 + QLORA_CONSTANT_BITS;

/**
 * Activation memory of one transformer layer, in bytes, with 16-bit activations and 1-byte dropout
 * masks, on one GPU (no tensor or sequence parallelism), after Korthikanti et al. 2022
 * (arXiv:2205.05198), section 4.1. For the paper's model (multi-head attention, a 4h GeLU MLP,
 * dropout) this is exactly sbh(34 + 5as/h):
 *
 * - attention block, 11sbh + 5as²b: the QKV input 2sbh; Q and K for QKᵀ, 4sbh; softmax output
 *   2as²b; its dropout mask as²b; the dropout output 2as²b and V 2sbh for the product with V; the
 *   output projection's input 2sbh; the dropout mask after it, sbh;
 * - MLP, 19sbh: input 2sbh, the GeLU's input 8sbh and output 8sbh (4h wide), dropout mask sbh;
 * - two layer norms, 4sbh.
 *
 * Generalised for today's decoders, each assumption stated:
 * - Grouped-query attention: Q keeps a × head_dim values per token, K and V num_key_value_heads ×
 *   head_dim each (2sb·n_kv·d_h bytes each instead of 2sbh). The attention scores are per query
 *   head, so the s² terms keep a.
 * - Gated MLP (SwiGLU) of width f: its input 2sbh, and four f-wide tensors, 8sbf: the gate's output
 *   (the SiLU's input), the SiLU's output and the up projection's output (both read by the
 *   product's backward), and the product (down_proj's input). A two-layer MLP keeps 4sbf, which is
 *   the paper's 16sbh at f = 4h.
 * - Without dropout (Llama, Qwen, Mistral train and fine-tune with attention_dropout 0 and no hidden
 *   dropout) the masks (as²b + 2sbh) and the dropout output (2as²b) are not kept: the product with V
 *   reads the softmax output itself.
 * - FlashAttention (Dao et al. 2022, arXiv:2205.14135) never writes the s × s scores: it keeps Q, K,
 *   V and the output, already counted, and recomputes the scores in the backward pass, so every s²
 *   term goes (the same terms the paper's selective recomputation drops, leaving 34sbh). Its
 *   softmax statistics, a × s × b fp32 values, are left out (under 0.1 % of a layer for Llama 3.1 8B).
 * - RMSNorm keeps its input like LayerNorm, 2sbh each.
 *
 * This is the paper's accounting, and a floor for what transformers' PyTorch modules keep.
 * Measured on Llama-shaped layers with transformers 5.18 on the CPU
 * (scripts/fine-tuning/measure_activations.py, fixtures/fine-tuning/measured-activations.json),
 * one layer keeps about 21–23 % more with SDPA attention: LlamaRMSNorm keeps an fp32 copy of its
 * input (4sbh, not 2sbh), and the CPU's matrix product keeps a 2-D copy of each norm's output.
 * With eager attention, which keeps the softmax in fp32 beside its bf16 copy, 43–53 % more.
 */
export interface ActivationInput {
  /** Sequence length s, in tokens. */
  sequence: number;
  /** Micro-batch b, in sequences per GPU per step. */
  microBatch: number;
  attention: AttentionKernel;
  /** Dropout in the attention and after each block (the paper's model: true). */
  dropout: boolean;
}

export function activationBytesPerLayer(shape: DecoderShape, input: ActivationInput): number {
  const { hidden: h, heads: a, kvHeads, headDim, intermediate: f } = shape;
  const s = input.sequence;
  const b = input.microBatch;
  assertNonNegativeFinite(s, 'sequence');
  assertNonNegativeFinite(b, 'microBatch');
  const sb = s * b;
  const q = a * headDim;
  const kv = kvHeads * headDim;
  const drop = input.dropout ? 1 : 0;
  // Attention block: QKV input, Q and K, V, the output projection's input, the dropout mask after it.
  let attention = 2 * sb * h + 2 * sb * q + 2 * sb * kv + 2 * sb * kv + 2 * sb * q + drop * sb * h;
  if (input.attention === 'standard') {
    // Softmax output 2as²b; with dropout, its mask as²b and its output 2as²b as well.
    attention += 2 * a * s * s * b + drop * 3 * a * s * s * b;
  }
  const mlp = 2 * sb * h + (shape.mlp === 'gated' ? 8 : 4) * sb * f + drop * sb * h;
  const norms = 4 * sb * h;
  return attention + mlp + norms;
}

/**
 * Korthikanti et al.'s closed form, sbh(34 + 5as/h) bytes per layer: the paper's model (multi-head,
 * 4h GeLU MLP, dropout, standard attention). Kept beside the general function so a test ties them.
 */
export function korthikantiBytesPerLayer(sequence: number, microBatch: number, hidden: number, heads: number): number {
  // sbh(34 + 5as/h) multiplied out, 34sbh + 5as²b, so whole inputs give a whole number of bytes.
  return 34 * sequence * microBatch * hidden + 5 * heads * sequence * sequence * microBatch;
}

/**
 * Activations of the whole model on one GPU, in bytes.
 * - Without checkpointing: L layers of activationBytesPerLayer, plus the output: the final norm's
 *   input 2sbh, lm_head's input 2sbh and the fp32 logits for the cross-entropy, 4sbv (Korthikanti
 *   et al., section 4.3; with dropout, the embedding's dropout mask sbh too).
 * - With gradient checkpointing (full recomputation, every layer): only each layer's input is kept,
 *   2sbh per layer (the paper's "2sbhL", section 4.2), and during the backward pass one layer's
 *   activations are rebuilt at a time: the peak adds one activationBytesPerLayer (PyTorch's
 *   torch.utils.checkpoint and transformers' gradient_checkpointing_enable() work this way). The
 *   output terms stay.
 */
export function activationBytes(shape: DecoderShape, input: ActivationInput & { checkpointing: boolean }): ActivationBreakdown {
  const perLayer = activationBytesPerLayer(shape, input);
  const sb = input.sequence * input.microBatch;
  const output = 4 * sb * shape.hidden + 4 * sb * shape.vocab + (input.dropout ? sb * shape.hidden : 0);
  const layers = input.checkpointing ? 2 * sb * shape.hidden * shape.layers + perLayer : perLayer * shape.layers;
  return { perLayer, layers, output, total: layers + output };
}

export interface ActivationBreakdown {
  /** One layer's activations without checkpointing, bytes. */
  perLayer: number;
  /** All layers: L × perLayer, or with checkpointing 2sbh × L + perLayer. */
  layers: number;
  /** Final norm, lm_head input and fp32 logits, bytes. */
  output: number;
  total: number;
}

/** Bytes of the model state per kind, for the whole model (before sharding). */
export interface ModelState {
  weights: number;
  gradients: number;
  optimizer: number;
}

export interface FineTuningInput {
  shape: DecoderShape;
  /** All parameters of the model (the config's count: embeddings, lm_head, norms included). */
  parameters: number;
  method: FineTuningMethod;
  /** LoRA rank r; read only for lora and qlora. */
  rank: number;
  targets: LoraTargets;
  sequence: number;
  microBatch: number;
  attention: AttentionKernel;
  checkpointing: boolean;
  /** Data-parallel GPUs N. */
  gpus: number;
  zero: ZeroStage;
  /** The paper's model keeps dropout; today's decoders fine-tune without it (the default). */
  dropout?: boolean;
}

export interface FineTuningMemory {
  /** Parameters the optimizer updates: all of them, or LoRA's adapters. */
  trainable: number;
  /** For QLoRA: the weight elements stored in NF4 (the decoder layers' linear weights); else 0. */
  quantized: number;
  /** Weights, gradients and optimizer states of the whole model, bytes. */
  state: ModelState;
  /** Each GPU's share of the state after ZeRO partitioning, bytes. */
  statePerGpu: ModelState;
  /** One GPU's activations for its micro-batch (never sharded by ZeRO), bytes. */
  activations: ActivationBreakdown;
  /** statePerGpu + activations.total: what one GPU holds, bytes (no allocator overhead, no CUDA context). */
  perGpu: number;
  /** Over every GPU: the sharded state once, the replicated parts N times, activations N times. */
  allGpus: number;
}

/**
 * The model state per GPU under ZeRO over N GPUs (Rajbhandari et al., arXiv:1910.02054, section 5):
 * stage 1 (P_os) partitions the optimizer states, stage 2 (P_os+g) the gradients too, stage 3
 * (P_os+g+p) the weights too, each part 1/N per GPU. FSDP's FULL_SHARD shards as stage 3 does.
 * Stage 0 is plain data parallelism: every GPU holds everything.
 */
export function shardState(state: ModelState, gpus: number, zero: ZeroStage): ModelState {
  if (!(gpus >= 1) || !Number.isInteger(gpus)) throw new RangeError(`gpus must be a whole number >= 1, got ${String(gpus)}`);
  return {
    optimizer: zero >= 1 ? state.optimizer / gpus : state.optimizer,
    gradients: zero >= 2 ? state.gradients / gpus : state.gradients,
    weights: zero >= 3 ? state.weights / gpus : state.weights,
  };
}

/**
 * Memory of a fine-tuning run, whole and per GPU. Conventions (each from the sources above):
 * - full-adam: 16 bytes per parameter (ZeRO's 2 + 2 + 12).
 * - full-adam-8bit: 2 + 2 + ADAM_8BIT_OPTIMIZER_BYTES (about 10 bytes per parameter).
 * - lora: frozen base in 16 bits (2 bytes per parameter, no gradient, no optimizer state); the
 *   adapters trained in mixed precision at 16 bytes each.
 * - qlora: the decoder layers' linear weights in NF4 at QLORA_BITS_PER_PARAMETER; everything else
 *   (embeddings, lm_head, norms, biases) stays 16-bit, as bitsandbytes through transformers leaves
 *   lm_head and non-Linear modules unquantized; adapters as in lora.
 * Activations: activationBytes, the same for every method (LoRA's adapters read the same inputs;
 * their own r-wide activations, and the dropout mask PEFT's lora_dropout keeps, are left out).
 */
export function fineTuningMemory(input: FineTuningInput): FineTuningMemory {
  const { shape, parameters, method } = input;
  assertNonNegativeFinite(parameters, 'parameters');
  const adapters = method === 'lora' || method === 'qlora' ? loraParameters(shape, input.rank, input.targets) : 0;
  const quantized = method === 'qlora' ? decoderLinearWeights(shape) : 0;
  if (quantized > parameters) {
    throw new RangeError(`the layers' linear weights (${quantized}) exceed the model's parameters (${parameters})`);
  }
  let state: ModelState;
  switch (method) {
    case 'full-adam':
      state = { weights: BYTES_16_BIT * parameters, gradients: BYTES_16_BIT * parameters, optimizer: ADAM_OPTIMIZER_BYTES * parameters };
      break;
    case 'full-adam-8bit':
      state = { weights: BYTES_16_BIT * parameters, gradients: BYTES_16_BIT * parameters, optimizer: ADAM_8BIT_OPTIMIZER_BYTES * parameters };
      break;
    case 'lora':
    case 'qlora': {
      const base = method === 'qlora' ? (quantized * QLORA_BITS_PER_PARAMETER) / 8 + BYTES_16_BIT * (parameters - quantized) : BYTES_16_BIT * parameters;
      state = { weights: base + BYTES_16_BIT * adapters, gradients: BYTES_16_BIT * adapters, optimizer: ADAM_OPTIMIZER_BYTES * adapters };
      break;
    }
  }
  const statePerGpu = shardState(state, input.gpus, input.zero);
  const activations = activationBytes(shape, {
    sequence: input.sequence,
    microBatch: input.microBatch,
    attention: input.attention,
    dropout: input.dropout ?? false,
    checkpointing: input.checkpointing,
  });
  const perGpu = statePerGpu.weights + statePerGpu.gradients + statePerGpu.optimizer + activations.total;
  return {
    trainable: method === 'lora' || method === 'qlora' ? adapters : parameters,
    quantized,
    state,
    statePerGpu,
    activations,
    perGpu,
    allGpus: perGpu * input.gpus,
  };
}

/**
 * Floating-point operations of a fine-tuning run over `tokens` tokens (each token of each epoch
 * counted once), in FLOP. Full fine-tuning: 6ND (Kaplan et al. 2020, arXiv:2001.08361: 2ND forward,
 * 4ND backward). LoRA and QLoRA: the backward pass still carries gradients through every frozen
 * weight (2ND) but computes weight gradients only for the adapters, so 4ND plus 6 × adapters × D.
 * Gradient checkpointing runs each layer's forward once more: + 2ND. QLoRA's dequantization and the
 * attention's own FLOPs (which grow with s²) are left out, so real runs take longer.
 */
export function fineTuningFlop(parameters: number, trainable: number, tokens: number, method: FineTuningMethod, checkpointing: boolean): number {
  assertNonNegativeFinite(parameters, 'parameters');
  assertNonNegativeFinite(trainable, 'trainable');
  assertNonNegativeFinite(tokens, 'tokens');
  const full = method === 'full-adam' || method === 'full-adam-8bit';
  const perToken = full ? 6 * parameters : 4 * parameters + 6 * trainable;
  return (perToken + (checkpointing ? 2 * parameters : 0)) * tokens;
}

/** Money for `gpuHours` GPU-hours at `pricePerGpuHour` (any currency; the result is in it). */
export function runCost(gpuHours: number, pricePerGpuHour: number): number {
  assertNonNegativeFinite(gpuHours, 'gpuHours');
  assertNonNegativeFinite(pricePerGpuHour, 'pricePerGpuHour');
  return gpuHours * pricePerGpuHour;
}

/**
 * Price of serving a million output tokens: the GPUs' price per hour over the tokens they produce
 * in an hour. `tokensPerSecond` is the whole deployment's output rate (every sequence of the batch
 * together) on `gpus` GPUs: a decode bound or a measured throughput. Input (prefill) tokens are not
 * priced.
 */
export function costPerMillionTokens(pricePerGpuHour: number, gpus: number, tokensPerSecond: number): number {
  assertNonNegativeFinite(pricePerGpuHour, 'pricePerGpuHour');
  assertNonNegativeFinite(gpus, 'gpus');
  if (!(tokensPerSecond > 0) || !Number.isFinite(tokensPerSecond)) {
    throw new RangeError(`tokensPerSecond must be a finite number > 0, got ${String(tokensPerSecond)}`);
  }
  return (pricePerGpuHour * gpus * 1e6) / (tokensPerSecond * 3600);
}
