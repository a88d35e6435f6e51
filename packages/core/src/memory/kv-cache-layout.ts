import { assertNonNegativeFinite } from '../numbers/assert';
import { cachesKeysAndValues, windowOf, type AttentionLayout, type LayerType } from '../configs/attention-layout';
import { bytesForPrecision, type PrecisionId } from './precision';
import { err, ok, type Result } from '../numbers/result';

/*
 * KV-cache bytes for a layout read by attention-layout.ts. Each layer caches its values for every
 * token it still attends to: all of them for full attention, at most the window for a sliding layer
 * (Mistral 7B's rolling buffer cache, arXiv:2310.06825: a cache of fixed size W) or a chunked one.
 * So for `batch` sequences of `context` tokens:
 *
 *   bytes = Σ over layers of  values per token per layer × min(context, window) × batch × bytes per value
 *
 * transformers' StaticSlidingWindowLayer holds min(context, window) tokens as here; its
 * DynamicSlidingWindowLayer drops to window − 1 between steps, one token less.
 *
 * A layer without attention caches no keys or values. A Mamba-2 or Gated DeltaNet layer keeps instead a state of
 * fixed size per sequence, whatever the context (AttentionLayout.recurrentState: its conv_states and
 * SSM recurrent_states, in their own dtypes, not the KV format); an MLP-only layer keeps nothing.
 * A Falcon-H1 layer (type 'hybrid') keeps both: keys and values, and a Mamba-2 state.
 * The states are part of the cache total: bytes = KV bytes + states × batch.
 */

/**
 * Number formats a KV cache is stored in, with their bytes per value from PRECISIONS (bf16 and fp16
 * 2, fp8 and int8 1, int4 0.5). int4 is the raw 4 bits; quantized caches add small per-block scales.
 */
export const KV_CACHE_FORMATS = ['bf16', 'fp16', 'fp8', 'int8', 'int4'] as const satisfies readonly PrecisionId[];

export type KvCacheFormat = (typeof KV_CACHE_FORMATS)[number];

export function isKvCacheFormat(s: string): s is KvCacheFormat {
  return (KV_CACHE_FORMATS as readonly string[]).includes(s);
}

export function kvBytesPerValue(format: KvCacheFormat): number {
  return bytesForPrecision(format);
}

/** What the layers of one type hold. */
export interface LayerTypeBytes {
  type: LayerType;
  /** How many layers have this type. */
  layerCount: number;
  /** Their 0-based indices. */
  layers: readonly number[];
  /** Tokens each keeps at most per sequence; null: the whole context. */
  window: number | null;
  /** Tokens each keeps per sequence at this context: min(context, window). */
  cachedTokens: number;
  /** Bytes one token adds to these layers together, per sequence (while it is inside their window). */
  bytesPerToken: number;
  /** Bytes these layers hold for `batch` sequences of `context` tokens (keys and values, or states). */
  bytes: number;
  /** Bytes of fixed state each layer of this type keeps per sequence (Mamba-2); 0 for attention and MLP-only layers. */
  stateBytesPerSequence: number;
}

export interface KvCacheBreakdown {
  format: KvCacheFormat;
  bytesPerValue: number;
  /** Tokens per sequence. */
  context: number;
  /** Sequences. */
  batch: number;
  /** Bytes one token adds to one sequence's cache across all layers, while it is inside every window. */
  bytesPerToken: number;
  /** Bytes for `batch` sequences of `context` tokens: the sum of byType's bytes (keys, values and states). */
  bytes: number;
  /** Of `bytes`, the fixed states of layers without attention (Mamba-2), for all `batch` sequences. */
  stateBytes: number;
  /** 0-based indices of the layers whose cache stops growing at a window (sliding or chunked). */
  windowedLayers: readonly number[];
  /** One entry per layer type present, in the order the types first appear. */
  byType: readonly LayerTypeBytes[];
}

export type KvCacheError = 'too-large';

interface TypeGroup {
  type: LayerType;
  layers: number[];
  window: number | null;
}

function groupsOf(layout: AttentionLayout): TypeGroup[] {
  const groups: TypeGroup[] = [];
  layout.layerTypes.forEach((type, index) => {
    const group = groups.find((g) => g.type === type);
    if (group) group.layers.push(index);
    else groups.push({ type, layers: [index], window: windowOf(layout, type) });
  });
  return groups;
}

