import { ACCELERATORS, acceleratorById } from '@llm-scale/core/memory/accelerators';
import { KV_LIMITS } from '@llm-scale/core/memory/kv-cache';
import { KV_CACHE_FORMATS, isKvCacheFormat, kvCacheForLayout, type KvCacheFormat } from '@llm-scale/core/memory/kv-cache-layout';
import { PRECISIONS, bytesForPrecision, matchPrecision, type PrecisionId } from '@llm-scale/core/memory/precision';
import { planServing, prefillPeak } from '@llm-scale/core/memory/serving-plan';
import { servingModelFromConfig } from '@llm-scale/core/memory/serving-model';
import { costPerMillionTokens } from '@llm-scale/core/training/fine-tuning';
import { shippedWeights } from '@llm-scale/core/memory/shipped-format';
import { parseContextLength } from '@llm-scale/core/numbers/parse-context';
import { parsePositiveDecimal } from '@llm-scale/core/numbers/parse-decimal';
import { parsePositiveInteger } from '@llm-scale/core/numbers/parse-integer';
import { formatBytesLine, formatCountShort, formatExact, formatList, formatRate, formatSignificant } from '@llm-scale/core/text/format';
import { fill } from '@llm-scale/core/text/template';
import { cacheLines } from '@llm-scale/core/text/messages';
import { defaultedKeys } from '@llm-scale/core/configs/defaulted-keys';
import { configError, describeProblems } from '../config-input';
import { configOf, resolveModel } from '../model-input';
import { readPercentOption, readPrice } from '../options';
import { InputError, table, type Command, type CommandContext, type Options } from '../output';

/** The usable share's bounds, in percent: the serving calculator's `usable` field (src/calculators/serving/index.ts, min 1, max 100). */
export const USABLE_PERCENT_RANGE = { min: 1, max: 100 } as const;

/** The serving calculator's defaults (src/calculators/serving.ts): 8192 tokens, 1 sequence, bf16, 2 × 80 GB, 92 %. */
const DEFAULTS = { context: '8192', batch: '1', kv: 'bf16', gpus: '2x80GB', usable: '92' } as const;

/** "2x80GB", "2×80 GB", "8 x 141GB", or a preset: "8xh100-sxm" (core/memory/accelerators.ts). */
const GPUS = /^\s*(\d+)\s*[x×*]\s*(?:(\d+(?:\.\d+)?)\s*(?:GB)?|([a-z][a-z0-9-]*))\s*$/i;

interface ServeInput {
  context: number;
  batch: number;
  /** null: the format the checkpoint ships in (its quantization_config), else bf16. */
  weights: PrecisionId | null;
  bits: number | undefined;
  kv: KvCacheFormat;
  gpuCount: number;
  gpuBytes: number;
  tp: number | undefined;
  pp: number | undefined;
  usable: number;
  /** Bytes per second and dense FLOP/s per GPU (bf16, fp8), from a preset or typed; undefined: no bound. */
  bandwidth: number | undefined;
  peakBf16: number | undefined;
  peakFp8: number | undefined;
}

/**
 * `llm-scale serve <config.json | org/name>`: what the site's serving calculator works out, from the
 * same planServing (core/memory/serving-plan.ts): weights in the format the checkpoint ships in (or
 * --weights / --bits), the KV cache per layer type (recurrent states for hybrids), vLLM's usable share
 * of each GPU, the tensor- and pipeline-parallel split with its refusals, per-GPU memory, the verdict,
 * the longest context and most sequences, and the decode and prefill bounds when the GPU's bandwidth
 * and peak are known (a preset such as --gpus 8xh100-sxm, or --bandwidth and --peak). Bytes, tokens
 * and FLOP are exact integers in --json; speeds are tokens per second, times seconds.
 */
