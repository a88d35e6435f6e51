import { describe, expect, it } from 'vitest';
import { readAttentionLayout, type AttentionLayout } from '../configs/attention-layout';
import { ACCELERATORS, acceleratorById, usableCapacityBytes } from './accelerators';
import { pipelineStages, planServing, validTensorParallelDegrees, type ServingInput, type ServingPlan } from './serving-plan';
import { layoutFromShape, servingModelFromConfig } from './serving-model';
import deepseekV3 from '../../fixtures/configs/deepseek-v3.json';
import llama70b from '../../fixtures/kv-configs/llama-3.1-70b-instruct.json';
import llama8b from '../../fixtures/configs/llama-3.1-8b.json';
import nemotronNano from '../../fixtures/configs/nemotron-3-nano-30b-a3b.json';

function layout(config: unknown): AttentionLayout {
  const read = readAttentionLayout(config);
  if (!read.ok) throw new Error(`expected a layout, got ${read.error}`);
  return read.value;
}

const LLAMA_8B = layout(llama8b);
const LLAMA_70B = layout(llama70b);
const DEEPSEEK_V3 = layout(deepseekV3);
const H100 = acceleratorById('h100-sxm')!;

function plan(input: Partial<ServingInput> & Pick<ServingInput, 'layout' | 'params'>): ServingPlan {
  const result = planServing({
    bytesPerParameter: 2,
    kvFormat: 'bf16',
    context: 8192,
    batch: 1,
    deviceBytes: 80e9,
    deviceCount: 1,
    ...input,
  });
  if (!result.ok) throw new Error(`expected a plan, got ${result.error}`);
  return result.value;
}

describe('headroom: what fits answers within the usable share', () => {
  // The Mamba layers' state is the same at any context, so it is not a per-token cost: the spare
  // tokens were once the free bytes over 49.4 MB (the 23 states) and came to 849.
  it('counts spare tokens of a hybrid by its keys and values alone: Nemotron 3 Nano on 2 × 80 GB', () => {
    const nano = layout(nemotronNano);
    const p = plan({ layout: nano, params: 31_577_940_288, deviceCount: 2 });
    const stage = p.stages[0]!;
    // 6 attention layers × 2 × 1 key/value head per GPU (2 over tensor parallel 2) × 128 × 2 bytes.
    expect(stage.kvBytesPerToken).toBe(6 * 2 * 1 * 128 * 2);
    expect(p.spareTokens).toBe(Math.floor(stage.freeBytes / 3072));
    expect(p.spareTokens).toBeGreaterThan(13_000_000);
  });
  it('defaults to vLLM’s 92 %: Llama 3.1 70B on 2 × 80 GB fits 21,972 tokens at batch 1 and 2 sequences of 8192', () => {
    // Per GPU: 73.6 GB usable − 70 GB of weights = 3.6 GB; each token adds 80 × 2 × 4 × 128 × 2 = 163,840 bytes.
    const p = plan({
      layout: { ...LLAMA_70B, maxPositionEmbeddings: null },
      params: 70e9,
      deviceCount: 2,
    });
    expect(p.usableFraction).toBe(0.92);
    expect(p.usableBytesPerGpu).toBe(73.6e9);
    expect(p.maxContext).toEqual({ tokens: 21_972, limitedBy: 'memory' });
    expect(p.maxBatch).toBe(2);
    expect(p.verdict).toBe('fits');
    expect(p.spareTokens).toBe(21_972 - 8192);
  });

  it('at 100 % gives the old answers: 61,035 tokens and 7 sequences', () => {
    const p = plan({
      layout: { ...LLAMA_70B, maxPositionEmbeddings: null },
      params: 70e9,
      deviceCount: 2,
      usableFraction: 1,
    });
    expect(p.maxContext?.tokens).toBe(61_035);
    expect(p.maxBatch).toBe(7);
  });

  it('caps the longest context at max_position_embeddings', () => {
    const p = plan({ layout: LLAMA_8B, params: 8_030_261_248, deviceCount: 2 });
    expect(p.maxContext).toEqual({
      tokens: 131_072,
      limitedBy: 'max_position_embeddings',
    });
  });

  it('says when the weights alone do not fit, and when the cache does not', () => {
    expect(plan({ layout: LLAMA_70B, params: 70e9, deviceCount: 1 }).verdict).toBe('weights-do-not-fit');
    expect(plan({ layout: LLAMA_70B, params: 70e9, deviceCount: 2, batch: 3 }).verdict).toBe('cache-does-not-fit');
  });

  it('keeps what the engine reserves: capacity − usable', () => {
    const p = plan({
      layout: LLAMA_8B,
      params: 8e9,
      deviceBytes: usableCapacityBytes(H100),
    });
    expect(p.capacityBytes).toBe(81_559 * 2 ** 20);
    expect(p.reservedBytesPerGpu).toBe(p.capacityBytes - Math.floor(p.capacityBytes * 0.92));
  });
});

