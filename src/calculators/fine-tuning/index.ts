import { parseConfigJson } from '@llm-scale/core/configs/parse-config';
import { readAttentionLayout } from '@llm-scale/core/configs/attention-layout';
import { layoutMemoryBars, memoryBarsMarkup, type CalculatorMemoryWords } from '../../lib/charts/memory-bars';
import { relevantConfig } from '@llm-scale/core/configs/relevant-config';
import {
  ADAM_8BIT_OPTIMIZER_BYTES,
  ADAM_OPTIMIZER_BYTES,
  BYTES_16_BIT,
  FINE_TUNING_METHODS,
  LORA_TARGETS,
  QLORA_BITS_PER_PARAMETER,
  fineTuningFlop,
  decoderLinearWeights,
  fineTuningMemory,
  runCost,
  type DecoderShape,
  type FineTuningConfigError,
  type FineTuningMethod,
  type LoraTargets,
  type ZeroStage,
} from '@llm-scale/core/training';
import { adapterRefusal, fineTuningShapeFromConfig } from '@llm-scale/core/training/from-config';
import {
  FLOPS_PER_TFLOPS,
  PEAK_TFLOPS_RANGE,
  UTILIZATION_PERCENT_RANGE,
  acceleratorHours,
  clusterFlopsPerSecond,
  trainingSeconds,
} from '@llm-scale/core/memory/training-time';
import { formatBytes, formatExact, formatExactAmount, formatPercent, joinSentences } from '@llm-scale/core/text/format';
import { formatUsd } from '../../lib/format-money';
import { formatDuration, formatRoundedCount } from '@llm-scale/core/text/format-training';
import { fill, type PluralForms } from '@llm-scale/core/text/template';
import { defineCalculator, type ComputeContext, type ComputeFailure } from '../spec';

export interface FineTuningWords {
  bytes: PluralForms;
  /** The picture of memory against capacity (src/i18n/<lang>/charts.ts, `memory`). */
  memory: CalculatorMemoryWords;
  /** "{bytes} per GPU ({all} for the whole model{sharded})". */
  statePart: string;
  /** " ÷ {gpus} under ZeRO stage {stage}", after statePart's whole figure when the part is sharded. */
  sharded: string;
  /** "{bytes} per GPU". */
  perGpu: string;
  /** "{bytes} per GPU: fits in {memory}, {free} to spare". */
  fits: string;
  /** "{bytes} per GPU: {over} more than {memory}". */
  doesNotFit: string;
  /** "{trainable} ({share} of {total})". */
  trainable: string;
  /** The sum per GPU: "{weights} + {gradients} + {optimizer} + {activations} = {total}". */
  working: string;
  /** How each part's bytes per parameter is reached, by method: "{quantized} NF4 weights × {bits} bits …". */
  methodWorking: Record<FineTuningMethod, string>;
  /** "{perToken} per token and layer × {tokens} = {bytes} per layer". */
  perLayer: string;
  /** Checkpointing on: "kept: 2 × {hidden} bytes per token × {layers} layers × {tokens} + one layer rebuilt …". */
  checkpointed: string;
  /** Checkpointing off: "{layers} layers × {perLayer}". */
  everyLayer: string;
  /** "+ output (final norm, lm_head input, fp32 logits) {bytes} = {total}". */
  output: string;
  tokens: PluralForms;
  layers: PluralForms;
  gpus: PluralForms;
  /** "{time} on {gpus}: {gpuHours} GPU-hours". */
  time: string;
  /** "{cost} at {price} per GPU-hour (an example price: type your own)". */
  cost: string;
  /**
   * In place of the run time and of the cost when the memory per GPU does not fit: a run that
   * cannot start as configured has no time or price. "{over}" and "{memory}" as in doesNotFit.
   */
  noRun: { time: string; cost: string };
  /** Config errors, by fineTuningShapeFromConfig's codes. */
  configErrors: Record<FineTuningConfigError, string>;
  /** "num_attention_heads must be a multiple of the KV heads". */
  heads: string;
  /** Without a config: the layers' linear weights and the embedding table outgrow the parameter count typed. */
  mismatch: string;
  /** "The LoRA rank must be smaller than the narrowest adapted matrix ({width})". */
  rankTooLarge: string;
  /** Beside the sequence field when it passes the config's max_position_embeddings: "{limit}" (tokens). */
  sequenceTooLong: string;
}

/** The keys of a pasted config that the shape reads, as compact JSON for a link. */
function configForUrl(text: string): string | null {
  const parsed = parseConfigJson(text);
  if (!parsed.ok) return null;
  const kept = relevantConfig(parsed.value);
  return kept.ok ? JSON.stringify(kept.value) : null;
}

