import { cacheLines, describeKeyProblems, type CoreMessages } from '@llm-scale/core/text/messages';
import { cachesKeysAndValues, readAttentionLayout, type AttentionLayout, type LayerType, type LayoutError } from '@llm-scale/core/configs/attention-layout';
import type { Result } from '@llm-scale/core/numbers/result';
import { defaultedKeys } from '@llm-scale/core/configs/defaulted-keys';
import { VLLM_GPU_MEMORY_UTILIZATION } from '@llm-scale/core/memory/fits';
import { planServing, prefillPeak, type ServingPlan, type ServingRefusal } from '@llm-scale/core/memory/serving-plan';
import { latentAttentionDims, layoutFromShape } from '@llm-scale/core/memory/serving-model';
import {
  formatBytes,
  formatBytesLine,
  formatExact,
  formatExactAmount,
  formatFlopsLine,
  formatList,
  formatNumber,
  formatPercent,
  formatRate,
  formatSignificant,
  joinSentences,
} from '@llm-scale/core/text/format';
import { KV_LIMITS, servingBytes } from '@llm-scale/core/memory/kv-cache';
import { KV_CACHE_FORMATS, kvCacheForLayout, type KvCacheFormat } from '@llm-scale/core/memory/kv-cache-layout';
import { countParameters } from '@llm-scale/core/configs/count-parameters';
import { parseConfigJson } from '@llm-scale/core/configs/parse-config';
import { relevantConfig } from '@llm-scale/core/configs/relevant-config';
import type { JsonObject, ParameterCount } from '@llm-scale/core/configs/types';
import { bytesForPrecision } from '@llm-scale/core/memory/precision';
import { shippedWeights, type ShippedFormat } from '@llm-scale/core/memory/shipped-format';
import { trainingStateBytes, weightBytes } from '@llm-scale/core/memory/storage';
import { fill, type PluralForms } from '@llm-scale/core/text/template';
import { costPerMillionTokens } from '@llm-scale/core/training/fine-tuning';
import { formatUsd } from '../../lib/format-money';
import { defineCalculator, type ComputeContext, type ComputeFailure, type OutputSpec } from '../spec';
import { type HubWords, type ModelValue, hubStatus, modelField } from '../hub-model';
import { layoutMemoryBars, memoryBarsMarkup, type CalculatorMemoryWords, type MemoryBar } from '../../lib/charts/memory-bars';
import { escapeMarkup } from '../../lib/charts/svg-model';

/** The memory picture's words (src/i18n/<lang>/charts.ts, `memory`). */
type ServingMemoryWords = CalculatorMemoryWords;