const cachedTokens = (context: number, window: number | null): number => (window === null ? context : Math.min(context, window));

/**
 * Bytes one group of layers holds. The value count is a product of whole numbers, exact while it is
 * a safe integer; bytes per value are powers of two (2, 1, 0.5), so multiplying by them is exact too.
 * A half byte (int4, odd value count) rounds up to a whole byte. NaN when the count is not exact,
 * which the caller reports as too large.
 */
function groupBytes(layout: AttentionLayout, group: TypeGroup, bytesPerValue: number, context: number, batch: number): number {
  if (!cachesKeysAndValues(group.type)) return 0;
  const values = group.layers.length * layout.valuesPerTokenPerLayer * cachedTokens(context, group.window) * batch;
  return Number.isSafeInteger(values) ? Math.ceil(values * bytesPerValue) : Number.NaN;
}

/**
 * Bytes of fixed state one layer of this type keeps per sequence: a Mamba, Gated DeltaNet or short
 * convolution layer's, and a Falcon-H1 layer's beside its keys and values; else 0.
 */
function statePerSequence(layout: AttentionLayout, type: LayerType): number {
  const stateful = type === 'mamba' || type === 'linear_attention' || type === 'conv' || type === 'hybrid';
  return stateful && layout.recurrentState !== null ? layout.recurrentState.bytesPerSequence : 0;
}

function groupStateBytes(layout: AttentionLayout, group: TypeGroup, batch: number): number {
  const bytes = group.layers.length * statePerSequence(layout, group.type) * batch;
  return Number.isSafeInteger(bytes) ? bytes : Number.NaN;
}

/**
 * KV-cache bytes for `batch` sequences of `context` tokens, without the breakdown or the checks, for
 * searches that call it many times. NaN when the count passes 2^53 (see kvCacheForLayout).
 */
export function kvCacheTotal(layout: AttentionLayout, format: KvCacheFormat, context: number, batch: number): number {
  const bytesPerValue = kvBytesPerValue(format);
  return groupsOf(layout).reduce(
    (sum, group) => sum + groupBytes(layout, group, bytesPerValue, context, batch) + groupStateBytes(layout, group, batch),
    0,
  );
}

function assertWholeCount(value: number, name: string): void {
  assertNonNegativeFinite(value, name);
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be a whole number, got ${String(value)}`);
}

/**
 * The KV cache for `batch` sequences of `context` tokens each, in `format`, with the bytes of each
 * layer type and the windowed layers. Bytes are exact integers.
 *
 * Throws RangeError when context or batch is not a whole number >= 0 (callers parse them first).
 * Returns err('too-large') when a byte count would pass Number.MAX_SAFE_INTEGER (2^53 − 1 ≈ 9 PB),
 * past which numbers are no longer exact.
 */
export function kvCacheForLayout(
  layout: AttentionLayout,
  format: KvCacheFormat,
  context: number,
  batch: number,
): Result<KvCacheBreakdown, KvCacheError> {
  assertWholeCount(context, 'context');
  assertWholeCount(batch, 'batch');
  const bytesPerValue = kvBytesPerValue(format);
  const byType: LayerTypeBytes[] = groupsOf(layout).map((group) => ({
    type: group.type,
    layerCount: group.layers.length,
    layers: group.layers,
    window: group.window,
    cachedTokens: cachesKeysAndValues(group.type) ? cachedTokens(context, group.window) : 0,
    bytesPerToken: groupBytes(layout, group, bytesPerValue, 1, 1),
    bytes: groupBytes(layout, group, bytesPerValue, context, batch) + groupStateBytes(layout, group, batch),
    stateBytesPerSequence: statePerSequence(layout, group.type),
  }));
  const bytes = byType.reduce((sum, t) => sum + t.bytes, 0);
  const stateBytes = byType.reduce((sum, t) => sum + t.layerCount * t.stateBytesPerSequence * batch, 0);
  if (!Number.isSafeInteger(bytes)) return err('too-large');
  return ok({
    format,
    bytesPerValue,
    context,
    batch,
    bytesPerToken: byType.reduce((sum, t) => sum + t.bytesPerToken, 0),
    bytes,
    stateBytes,
    windowedLayers: byType.filter((t) => t.window !== null).flatMap((t) => t.layers),
    byType,
  });
}
