import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfigJson } from '../configs/parse-config';
import { readAttentionLayout, type AttentionLayout } from '../configs/attention-layout';
import deepseekV3 from '../../fixtures/configs/deepseek-v3.json';
import gemma2b from '../../fixtures/configs/gemma-2b.json';
import gemma29b from '../../fixtures/kv-configs/gemma-2-9b.json';
import gptOss120b from '../../fixtures/configs/gpt-oss-120b.json';
import llama70b from '../../fixtures/kv-configs/llama-3.1-70b-instruct.json';
import mistralV01 from '../../fixtures/kv-configs/mistral-7b-v0.1.json';
import mistralV03 from '../../fixtures/kv-configs/mistral-7b-instruct-v0.3.json';
import qwen25 from '../../fixtures/kv-configs/qwen2.5-7b-instruct.json';
import nemotronH8b from '../../fixtures/configs/nemotron-h-8b-base-8k.json';
import qwen3Next from '../../fixtures/configs/qwen3-next-80b-a3b.json';
import jamba15Mini from '../../fixtures/configs/ai21-jamba-1.5-mini.json';
import mamba130m from '../../fixtures/configs/mamba-130m-hf.json';
import nemotronNano from '../../fixtures/configs/nemotron-3-nano-30b-a3b.json';
import qwen35 from '../../fixtures/configs/qwen3.5-0.8b.json';
import qwen36 from '../../fixtures/configs/qwen3.6-35b-a3b.json';
import expectedCounts from '../../fixtures/configs/expected.json';
import { kvCacheTotal } from './kv-cache-layout';
import { KV_CACHE_FORMATS, isKvCacheFormat, kvBytesPerValue, kvCacheForLayout, type KvCacheBreakdown, type KvCacheFormat } from './kv-cache-layout';

function layout(config: unknown): AttentionLayout {
  const read = readAttentionLayout(config);
  if (!read.ok) throw new Error(`expected a layout, got ${read.error}`);
  return read.value;
}

function cache(config: unknown, format: KvCacheFormat, context: number, batch = 1): KvCacheBreakdown {
  const result = kvCacheForLayout(layout(config), format, context, batch);
  if (!result.ok) throw new Error(`expected bytes, got ${result.error}`);
  return result.value;
}

const LLAMA_70B = llama70b;
const MISTRAL_V01 = mistralV01;
const GEMMA_2_9B = gemma29b;
/** Qwen2.5-7B with its window switched on for the last 7 of 28 layers. */
const QWEN_WINDOWED = { ...qwen25, use_sliding_window: true, sliding_window: 4096, max_window_layers: 21 };

describe('KV cache formats', () => {
  it.each<[KvCacheFormat, number]>([
    ['bf16', 2],
    ['fp16', 2],
    ['fp8', 1],
    ['int8', 1],
    ['int4', 0.5],
  ])('%s stores %d bytes per value', (format, bytes) => {
    expect(kvBytesPerValue(format)).toBe(bytes);
    expect(isKvCacheFormat(format)).toBe(true);
  });

  it('offers exactly those five', () => {
    expect(KV_CACHE_FORMATS).toEqual(['bf16', 'fp16', 'fp8', 'int8', 'int4']);
    expect(isKvCacheFormat('fp32')).toBe(false);
  });
});

describe('bytes per token, across all layers', () => {
  it.each<[string, unknown, KvCacheFormat, number]>([
    // 2 (K, V) × 80 layers × 8 kv heads × 128 head_dim × 2 bytes = 327,680 (320 KiB)
    ['Llama 3.1 70B, bf16', LLAMA_70B, 'bf16', 327_680],
    ['Llama 3.1 70B, fp8', LLAMA_70B, 'fp8', 163_840],
    ['Llama 3.1 70B, int4', LLAMA_70B, 'int4', 81_920],
    // 2 × 32 × 8 × 128 × 2 = 131,072 (128 KiB)
    ['Mistral 7B v0.1, bf16', MISTRAL_V01, 'bf16', 131_072],
    // 2 × 42 × 8 × 256 × 2 = 344,064
    ['Gemma 2 9B, bf16', GEMMA_2_9B, 'bf16', 344_064],
    // multi-query: 2 × 18 × 1 × 256 × 2 = 18,432
    ['Gemma 2B, bf16', gemma2b, 'bf16', 18_432],
    // 2 × 28 × 4 × 128 × 2 = 57,344
    ['Qwen2.5 7B, bf16', qwen25, 'bf16', 57_344],
    // MLA: (512 + 64) values × 61 layers × 2 bytes = 576 × 61 × 2 = 70,272
    ['DeepSeek-V3, bf16', deepseekV3, 'bf16', 70_272],
    ['DeepSeek-V3, fp8', deepseekV3, 'fp8', 35_136],
  ])('%s → %d bytes', (_name, config, format, bytes) => {
    expect(cache(config, format, 1).bytesPerToken).toBe(bytes);
    expect(cache(config, format, 1).bytes).toBe(bytes);
  });
});

