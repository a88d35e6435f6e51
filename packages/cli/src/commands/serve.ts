import { countParameters } from '@llm-scale/core/configs/count-parameters';
import { readAttentionLayout, splitLayoutError } from '@llm-scale/core/configs/attention-layout';
import { largestBatch, largestContext, type MemoryBudget } from '@llm-scale/core/memory/fits';
import { KV_LIMITS, servingBytes } from '@llm-scale/core/memory/kv-cache';
import { KV_CACHE_FORMATS, isKvCacheFormat, kvCacheForLayout, type KvCacheFormat } from '@llm-scale/core/memory/kv-cache-layout';
import { PRECISIONS, bytesForPrecision, matchPrecision, type PrecisionId } from '@llm-scale/core/memory/precision';
import { weightBytes } from '@llm-scale/core/memory/storage';
import { parseContextLength } from '@llm-scale/core/numbers/parse-context';
import { parsePositiveDecimal } from '@llm-scale/core/numbers/parse-decimal';
import { parsePositiveInteger } from '@llm-scale/core/numbers/parse-integer';
import { formatBytesLine, formatExact, formatList } from '@llm-scale/core/text/format';
import { fill } from '@llm-scale/core/text/template';
import { configError, readConfigFile } from '../config-input';
import { InputError, table, type Command, type CommandContext, type Options } from '../output';

/** The serving calculator's defaults (src/calculators/serving.ts): 8192 tokens, 1 sequence, bf16, 2 × 80 GB. */
const DEFAULTS = { context: '8192', batch: '1', weights: 'bf16', kv: 'bf16', gpus: '2x80GB' } as const;

/** "2x80GB", "2×80 GB", "8 x 141GB": a count of accelerators and the memory of each, in GB (10⁹ bytes). */
const GPUS = /^\s*(\d+)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(?:GB)?\s*$/i;

interface ServeInput {
  context: number;
  batch: number;
  weights: PrecisionId;
  kv: KvCacheFormat;
  gpuCount: number;
  gpuBytes: number;
}

/**
 * `llm-scale serve <config.json>`: weights, the KV cache per layer type, their total and what fits, as
 * the site's serving calculator works them out from the same core functions (memory/fits.ts,
 * memory/kv-cache-layout.ts, configs/attention-layout.ts). Bytes are exact integers in --json.
 */
export const serve: Command = async ([path], options, context) => {
  const { lang, m } = context;
  const input = readOptions(options, context);
  const config = await readConfigFile(path, 'serve', context);
  const counted = countParameters(config);
  if (!counted.ok) throw new InputError(configError(path!, counted, m));
  const layoutRead = readAttentionLayout(config);
  if (!layoutRead.ok) {
    const { code, key } = splitLayoutError(layoutRead.error);
    throw new InputError(fill(m.errors.layout, { path: path!, problem: fill(m.problems[code] ?? '{key}', { key }) }));
  }
  const layout = layoutRead.value;
  const params = counted.value.total;
  const kv = kvCacheForLayout(layout, input.kv, input.context, input.batch);
  if (!kv.ok) throw new InputError(m.errors.tooLarge);
  const weights = weightBytes(params, bytesForPrecision(input.weights));
  const budget: MemoryBudget = { deviceBytes: input.gpuBytes, deviceCount: input.gpuCount };
  const longest = largestContext(layout, input.kv, budget, weights);
  const most = largestBatch(layout, input.kv, budget, weights, input.context);

  const exact = (n: number) => formatExact(n, lang);
  const bytes = (n: number) => formatBytesLine(n, lang);
  const maxContext = !longest.ok
    ? m.doesNotFit
    : longest.value.tokens === null
      ? m.unbounded
      : longest.value.capApplied
        ? fill(m.modelLimit, { tokens: exact(longest.value.tokens) })
        : exact(longest.value.tokens);
  const text = [
    ...table([
      [m.parameters, exact(params)],
      [m.weights, `${bytes(weights)} (${input.weights})`],
      [m.kvPerToken, bytes(kv.value.bytesPerToken)],
      [m.kvCache, `${bytes(kv.value.bytes)} (${input.kv})`],
      [m.servingTotal, bytes(servingBytes(weights, kv.value.bytes))],
      [fill(m.maxContext, { batch: exact(1) }), maxContext],
      [fill(m.maxBatch, { context: exact(input.context) }), most.ok ? exact(most.value.sequences) : m.doesNotFit],
    ]),
    ...kv.value.byType.map(
      (g) =>
        `  ${fill(m.layerLine, {
          layers: exact(g.layerCount),
          type: fill(m.layerTypes[g.type], { window: g.window === null ? '' : exact(g.window) }),
          bytes: bytes(g.bytes),
          tokens: exact(g.cachedTokens),
        })}`,
    ),
  ];
  return {
    text,
    json: {
      modelType: counted.value.modelType,
      parameters: params,
      weightFormat: input.weights,
      weightBytes: weights,
      kvFormat: input.kv,
      context: input.context,
      batch: input.batch,
      kvBytesPerToken: kv.value.bytesPerToken,
      kvBytes: kv.value.bytes,
      totalBytes: servingBytes(weights, kv.value.bytes),
      kvByLayerType: kv.value.byType.map((g) => ({ type: g.type, layers: g.layerCount, window: g.window, cachedTokens: g.cachedTokens, bytesPerToken: g.bytesPerToken, bytes: g.bytes })),
      gpus: { count: input.gpuCount, bytesEach: input.gpuBytes },
      maxContextTokens: longest.ok ? longest.value.tokens : null,
      maxContextLimitedBy: longest.ok ? longest.value.limitedBy : 'weights-do-not-fit',
      maxSequences: most.ok ? most.value.sequences : 0,
    },
  };
};

/** The options as the serving calculator's fields read them (the same parsers and limits); bad ones throw InputError. */
function readOptions(options: Options, { m }: CommandContext): ServeInput {
  const text = (name: keyof typeof DEFAULTS) => (typeof options[name] === 'string' ? (options[name] as string) : DEFAULTS[name]);
  const bad = (option: string, what: string, value: string) => new InputError(fill(m.errors.badNumber, { option, what, value }));
  const context = parseContextLength(text('context'), KV_LIMITS.context);
  if (!context.ok) throw bad('--context', m.whats.context, text('context'));
  const batch = parsePositiveInteger(text('batch'), KV_LIMITS.batch);
  if (!batch.ok) throw bad('--batch', m.whats.positiveInteger, text('batch'));
  const weights = matchPrecision(text('weights'));
  if (weights === null) throw new InputError(fill(m.errors.badFormat, { option: '--weights', formats: formatList(PRECISIONS.map((p) => p.id), 'en'), value: text('weights') }));
  const kvMatch = matchPrecision(text('kv'));
  if (kvMatch === null || !isKvCacheFormat(kvMatch)) {
    throw new InputError(fill(m.errors.badFormat, { option: '--kv', formats: formatList([...KV_CACHE_FORMATS], 'en'), value: text('kv') }));
  }
  const gpus = GPUS.exec(text('gpus'));
  const gpuCount = gpus ? parsePositiveInteger(gpus[1]!, 100_000) : null;
  const gpuGb = gpus ? parsePositiveDecimal(gpus[2]!, 100_000) : null;
  if (!gpuCount?.ok || !gpuGb?.ok) throw new InputError(fill(m.errors.badGpus, { value: text('gpus') }));
  return { context: context.value, batch: batch.value, weights, kv: kvMatch, gpuCount: gpuCount.value, gpuBytes: Math.round(gpuGb.value * 1e9) };
}