export const serve: Command = async ([arg], options, context) => {
  const { lang, m } = context;
  const input = readOptions(options, context);
  const source = await resolveModel(arg, 'serve', context);
  const { config, name } = await configOf(source, 'serve', context);
  const model = servingModelFromConfig(config);
  if (!model.ok) {
    const e = model.error;
    if (e.from === 'count') {
      throw new InputError(e.error === 'invalid-keys' ? fill(m.errors.config, { path: name, problems: describeProblems(e.problems, m) }) : configError(name, { ok: false, error: e.error, problems: [] }, m));
    }
    throw new InputError(fill(m.errors.layout, { path: name, problem: describeProblems([e.error], m) }));
  }
  const { count, ...servingModel } = model.value;
  const shipped = input.weights === null && input.bits === undefined ? shippedWeights(config, count.breakdown, count.total) : null;
  const format: PrecisionId = input.weights ?? shipped?.precision ?? 'bf16';
  const bytesPerParameter = input.bits !== undefined ? input.bits / 8 : shipped ? shipped.weightBytes / count.total : bytesForPrecision(format);
  const peak = prefillPeak(bytesPerParameter, input.peakBf16, input.peakFp8);
  const planned = planServing({
    ...servingModel,
    bytesPerParameter,
    kvFormat: input.kv,
    context: input.context,
    batch: input.batch,
    deviceBytes: input.gpuBytes,
    deviceCount: input.gpuCount,
    ...(input.tp === undefined ? {} : { tensorParallel: input.tp }),
    ...(input.pp === undefined ? {} : { pipelineParallel: input.pp }),
    usableFraction: input.usable / 100,
    bandwidth: input.bandwidth ?? null,
    // Peaks are in TFLOP/s, as the calculator's fields and the presets give them.
    flops: peak === undefined ? null : peak * 1e12,
  });
  if (!planned.ok) {
    const r = planned.refusal;
    if (r.code === 'too-large') throw new InputError(m.errors.tooLarge);
    const heads = servingModel.layout.numAttentionHeads;
    throw new InputError(
      r.code === 'tp-does-not-divide-heads'
        ? fill(m.errors.tpDegree, { tp: String(r.tensorParallel), heads: String(heads), valid: formatList(r.validDegrees.map(String), lang) })
        : r.code === 'pp-exceeds-layers'
          ? fill(m.errors.ppDegree, { pp: String(r.pipelineParallel), layers: String(r.layers) })
          : fill(m.errors.degrees, { tp: String(r.tensorParallel), pp: String(r.pipelineParallel), devices: String(r.deviceCount) }),
    );
  }
  const plan = planned.value;
  const kv = kvCacheForLayout(servingModel.layout, input.kv, input.context, input.batch);
  if (!kv.ok) throw new InputError(m.errors.tooLarge);

  const exact = (n: number) => formatExact(n, lang);
  const bytes = (n: number) => formatBytesLine(n, lang);
  const rate = (n: number) => fill(m.tokensPerSecond, { n: formatRate(n, lang, 3) });
  const stage = plan.stages[plan.heaviestStage]!;
  const share = `${formatSignificant(plan.usableFraction * 100, lang, 3)}%`;
  // A model without keys and values (Mamba-2 alone) has no tokens of cache to spare.
  const verdictTemplate = plan.verdict === 'fits' && plan.spareTokens === null ? m.verdicts.fitsNoKvCache : m.verdicts[plan.verdict];
  const verdict = fill(verdictTemplate, { share, usable: bytes(plan.usableBytesPerGpu), needed: bytes(stage.totalBytes), spare: plan.spareTokens === null ? '' : exact(plan.spareTokens) });
  const maxContext = !plan.maxContext ? m.doesNotFit : plan.maxContext.tokens === null ? m.unbounded : plan.maxContext.limitedBy === 'max_position_embeddings' ? fill(m.modelLimit, { tokens: exact(plan.maxContext.tokens) }) : exact(plan.maxContext.tokens);
  // vLLM refuses a max_model_len past max_position_embeddings (vllm/config/model.py, _get_and_verify_max_len:
  // "User-specified max_model_len ... is greater than the derived max_model_len"); the figures are
  // still worked out, as the site does, and the verdict says so beside them.
  const limit = servingModel.layout.maxPositionEmbeddings;
  const overLimit = limit !== null && input.context > limit;
  // A Llama-style count of an unknown model type is an estimate, never shown in exact digits.
  const estimated = count.fellBackToLlama;
  const rows: [string, string][] = [
    [m.verdict, verdict],
    ...(overLimit ? [[m.note, fill(m.contextOverLimit, { context: exact(input.context), limit: exact(limit) })] as [string, string]] : []),
    [m.parameters, estimated ? fill(m.estimate, { short: formatCountShort(count.total, lang) }) : exact(count.total)],
    [m.weights, fill(m.withFormat, { value: bytes(plan.weightBytes), format: input.bits !== undefined ? fill(m.bitsValue, { bits: exact(input.bits) }) : shipped ? fill(m.asShipped, { format: m.core.shippedFormats[shipped.format] }) : format })],
    [m.kvPerToken, bytes(kv.value.bytesPerToken)],
    [m.kvCache, fill(m.withFormat, { value: bytes(kv.value.bytes), format: input.kv })],
    [m.servingTotal, bytes(plan.weightBytes + kv.value.bytes)],
    [m.split, fill(m.splitValue, { tp: exact(plan.tensorParallel), pp: exact(plan.pipelineParallel), kvHeads: plan.kvHeadsPerGpu === null ? '—' : exact(plan.kvHeadsPerGpu) })],
    [m.perGpu, fill(m.perGpuValue, { weights: bytes(stage.weightBytes), kv: bytes(stage.kvBytes + stage.stateBytes), total: bytes(stage.totalBytes), usable: bytes(plan.usableBytesPerGpu), share })],
    [fill(m.maxContext, { batch: exact(1) }), maxContext],
    [fill(m.maxBatch, { context: exact(input.context) }), plan.maxBatch === null ? m.doesNotFit : exact(plan.maxBatch)],
  ];
  if (plan.decode) rows.push([m.decode, fill(m.decodeValue, { one: rate(plan.decode.tokensPerSecondOneSequence), batch: rate(plan.decode.tokensPerSecondBatch), weightsOnly: rate(plan.decode.tokensPerSecondWeightsOnly) })]);
  const price = typeof options.price === 'string' ? readPrice(options.price) : undefined;
  if (price === null) throw new InputError(fill(m.errors.badNumber, { option: '--price', what: m.whats.price, value: String(options.price) }));
  // As the site prices output tokens: the GPUs' hourly price over the batch's decode bound (a floor on cost).
  const costPerMillion = price !== undefined && plan.decode ? costPerMillionTokens(price, input.gpuCount, plan.decode.tokensPerSecondBatch) : null;
  if (costPerMillion !== null) rows.push([m.costPerMillion, formatSignificant(costPerMillion, lang, 3)]);
  if (plan.prefill) rows.push([m.prefill, fill(m.seconds, { n: formatSignificant(plan.prefill.seconds, lang, 3) })]);
  const lines = cacheLines(kv.value.byType, m.core.cache, lang).map((line) => `  ${line}`);
  // What the site's layout says of the count (src/calculators/serving: fallback, nested, defaulted).
  const defaults = defaultedKeys(count, servingModel.layout);
  const notes = [
    count.modelType === null ? m.noModelType : estimated ? fill(m.fallback, { type: count.modelType }) : '',
    count.nested ? m.nestedServe : '',
    defaults.length > 0 ? fill(m.defaulted, { keys: formatList(defaults, lang) }) : '',
  ].filter(Boolean);
  return {
    text: [...table(rows), ...lines, ...notes.map((n) => `* ${n}`)],
    json: {
      model: name,
      modelType: count.modelType,
      // The integer stays, for scripts; `estimate` says it is a Llama-style estimate, not a count.
      estimate: estimated,
      nested: count.nested !== null,
      defaulted: defaults,
      maxPositionEmbeddings: limit,
      contextOverModelLimit: overLimit,
      parameters: count.total,
      activeParameters: count.active,
      weightFormat: input.bits !== undefined ? null : format,
      weightsAsShipped: shipped !== null,
      bytesPerParameter,
      weightBytes: plan.weightBytes,
      kvFormat: input.kv,
      context: input.context,
      batch: input.batch,
      kvBytesPerToken: kv.value.bytesPerToken,
      kvBytes: kv.value.bytes,
      totalBytes: plan.weightBytes + kv.value.bytes,
      kvByLayerType: kv.value.byType.map((g) => ({ type: g.type, layers: g.layerCount, window: g.window, cachedTokens: g.cachedTokens, bytesPerToken: g.bytesPerToken, stateBytesPerSequence: g.stateBytesPerSequence, bytes: g.bytes })),
      gpus: { count: input.gpuCount, bytesEach: input.gpuBytes, usableFraction: plan.usableFraction, usableBytesEach: plan.usableBytesPerGpu },
      tensorParallel: plan.tensorParallel,
      pipelineParallel: plan.pipelineParallel,
      kvHeadsPerGpu: plan.kvHeadsPerGpu,
      kvHeadReplicas: plan.kvHeadReplicas,
      stages: plan.stages,
      verdict: plan.verdict,
      spareTokens: plan.spareTokens,
      maxContextTokens: plan.maxContext?.tokens ?? null,
      maxContextLimitedBy: plan.maxContext?.limitedBy ?? 'weights-do-not-fit',
      maxSequences: plan.maxBatch ?? 0,
      decode: plan.decode,
      prefill: plan.prefill,
      costPerMillionOutputTokens: costPerMillion,
    },
  };
};