describe('bytes for context × batch', () => {
  it.each<[string, unknown, KvCacheFormat, number, number, number]>([
    // 327,680 × 131,072 = 42,949,672,960 = exactly 40 GiB
    ['Llama 3.1 70B, 131,072 tokens', LLAMA_70B, 'bf16', 131_072, 1, 42_949_672_960],
    // 327,680 × 8,192 × 32 = 85,899,345,920 = 80 GiB
    ['Llama 3.1 70B, 8,192 tokens × 32', LLAMA_70B, 'bf16', 8192, 32, 85_899_345_920],
    // Mistral's rolling buffer: 131,072 × min(4,096, 4,096) = 536,870,912 = 512 MiB ...
    ['Mistral 7B v0.1, 4k', MISTRAL_V01, 'bf16', 4096, 1, 536_870_912],
    // ... and at 32k still 131,072 × min(32,768, 4,096): the cache stops at the window.
    ['Mistral 7B v0.1, 32k', MISTRAL_V01, 'bf16', 32_768, 1, 536_870_912],
    // Below the window it grows with the context: 131,072 × 2,048 = 268,435,456.
    ['Mistral 7B v0.1, 2k', MISTRAL_V01, 'bf16', 2048, 1, 268_435_456],
    // v0.3 has no window: 131,072 × 32,768 = 4,294,967,296 = 4 GiB, eight times v0.1.
    ['Mistral 7B v0.3, 32k', mistralV03, 'bf16', 32_768, 1, 4_294_967_296],
    // Gemma 2 9B at its 8,192 context, 8,192 bytes per layer per token:
    // 21 sliding layers × 8,192 × 4,096 = 704,643,072 plus 21 global × 8,192 × 8,192 = 1,409,286,144.
    ['Gemma 2 9B, 8k', GEMMA_2_9B, 'bf16', 8192, 1, 2_113_929_216],
    // At 4,096 no window binds yet: 344,064 × 4,096.
    ['Gemma 2 9B, 4k', GEMMA_2_9B, 'bf16', 4096, 1, 1_409_286_144],
    // use_sliding_window false: all 28 layers hold all 32,768 tokens, 57,344 × 32,768.
    ['Qwen2.5 7B, 32k', qwen25, 'bf16', 32_768, 1, 1_879_048_192],
    // Window on for layers 21..27: 21 × 2,048 × 32,768 = 1,409,286,144 plus 7 × 2,048 × 4,096 = 58,720,256.
    ['Qwen2.5 7B windowed from layer 21, 32k', QWEN_WINDOWED, 'bf16', 32_768, 1, 1_468_006_400],
    // 70,272 × 131,072 = 9,210,691,584
    ['DeepSeek-V3, 128k', deepseekV3, 'bf16', 131_072, 1, 9_210_691_584],
    // gpt-oss-120b, 2,048 bytes per layer per token: 18 full × 2,048 × 131,072 = 4,831,838,208
    // plus 18 sliding × 2,048 × 128 = 4,718,592.
    ['gpt-oss-120b, 128k', gptOss120b, 'bf16', 131_072, 1, 4_836_556_800],
    // 18,432 × 8,192 = 150,994,944 = 144 MiB
    ['Gemma 2B, 8k', gemma2b, 'bf16', 8192, 1, 150_994_944],
    ['no context yet', LLAMA_70B, 'bf16', 0, 1, 0],
  ])('%s → %d bytes', (_name, config, format, context, batch, bytes) => {
    expect(cache(config, format, context, batch).bytes).toBe(bytes);
  });
});

