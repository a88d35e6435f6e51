import { describe, expect, it } from 'vitest';
import { readAttentionLayout, type AttentionLayout } from '../configs/attention-layout';
import {
  VLLM_GPU_MEMORY_UTILIZATION,
  WEIGHT_FORMAT_CANDIDATES,
  largestBatch,
  largestContext,
  usableBytes,
  weightFormatFit,
  type MemoryBudget,
} from './fits';
import deepseekV3 from '../../fixtures/configs/deepseek-v3.json';
import gemma29b from '../../fixtures/kv-configs/gemma-2-9b.json';
import llama70b from '../../fixtures/kv-configs/llama-3.1-70b-instruct.json';
import mistralV01 from '../../fixtures/kv-configs/mistral-7b-v0.1.json';

function layout(config: unknown): AttentionLayout {
  const read = readAttentionLayout(config);
  if (!read.ok) throw new Error(`expected a layout, got ${read.error}`);
  return read.value;
}

const LLAMA_70B = layout(llama70b);
const MISTRAL = layout(mistralV01);
const GEMMA_2_9B = layout(gemma29b);
const DEEPSEEK_V3 = layout(deepseekV3);

/** n accelerators of `gb` decimal gigabytes. */
const devices = (count: number, gb: number, usableFraction?: number): MemoryBudget => ({
  deviceBytes: gb * 1e9,
  deviceCount: count,
  ...(usableFraction === undefined ? {} : { usableFraction }),
});

describe('usable memory', () => {
  it.each<[MemoryBudget, number]>([
    [devices(2, 80), 160e9],
    // vLLM's default: floor(80e9 × 0.92) = 73.6e9 per device.
    [devices(2, 80, VLLM_GPU_MEMORY_UTILIZATION), 147.2e9],
    [devices(8, 141), 1128e9],
  ])('%o → %d bytes', (budget, bytes) => {
    expect(usableBytes(budget)).toBe(bytes);
  });

  it('states vLLM\'s default utilization', () => {
    expect(VLLM_GPU_MEMORY_UTILIZATION).toBe(0.92);
  });
});