export interface ServingWords {
  bytes: PluralForms;
  tokens: PluralForms;
  sequences: PluralForms;
  layers: PluralForms;
  /** "{bytes} per token". */
  perToken: string;
  /** By attention kind: "grouped-query attention". */
  kinds: Record<AttentionLayout['kind'], string>;
  /** By layer type: "full attention", "sliding window of {window} tokens". */
  layerTypes: Record<LayerType, string>;
  /** "{layers} with {type}: {bytes} for the context ({tokens} each)". */
  layerLine: string;
  /** Mamba-2 and Gated DeltaNet layers: "{layers} with {type}: ... a state of {state} per sequence each ...: {bytes}". */
  stateLine: string;
  /** Falcon-H1's layers, attention and Mamba side by side: keys and values and a state ({tokens}, {state}, {bytes}). */
  hybridLine: string;
  /** MLP-only layers, which cache nothing: "{layers} ...". */
  noCacheLine: string;
  /** "{layers} have only a mixture of experts and cache nothing" (Nemotron-H's MoE layers). */
  noCacheMoeLine: string;
  /** In the working, the states: "{layers} × {state} of state". */
  stateTerm: string;
  /** "From the config: {kind}, {params} parameters." */
  fromConfig: string;
  /** noKvCache: a model no layer of which caches keys and values (Mamba-2). */
  maxContext: { memory: string; cap: string; unbounded: string; noKvCache: string };
  /** "{sequences} of {tokens}". */
  maxBatch: string;
  /** After maxBatch when the context passes max_position_embeddings: "{limit}". */
  exceedsModel: string;
  /**
   * Beside the context field when it passes max_position_embeddings, which vLLM refuses: "{limit}"
   * (the limit in tokens).
   */
  contextTooLong: string;
  /** Before the layout when the model type is unknown: "{type}". */
  fallback: string;
  /** Before the layout when the config names no model_type (counted as a Llama-style decoder). */
  noModelType: string;
  /** After the layout when only the language model in text_config was counted. */
  nested: string;
  /** After the layout: "Keys the config leaves out took the model type’s default: {keys}." */
  defaulted: string;
  /** "{format}: {bytes} with the KV cache (too large: {rejected})". */
  widest: string;
  /** "{format}: {bytes} with the KV cache", when every format offered fits. */
  widestAll: string;
  none: string;
  doesNotFit: string;
  /** "This config cannot be read: {problems}." */
  invalid: string;
  /**
   * When the config gives no parameter count (a mixture of experts the counter cannot count...) but its
   * cache layout reads: the note before the layout, "{problems}" saying why.
   */
  noCount: string;
  /** In place of each figure that needs the parameter count (weights, total, what fits). */
  needsCount: string;
  /** The attention heads left empty without a config: the shape needs them. */
  headsNeeded: string;
  problems: Pick<CoreMessages, 'keyProblems' | 'problemSeparator'>;
  tooLarge: string;
  /** The first result, in words. Slots: {devices}, {capacity}, {share}, {used}, {usable}, {spare}, {weights}, {needed}. */
  /** fitsNoKvCache: fits, for a model no layer of which caches keys and values (no tokens of cache to spare to name). */
  /**
   * contextTooLong: in place of the verdict when the context passes max_position_embeddings, with
   * the memory's own verdict after it: "{context}", "{limit}" (a bare number), "{memory}".
   */
  verdict: { fits: string; fitsNoKvCache: string; cacheDoesNotFit: string; weightsDoNotFit: string; contextTooLong: string };
  /** "{tokens}, within {share} of each GPU" etc.: what-fits answers say which share they use. */
  withinShare: string;
  /** In place of maxBatch when not one sequence fits: "{tokens}". */
  maxBatchNone: string;
  /** Brackets around a sum of per-layer-type terms in the working: "({terms})" / "（{terms}）". */
  group: string;
  /** Each shipped format's name: "fp8", "MXFP4", "int4 with group scales". */
  shippedFormats: Record<ShippedFormat, string>;
  /** "Weights in {format}, as the checkpoint ships: {quantized} … at {bits} bits per weight …, the other {other} in {precision}." */
  shipped: string;
  /** The reader chose another format: "The checkpoint ships in {format}; …". */
  shipsIn: string;
  /** The key/value heads in a refusal: " and {n} key/value heads"; empty for latent attention. */
  refusalKvHeads: string;
  /** Per GPU: "{weights} of weights + {kv} of KV cache = {total}, of {usable} usable ({share} of {capacity}); {free} free". */
  perGpu: string;
  /** Before perGpu when pipeline stages differ: "Heaviest stage (layers {start}–{end}): ". */
  heaviestStage: string;
  /** The split: tensor parallel {tp} × pipeline parallel {pp}. */
  split: string;
  /** The split of a model without attention (Mamba-2), with {tp} and {pp}. */
  splitNoAttention: string;
  /** "{kvHeads} of the {allKvHeads} key/value heads per GPU" / with {replicas} copies. */
  kvHeadsSplit: string;
  kvHeadsReplicated: string;
  /** Latent attention: the whole latent cache on every GPU. */
  kvLatent: string;
  /** "Layers per stage: {stages}." */
  stagesLine: string;
  /** Mixture of experts: how experts are split. */
  expertsSplit: string;
  /** What the per-GPU weights leave out. */
  splitApproximation: string;
  /** Refusals by code, with {tp}, {pp}, {devices}, {heads}, {kvHeads}, {valid}, {layers}. */
  refusals: Record<Exclude<ServingRefusal['code'], 'too-large'>, string>;
  /** "{one} for one sequence; {batch} for all {sequences}" (upper bounds). */
  decode: string;
  /** At batch 1: "At most {one} for one sequence (an upper bound)". */
  decodeOne: string;
  /** Working of the decode bound. */
  decodeWorking: string;
  /** Pipeline: the stages run in turn for one sequence. */
  decodeStages: string;
  /** Mixture of experts at larger batches. */
  decodeMoe: string;
  /** No bandwidth given. */
  noBandwidth: string;
  /** Price of a million output tokens at the batch's decode bound: "{cost} per million output tokens at {price} per GPU-hour ({gpus}) …". */
  costPerMillion: string;
  /** No price typed. */
  noPrice: string;
  /** "At least {seconds} for {tokens}". */
  prefill: string;
  prefillWorking: string;
  /** Multi-head latent attention without the head widths: attention FLOP left out. */
  prefillNoAttention: string;
  /** When reading the weights once takes longer than the FLOP. */
  prefillMemoryBound: string;
  noPeak: string;
  tokensPerSecond: string;
  seconds: string;
  /** The model field: a model read from the Hugging Face Hub fills the config. */
  hub: HubWords;
  /** The picture of memory against capacity. */
  memory: ServingMemoryWords;
}

const SHAPE_FIELDS = ['params', 'layers', 'kv-heads', 'head-dim'] as const;
const KV_FIELDS = ['config', 'layers', 'kv-heads', 'head-dim', 'kv-precision'] as const;
const CONTEXT_FIELDS = [...KV_FIELDS, 'context', 'batch'] as const;
const FIT_FIELDS = [
  'config',
  ...SHAPE_FIELDS,
  'precision',
  'weight-bits',
  'kv-precision',
  'context',
  'batch',
  'device-memory',
  'devices',
  'usable',
  'tp',
  'pp',
  'heads',
  'max-positions',
] as const;
const SPEED_FIELDS = [...FIT_FIELDS, 'active-params', 'bandwidth', 'peak', 'peak-fp8'] as const;


/** Keys that decide the KV cache beside those the parameter count reads: windows, layer types, limits. */
const LAYOUT_KEYS = [
  'sliding_window',
  'use_sliding_window',
  'max_window_layers',
  'layer_types',
  'sliding_window_pattern',
  'attention_chunk_size',
  'max_position_embeddings',
  'n_positions',
  'head_dim',
  'num_key_value_heads',
];

function pick(config: JsonObject, into: JsonObject): JsonObject {
  for (const key of LAYOUT_KEYS) if (key in config) into[key] = config[key]!;
  return into;
}