/** The shape fields a pasted config decides, so the form shows what the estimate uses. */
export function fieldsFromConfig(text: string): Record<string, string> | null {
  const parsed = parseConfigJson(text);
  if (!parsed.ok) return null;
  const read = fineTuningShapeFromConfig(parsed.value);
  if (!read.ok) return null;
  const { shape, parameters } = read.value;
  return {
    params: String(parameters),
    layers: String(shape.layers),
    hidden: String(shape.hidden),
    heads: String(shape.heads),
    'kv-heads': String(shape.kvHeads),
    'head-dim': String(shape.headDim),
    intermediate: String(shape.intermediate),
    vocab: String(shape.vocab),
  };
}

const SHAPE = ['config', 'params', 'layers', 'hidden', 'heads', 'kv-heads', 'head-dim', 'intermediate', 'vocab'] as const;
const STATE = [...SHAPE, 'method', 'rank', 'targets', 'devices', 'zero'] as const;
const ACTIVATIONS = [...SHAPE, 'sequence', 'micro-batch', 'attention', 'checkpointing'] as const;
const ALL = [...STATE, 'sequence', 'micro-batch', 'attention', 'checkpointing', 'device-memory'] as const;
const RUN = [...STATE, 'checkpointing', 'tokens', 'peak', 'utilization'] as const;

const failure = (field: string, message: string): ComputeFailure => ({ failed: { field, message } });

/**
 * Fine-tuning memory and cost (packages/core/src/training/fine-tuning.ts): full fine-tuning with
 * mixed-precision Adam or 8-bit Adam, LoRA and QLoRA; activations after Korthikanti et al. 2022;
 * ZeRO stages over N GPUs; the run's GPU-hours and their price. Starts on Llama 3.1 8B (its
 * config: 8,030,261,248 parameters, 32 layers, hidden 4096, 32 heads, 8 KV heads, head_dim 128,
 * intermediate 14,336, vocabulary 128,256), fully fine-tuned on 8 × 80 GB GPUs with ZeRO-3, at
 * 2048 tokens per sequence, one sequence per GPU, FlashAttention and gradient checkpointing.
 */