describe('the breakdown by layer type', () => {
  it('Gemma 2 9B at 8k: counts, windows, per-token and per-context bytes per type', () => {
    const result = cache(GEMMA_2_9B, 'bf16', 8192);
    expect(result.byType).toEqual([
      {
        type: 'sliding_attention',
        layerCount: 21,
        layers: [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40],
        window: 4096,
        cachedTokens: 4096,
        bytesPerToken: 172_032, // 21 × 8,192
        bytes: 704_643_072, // 172,032 × 4,096
        stateBytesPerSequence: 0,
      },
      {
        type: 'full_attention',
        layerCount: 21,
        layers: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41],
        window: null,
        cachedTokens: 8192,
        bytesPerToken: 172_032,
        bytes: 1_409_286_144, // 172,032 × 8,192
        stateBytesPerSequence: 0,
      },
    ]);
    expect(result.windowedLayers).toEqual(result.byType[0]!.layers);
  });

  it('a model without windows has one type and no windowed layers', () => {
    const result = cache(LLAMA_70B, 'bf16', 1000, 3);
    expect(result.byType).toHaveLength(1);
    expect(result.byType[0]).toMatchObject({ type: 'full_attention', layerCount: 80, window: null, cachedTokens: 1000 });
    expect(result.windowedLayers).toEqual([]);
    expect([result.context, result.batch, result.format, result.bytesPerValue]).toEqual([1000, 3, 'bf16', 2]);
  });

  it('Mistral: every layer is windowed', () => {
    expect(cache(MISTRAL_V01, 'bf16', 100).windowedLayers).toHaveLength(32);
  });

  it('the types add up to the total', () => {
    const result = cache(QWEN_WINDOWED, 'fp8', 10_000, 7);
    expect(result.byType.reduce((sum, t) => sum + t.bytes, 0)).toBe(result.bytes);
  });
});

describe('exactness', () => {
  // A latent of 2 values plus a RoPE key of 1: 3 values per token, 1.5 bytes in int4.
  const oddLatent = { ...deepseekV3, num_hidden_layers: 1, kv_lora_rank: 2, qk_rope_head_dim: 1 };

  it.each<[number, number, number]>([
    [1, 1, 2], // 1.5 bytes round up to a whole byte
    [2, 1, 3], // 3 bytes exactly
    [3, 3, 14], // 27 values = 13.5 bytes → 14
  ])('int4 with an odd value count: %d tokens × %d → %d bytes', (context, batch, bytes) => {
    expect(cache(oddLatent, 'int4', context, batch).bytes).toBe(bytes);
  });

  it('is exact up to 2^53 and refuses past it', () => {
    // 327,680 × 100,000,000 tokens × 274 sequences ≈ 9.0 × 10^15, just under 2^53 ≈ 9.007 × 10^15.
    expect(kvCacheForLayout(layout(LLAMA_70B), 'bf16', 100_000_000, 274)).toMatchObject({ ok: true, value: { bytes: 8_978_432_000_000_000 } });
    expect(kvCacheForLayout(layout(LLAMA_70B), 'bf16', 100_000_000, 275)).toEqual({ ok: false, error: 'too-large' });
    expect(kvCacheForLayout(layout(LLAMA_70B), 'bf16', 100_000_000, 100_000)).toEqual({ ok: false, error: 'too-large' });
  });

  it.each<[number, number]>([
    [Number.NaN, 1],
    [-1, 1],
    [8192.5, 1],
    [8192, 0.5],
    [8192, Infinity],
  ])('throws for context %d, batch %d', (context, batch) => {
    expect(() => kvCacheForLayout(layout(LLAMA_70B), 'bf16', context, batch)).toThrow(RangeError);
  });
});