/** The keys of a pasted config that the count and the cache read, as compact JSON for a link. */
function configForUrl(text: string): string | null {
  const parsed = parseConfigJson(text);
  if (!parsed.ok) return null;
  const kept = relevantConfig(parsed.value);
  if (!kept.ok) return null;
  const small = pick(parsed.value, { ...kept.value });
  // The format the checkpoint ships in goes with the link (shippedWeights reads it).
  for (const key of ['quantization_config', 'quantization', 'torch_dtype'] as const) {
    if (parsed.value[key] !== undefined) small[key] = parsed.value[key]!;
  }
  const inner = parsed.value.text_config;
  if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
    small.text_config = pick(inner, {
      ...((small.text_config as JsonObject | undefined) ?? {}),
    });
  }
  return JSON.stringify(small);
}

/** The fields a pasted config decides, so the form shows what the calculation uses. */
export function fieldsFromConfig(text: string): Record<string, string> | null {
  const parsed = parseConfigJson(text);
  if (!parsed.ok) return null;
  const count = countParameters(parsed.value);
  const layout = readAttentionLayout(parsed.value);
  if (!count.ok || !layout.ok) return null;
  const filled: Record<string, string> = {
    params: String(count.value.total),
    layers: String(layout.value.numHiddenLayers),
  };
  // A quantized checkpoint is served in the format it ships in; the reader can still pick another.
  const shipped = shippedWeights(parsed.value, count.value.breakdown, count.value.total);
  // Every config sets the format, so one a previous config set (int4 for gpt-oss) never carries over
  // to the next: the shipped one, else bf16, the format unquantized checkpoints are published in.
  filled.precision = shipped ? shipped.precision : 'bf16';
  if (layout.value.numKeyValueHeads !== null) filled['kv-heads'] = String(layout.value.numKeyValueHeads);
  if (layout.value.headDim !== null) filled['head-dim'] = String(layout.value.headDim);
  // A model without attention layers (Mamba, Mamba-2) has no heads to split: the field is left empty.
  filled.heads = layout.value.numAttentionHeads > 0 ? String(layout.value.numAttentionHeads) : '';
  filled['max-positions'] = layout.value.maxPositionEmbeddings === null ? '' : String(layout.value.maxPositionEmbeddings);
  filled['active-params'] = count.value.active === count.value.total ? '' : String(count.value.active);
  return filled;
}

/**
 * The model's longest context (max_position_embeddings, in tokens) when `context` passes it, else
 * null (also when the config sets none: Mamba). The limit is the layout's, as the max-context
 * answer caps at it; vLLM also scales it by some rope_scaling factors (yarn, linear, dynamic), which
 * this does not.
 */
export function contextLimitPassed(layout: Pick<AttentionLayout, 'maxPositionEmbeddings'>, context: number): number | null {
  const limit = layout.maxPositionEmbeddings;
  return limit !== null && context > limit ? limit : null;
}

/**
 * The attention layout the fields describe: the pasted config's, else the shape typed into the
 * fields; null without a config when the attention heads are left empty (a shape needs them). One
 * reading for the results and the notes beside the fields.
 */
function layoutOfFields(values: {
  config?: JsonObject;
  layers: number;
  heads?: number;
  'kv-heads': number;
  'head-dim': number;
  'max-positions'?: number;
}): Result<AttentionLayout, LayoutError> | null {
  if (values.config) return readAttentionLayout(values.config);
  if (values.heads === undefined) return null;
  return layoutFromShape({
    layers: values.layers,
    heads: values.heads,
    kvHeads: values['kv-heads'],
    headDim: values['head-dim'],
    maxPositionEmbeddings: values['max-positions'],
  });
}

const failure = (field: string, message: string): ComputeFailure => ({
  failed: { field, message },
});

interface DescribeContext {
  values: {
    context: number;
    batch: number;
    devices: number;
    'device-memory': number;
    bandwidth: number | undefined;
    peak: number | undefined;
  };
  layout: AttentionLayout;
  counted: ParameterCount | null;
  lang: ComputeContext<ServingWords>['lang'];
  words: ServingWords;
  amount: (forms: PluralForms, n: number) => string;
  /** The cache's layer groups and batch, for the recurrent states the picture draws apart (memoryBarsOf). */
  states: Parameters<typeof memoryBarsOf>[1];
}

const gb = (bytes: number, lang: DescribeContext['lang']) => formatBytes(bytes, lang).decimal;

/** A speed or a time with three significant digits: bounds deserve no more. */
const rate = (n: number, words: ServingWords, lang: DescribeContext['lang']) => fill(words.tokensPerSecond, { n: formatRate(n, lang, 3) });
const secondsText = (n: number, words: ServingWords, lang: DescribeContext['lang']) => fill(words.seconds, { n: formatSignificant(n, lang, 3) });

/** The id of the picture's frame in the page (Calculator.astro: `${name}-${output}`); its table's caption id starts with it. */
const MEMORY_BARS_ID = 'serving-memory-bars';

/**
 * One bar per run of GPUs that hold the same bytes: under tensor parallelism every GPU of a pipeline
 * stage holds the same share, and stages with as many layers (neither the first, with the embedding
 * table, nor the last, with the output head) hold the same as each other, so a few bars stand for
 * any number of GPUs. Stage s holds GPUs s × tp + 1 to (s + 1) × tp, numbered from 1. The plan's
 * per-GPU cache holds the recurrent states of hybrid layers too (kvCacheTotal); they are drawn as their
 * own part, each stage's from the state layers it holds (`states`: the cache's layer groups, as
 * kvCacheForLayout counts them, layerCount × state per sequence × batch).
 */