describe('tensor and pipeline parallelism, as vLLM splits them', () => {
  it('Llama 3.1 70B at tensor-parallel 8 holds 1 KV head per GPU', () => {
    const p = plan({
      layout: LLAMA_70B,
      params: 70e9,
      deviceCount: 8,
      tensorParallel: 8,
    });
    expect(p.kvHeadsPerGpu).toBe(1);
    expect(p.kvHeadReplicas).toBe(1);
    expect(p.stages).toHaveLength(1);
    expect(p.stages[0]!.weightBytes).toBe(17.5e9);
    // 80 layers × 2 × 1 head × 128 × 2 bytes × 8192 tokens.
    expect(p.stages[0]!.kvBytes).toBe(335_544_320);
    expect(p.stages[0]!.totalBytes).toBe(17.5e9 + 335_544_320);
  });

  it('replicates KV heads when tp exceeds num_key_value_heads (tp 16: each of the 8 heads twice)', () => {
    const p = plan({
      layout: LLAMA_70B,
      params: 70e9,
      deviceCount: 16,
      tensorParallel: 16,
    });
    expect(p.kvHeadsPerGpu).toBe(1);
    expect(p.kvHeadReplicas).toBe(2);
    expect(p.stages[0]!.kvBytes).toBe(335_544_320);
  });

  it('refuses a tensor-parallel degree of 3, naming the valid degrees', () => {
    const result = planServing({
      layout: LLAMA_70B,
      params: 70e9,
      bytesPerParameter: 2,
      kvFormat: 'bf16',
      context: 8192,
      batch: 1,
      deviceBytes: 80e9,
      deviceCount: 3,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal).toEqual({
      code: 'tp-does-not-divide-heads',
      tensorParallel: 3,
      heads: 64,
      kvHeads: 8,
      validDegrees: [1, 2, 4, 8, 16, 32, 64],
    });
  });

  it('refuses tp × pp that is not the GPU count', () => {
    const result = planServing({
      layout: LLAMA_70B,
      params: 70e9,
      bytesPerParameter: 2,
      kvFormat: 'bf16',
      context: 8192,
      batch: 1,
      deviceBytes: 80e9,
      deviceCount: 4,
      tensorParallel: 2,
      pipelineParallel: 3,
    });
    expect(result.ok ? null : result.error).toBe('degrees-not-device-count');
  });

  it('valid degrees also need the key/value heads to divide or be divided by tp', () => {
    // 12 heads, 4 KV heads: 6 divides 12 but neither divides nor is divided by 4.
    expect(validTensorParallelDegrees(12, 4)).toEqual([1, 2, 4, 12]);
    expect(validTensorParallelDegrees(128, null)).toEqual([1, 2, 4, 8, 16, 32, 64, 128]);
  });

  it('splits layers like get_pp_indices: the remainder goes to the stages before the last', () => {
    expect(pipelineStages(80, 3)).toEqual([
      [0, 27],
      [27, 54],
      [54, 80],
    ]);
    expect(pipelineStages(61, 4)).toEqual([
      [0, 15],
      [15, 30],
      [30, 46],
      [46, 61],
    ]);
    const p = plan({
      layout: LLAMA_70B,
      params: 70e9,
      deviceCount: 3,
      tensorParallel: 1,
      pipelineParallel: 3,
    });
    expect(p.stages.map((s) => s.end - s.start)).toEqual([27, 27, 26]);
    expect(p.heaviestStage).toBe(0);
  });

  it('keeps the whole latent cache on every tensor-parallel GPU for multi-head latent attention (DeepSeek-V3 on 8 GPUs)', () => {
    const p = plan({
      layout: DEEPSEEK_V3,
      params: 671e9,
      activeParams: 37e9,
      bytesPerParameter: 1,
      deviceBytes: 141e9,
      deviceCount: 8,
    });
    expect(p.kvHeadsPerGpu).toBeNull();
    // 61 layers × (512 + 64) values × 2 bytes × 8192 tokens, undivided.
    expect(p.stages[0]!.kvBytes).toBe(61 * 576 * 2 * 8192);
    expect(p.stages[0]!.weightBytes).toBeCloseTo(671e9 / 8, 0);
  });
});

describe('speed-of-light bounds', () => {
  it('decodes Llama 3.1 8B in bf16 on an H100 SXM at most 3.35e12 / 16.06e9 ≈ 209 tokens/s before the cache', () => {
    const p = plan({
      layout: LLAMA_8B,
      params: 8_030_261_248,
      bandwidth: H100.bandwidth,
      flops: H100.denseFlops!.bf16,
    });
    expect(p.decode!.weightBytesPerStep).toBe(16_060_522_496);
    expect(Math.round(p.decode!.tokensPerSecondWeightsOnly)).toBe(209);
    // With the 8192-token cache: 1,073,741,824 more bytes per step.
    expect(p.decode!.kvBytesPerStepOneSequence).toBe(1_073_741_824);
    expect(p.decode!.tokensPerSecondOneSequence).toBeCloseTo(3.35e12 / (16_060_522_496 + 1_073_741_824), 6);
  });

  it('reads the weights once per step for the whole batch, and each sequence’s cache', () => {
    const p = plan({
      layout: LLAMA_8B,
      params: 8_030_261_248,
      batch: 16,
      bandwidth: 3.35e12,
    });
    expect(p.decode!.tokensPerSecondBatch).toBeCloseTo((16 * 3.35e12) / (16_060_522_496 + 16 * 1_073_741_824), 6);
  });

  it('counts only the active experts at batch 1, and more of them at larger batches with even routing', () => {
    const p = plan({
      layout: DEEPSEEK_V3,
      params: 671e9,
      activeParams: 37e9,
      experts: { routed: 256, perToken: 8 },
      bytesPerParameter: 1,
      deviceBytes: 141e9,
      deviceCount: 8,
      batch: 1,
      bandwidth: 4.8e12,
    });
    expect(p.decode!.weightBytesPerStep).toBeCloseTo(37e9 / 8, 0);
    expect(p.decode!.moe!.expertShareReadAtBatch).toBeCloseTo(8 / 256, 12);
    const at32 = plan({
      layout: DEEPSEEK_V3,
      params: 671e9,
      activeParams: 37e9,
      experts: { routed: 256, perToken: 8 },
      bytesPerParameter: 1,
      deviceBytes: 141e9,
      deviceCount: 8,
      batch: 32,
      bandwidth: 4.8e12,
    });
    expect(at32.decode!.moe!.expertShareReadAtBatch).toBeCloseTo(1 - (248 / 256) ** 32, 12);
    expect(at32.decode!.moe!.tokensPerSecondBatchEvenRouting).toBeLessThan(at32.decode!.tokensPerSecondBatch);
  });

  it('bounds prefill by FLOP over the GPUs’ dense peak: 2 × N × T plus causal attention', () => {
    const p = plan({
      layout: LLAMA_8B,
      params: 8_030_261_248,
      flopParams: 7_504_924_672,
      flops: 989.5e12,
    });
    expect(p.prefill!.linearFlop).toBe(2 * 7_504_924_672 * 8192);
    // 32 layers × 2 × 32 heads × (128 + 128) × (8192 × 8193 / 2) pairs.
    expect(p.prefill!.attentionFlop).toBe(32 * 2 * 32 * 256 * ((8192 * 8193) / 2));
    expect(p.prefill!.seconds).toBeCloseTo((p.prefill!.linearFlop + p.prefill!.attentionFlop) / 989.5e12, 9);
  });

  it('gives no bound without the figure it needs', () => {
    const p = plan({ layout: LLAMA_8B, params: 8e9 });
    expect(p.decode).toBeNull();
    expect(p.prefill).toBeNull();
  });
});

describe('accelerator presets', () => {
  it('every preset cites a vendor page and carries positive figures', () => {
    for (const a of ACCELERATORS) {
      expect(a.source.url).toMatch(/^https:\/\/(www\.nvidia\.com|images\.nvidia\.com|www\.amd\.com|www\.apple\.com)\//);
      expect(a.bandwidth).toBeGreaterThan(0);
      expect(a.advertisedBytes).toBeGreaterThan(0);
      if (a.denseFlops) expect(a.denseFlops.bf16).toBeGreaterThan(0);
    }
  });

  it('includes the GPUs the issue names', () => {
    const ids = ACCELERATORS.map((a) => a.id);
    for (const id of ['h100-sxm', 'h100-pcie', 'h200', 'b200', 'a100-40gb', 'a100-80gb', 'l40s', 'rtx-4090', 'rtx-5090', 'mi300x', 'm4-max'])
      expect(ids).toContain(id);
  });

  it('an H100 80GB reports 81,559 MiB, about 85.5 × 10⁹ bytes, not 80 × 10⁹', () => {
    expect(usableCapacityBytes(H100) / 1e9).toBeCloseTo(85.52, 2);
  });
});

describe('the model half of the input, from a config or a shape (for the calculator and the command line)', () => {
  it('reads DeepSeek-V3: counted parameters, experts and the latent attention’s head widths', () => {
    const model = servingModelFromConfig(deepseekV3);
    if (!model.ok) throw new Error('expected a model');
    expect(model.value.params).toBe(671_026_419_200);
    expect(model.value.experts).toEqual({ routed: 256, perToken: 8 });
    expect(model.value.attentionDims).toEqual({ qk: 192, v: 128 });
    expect(model.value.layout.kind).toBe('multi-head-latent');
  });

  it('plans from a parsed config alone: Llama 3.1 8B on an H100 SXM, about 209 tokens/s before the cache', () => {
    const model = servingModelFromConfig(llama8b);
    if (!model.ok) throw new Error('expected a model');
    const { count: _count, ...rest } = model.value;
    const result = planServing({
      ...rest,
      bytesPerParameter: 2,
      kvFormat: 'bf16',
      context: 8192,
      batch: 1,
      deviceBytes: usableCapacityBytes(H100),
      deviceCount: 1,
      bandwidth: H100.bandwidth,
      flops: H100.denseFlops!.bf16,
    });
    if (!result.ok) throw new Error('expected a plan');
    expect(Math.round(result.value.decode!.tokensPerSecondWeightsOnly)).toBe(209);
  });

  it('builds a shape’s layout with its context limit, and refuses heads the key/value heads do not divide', () => {
    const shape = layoutFromShape({ layers: 80, heads: 64, kvHeads: 8, headDim: 128, maxPositionEmbeddings: 131_072 });
    expect(shape.ok && shape.value.maxPositionEmbeddings).toBe(131_072);
    const bad = layoutFromShape({ layers: 80, heads: 64, kvHeads: 7, headDim: 128 });
    expect(bad.ok ? null : bad.error).toEqual({ problem: 'heads-not-divisible', key: 'num_key_value_heads' });
  });
});