/** The options as the serving calculator's fields read them (the same parsers and limits); bad ones throw InputError. */
function readOptions(options: Options, command: CommandContext): ServeInput {
  const { m } = command;
  const given = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  const text = (name: keyof typeof DEFAULTS) => given(name) ?? DEFAULTS[name];
  const bad = (option: string, what: string, value: string) => new InputError(fill(m.errors.badNumber, { option, what, value }));
  const context = parseContextLength(text('context'), KV_LIMITS.context);
  if (!context.ok) throw bad('--context', m.whats.context, text('context'));
  const batch = parsePositiveInteger(text('batch'), KV_LIMITS.batch);
  if (!batch.ok) throw bad('--batch', m.whats.positiveInteger, text('batch'));
  const weightsText = given('weights');
  const weights = weightsText === undefined ? null : matchPrecision(weightsText);
  if (weightsText !== undefined && weights === null) {
    throw new InputError(fill(m.errors.badFormat, { option: '--weights', formats: formatList(PRECISIONS.map((p) => p.id), 'en'), value: weightsText }));
  }
  const kvMatch = matchPrecision(text('kv'));
  if (kvMatch === null || !isKvCacheFormat(kvMatch)) {
    throw new InputError(fill(m.errors.badFormat, { option: '--kv', formats: formatList([...KV_CACHE_FORMATS], 'en'), value: text('kv') }));
  }
  const decimal = (option: string, value: string | undefined, max: number) => {
    if (value === undefined) return undefined;
    const read = parsePositiveDecimal(value, max);
    if (!read.ok) throw bad(option, m.whats.positiveNumber, value);
    return read.value;
  };
  const integer = (option: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const read = parsePositiveInteger(value, 100_000);
    if (!read.ok) throw bad(option, m.whats.positiveInteger, value);
    return read.value;
  };
  const gpus = GPUS.exec(text('gpus'));
  const gpuCount = gpus ? parsePositiveInteger(gpus[1]!, 100_000) : null;
  if (!gpus || !gpuCount?.ok) throw new InputError(fill(m.errors.badGpus, { value: text('gpus'), presets: ACCELERATORS.map((a) => a.id).join(', ') }));
  let gpuBytes: number;
  let preset: { bandwidth?: number; bf16?: number; fp8?: number } = {};
  if (gpus[3] !== undefined) {
    const accelerator = acceleratorById(gpus[3].toLowerCase());
    if (!accelerator) throw new InputError(fill(m.errors.badGpus, { value: text('gpus'), presets: ACCELERATORS.map((a) => a.id).join(', ') }));
    // As the site's accelerator list fills the fields: the memory the driver reports where known.
    gpuBytes = accelerator.reportedBytes ?? accelerator.advertisedBytes;
    preset = { bandwidth: accelerator.bandwidth, ...(accelerator.denseFlops ? { bf16: accelerator.denseFlops.bf16 / 1e12, ...(accelerator.denseFlops.fp8 ? { fp8: accelerator.denseFlops.fp8 / 1e12 } : {}) } : {}) };
  } else {
    const gb = parsePositiveDecimal(gpus[2]!, 100_000);
    if (!gb.ok) throw new InputError(fill(m.errors.badGpus, { value: text('gpus'), presets: ACCELERATORS.map((a) => a.id).join(', ') }));
    gpuBytes = Math.round(gb.value * 1e9);
  }
  const usable = readPercentOption('--usable', text('usable'), USABLE_PERCENT_RANGE, command);
  const bandwidthTb = decimal('--bandwidth', given('bandwidth'), 1000);
  return {
    context: context.value,
    batch: batch.value,
    weights,
    bits: decimal('--bits', given('bits'), 64),
    kv: kvMatch,
    gpuCount: gpuCount.value,
    gpuBytes,
    tp: integer('--tp', given('tp')),
    pp: integer('--pp', given('pp')),
    usable,
    bandwidth: bandwidthTb !== undefined ? bandwidthTb * 1e12 : preset.bandwidth,
    peakBf16: decimal('--peak', given('peak'), 100_000) ?? preset.bf16,
    peakFp8: decimal('--peak-fp8', given('peak-fp8'), 100_000) ?? preset.fp8,
  };
}