describe('(a) the largest context at batch 1', () => {
  it('Llama 3.1 70B, bf16 weights (140 GB) on 2 × 80 GB: memory limits it', () => {
    // 20e9 bytes free / 327,680 bytes per token = 61,035.2: 61,035 tokens fit
    // (61,035 × 327,680 = 19,999,948,800; one more token would be 20,000,276,480).
    expect(largestContext(LLAMA_70B, 'bf16', devices(2, 80), 140e9)).toEqual({
      ok: true,
      value: { tokens: 61_035, limitedBy: 'memory', capApplied: false, maxPositionEmbeddings: 131_072, kvBytes: 19_999_948_800, freeBytes: 20e9 },
    });
  });

  it('Llama 3.1 70B on 4 × 80 GB: memory would allow 549,316 tokens, the model stops at 131,072', () => {
    expect(largestContext(LLAMA_70B, 'bf16', devices(4, 80), 140e9)).toEqual({
      ok: true,
      value: { tokens: 131_072, limitedBy: 'max_position_embeddings', capApplied: true, maxPositionEmbeddings: 131_072, kvBytes: 42_949_672_960, freeBytes: 180e9 },
    });
  });

  it('Llama 3.1 70B on 2 × 80 GB at vLLM\'s 0.92: 7.2e9 bytes free, 21,972 tokens', () => {
    // 21,972 × 327,680 = 7,199,784,960 <= 7.2e9 < 21,973 × 327,680 = 7,200,112,640
    expect(largestContext(LLAMA_70B, 'bf16', devices(2, 80, VLLM_GPU_MEMORY_UTILIZATION), 140e9)).toMatchObject({ ok: true, value: { tokens: 21_972 } });
  });

  it('an fp8 cache doubles it', () => {
    // 20e9 / 163,840 = 122,070.3
    expect(largestContext(LLAMA_70B, 'fp8', devices(2, 80), 140e9)).toMatchObject({ ok: true, value: { tokens: 122_070 } });
  });

  it('Gemma 2 9B: the sliding half stops growing at 4,096, so more fits than the per-token figure says', () => {
    // 1.5e9 bytes free. Past 4,096 tokens the 21 sliding layers hold 704,643,072 bytes and only the
    // 21 global layers grow, 172,032 bytes a token: (1.5e9 − 704,643,072) / 172,032 = 4,623.3.
    // Counting every layer at 344,064 bytes a token would give only 4,359.
    expect(largestContext(GEMMA_2_9B, 'bf16', devices(1, 20), 18.5e9)).toMatchObject({
      ok: true,
      value: { tokens: 4623, limitedBy: 'memory', kvBytes: 1_499_947_008 },
    });
  });

  it('Mistral 7B v0.1: every layer windowed, the 512 MiB cache fits, so the model\'s 32,768 is the answer', () => {
    expect(largestContext(MISTRAL, 'bf16', devices(1, 24), 14.5e9)).toEqual({
      ok: true,
      value: { tokens: 32_768, limitedBy: 'max_position_embeddings', capApplied: true, maxPositionEmbeddings: 32_768, kvBytes: 536_870_912, freeBytes: 9.5e9 },
    });
  });

  it('Mistral 7B v0.1 with 300 MB free: the window is never reached', () => {
    // 3e8 / 131,072 = 2,288.8
    expect(largestContext(MISTRAL, 'bf16', { deviceBytes: 14.8e9, deviceCount: 1 }, 14.5e9)).toMatchObject({
      ok: true,
      value: { tokens: 2288, limitedBy: 'memory', capApplied: false },
    });
  });

  it('all layers windowed and no max_position_embeddings: memory sets no limit', () => {
    // Mistral's class gives max_position_embeddings a default and refuses null (a plain int), so
    // the same shape under a model_type without rules, and without the key, says nothing of a limit.
    const { max_position_embeddings: _limit, ...noLimit } = mistralV01;
    const unbounded = layout({ ...noLimit, model_type: 'mystery' });
    expect(largestContext(unbounded, 'bf16', devices(1, 24), 14.5e9)).toMatchObject({
      ok: true,
      value: { tokens: null, limitedBy: 'nothing', capApplied: false, maxPositionEmbeddings: null, kvBytes: 536_870_912 },
    });
  });

  it('weights that leave exactly nothing: 0 tokens', () => {
    expect(largestContext(LLAMA_70B, 'bf16', devices(2, 80), 160e9)).toMatchObject({ ok: true, value: { tokens: 0, kvBytes: 0 } });
  });

  it.each<[string, MemoryBudget, number, string]>([
    ['fp32 Llama 3.1 70B on 2 × 80 GB', devices(2, 80), 282e9, 'weights-do-not-fit'],
    ['memory past 2^53 bytes', { deviceBytes: 1e16, deviceCount: 1 }, 0, 'too-large'],
  ])('%s → %s', (_name, budget, weights, error) => {
    expect(largestContext(LLAMA_70B, 'bf16', budget, weights)).toEqual({ ok: false, error });
  });

  it.each<[string, MemoryBudget, number]>([
    ['no devices', { deviceBytes: 80e9, deviceCount: 0 }, 1],
    ['half a device', { deviceBytes: 80e9, deviceCount: 1.5 }, 1],
    ['negative memory', { deviceBytes: -1, deviceCount: 1 }, 1],
    ['usable fraction 0', { deviceBytes: 80e9, deviceCount: 1, usableFraction: 0 }, 1],
    ['usable fraction above 1', { deviceBytes: 80e9, deviceCount: 1, usableFraction: 1.2 }, 1],
    ['negative weights', devices(1, 80), -1],
    ['NaN weights', devices(1, 80), Number.NaN],
  ])('throws for %s', (_name, budget, weights) => {
    expect(() => largestContext(LLAMA_70B, 'bf16', budget, weights)).toThrow(RangeError);
  });
});

describe('(b) the largest batch at a context', () => {
  it('Llama 3.1 70B at 8,192 tokens on 2 × 80 GB: 7 sequences', () => {
    // One sequence: 327,680 × 8,192 = 2,684,354,560 bytes; 20e9 / that = 7.45.
    expect(largestBatch(LLAMA_70B, 'bf16', devices(2, 80), 140e9, 8192)).toEqual({
      ok: true,
      value: { sequences: 7, kvBytesPerSequence: 2_684_354_560, kvBytes: 18_790_481_920, freeBytes: 20e9, contextExceedsModel: false },
    });
  });

  it('DeepSeek-V3, fp8 weights on 8 × 141 GB, at its full 163,840 tokens: 39 sequences', () => {
    // 1,128e9 − 671e9 = 457e9 free. One sequence: 70,272 × 163,840 = 11,513,364,480 bytes;
    // 457e9 / 11,513,364,480 = 39.7.
    expect(largestBatch(DEEPSEEK_V3, 'bf16', devices(8, 141), 671e9, 163_840)).toMatchObject({
      ok: true,
      value: { sequences: 39, kvBytesPerSequence: 11_513_364_480, kvBytes: 449_021_214_720 },
    });
  });

  it('Mistral 7B v0.1: past the window a longer context costs no more per sequence', () => {
    const at = (context: number) => largestBatch(MISTRAL, 'bf16', devices(1, 24), 14.5e9, context);
    // 9.5e9 / 536,870,912 = 17.7
    expect(at(4096)).toMatchObject({ ok: true, value: { sequences: 17 } });
    expect(at(32_768)).toMatchObject({ ok: true, value: { sequences: 17 } });
  });

  it('not even one sequence: 0', () => {
    expect(largestBatch(LLAMA_70B, 'bf16', devices(2, 80), 159e9, 131_072)).toMatchObject({ ok: true, value: { sequences: 0, kvBytes: 0 } });
  });

  it('flags a context beyond the model\'s max_position_embeddings', () => {
    expect(largestBatch(LLAMA_70B, 'bf16', devices(8, 80), 140e9, 200_000)).toMatchObject({ ok: true, value: { contextExceedsModel: true } });
  });

  it('reports weights that do not fit', () => {
    expect(largestBatch(LLAMA_70B, 'bf16', devices(1, 80), 140e9, 8192)).toEqual({ ok: false, error: 'weights-do-not-fit' });
  });

  it.each([0, -1, 1.5, Number.NaN])('throws for context %d', (context) => {
    expect(() => largestBatch(LLAMA_70B, 'bf16', devices(2, 80), 140e9, context)).toThrow(RangeError);
  });
});