// Issue 22: Nemotron-H-8B was charged a KV cache on all 52 layers ("52 layers with full attention:
// 1.7 GB" at 8192 tokens). Only 4 are attention layers; 24 are Mamba-2 layers with a fixed state,
// 24 are MLP-only layers with nothing. transformers 5.18.0's own cache, probed by
// scripts/model-config/count_with_transformers.py (expected.json, "cache"), is the reference.
describe('a hybrid caches as transformers allocates it', () => {
  const probed = (expectedCounts.fixtures as Record<string, { cache?: Record<string, Record<string, unknown>> }>)['nemotron-h-8b-base-8k.json']!.cache!;
  const shapeValues = (entry: unknown) => (entry as { shape: number[] }).shape.reduce((a, b) => a * b, 1);
  const dtypeBytes = (entry: unknown) => ({ bfloat16: 2, float16: 2, float32: 4 })[(entry as { dtype: string }).dtype as 'bfloat16'];

  it('Nemotron-H-8B: 4 attention layers with K/V, 24 Mamba-2 layers with a state, 24 MLP-only layers with nothing', () => {
    const l = layout(nemotronH8b);
    expect(l.numHiddenLayers).toBe(52);
    const count = (type: string) => l.layerTypes.filter((t) => t === type).length;
    expect([count('full_attention'), count('mamba'), count('mlp')]).toEqual([4, 24, 24]);
    expect(l.layerTypes.slice(0, 8)).toEqual(['mamba', 'mlp', 'mamba', 'mlp', 'mamba', 'mlp', 'mamba', 'full_attention']);
    // K and V per token in one attention layer: 2 × 8 heads × 128 = 2048 values, as transformers' keys/values.
    expect(l.valuesPerTokenPerLayer).toBe(probed.full_attention!.kvValuesPerToken);
  });

  it('sizes the Mamba-2 state from the modeling code: conv_states and recurrent_states, with their dtypes', () => {
    const state = layout(nemotronH8b).recurrentState!;
    expect(state.convValues).toBe(shapeValues(probed.linear_attention!.conv_states)); // 10,240 × 4
    expect(state.convBytesPerValue).toBe(dtypeBytes(probed.linear_attention!.conv_states)); // bf16
    expect(state.recurrentValues).toBe(shapeValues(probed.linear_attention!.recurrent_states)); // 128 × 64 × 128
    expect(state.recurrentBytesPerValue).toBe(dtypeBytes(probed.linear_attention!.recurrent_states)); // float32
    expect(state.bytesPerSequence).toBe(10_240 * 4 * 2 + 128 * 64 * 128 * 4); // 4,276,224 bytes
    expect(probed.mlp).toEqual({});
  });

  it('Nemotron-H-8B at 8192 tokens in bf16: 134 MB of K/V on 4 layers, 103 MB of state on 24, nothing on 24', () => {
    const result = cache(nemotronH8b, 'bf16', 8192);
    const byType = Object.fromEntries(result.byType.map((t) => [t.type, t]));
    expect(byType.full_attention).toMatchObject({ layerCount: 4, bytesPerToken: 4 * 2048 * 2, bytes: 4 * 2048 * 2 * 8192, stateBytesPerSequence: 0 });
    expect(byType.mamba).toMatchObject({ layerCount: 24, bytesPerToken: 0, cachedTokens: 0, bytes: 24 * 4_276_224, stateBytesPerSequence: 4_276_224 });
    expect(byType.mlp).toMatchObject({ layerCount: 24, bytesPerToken: 0, bytes: 0, stateBytesPerSequence: 0 });
    expect(result.bytesPerToken).toBe(16_384);
    expect(result.stateBytes).toBe(102_629_376);
    expect(result.bytes).toBe(134_217_728 + 102_629_376);
    expect(kvCacheTotal(layout(nemotronH8b), 'bf16', 8192, 1)).toBe(result.bytes);
  });

  it('states grow with the batch, not with the context; the KV format does not change them', () => {
    const l = layout(nemotronH8b);
    const at = (format: KvCacheFormat, context: number, batch: number) => cache(nemotronH8b, format, context, batch).stateBytes;
    expect(at('bf16', 1, 1)).toBe(at('bf16', 100_000, 1));
    expect(at('bf16', 8192, 3)).toBe(3 * 102_629_376);
    expect(at('fp8', 8192, 1)).toBe(at('bf16', 8192, 1));
    expect(kvCacheTotal(l, 'fp8', 8192, 2)).toBe(2 * (4 * 2048 * 8192 + 102_629_376));
  });
});

describe('Qwen3-Next caches as transformers allocates it', () => {
  const probed = (expectedCounts.fixtures as Record<string, { cache?: Record<string, Record<string, unknown>> }>)['qwen3-next-80b-a3b.json']!.cache!;
  const shapeValues = (entry: unknown) => (entry as { shape: number[] }).shape.reduce((a, b) => a * b, 1);
  const dtypeBytes = (entry: unknown) => ({ bfloat16: 2, float16: 2, float32: 4 })[(entry as { dtype: string }).dtype as 'bfloat16'];

  it('36 Gated DeltaNet layers with a state, 12 attention layers with K/V of 2 × 2 heads × 256', () => {
    const l = layout(qwen3Next);
    expect(l.layerTypes.filter((t) => t === 'linear_attention')).toHaveLength(36);
    expect(l.layerTypes.slice(0, 4)).toEqual(['linear_attention', 'linear_attention', 'linear_attention', 'full_attention']);
    expect(l.valuesPerTokenPerLayer).toBe(probed.full_attention!.kvValuesPerToken);
    const state = l.recurrentState!;
    expect(state.convValues).toBe(shapeValues(probed.linear_attention!.conv_states)); // (2 × 16 × 128 + 32 × 128) × 4
    expect(state.convBytesPerValue).toBe(dtypeBytes(probed.linear_attention!.conv_states));
    expect(state.recurrentValues).toBe(shapeValues(probed.linear_attention!.recurrent_states)); // 32 × 128 × 128
    expect(state.recurrentBytesPerValue).toBe(dtypeBytes(probed.linear_attention!.recurrent_states));
    expect(state.bytesPerSequence).toBe(2_162_688);
  });

  it('at 8192 tokens in bf16: 12 × 2048 bytes per token of K/V and 36 × 2,162,688 bytes of state', () => {
    const result = cache(qwen3Next, 'bf16', 8192);
    expect(result.stateBytes).toBe(36 * 2_162_688);
    expect(result.bytes).toBe(12 * 2048 * 8192 + 36 * 2_162_688);
  });
});