export const fineTuning = defineCalculator({
  name: 'fine-tuning',
  fields: [
    { name: 'method', kind: 'choice', options: FINE_TUNING_METHODS, default: 'full-adam' },
    { name: 'rank', kind: 'integer', max: 65_536, default: '16' },
    { name: 'targets', kind: 'choice', options: LORA_TARGETS, default: 'all-linear' },
    { name: 'config', kind: 'config', default: '', optional: true, urlValue: configForUrl, fills: fieldsFromConfig },
    { name: 'params', kind: 'count', default: '8,030,261,248' },
    { name: 'layers', kind: 'integer', max: 1000, default: '32' },
    { name: 'hidden', kind: 'integer', max: 1_000_000, default: '4096' },
    { name: 'heads', kind: 'integer', max: 10_000, default: '32' },
    { name: 'kv-heads', kind: 'integer', max: 10_000, default: '8' },
    { name: 'head-dim', kind: 'integer', max: 100_000, default: '128' },
    { name: 'intermediate', kind: 'integer', max: 10_000_000, default: '14336' },
    { name: 'vocab', kind: 'integer', max: 100_000_000, default: '128256' },
    { name: 'sequence', kind: 'context', max: 10_000_000, default: '2048' },
    { name: 'micro-batch', kind: 'integer', max: 100_000, default: '1' },
    { name: 'attention', kind: 'choice', options: ['flash', 'standard'], default: 'flash' },
    { name: 'checkpointing', kind: 'choice', options: ['on', 'off'], default: 'on' },
    { name: 'devices', kind: 'integer', max: 1_000_000, default: '8' },
    { name: 'zero', kind: 'choice', options: ['0', '1', '2', '3'], default: '3' },
    { name: 'device-memory', kind: 'decimal', min: 0.001, max: 100_000, default: '80', units: ['GB'] },
    { name: 'tokens', kind: 'count', default: '100M' },
    { name: 'peak', kind: 'decimal', min: PEAK_TFLOPS_RANGE.min, max: PEAK_TFLOPS_RANGE.max, default: '989', units: ['TFLOP/s', 'TFLOPS'] },
    { name: 'utilization', kind: 'percent', min: UTILIZATION_PERCENT_RANGE.min, max: UTILIZATION_PERCENT_RANGE.max, default: '40' },
    { name: 'price', kind: 'decimal', min: 0.001, max: 1_000_000, default: '2.50', units: ['USD'] },
  ],
  // What a phone keeps in sight and a screen reader hears: the memory per GPU and whether it fits.
  headline: 'per-gpu',
  outputs: [
    { name: 'trainable', from: STATE },
    { name: 'weights', from: STATE },
    { name: 'gradients', from: STATE },
    { name: 'optimizer', from: STATE },
    { name: 'activations', from: ACTIVATIONS },
    { name: 'per-gpu', from: ALL },
    { name: 'memory-bars', from: ALL, markup: 'figure' },
    { name: 'memory-table', from: ALL, markup: 'table' },
    { name: 'working', from: ALL, explains: true },
    { name: 'state-working', from: STATE, explains: true },
    { name: 'activation-working', from: ACTIVATIONS, explains: true },
    { name: 'time', from: RUN },
    { name: 'cost', from: [...RUN, 'price'] },
  ],
  // A sequence past the config's max_position_embeddings: GPT-2's learned positions end there, and
  // a rotary model was not trained past it. The memory is still worked out; the field says so.
  fieldNotes(values, { lang, words }: ComputeContext<FineTuningWords>): Record<string, string> {
    const layout = values.config ? readAttentionLayout(values.config) : null;
    const limit = layout?.ok ? layout.value.maxPositionEmbeddings : null;
    return limit !== null && limit !== undefined && values.sequence > limit
      ? { sequence: fill(words.sequenceTooLong, { limit: formatExactAmount(limit, words.tokens, lang) }) }
      : {};
  },
  compute(values, { lang, words }: ComputeContext<FineTuningWords>): Record<string, string> | ComputeFailure {
    const method = values.method as FineTuningMethod;
    let shape: DecoderShape;
    let parameters: number;
    // A config that trains with dropout (GPT-2, StarCoder2) keeps its masks; typed shapes have none.
    let dropout = false;
    if (values.config) {
      const read = fineTuningShapeFromConfig(values.config);
      if (!read.ok) return failure('config', words.configErrors[read.error]);
      ({ shape, parameters } = read.value);
      dropout = read.value.dropout ?? false;
      // Fused projections refuse LoRA and QLoRA only; the message stands by the choice to change:
      // the method, or for a fused gate/up alone, the targets.
      const refusal = adapterRefusal(read.value.fused, method, values.targets as LoraTargets);
      if (refusal !== null) return failure(refusal === 'fused-gate-up' ? 'targets' : 'method', words.configErrors[refusal]);
    } else {
      if (values.heads % values['kv-heads'] !== 0) return failure('kv-heads', words.heads);
      parameters = values.params;
      shape = {
        layers: values.layers,
        hidden: values.hidden,
        heads: values.heads,
        kvHeads: values['kv-heads'],
        headDim: values['head-dim'],
        intermediate: values.intermediate,
        vocab: values.vocab,
        mlp: 'gated',
      };
      // The layers' projections and one embedding table are a floor on any such model's count.
      if (decoderLinearWeights(shape) + shape.vocab * shape.hidden > parameters) return failure('params', words.mismatch);
    }
    const adapters = method === 'lora' || method === 'qlora';
    const narrowest = Math.min(shape.hidden, shape.kvHeads * shape.headDim, shape.intermediate);
    if (adapters && values.rank >= narrowest) return failure('rank', fill(words.rankTooLarge, { width: formatExact(narrowest, lang) }));
    const gpus = values.devices;
    const zero = Number(values.zero) as ZeroStage;
    const checkpointing = values.checkpointing === 'on';
    let m;
    try {
      m = fineTuningMemory({
        shape,
        parameters,
        method,
        rank: values.rank,
        targets: values.targets as LoraTargets,
        sequence: values.sequence,
        microBatch: values['micro-batch'],
        attention: values.attention === 'standard' ? 'standard' : 'flash',
        checkpointing,
        gpus,
        zero,
        dropout,
      });
    } catch {
      // The layers' linear weights outgrow the parameter count typed: the shape and the count disagree.
      return failure('params', words.mismatch);
    }

    const gb = (bytes: number) => formatBytes(bytes, lang).decimal;
    const part = (whole: number, each: number) =>
      fill(words.statePart, {
        bytes: gb(each),
        all: gb(whole),
        sharded: each !== whole ? fill(words.sharded, { gpus: formatExact(gpus, lang), stage: String(zero) }) : '',
      });
    const memory = values['device-memory'] * 1e9;
    const fits = m.perGpu <= memory;
    const perGpu =
      fits
        ? fill(words.fits, { bytes: gb(m.perGpu), memory: gb(memory), free: gb(memory - m.perGpu) })
        : fill(words.doesNotFit, { bytes: gb(m.perGpu), memory: gb(memory), over: gb(m.perGpu - memory) });
    const s = m.statePerGpu;
    const working = fill(words.working, {
      weights: gb(s.weights),
      gradients: gb(s.gradients),
      optimizer: gb(s.optimizer),
      activations: gb(m.activations.total),
      total: gb(m.perGpu),
    });
    const stateWorking = fill(words.methodWorking[method], {
      params: formatExact(parameters, lang),
      adapters: formatExact(m.trainable, lang),
      quantized: formatExact(m.quantized, lang),
      rest: formatExact(parameters - m.quantized, lang),
      bits: formatExact(QLORA_BITS_PER_PARAMETER, lang),
      half: String(BYTES_16_BIT),
      adam: String(ADAM_OPTIMIZER_BYTES),
      adam8: formatExact(ADAM_8BIT_OPTIMIZER_BYTES, lang),
    });
    const tokens = values.sequence * values['micro-batch'];
    const a = m.activations;
    const amount = (forms: PluralForms, n: number) => formatExactAmount(n, forms, lang);
    const activationWorking = joinSentences([
      fill(words.perLayer, { perToken: amount(words.bytes, a.perLayer / tokens), tokens: amount(words.tokens, tokens), bytes: gb(a.perLayer) }),
      checkpointing
        ? fill(words.checkpointed, {
            kept: amount(words.bytes, 2 * shape.hidden),
            layers: amount(words.layers, shape.layers),
            tokens: amount(words.tokens, tokens),
            bytes: gb(a.layers),
          })
        : fill(words.everyLayer, { layers: amount(words.layers, shape.layers), bytes: gb(a.layers) }),
      fill(words.output, { bytes: gb(a.output), total: gb(a.total) }),
    ]);

    // Every GPU holds the same under data parallelism and ZeRO: one bar for all of them, against the
    // whole of each GPU's memory (this calculator counts no allocator or CUDA-context headroom).
    const gpuLabel = gpus === 1 ? fill(words.memory.gpu, { n: formatExact(1, lang) }) : fill(words.memory.gpus, { first: formatExact(1, lang), last: formatExact(gpus, lang) });
    const chart = layoutMemoryBars(
      {
        bars: [{ label: gpuLabel, weights: s.weights, gradients: s.gradients, optimizer: s.optimizer, kvCache: 0, activations: a.total }],
        capacityBytes: memory,
        usableShare: 1,
      },
      words.memory,
      gb,
    );
    const picture = memoryBarsMarkup(chart, words.memory, gb, 'fine-tuning-memory-bars');

    const flop = fineTuningFlop(parameters, m.trainable, values.tokens, method, checkpointing);
    const seconds = trainingSeconds(flop, clusterFlopsPerSecond(gpus, values.peak * FLOPS_PER_TFLOPS, values.utilization / 100));
    const gpuHours = acceleratorHours(seconds, gpus);
    return {
      trainable: fill(words.trainable, {
        trainable: formatExact(m.trainable, lang),
        share: formatPercent(m.trainable / parameters, lang),
        total: formatExact(parameters, lang),
      }),
      weights: part(m.state.weights, s.weights),
      gradients: part(m.state.gradients, s.gradients),
      optimizer: part(m.state.optimizer, s.optimizer),
      activations: fill(words.perGpu, { bytes: gb(a.total) }),
      'per-gpu': perGpu,
      'memory-bars': picture.figure,
      'memory-table': picture.table,
      working,
      'state-working': stateWorking,
      'activation-working': activationWorking,
      // A run whose memory per GPU does not fit cannot start: it gets no time and no price, which
      // would read as the cost of a run the reader could make.
      ...(fits
        ? {
            time: fill(words.time, {
              time: formatDuration(seconds, lang),
              gpus: amount(words.gpus, gpus),
              gpuHours: formatRoundedCount(gpuHours, lang),
            }),
            cost: fill(words.cost, { cost: formatUsd(runCost(gpuHours, values.price), lang), price: formatUsd(values.price, lang) }),
          }
        : {
            time: fill(words.noRun.time, { over: gb(m.perGpu - memory), memory: gb(memory) }),
            cost: fill(words.noRun.cost, { over: gb(m.perGpu - memory), memory: gb(memory) }),
          }),
    };
  },
});

/** The spec the registries find in this folder (src/calculators/registry.ts). */
export default fineTuning;