export function memoryBarsOf(
  plan: ServingPlan,
  states: { groups: readonly { layers: readonly number[]; stateBytesPerSequence: number }[]; batch: number },
  words: ServingMemoryWords,
  lang: DescribeContext['lang'],
): MemoryBar[] {
  const parts = plan.stages.map((stage) => {
    const held = (layers: readonly number[]) => layers.filter((i) => i >= stage.start && i < stage.end).length;
    const inCache = states.groups.reduce((sum, g) => sum + held(g.layers) * g.stateBytesPerSequence * states.batch, 0);
    const state = stage.stateBytes + Math.min(stage.kvBytes, inCache);
    return { weights: stage.weightBytes, kvCache: stage.kvBytes + stage.stateBytes - state, state };
  });
  const runs: { first: number; last: number }[] = [];
  parts.forEach((part, i) => {
    const run = runs.at(-1);
    const prev = run && parts[run.last]!;
    if (run && prev && prev.weights === part.weights && prev.kvCache === part.kvCache && prev.state === part.state) run.last = i;
    else runs.push({ first: i, last: i });
  });
  const n = (k: number) => formatExact(k, lang);
  const tp = plan.tensorParallel;
  return runs.map(({ first, last }) => {
    const firstGpu = first * tp + 1;
    const lastGpu = (last + 1) * tp;
    const gpus = firstGpu === lastGpu ? fill(words.gpu, { n: n(firstGpu) }) : fill(words.gpus, { first: n(firstGpu), last: n(lastGpu) });
    const label =
      plan.pipelineParallel === 1
        ? gpus
        : first === last
          ? fill(words.stage, { n: n(first + 1), gpus })
          : fill(words.stages, { first: n(first + 1), last: n(last + 1), gpus });
    return { label, ...parts[first]! };
  });
}