describe('(c) the weight formats that fit beside the cache', () => {
  const widest = (budget: MemoryBudget) => {
    const fit = weightFormatFit(70e9, LLAMA_70B, 'bf16', budget, 8192, 1);
    if (!fit.ok) throw new Error(fit.error);
    return fit.value.widestFitting;
  };

  it.each<[string, MemoryBudget, string | null]>([
    // cache 2,684,354,560 bytes; fp32 280e9 + cache > 160e9; bf16 140e9 + cache = 142,684,354,560 fits.
    ['2 × 80 GB: bf16', devices(2, 80), 'bf16'],
    // bf16 needs 142.7e9; fp8 70e9 + cache = 72,684,354,560 fits in 80e9.
    ['1 × 80 GB: fp8', devices(1, 80), 'fp8'],
    // int4 35e9 + cache = 37,684,354,560 fits in 40e9.
    ['1 × 40 GB: int4', devices(1, 40), 'int4'],
    ['1 × 24 GB: none', devices(1, 24), null],
    ['4 × 80 GB: fp32', devices(4, 80), 'fp32'],
  ])('70B parameters at 8,192 tokens on %s', (_name, budget, format) => {
    expect(widest(budget)).toBe(format);
  });

  it('gives a row per candidate with its headroom', () => {
    expect(weightFormatFit(70e9, LLAMA_70B, 'bf16', devices(1, 80), 8192, 1)).toEqual({
      ok: true,
      value: {
        rows: [
          { format: 'fp32', bytesPerParameter: 4, weightBytes: 280e9, totalBytes: 282_684_354_560, fits: false, headroomBytes: -202_684_354_560 },
          { format: 'bf16', bytesPerParameter: 2, weightBytes: 140e9, totalBytes: 142_684_354_560, fits: false, headroomBytes: -62_684_354_560 },
          { format: 'fp8', bytesPerParameter: 1, weightBytes: 70e9, totalBytes: 72_684_354_560, fits: true, headroomBytes: 7_315_645_440 },
          { format: 'int4', bytesPerParameter: 0.5, weightBytes: 35e9, totalBytes: 37_684_354_560, fits: true, headroomBytes: 42_315_645_440 },
        ],
        widestFitting: 'fp8',
        kvBytes: 2_684_354_560,
        usableBytes: 80e9,
      },
    });
  });

  it('compares fp32, bf16, fp8 and int4 unless told otherwise', () => {
    expect(WEIGHT_FORMAT_CANDIDATES).toEqual(['fp32', 'bf16', 'fp8', 'int4']);
    const fit = weightFormatFit(70e9, LLAMA_70B, 'bf16', devices(1, 80), 8192, 1, ['fp16', 'int8']);
    expect(fit.ok && fit.value.rows.map((r) => [r.format, r.fits])).toEqual([
      ['fp16', false],
      ['int8', true],
    ]);
  });

  it('a larger batch needs narrower weights', () => {
    // 32 sequences of 8,192 tokens: 85,899,345,920 bytes of cache. bf16: 140e9 + that = 225.9e9 > 160e9;
    // fp8: 70e9 + that = 155,899,345,920 <= 160e9.
    const fit = weightFormatFit(70e9, LLAMA_70B, 'bf16', devices(2, 80), 8192, 32);
    expect(fit.ok && fit.value.widestFitting).toBe('fp8');
  });

  it('reports a cache past 2^53 bytes', () => {
    expect(weightFormatFit(70e9, LLAMA_70B, 'bf16', devices(2, 80), 100_000_000, 100_000)).toEqual({ ok: false, error: 'too-large' });
  });
});
