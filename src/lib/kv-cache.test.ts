import { describe, expect, it } from 'vitest';
import { KV_LIMITS, kvBytesPerToken, kvCacheBytes, servingBytes, type KvShape } from './kv-cache';

// Llama 3 paper (arXiv:2407.21783), Table 3: layers, 8 key/value heads, head dim = model dim / heads.
const LLAMA_8B: KvShape = { layers: 32, kvHeads: 8, headDim: 4096 / 32, bytesPerValue: 2 };
const LLAMA_70B: KvShape = { layers: 80, kvHeads: 8, headDim: 8192 / 64, bytesPerValue: 2 };
const LLAMA_405B: KvShape = { layers: 126, kvHeads: 8, headDim: 16384 / 128, bytesPerValue: 2 };

describe('kvBytesPerToken = 2 × layers × kv heads × head dim × bytes', () => {
  it.each<[string, KvShape, number]>([
    ['Llama 3.1 8B, bf16', LLAMA_8B, 131_072],
    ['Llama 3.1 70B, bf16', LLAMA_70B, 327_680],
    ['Llama 3.1 405B, bf16', LLAMA_405B, 516_096],
    ['Llama 3.1 70B, fp8', { ...LLAMA_70B, bytesPerValue: 1 }, 163_840],
    ['Llama 3.1 70B without GQA (64 kv heads)', { ...LLAMA_70B, kvHeads: 64 }, 2_621_440],
    ['one of everything', { layers: 1, kvHeads: 1, headDim: 1, bytesPerValue: 1 }, 2],
    ['int4 cache', { layers: 1, kvHeads: 1, headDim: 1, bytesPerValue: 0.5 }, 1],
  ])('%s → %d bytes', (_name, shape, bytes) => {
    expect(kvBytesPerToken(shape)).toBe(bytes);
  });

  it.each<[keyof KvShape, number]>([
    ['layers', NaN],
    ['kvHeads', -1],
    ['headDim', Infinity],
    ['bytesPerValue', NaN],
  ])('throws when %s is %d', (key, value) => {
    expect(() => kvBytesPerToken({ ...LLAMA_70B, [key]: value })).toThrow(RangeError);
  });
});

describe('kvCacheBytes = per token × context × batch', () => {
  it.each<[string, KvShape, number, number, number]>([
    ['70B, 8192 tokens', LLAMA_70B, 8192, 1, 2_684_354_560], // exactly 2.5 GiB
    ['70B, 131072 tokens', LLAMA_70B, 131_072, 1, 42_949_672_960], // exactly 40 GiB
    ['70B, 128k = 128,000 tokens', LLAMA_70B, 128_000, 1, 41_943_040_000],
    ['70B, 8192 tokens × 32', LLAMA_70B, 8192, 32, 85_899_345_920],
    ['8B, 8192 tokens', LLAMA_8B, 8192, 1, 1_073_741_824],
    ['405B, 131072 tokens', LLAMA_405B, 131_072, 1, 67_645_734_912],
    ['70B, no context yet', LLAMA_70B, 0, 1, 0],
  ])('%s → %d bytes', (_name, shape, context, batch, bytes) => {
    expect(kvCacheBytes(shape, context, batch)).toBe(bytes);
  });

  it('stays finite at every limit at once', () => {
    const shape = { layers: KV_LIMITS.layers, kvHeads: KV_LIMITS.kvHeads, headDim: KV_LIMITS.headDim, bytesPerValue: 8 };
    expect(Number.isFinite(kvCacheBytes(shape, KV_LIMITS.context, KV_LIMITS.batch))).toBe(true);
  });

  it.each<[number, number]>([
    [NaN, 1],
    [8192, -1],
    [Infinity, 1],
  ])('throws for context %d, batch %d', (context, batch) => {
    expect(() => kvCacheBytes(LLAMA_70B, context, batch)).toThrow(RangeError);
  });
});

describe('servingBytes = weights + KV', () => {
  it.each<[number, number, number]>([
    [140e9, 2_684_354_560, 142_684_354_560],
    [140e9, 0, 140e9],
    [43.1e9, 42_949_672_960, 86_049_672_960],
  ])('%d + %d = %d', (weights, kv, total) => {
    expect(servingBytes(weights, kv)).toBe(total);
  });

  it('throws on NaN', () => {
    expect(() => servingBytes(NaN, 1)).toThrow(RangeError);
  });
});