/** The ServingPlan as the sentences of the results: formatting only, every number comes from the plan. */
function describePlan(plan: ServingPlan, { values, layout, counted, lang, words, amount, states }: DescribeContext): Record<string, string> {
  const share = formatPercent(plan.usableFraction, lang);
  const capacity = gb(plan.capacityBytes, lang);
  const usable = gb(plan.usableBytesPerGpu, lang);
  const heavy = plan.stages[plan.heaviestStage]!;
  const verdictSlots = {
    devices: formatExact(values.devices, lang),
    capacity,
    share,
    used: gb(heavy.totalBytes, lang),
    usable,
    spare: plan.spareTokens === null ? '' : amount(words.tokens, plan.spareTokens),
    weights: gb(heavy.weightBytes, lang),
    needed: gb(heavy.totalBytes, lang),
  };
  const noKvCache = !layout.layerTypes.some(cachesKeysAndValues);
  const memoryVerdict = fill(
    plan.verdict === 'fits' ? (noKvCache ? words.verdict.fitsNoKvCache : words.verdict.fits) : plan.verdict === 'weights-do-not-fit' ? words.verdict.weightsDoNotFit : words.verdict.cacheDoesNotFit,
    verdictSlots,
  );
  // vLLM refuses a max_model_len above the model's own (vllm/config/model.py, _get_and_verify_max_len:
  // "User-specified max_model_len ... is greater than the derived max_model_len", unless
  // VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 is set): whatever the
  // memory says, the model does not run as set, and the verdict says so first.
  const limit = contextLimitPassed(layout, values.context);
  const verdict =
    limit === null
      ? memoryVerdict
      : fill(words.verdict.contextTooLong, { context: amount(words.tokens, values.context), limit: formatExact(limit, lang), memory: memoryVerdict });
  const within = (text: string) => fill(words.withinShare, { text, share });

  let maxContext = words.doesNotFit;
  if (plan.maxContext) {
    const { tokens, limitedBy } = plan.maxContext;
    maxContext =
      tokens === null
        ? noKvCache
          ? words.maxContext.noKvCache
          : words.maxContext.unbounded
        : within(fill(limitedBy === 'max_position_embeddings' ? words.maxContext.cap : words.maxContext.memory, { tokens: amount(words.tokens, tokens) }));
  }
  let maxBatch = words.doesNotFit;
  if (plan.maxBatch === 0) {
    maxBatch = fill(words.maxBatchNone, { tokens: amount(words.tokens, values.context) });
  } else if (plan.maxBatch !== null) {
    maxBatch = within(
      fill(words.maxBatch, {
        sequences: amount(words.sequences, plan.maxBatch),
        tokens: amount(words.tokens, values.context),
      }),
    );
    if (layout.maxPositionEmbeddings !== null && values.context > layout.maxPositionEmbeddings) {
      maxBatch = joinSentences([
        maxBatch,
        fill(words.exceedsModel, {
          limit: amount(words.tokens, layout.maxPositionEmbeddings),
        }),
      ]);
    }
  }
  const wf = plan.widestFormat;
  const weightFormat = !wf
    ? words.none
    : fill(wf.rejected.length > 0 ? words.widest : words.widestAll, {
        format: wf.format,
        bytes: formatBytesLine(wf.totalBytesPerGpu, lang),
        rejected: formatList(wf.rejected, lang),
        share,
      });

  const perGpu = joinSentences([
    plan.pipelineParallel > 1
      ? fill(words.heaviestStage, {
          start: formatExact(heavy.start, lang),
          end: formatExact(heavy.end - 1, lang),
        })
      : '',
    fill(words.perGpu, {
      weights: gb(heavy.weightBytes, lang),
      kv: gb(heavy.kvBytes, lang),
      total: gb(heavy.totalBytes, lang),
      usable,
      share,
      capacity,
      free: gb(Math.max(0, heavy.freeBytes), lang),
    }),
  ]);

  const kvHeads = layout.numKeyValueHeads;
  const attentionFree = layout.numAttentionHeads === 0;
  const kvLine = attentionFree
    ? ''
    : plan.kvHeadsPerGpu === null || kvHeads === null
      ? words.kvLatent
      : fill(plan.kvHeadReplicas > 1 ? words.kvHeadsReplicated : words.kvHeadsSplit, {
          kvHeads: formatExact(plan.kvHeadsPerGpu, lang),
          allKvHeads: formatExact(kvHeads, lang),
          replicas: formatExact(plan.kvHeadReplicas, lang),
        });
  const split = joinSentences([
    fill(attentionFree ? words.splitNoAttention : words.split, {
      tp: formatExact(plan.tensorParallel, lang),
      pp: formatExact(plan.pipelineParallel, lang),
      heads: formatExact(layout.numAttentionHeads / plan.tensorParallel, lang),
      allHeads: formatExact(layout.numAttentionHeads, lang),
    }),
    kvLine,
    plan.pipelineParallel > 1
      ? fill(words.stagesLine, {
          stages: formatList(
            plan.stages.map((st) => formatExact(st.end - st.start, lang)),
            lang,
          ),
        })
      : '',
    counted?.experts ? fill(words.expertsSplit, { tp: formatExact(plan.tensorParallel, lang) }) : '',
    words.splitApproximation,
  ]);

  let decode = words.noBandwidth;
  let decodeWorking = '';
  if (plan.decode && values.bandwidth !== undefined) {
    const d = plan.decode;
    const bw = `${formatNumber(values.bandwidth, lang, 3)} TB/s`;
    decode = fill(values.batch === 1 ? words.decodeOne : words.decode, {
      one: rate(d.tokensPerSecondOneSequence, words, lang),
      batch: rate(d.tokensPerSecondBatch, words, lang),
      sequences: amount(words.sequences, values.batch),
    });
    const experts = counted?.experts;
    decodeWorking = joinSentences([
      fill(words.decodeWorking, {
        bandwidth: bw,
        weights: gb(d.weightBytesPerStep, lang),
        kv: gb(d.kvBytesPerStepOneSequence, lang),
        sum: gb(d.weightBytesPerStep + d.kvBytesPerStepOneSequence, lang),
        weightsOnly: rate(d.tokensPerSecondWeightsOnly, words, lang),
        one: rate(d.tokensPerSecondOneSequence, words, lang),
        tp: formatExact(plan.tensorParallel, lang),
      }),
      plan.pipelineParallel > 1
        ? fill(words.decodeStages, {
            pp: formatExact(plan.pipelineParallel, lang),
          })
        : '',
      d.moe && experts
        ? fill(words.decodeMoe, {
            k: formatExact(experts.perToken, lang),
            experts: formatExact(experts.routed, lang),
            sequences: amount(words.sequences, values.batch),
            share: formatPercent(d.moe.expertShareReadAtBatch, lang),
            rate: rate(d.moe.tokensPerSecondBatchEvenRouting, words, lang),
          })
        : '',
    ]);
  }

  let prefill = words.noPeak;
  let prefillWorking = '';
  if (plan.prefill && values.peak !== undefined) {
    // values.peak here is the peak the bound used (prefillPeak), not the field.
    const p = plan.prefill;
    prefill = fill(words.prefill, {
      seconds: secondsText(p.seconds, words, lang),
      tokens: amount(words.tokens, values.context),
    });
    prefillWorking = joinSentences([
      fill(words.prefillWorking, {
        params: formatExact(Math.round(p.linearFlop / (2 * values.context)), lang),
        tokens: formatExact(values.context, lang),
        linear: formatFlopsLine(p.linearFlop, lang),
        attention: formatFlopsLine(p.attentionFlop, lang),
        gpus: formatExact(values.devices, lang),
        peak: `${formatNumber(values.peak, lang, 3)} TFLOP/s`,
        seconds: secondsText(p.computeSeconds, words, lang),
      }),
      p.attentionFlopKnown ? '' : words.prefillNoAttention,
      p.memorySeconds > p.computeSeconds
        ? fill(words.prefillMemoryBound, {
            seconds: secondsText(p.memorySeconds, words, lang),
          })
        : '',
    ]);
  }

  // The picture of memory against capacity, drawn by the same code at build time and in the browser.
  const bytes = (b: number) => gb(b, lang);
  const chart = layoutMemoryBars(
    { bars: memoryBarsOf(plan, states, words.memory, lang), capacityBytes: plan.capacityBytes, usableShare: plan.usableFraction },
    words.memory,
    bytes,
  );
  const picture = memoryBarsMarkup(chart, words.memory, bytes, MEMORY_BARS_ID);

  return {
    verdict,
    'memory-bars': picture.figure,
    'memory-table': picture.table,
    'max-context': maxContext,
    'max-batch': maxBatch,
    'weight-format': weightFormat,
    'per-gpu': perGpu,
    split,
    decode,
    'decode-working': decodeWorking,
    prefill,
    'prefill-working': prefillWorking,
  };
}