describe('Jamba caches as transformers allocates it', () => {
  const probed = (expectedCounts.fixtures as Record<string, { cache?: Record<string, Record<string, unknown>> }>)['ai21-jamba-1.5-mini.json']!.cache!;
  const shapeValues = (entry: unknown) => (entry as { shape: number[] }).shape.reduce((a, b) => a * b, 1);

  it('Jamba 1.5 Mini: attention on layers 4, 12, 20, 28; a Mamba state of [8192, 4] + [8192, 16] on the 28 others', () => {
    const l = layout(jamba15Mini);
    expect(l.layerTypes.flatMap((t, i) => (t === 'full_attention' ? [i] : []))).toEqual([4, 12, 20, 28]);
    expect(l.valuesPerTokenPerLayer).toBe(probed.attention!.kvValuesPerToken);
    expect(l.recurrentState!.convValues).toBe(shapeValues(probed.mamba!.conv_states));
    expect(l.recurrentState!.recurrentValues).toBe(shapeValues(probed.mamba!.recurrent_states));
    expect(cache(jamba15Mini, 'bf16', 8192).stateBytes).toBe(28 * 589_824);
  });
});

/*
 * Issue 22, second batch (types-b): Mamba-2 and LFM2, from real configs, against what transformers
 * 5.18.0 allocates (expected.json "cache", probed by count_with_transformers.py).
 */
describe('Mamba-2 and LFM2 cache as transformers allocates them', () => {
  const probedOf = (name: string) => (expectedCounts.fixtures as Record<string, { cache?: Record<string, Record<string, unknown>> }>)[name]!.cache!;
  const shapeValues = (entry: unknown) => (entry as { shape: number[] }).shape.reduce((a, b) => a * b, 1);
  const dtypeBytes = (entry: unknown) => ({ bfloat16: 2, float16: 2, float32: 4 })[(entry as { dtype: string }).dtype as 'bfloat16'];
  // Mamba-Codestral's config holds Python's Infinity (time_step_limit), which JSON imports refuse.
  const fixture = (name: string) => {
    const parsed = parseConfigJson(readFileSync(new URL(`../../fixtures/configs/${name}`, import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  };
  const codestral = fixture('mamba-codestral-7b-v0.1.json');
  const lfm2 = fixture('lfm2-1.2b.json');

  it('Mamba-Codestral 7B: 64 Mamba-2 layers, no K/V, each [10,240 × 4] bf16 + [128 × 64 × 128] float32 per sequence', () => {
    const probed = probedOf('mamba-codestral-7b-v0.1.json');
    const l = layout(codestral);
    expect(l.layerTypes).toEqual(Array(64).fill('mamba'));
    expect(l).toMatchObject({ numAttentionHeads: 0, valuesPerTokenPerLayer: 0, maxPositionEmbeddings: null });
    const state = l.recurrentState!;
    expect(state.convValues).toBe(shapeValues(probed.linear_attention!.conv_states));
    expect(state.convBytesPerValue).toBe(dtypeBytes(probed.linear_attention!.conv_states));
    expect(state.recurrentValues).toBe(shapeValues(probed.linear_attention!.recurrent_states));
    expect(state.recurrentBytesPerValue).toBe(dtypeBytes(probed.linear_attention!.recurrent_states));
    expect(state.bytesPerSequence).toBe(4_276_224);
  });

  it('Mamba-Codestral 7B: the same 273.7 MB per sequence at 1 token and at 1M tokens, whatever the KV format', () => {
    const short = cache(codestral, 'bf16', 1);
    const long = cache(codestral, 'fp8', 1_000_000, 2);
    expect(short).toMatchObject({ bytesPerToken: 0, stateBytes: 64 * 4_276_224, bytes: 273_678_336 });
    expect(long.bytes).toBe(2 * 273_678_336);
  });

  it('LFM2-1.2B: attention on layers 2, 5, 8, 10, 12, 14 (K/V 2 × 8 × 64); a [2048 × 3] bf16 conv state on the 10 others', () => {
    const probed = probedOf('lfm2-1.2b.json');
    const l = layout(lfm2);
    expect(l.layerTypes.flatMap((t, i) => (t === 'full_attention' ? [i] : []))).toEqual([2, 5, 8, 10, 12, 14]);
    expect(l.layerTypes.filter((t) => t === 'conv')).toHaveLength(10);
    expect(l.valuesPerTokenPerLayer).toBe(probed.full_attention!.kvValuesPerToken);
    expect(l.recurrentState!.convValues).toBe(shapeValues(probed.conv!.conv_states));
    expect(l.recurrentState!.convBytesPerValue).toBe(dtypeBytes(probed.conv!.conv_states));
    expect(probed.conv!.recurrent_states).toBeUndefined();
    expect(l.recurrentState!.bytesPerSequence).toBe(12_288);
    const result = cache(lfm2, 'bf16', 8192);
    expect(result.stateBytes).toBe(10 * 12_288);
    expect(result.bytes).toBe(6 * 1024 * 2 * 8192 + 10 * 12_288);
  });
});

describe('Mamba (v1) caches as transformers allocates it', () => {
  const probed = (expectedCounts.fixtures as Record<string, { cache?: Record<string, Record<string, unknown>> }>)['mamba-130m-hf.json']!.cache!;
  const shapeValues = (entry: unknown) => (entry as { shape: number[] }).shape.reduce((a, b) => a * b, 1);
  const dtypeBytes = (entry: unknown) => ({ bfloat16: 2, float16: 2, float32: 4 })[(entry as { dtype: string }).dtype as 'bfloat16'];

  it('Mamba-130M: 24 Mamba layers, no K/V, each [1536 × 4] bf16 + [1536 × 16] float32 per sequence', () => {
    const l = layout(mamba130m);
    expect(l.layerTypes).toEqual(Array(24).fill('mamba'));
    expect(l).toMatchObject({ numAttentionHeads: 0, valuesPerTokenPerLayer: 0 });
    const state = l.recurrentState!;
    expect(state.convValues).toBe(shapeValues(probed.linear_attention!.conv_states));
    expect(state.convBytesPerValue).toBe(dtypeBytes(probed.linear_attention!.conv_states));
    expect(state.recurrentValues).toBe(shapeValues(probed.linear_attention!.recurrent_states));
    expect(state.recurrentBytesPerValue).toBe(dtypeBytes(probed.linear_attention!.recurrent_states));
    expect(state.bytesPerSequence).toBe(1536 * 4 * 2 + 1536 * 16 * 4);
    expect(cache(mamba130m, 'bf16', 100_000, 2).bytes).toBe(2 * 24 * 110_592);
  });
});

describe('Nemotron-H with mixtures of experts caches as transformers allocates it', () => {
  const probed = (expectedCounts.fixtures as Record<string, { cache?: Record<string, Record<string, unknown>> }>)['nemotron-3-nano-30b-a3b.json']!.cache!;
  const shapeValues = (entry: unknown) => (entry as { shape: number[] }).shape.reduce((a, b) => a * b, 1);

  it('Nemotron 3 Nano: 6 attention layers with K/V of 2 × 2 × 128, 23 Mamba-2 states, 23 MoE layers with nothing', () => {
    const l = layout(nemotronNano);
    const count = (type: string) => l.layerTypes.filter((t) => t === type).length;
    expect([count('full_attention'), count('mamba'), count('moe')]).toEqual([6, 23, 23]);
    expect(l.layerTypes.slice(0, 6)).toEqual(['mamba', 'moe', 'mamba', 'moe', 'mamba', 'full_attention']);
    expect(l.valuesPerTokenPerLayer).toBe(probed.full_attention!.kvValuesPerToken);
    expect(l.recurrentState!.convValues).toBe(shapeValues(probed.linear_attention!.conv_states)); // (4096 + 2 × 8 × 128) × 4
    expect(l.recurrentState!.recurrentValues).toBe(shapeValues(probed.linear_attention!.recurrent_states)); // 64 × 64 × 128
    expect(probed.moe).toEqual({});
    const result = cache(nemotronNano, 'bf16', 8192);
    const byType = Object.fromEntries(result.byType.map((t) => [t.type, t]));
    expect(byType.moe).toMatchObject({ layerCount: 23, bytes: 0, stateBytesPerSequence: 0 });
    const state = 6144 * 4 * 2 + 64 * 64 * 128 * 4;
    expect(result.bytes).toBe(6 * 512 * 2 * 8192 + 23 * state);
  });
});

describe('Qwen3.5 caches as transformers allocates it', () => {
  const probed = (expectedCounts.fixtures as Record<string, { cache?: Record<string, Record<string, unknown>> }>)['qwen3.5-0.8b.json']!.cache!;
  const shapeValues = (entry: unknown) => (entry as { shape: number[] }).shape.reduce((a, b) => a * b, 1);

  it('Qwen3.5-0.8B: 18 Gated DeltaNet layers of [6144 × 4] bf16 + [16 × 128 × 128] float32, 6 attention layers of 2 × 2 × 256', () => {
    const l = layout(qwen35);
    expect(l.layerTypes.filter((t) => t === 'linear_attention')).toHaveLength(18);
    expect(l.valuesPerTokenPerLayer).toBe(probed.full_attention!.kvValuesPerToken);
    expect(l.recurrentState!.convValues).toBe(shapeValues(probed.linear_attention!.conv_states));
    expect(l.recurrentState!.recurrentValues).toBe(shapeValues(probed.linear_attention!.recurrent_states));
    const state = 6144 * 4 * 2 + 16 * 128 * 128 * 4;
    expect(cache(qwen35, 'bf16', 8192).bytes).toBe(6 * 1024 * 2 * 8192 + 18 * state);
  });
});

describe('Qwen3.6-35B-A3B caches as transformers allocates it', () => {
  const probed = (expectedCounts.fixtures as Record<string, { cache?: Record<string, Record<string, unknown>> }>)['qwen3.6-35b-a3b.json']!.cache!;
  const shapeValues = (entry: unknown) => (entry as { shape: number[] }).shape.reduce((a, b) => a * b, 1);

  it('30 Gated DeltaNet layers of [8192 × 4] bf16 + [32 × 128 × 128] float32, 10 attention layers of 2 × 2 × 256', () => {
    const l = layout(qwen36);
    expect(l.valuesPerTokenPerLayer).toBe(probed.full_attention!.kvValuesPerToken);
    expect(l.recurrentState!.convValues).toBe(shapeValues(probed.linear_attention!.conv_states));
    expect(l.recurrentState!.recurrentValues).toBe(shapeValues(probed.linear_attention!.recurrent_states));
    expect(cache(qwen36, 'bf16', 8192).stateBytes).toBe(30 * (8192 * 4 * 2 + 32 * 128 * 128 * 4));
  });
});

// Issue 22 (types-a): the new model types' caches, per token from the K/V values transformers
// holds per layer (expected.json "attentionCache", probed by count_with_transformers.py).
describe('granite, phimoe, glm4_moe, ministral and olmo caches', () => {
  type Probed = { attentionCache: { byKind: Record<string, { kvValuesPerToken: number }> } };
  const probed = (name: string) => (expectedCounts.fixtures as unknown as Record<string, Probed>)[name]!.attentionCache.byKind;
  const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/configs/${name}`, import.meta.url), 'utf8'));

  it.each<[string, string, number, number]>([
    // 40 layers × 2048 values (2 × 8 heads × 128) × 2 bytes
    ['granite-3.3-8b-instruct.json', 'full_attention', 40, 163_840],
    // 32 layers × 2 × 8 × 128 × 2 bytes; every layer slides at 131,072 tokens, its whole context
    ['phi-3.5-moe-instruct.json', 'sliding_attention', 32, 131_072],
    // 46 layers × 2 × 8 × 128 (head_dim 128 as given, not 4096 / 96) × 2 bytes
    ['glm-4.5-air.json', 'full_attention', 46, 188_416],
    // 36 layers × 2 × 8 × 128 × 2 bytes; the window (32,768) is the whole context
    ['ministral-8b-instruct-2410.json', 'sliding_attention', 36, 147_456],
    // 16 layers × 2 × 16 × 128 × 2 bytes
    ['olmo-1b-hf.json', 'full_attention', 16, 131_072],
  ])('%s: %s layers, %d of them, %d bytes per token in bf16', (name, kind, layers, bytes) => {
    const config = fixture(name);
    expect(layout(config).layerTypes.filter((t) => t === kind)).toHaveLength(layers);
    expect(cache(config, 'bf16', 1).bytesPerToken).toBe(bytes);
    expect(bytes).toBe(layers * probed(name)[kind]!.kvValuesPerToken * 2);
  });

  it('Ministral 8B at 65,536 tokens keeps 32,768 per layer, its window', () => {
    expect(cache(fixture('ministral-8b-instruct-2410.json'), 'bf16', 65_536).bytes).toBe(147_456 * 32_768);
  });
});

/*
 * Issue 22, third batch (types-c): Bamba, Falcon-H1 and Granite 4.0's granitemoehybrid, on synthetic
 * configs only (no real config of a released model was found; fixtures README), against what
 * transformers 5.18.0 allocates for one layer of each kind (expected.json "cache").
 */
describe('Bamba, Falcon-H1 and Granite 4.0 hybrids cache as transformers allocates them (synthetic configs)', () => {
  const probedOf = (name: string) => (expectedCounts.fixtures as Record<string, { cache?: Record<string, Record<string, unknown>> }>)[name]!.cache!;
  const shapeValues = (entry: unknown) => (entry as { shape: number[] }).shape.reduce((a, b) => a * b, 1);
  const dtypeBytes = (entry: unknown) => ({ bfloat16: 2, float16: 2, float32: 4 })[(entry as { dtype: string }).dtype as 'bfloat16'];
  const fixture = (name: string) => {
    const parsed = parseConfigJson(readFileSync(new URL(`../../fixtures/configs/${name}`, import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  };

  it.each<[string, number[], number]>([
    // [fixture, its attention layers, its layers]
    ['synthetic/bamba-class-defaults.json', [], 32],
    ['synthetic/bamba-attention-layers.json', [9, 18, 27], 32],
    ['synthetic/bamba-biases-tied-head-dim.json', [1, 3], 4],
    ['synthetic/granitemoehybrid-class-defaults.json', [], 32],
    ['synthetic/granitemoehybrid-moe-attention-layers.json', [1], 4],
    ['synthetic/granitemoehybrid-dense-biases-tied.json', [1], 3],
  ])('%s: attention with K/V on layers %j, a Mamba-2 state on the others, as probed', (name, attention, layers) => {
    const probed = probedOf(name);
    const l = layout(fixture(name));
    expect(l.layerTypes).toEqual(Array.from({ length: layers }, (_, i) => (attention.includes(i) ? 'full_attention' : 'mamba')));
    // Without attention layers (the classes' defaults) nothing is cached per token.
    expect(l.valuesPerTokenPerLayer).toBe(attention.length > 0 ? probed.full_attention!.kvValuesPerToken : 0);
    const state = l.recurrentState!;
    const mamba = probed.linear_attention!;
    expect([state.convValues, state.convBytesPerValue]).toEqual([shapeValues(mamba.conv_states), dtypeBytes(mamba.conv_states)]);
    expect([state.recurrentValues, state.recurrentBytesPerValue]).toEqual([shapeValues(mamba.recurrent_states), dtypeBytes(mamba.recurrent_states)]);
    const result = cache(fixture(name), 'bf16', 1000, 3);
    const kvBytes = attention.length * l.valuesPerTokenPerLayer * 2 * 1000 * 3;
    expect(result.stateBytes).toBe((layers - attention.length) * state.bytesPerSequence * 3);
    expect(result.bytes).toBe(kvBytes + result.stateBytes);
  });

  it('Bamba with attention on layers 9, 18 and 27 (Bamba-9B’s layout) at 8192 tokens in bf16: 3 × 4096 bytes per token of K/V, 29 states of 4,261,888 bytes', () => {
    const result = cache(fixture('synthetic/bamba-attention-layers.json'), 'bf16', 8192);
    expect(result.bytesPerToken).toBe(3 * 4096);
    // conv_states [8448 × 4] bf16 + recurrent_states [128 × 64 × 128] float32
    expect(result.stateBytes).toBe(29 * (8448 * 4 * 2 + 128 * 64 * 128 * 4));
    expect(result.bytes).toBe(224_258_048);
  });

  it.each<[string]>([['synthetic/falcon-h1-class-defaults.json'], ['synthetic/falcon-h1-rms-norm-biases-mup.json']])(
    '%s: every layer is "hybrid", with K/V and a Mamba-2 state, as probed',
    (name) => {
      const probed = probedOf(name).hybrid!;
      const l = layout(fixture(name));
      expect(new Set(l.layerTypes)).toEqual(new Set(['hybrid']));
      expect(l.valuesPerTokenPerLayer).toBe(probed.kvValuesPerToken);
      const state = l.recurrentState!;
      expect([state.convValues, state.convBytesPerValue]).toEqual([shapeValues(probed.conv_states), dtypeBytes(probed.conv_states)]);
      expect([state.recurrentValues, state.recurrentBytesPerValue]).toEqual([shapeValues(probed.recurrent_states), dtypeBytes(probed.recurrent_states)]);
    },
  );

  it('Falcon-H1’s class defaults at 8192 tokens in bf16: 32 layers each with 4096 bytes per token of K/V and a state of 1,060,864 bytes', () => {
    const result = cache(fixture('synthetic/falcon-h1-class-defaults.json'), 'bf16', 8192);
    expect(result.byType).toHaveLength(1);
    expect(result.byType[0]).toMatchObject({ type: 'hybrid', layerCount: 32, cachedTokens: 8192, bytesPerToken: 32 * 4096, stateBytesPerSequence: 1536 * 4 * 2 + 128 * 8 * 256 * 4 });
    expect(result.stateBytes).toBe(32 * 1_060_864);
    expect(result.bytes).toBe(32 * 4096 * 8192 + 32 * 1_060_864);
  });

  it('the KV format changes the keys and values of a Falcon-H1 layer, not its state', () => {
    const config = fixture('synthetic/falcon-h1-class-defaults.json');
    expect(cache(config, 'bf16', 4096).bytes - cache(config, 'fp8', 4096).bytes).toBe(32 * 2048 * 4096);
    expect(cache(config, 'fp8', 4096).stateBytes).toBe(cache(config, 'bf16', 4096).stateBytes);
  });
});