/**
 * Serving memory = weights + KV cache, for the model's real attention layout when a config.json is
 * pasted (grouped-query heads, explicit head_dim, sliding windows, alternating layer types,
 * multi-head latent attention: packages/core/src/configs/attention-layout.ts), and serving on the
 * reader's accelerators as vLLM would: every "what fits" answer, the per-GPU split under tensor and
 * pipeline parallelism, the refusals and the decode and prefill bounds come from one ServingPlan
 * (packages/core/src/memory/serving-plan.ts), which describePlan only formats. Without a config,
 * every layer caches 2 × KV heads × head dim values per token. Starts on Llama 3.1 70B (Meta,
 * arXiv:2407.21783, Table 3): 80 layers, 64 heads, 8 KV heads, head_dim 8192 / 64 = 128, at 8192
 * tokens, one sequence, bf16, on two 80 GB accelerators of which vLLM uses 92 %, with an H100
 * SXM's bandwidth and dense peaks for the speed bounds.
 */
export const serving = defineCalculator({
  name: 'serving',
  // The model field's status comes first in the form; the answer a reader watches is whether it fits.
  headline: 'verdict',
  fields: [
    modelField,
    { name: 'config', kind: 'config', default: '', optional: true, urlValue: configForUrl, fills: fieldsFromConfig },
    { name: 'params', kind: 'count', default: '70B' },
    { name: 'precision', kind: 'format', default: 'bf16' },
    { name: 'layers', kind: 'integer', max: KV_LIMITS.layers, default: '80' },
    { name: 'kv-heads', kind: 'integer', max: KV_LIMITS.kvHeads, default: '8' },
    {
      name: 'head-dim',
      kind: 'integer',
      max: KV_LIMITS.headDim,
      default: '128',
    },
    {
      name: 'context',
      kind: 'context',
      max: KV_LIMITS.context,
      default: '8192',
    },
    { name: 'batch', kind: 'integer', max: KV_LIMITS.batch, default: '1' },
    {
      name: 'kv-precision',
      kind: 'format',
      default: 'bf16',
      options: KV_CACHE_FORMATS,
    },
    {
      name: 'device-memory',
      kind: 'decimal',
      min: 0.001,
      max: 100_000,
      default: '80',
      units: ['GB'],
      // A GB field also reads 24G and binary sizes, said beside it: "81559 MiB", as nvidia-smi
      // prints an H100 80GB's memory, is 85.52 GB (read-field.ts readGigabytes).
    },
    // Two 80 GB accelerators: the fewest that hold the default's 140 GB of bf16 weights.
    { name: 'devices', kind: 'integer', max: 100_000, default: '2' },
    // The share of each GPU the engine may fill: vLLM's gpu_memory_utilization, 0.92 by default
    // (vllm/config/cache.py); see VLLM_GPU_MEMORY_UTILIZATION.
    {
      name: 'usable',
      kind: 'percent',
      min: 1,
      max: 100,
      default: String(VLLM_GPU_MEMORY_UTILIZATION * 100),
    },
    // Empty: tensor parallel over all GPUs (devices ÷ pp), pipeline parallel 1, as `vllm serve -tp N`.
    { name: 'tp', kind: 'integer', max: 100_000, default: '', optional: true },
    { name: 'pp', kind: 'integer', max: 1000, default: '', optional: true },
    // num_attention_heads: what tensor parallelism splits. Llama 3.1 70B: 64 (arXiv:2407.21783, Table 3).
    // Optional: a config of a model without attention (Mamba-2) leaves it empty; without a config it is needed.
    { name: 'heads', kind: 'integer', max: KV_LIMITS.kvHeads, default: '64', optional: true },
    // max_position_embeddings; Llama 3.1's config sets 131072.
    {
      name: 'max-positions',
      kind: 'integer',
      max: KV_LIMITS.context,
      default: '131072',
      optional: true,
    },
    // Bits per weight overriding the format: llama.cpp's GGUF types (Q8_0 8.5, Q4_K_M about 4.89).
    {
      name: 'weight-bits',
      kind: 'decimal',
      min: 1,
      max: 64,
      default: '',
      optional: true,
    },
    // Mixture of experts: parameters a token passes through; empty for a dense model.
    { name: 'active-params', kind: 'count', default: '', optional: true },
    // An H100 SXM: 3.35 TB/s and 989.5 dense bf16 TFLOP/s (half the sheet's 1,979 "with sparsity"): accelerators.ts.
    {
      name: 'bandwidth',
      kind: 'decimal',
      min: 0.001,
      max: 1000,
      default: '3.35',
      optional: true,
      units: ['TB/s'],
    },
    {
      name: 'peak',
      kind: 'decimal',
      min: 0.001,
      max: 1_000_000,
      default: '989.5',
      optional: true,
      units: ['TFLOP/s', 'TFLOPS'],
    },
    // The dense fp8 peak, for weights of 8 bits or fewer: 1979 for an H100 SXM (its sheet's 3,958 assumes sparsity).
    { name: 'peak-fp8', kind: 'decimal', min: 0.001, max: 1_000_000, default: '1979', optional: true, units: ['TFLOP/s', 'TFLOPS'] },
    // An example price for the arithmetic, not a quote: the page says so and asks for the reader's own.
    { name: 'price', kind: 'decimal', min: 0.001, max: 1_000_000, default: '2.50', optional: true, units: ['USD'] },
  ],
  outputs: [
    { name: 'hub-status', from: ['model'] },
    { name: 'verdict', from: FIT_FIELDS },
    { name: 'weights', from: ['config', 'params', 'precision', 'weight-bits'] },
    { name: 'kv-per-token', from: KV_FIELDS },
    { name: 'kv-cache', from: CONTEXT_FIELDS },
    {
      name: 'total',
      from: ['config', 'params', 'precision', 'weight-bits', ...CONTEXT_FIELDS],
    },
    { name: 'working', from: CONTEXT_FIELDS, explains: true },
    { name: 'layout', from: CONTEXT_FIELDS, explains: true },
    { name: 'training', from: ['config', 'params'] },
    { name: 'max-context', from: FIT_FIELDS },
    { name: 'max-batch', from: FIT_FIELDS },
    { name: 'weight-format', from: FIT_FIELDS },
    { name: 'per-gpu', from: FIT_FIELDS },
    { name: 'memory-bars', from: FIT_FIELDS, markup: 'figure' },
    { name: 'memory-table', from: FIT_FIELDS, markup: 'table' },
    { name: 'split', from: FIT_FIELDS, explains: true },
    { name: 'decode', from: SPEED_FIELDS },
    { name: 'decode-working', from: SPEED_FIELDS, explains: true },
    { name: 'prefill', from: SPEED_FIELDS },
    { name: 'prefill-working', from: SPEED_FIELDS, explains: true },
    { name: 'cost', from: [...SPEED_FIELDS, 'price'] },
  ],
  modelOutputs: ({ hub }, { lang, words }: ComputeContext<ServingWords>) => ({ 'hub-status': hubStatus(hub, words.hub, lang) }),
  // vLLM refuses a context longer than the model takes; the figures are still worked out, and the
  // context field says so (the verdict too, describePlan).
  fieldNotes(values, { lang, words }: ComputeContext<ServingWords>): Record<string, string> {
    const layout = layoutOfFields(values);
    const passed = layout?.ok ? contextLimitPassed(layout.value, values.context) : null;
    return passed === null ? {} : { context: fill(words.contextTooLong, { limit: formatExactAmount(passed, words.tokens, lang) }) };
  },
  compute(values, { lang, words }: ComputeContext<ServingWords>): Record<string, string> | ComputeFailure {
    const config = values.config;
    const count = config ? countParameters(config) : null;
    // No parameter count (a mixture of experts the counter cannot count, an unknown type): the cache
    // is still sized when the layout reads, and the figures that need the weights say they are missing.
    const layoutRead = layoutOfFields(values);
    let missingCount: string | null = null;
    if (count && !count.ok) {
      if (count.error === 'too-large') return failure('config', words.tooLarge);
      const problems = describeKeyProblems(count.problems, words.problems);
      if (!layoutRead?.ok) return failure('config', fill(words.invalid, { problems }));
      missingCount = problems;
    }
    if (layoutRead === null) return failure('heads', words.headsNeeded);
    if (!layoutRead.ok) {
      // Without a config the only layout error the shape fields can make is heads that KV heads do not divide.
      return failure(
        config ? 'config' : 'heads',
        fill(words.invalid, {
          problems: describeKeyProblems([layoutRead.error], words.problems),
        }),
      );
    }
    const layout = layoutRead.value;
    const params = count?.ok ? count.value.total : values.params;
    const kvFormat = values['kv-precision'] as KvCacheFormat;
    const kv = kvCacheForLayout(layout, kvFormat, values.context, values.batch);
    if (!kv.ok) return failure('context', words.tooLarge);
    const cache = kv.value;
    // A config's quantization_config: the weights at their real bytes when the format chosen is the
    // one shipped (and no bits per weight were typed), at the shipped average bytes per parameter.
    const shipped = config && count?.ok ? shippedWeights(config, count.value.breakdown, count.value.total) : null;
    const asShipped = shipped !== null && values.precision === shipped.precision && values['weight-bits'] === undefined;
    const bytesPerParameter =
      values['weight-bits'] !== undefined ? values['weight-bits'] / 8 : asShipped ? shipped.weightBytes / params : bytesForPrecision(values.precision);
    const weights = asShipped ? shipped.weightBytes : weightBytes(params, bytesPerParameter);
    const shippedNote = !shipped
      ? ''
      : fill(asShipped ? words.shipped : words.shipsIn, {
          format: words.shippedFormats[shipped.format],
          precision: shipped.precision,
          quantized: formatExact(shipped.quantizedParameters, lang),
          bits: formatExact(shipped.bitsPerWeight, lang),
          other: formatExact(shipped.otherParameters, lang),
          'other-precision': shipped.otherPrecision,
        });

    const amount = (forms: PluralForms, n: number) => formatExactAmount(n, forms, lang);
    const term = (bytesPerToken: number, tokens: number) =>
      `${fill(words.perToken, { bytes: amount(words.bytes, bytesPerToken) })} × ${amount(words.tokens, tokens)}`;
    // Layers with a window keep fewer tokens than the context: one term per kind of layer, so the
    // product shown is the one computed (131,072 bytes per token × 4096 tokens, not × 8192).
    // Layers without attention (Mamba-2, Gated DeltaNet, MLP-only) cache no keys or values: their states are a term of their own.
    const kvGroups = cache.byType.filter((group) => cachesKeysAndValues(group.type));
    const stateGroups = cache.byType.filter((group) => group.stateBytesPerSequence > 0);
    const windowed = kvGroups.some((group) => group.cachedTokens !== values.context);
    const terms = windowed ? kvGroups.map((group) => term(group.bytesPerToken, group.cachedTokens)) : [term(cache.bytesPerToken, values.context)];
    const states = stateGroups.map((group) =>
      fill(words.stateTerm, { layers: formatExact(group.layerCount, lang), state: amount(words.bytes, group.stateBytesPerSequence) }),
    );
    const perSequence = [...(kvGroups.length > 0 ? terms : []), ...states];
    const working =
      `${perSequence.length === 1 ? perSequence[0] : fill(words.group, { terms: perSequence.join(' + ') })}` +
      ` × ${amount(words.sequences, values.batch)} = ${amount(words.bytes, cache.bytes)}`;
    const lines = cacheLines(cache.byType, words, lang);
    // Without a config the query heads are unknown, so the kind of attention is not named.
    const fellBack = count?.ok && count.value.fellBackToLlama ? count.value : null;
    const fallback = !fellBack ? '' : fellBack.modelType === null ? words.noModelType : fill(words.fallback, { type: fellBack.modelType });
    // With a config, say what it did not: the defaults taken, and that only the language model was counted.
    const counted = count?.ok ? count.value : null;
    const defaults = counted ? defaultedKeys(counted, layout) : [];
    const notes = [counted?.nested ? words.nested : '', defaults.length > 0 ? fill(words.defaulted, { keys: formatList(defaults, lang) }) : ''];
    const layoutText = joinSentences([
      shippedNote,
      fallback,
      config
        ? fill(words.fromConfig, {
            // A model without attention (Mamba-2) has no kind of attention to name.
            kind: layout.numAttentionHeads === 0 ? '' : words.kinds[layout.kind],
            params: formatExact(params, lang),
          }).trimEnd()
        : '',
      ...lines,
      ...notes,
    ]);

    if (missingCount !== null) {
      // Every output but the cache's needs the weights: each says the count is missing.
      const missing = words.needsCount;
      const outputs: Record<string, string> = Object.fromEntries((serving.outputs as readonly OutputSpec[]).map((o) => [o.name, o.markup ? escapeMarkup(missing) : missing]));
      return {
        ...outputs,
        'kv-per-token': formatBytesLine(cache.bytesPerToken, lang),
        'kv-cache': formatBytesLine(cache.bytes, lang),
        working,
        layout: joinSentences([fill(words.noCount, { problems: missingCount }), ...lines, ...notes]),
      };
    }

    const activeParams = counted ? counted.active : values['active-params'] !== undefined ? Math.min(values['active-params'], params) : params;
    const peakUsed = prefillPeak(bytesPerParameter, values.peak, values['peak-fp8']);
    const planned = planServing({
      layout,
      params,
      activeParams,
      flopParams: counted ? counted.activeWithoutEmbeddings : activeParams,
      experts: counted?.experts ? { routed: counted.experts.routed, perToken: counted.experts.perToken } : null,
      bytesPerParameter,
      kvFormat,
      context: values.context,
      batch: values.batch,
      deviceBytes: values['device-memory'] * 1e9,
      deviceCount: values.devices,
      ...(values.tp === undefined ? {} : { tensorParallel: values.tp }),
      ...(values.pp === undefined ? {} : { pipelineParallel: values.pp }),
      usableFraction: values.usable / 100,
      bandwidth: values.bandwidth === undefined ? null : values.bandwidth * 1e12,
      flops: peakUsed === undefined ? null : peakUsed * 1e12,
      ...(config && layout.kind === 'multi-head-latent' && latentAttentionDims(config) ? { attentionDims: latentAttentionDims(config)! } : {}),
    });
    if (!planned.ok) {
      const r = planned.refusal;
      if (r.code === 'too-large') return failure('context', words.tooLarge);
      const slots = {
        tp: formatExact(r.code === 'pp-exceeds-layers' ? 0 : r.tensorParallel, lang),
        pp: formatExact(r.code === 'tp-does-not-divide-heads' ? 1 : r.pipelineParallel, lang),
        devices: formatExact(values.devices, lang),
        heads: formatExact(layout.numAttentionHeads, lang),
        kvHeads:
          layout.kind === 'multi-head-latent' || layout.numKeyValueHeads === null ? '' : fill(words.refusalKvHeads, { n: formatExact(layout.numKeyValueHeads, lang) }),
        valid:
          r.code === 'tp-does-not-divide-heads'
            ? formatList(
                r.validDegrees.map((d) => formatExact(d, lang)),
                lang,
              )
            : '',
        layers: formatExact(layout.numHiddenLayers, lang),
      };
      return failure(r.code === 'pp-exceeds-layers' ? 'pp' : 'tp', fill(words.refusals[r.code], slots));
    }
    const plan = planned.value;
    const text = describePlan(plan, {
      // The peak the prefill bound used (prefillPeak), shown in its working.
      values: { ...values, peak: peakUsed },
      layout,
      counted,
      lang,
      words,
      amount,
      states: { groups: cache.byType, batch: values.batch },
    });
    return {
      'hub-status': hubStatus((values.model as ModelValue).hub, words.hub, lang),
      weights: formatBytesLine(weights, lang),
      'kv-per-token': formatBytesLine(cache.bytesPerToken, lang),
      'kv-cache': formatBytesLine(cache.bytes, lang),
      total: formatBytesLine(servingBytes(weights, cache.bytes), lang),
      working,
      layout: layoutText,
      training: formatBytesLine(trainingStateBytes(params), lang),
      ...text,
      // Dollars per million output tokens at the decode bound: the whole batch's rate on all the GPUs
      // (costPerMillionTokens, core/training). A bound on speed makes this a floor on price.
      cost:
        values.price === undefined
          ? words.noPrice
          : !plan.decode
            ? words.noBandwidth
            : fill(words.costPerMillion, {
                cost: formatUsd(costPerMillionTokens(values.price, values.devices, plan.decode.tokensPerSecondBatch), lang),
                price: formatUsd(values.price, lang),
                gpus: formatExact(values.devices, lang),
              }),
    };
  },
});

/** The spec the registries find in this folder (src/calculators/registry.ts). */
export default serving;
