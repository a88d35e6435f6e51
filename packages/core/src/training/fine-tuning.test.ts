import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../configs/types';
import {
  ADAM_8BIT_OPTIMIZER_BYTES,
  QLORA_BITS_PER_PARAMETER,
  QLORA_CONSTANT_BITS,
  QLORA_CONSTANT_BITS_WITHOUT_DQ,
  activationBytes,
  activationBytesPerLayer,
  costPerMillionTokens,
  decoderLinearWeights,
  fineTuningFlop,
  fineTuningMemory,
  korthikantiBytesPerLayer,
  loraParameters,
  runCost,
  shardState,
  type DecoderShape,
} from './fine-tuning';
import { estimateFineTuning, fineTuningShapeFromConfig } from './from-config';

const config = (name: string): JsonObject => JSON.parse(readFileSync(new URL(`../../fixtures/configs/${name}`, import.meta.url), 'utf8'));

const shapeOf = (name: string): { shape: DecoderShape; parameters: number } => {
  const read = fineTuningShapeFromConfig(config(name));
  if (!read.ok) throw new Error(read.error);
  return read.value;
};

const LLAMA_31_8B = shapeOf('llama-3.1-8b.json');

/** The paper's GPT-style model: multi-head attention, 4h GeLU MLP, dropout (vocab unused per layer). */
const paperModel = (hidden: number, heads: number, layers = 1): DecoderShape => ({
  layers,
  hidden,
  heads,
  kvHeads: heads,
  headDim: hidden / heads,
  intermediate: 4 * hidden,
  vocab: 51200,
  mlp: 'two-layer',
});

describe('LoRA trainable parameters: r × (d_in + d_out) per adapted matrix', () => {
  it('Llama 3.1 8B, r = 16 on q, k, v, o, gate, up and down: 41,943,040 (what PEFT prints)', () => {
    expect(loraParameters(LLAMA_31_8B.shape, 16, 'all-linear')).toBe(41_943_040);
  });

  it('grouped-query K and V count at their real width (8 heads × 128 = 1024), not hidden_size', () => {
    // q and o: 16 × (4096 + 4096) each; k and v: 16 × (4096 + 1024) each; 32 layers.
    expect(loraParameters(LLAMA_31_8B.shape, 16, 'attention')).toBe(32 * (2 * 16 * 8192 + 2 * 16 * 5120));
    expect(loraParameters(LLAMA_31_8B.shape, 8, 'qv')).toBe(3_407_872);
  });

  it('Llama 2 7B (multi-head), r = 8 on q and v: 4,194,304', () => {
    expect(loraParameters(shapeOf('llama-2-7b.json').shape, 8, 'qv')).toBe(4_194_304);
  });

  it('agrees with every rank and target set PEFT was run on (fixtures/fine-tuning/peft-lora.json)', () => {
    const cases = JSON.parse(readFileSync(new URL('../../fixtures/fine-tuning/peft-lora.json', import.meta.url), 'utf8')).cases as {
      fixture: string;
      r: number;
      targets: 'qv' | 'attention' | 'all-linear';
      trainable: number;
    }[];
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(loraParameters(shapeOf(c.fixture).shape, c.r, c.targets), `${c.fixture} r=${c.r} ${c.targets}`).toBe(c.trainable);
  });
});

describe('QLoRA: NF4 with double quantization (Dettmers et al. 2023, section 3)', () => {
  it('costs 32/64 = 0.5 bits per parameter for the constants without DQ, 8/64 + 32/(64·256) ≈ 0.127 with it', () => {
    expect(QLORA_CONSTANT_BITS_WITHOUT_DQ).toBe(0.5);
    expect(QLORA_CONSTANT_BITS).toBe(0.126953125);
    expect(QLORA_CONSTANT_BITS.toFixed(3)).toBe('0.127');
    expect(QLORA_CONSTANT_BITS_WITHOUT_DQ - QLORA_CONSTANT_BITS).toBeCloseTo(0.373, 3);
    expect(QLORA_BITS_PER_PARAMETER).toBe(4.126953125);
  });

  it('quantizes only the decoder layers’ linear weights: Llama 3.1 8B’s attention and MLP matrices, 6,979,321,856', () => {
    expect(decoderLinearWeights(LLAMA_31_8B.shape)).toBe(1_342_177_280 + 5_637_144_576);
    const m = fineTuningMemory({ ...LLAMA_31_8B, method: 'qlora', rank: 16, targets: 'all-linear', sequence: 2048, microBatch: 1, attention: 'flash', checkpointing: true, gpus: 1, zero: 0 });
    expect(m.quantized).toBe(6_979_321_856);
    // NF4 linear weights + bf16 embeddings, lm_head and norms + bf16 adapters.
    const base = (6_979_321_856 * 4.126953125) / 8 + 2 * (8_030_261_248 - 6_979_321_856);
    expect(m.state.weights).toBe(base + 2 * 41_943_040);
    expect(m.state.weights / 1e9).toBeCloseTo(5.786, 3);
    expect(m.trainable).toBe(41_943_040);
    expect(m.state.gradients).toBe(2 * 41_943_040);
    expect(m.state.optimizer).toBe(12 * 41_943_040);
  });
});

describe('activations per layer (Korthikanti et al. 2022, arXiv:2205.05198)', () => {
  it('the general count is the paper’s sbh(34 + 5as/h) for the paper’s model, at every size of its Table 3', () => {
    // 22B, 175B (GPT-3), 530B (MT-NLG), 1T: heads and hidden sizes from the paper's Table 3; s = 2048.
    for (const [a, h] of [
      [64, 6144],
      [96, 12288],
      [128, 20480],
      [160, 25600],
    ] as const) {
      for (const b of [1, 4]) {
        const general = activationBytesPerLayer(paperModel(h, a), { sequence: 2048, microBatch: b, attention: 'standard', dropout: true });
        expect(general).toBe(korthikantiBytesPerLayer(2048, b, h, a));
        expect(general / (2048 * b * h * (34 + (5 * a * 2048) / h))).toBeCloseTo(1, 12);
      }
    }
  });

  it('the paper’s own figures: 5as/h = 80 for GPT-3 and 64 for MT-NLG, so keeping no s² terms saves 70 % and 65 %', () => {
    const saved = (a: number, h: number) => {
      const model = paperModel(h, a);
      const all = activationBytesPerLayer(model, { sequence: 2048, microBatch: 1, attention: 'standard', dropout: true });
      const flash = activationBytesPerLayer(model, { sequence: 2048, microBatch: 1, attention: 'flash', dropout: true });
      expect(flash).toBe(34 * 2048 * h);
      return 1 - flash / all;
    };
    expect((5 * 96 * 2048) / 12288).toBe(80);
    expect((5 * 128 * 2048) / 20480).toBe(64);
    expect(Math.round(saved(96, 12288) * 100)).toBe(70);
    expect(Math.round(saved(128, 20480) * 100)).toBe(65);
  });

  it('with gradient checkpointing only each layer’s input is kept, 2sbh per layer (the paper’s 2sbhL), plus one layer rebuilt', () => {
    const model = paperModel(12288, 96, 96);
    const input = { sequence: 2048, microBatch: 1, attention: 'standard', dropout: true } as const;
    const perLayer = korthikantiBytesPerLayer(2048, 1, 12288, 96);
    const kept = activationBytes(model, { ...input, checkpointing: true });
    expect(kept.layers).toBe(2 * 2048 * 12288 * 96 + perLayer);
    const all = activationBytes(model, { ...input, checkpointing: false });
    expect(all.layers).toBe(96 * perLayer);
    // Output: final norm and lm_head inputs 4sbh, fp32 logits 4sbv, the embedding's dropout mask sbh.
    expect(all.output).toBe(4 * 2048 * 12288 + 4 * 2048 * 51200 + 2048 * 12288);
  });

  it('Llama 3.1 8B (grouped-query, SwiGLU, no dropout, FlashAttention): 41sbh per layer at s = 2048', () => {
    const per = activationBytesPerLayer(LLAMA_31_8B.shape, { sequence: 2048, microBatch: 1, attention: 'flash', dropout: false });
    // Attention 6sbh + 4sb·1024, MLP 2sbh + 8sb·14336, norms 4sbh = 167,936 bytes per token.
    expect(per).toBe(2048 * 167_936);
    expect(per / (2048 * 4096)).toBe(41);
    const standard = activationBytesPerLayer(LLAMA_31_8B.shape, { sequence: 2048, microBatch: 1, attention: 'standard', dropout: false });
    expect(standard - per).toBe(2 * 32 * 2048 * 2048);
  });
});

describe('the accounting against what transformers keeps (scripts/fine-tuning/measure_activations.py)', () => {
  const measured = JSON.parse(readFileSync(new URL('../../fixtures/fine-tuning/measured-activations.json', import.meta.url), 'utf8')).cases as {
    name: string;
    hidden: number;
    heads: number;
    kvHeads: number;
    headDim: number;
    intermediate: number;
    attention: 'sdpa' | 'eager';
    sequence: number;
    microBatch: number;
    savedBytes: number;
  }[];
  it('is a floor: one Llama layer keeps 20–25 % more with SDPA, 40–55 % more with eager attention (fp32 softmax)', () => {
    expect(measured.length).toBe(4);
    for (const c of measured) {
      const shape: DecoderShape = { layers: 1, hidden: c.hidden, heads: c.heads, kvHeads: c.kvHeads, headDim: c.headDim, intermediate: c.intermediate, vocab: 256, mlp: 'gated' };
      const counted = activationBytesPerLayer(shape, { sequence: c.sequence, microBatch: c.microBatch, attention: c.attention === 'sdpa' ? 'flash' : 'standard', dropout: false });
      const ratio = c.savedBytes / counted;
      const [low, high] = c.attention === 'sdpa' ? [1.2, 1.25] : [1.4, 1.55];
      expect(ratio, `${c.name}, ${c.attention}`).toBeGreaterThan(low);
      expect(ratio, `${c.name}, ${c.attention}`).toBeLessThan(high);
    }
  });
});

describe('ZeRO (Rajbhandari et al. 2019, Figure 1: Ψ = 7.5B, K = 12, N_d = 64)', () => {
  const state = { weights: 2 * 7.5e9, gradients: 2 * 7.5e9, optimizer: 12 * 7.5e9 };
  const gb = (zero: 0 | 1 | 2 | 3) => {
    const s = shardState(state, 64, zero);
    return (s.weights + s.gradients + s.optimizer) / 1e9;
  };
  it('120 GB replicated, 31.4 GB with P_os, 16.6 GB with P_os+g, 1.9 GB with P_os+g+p', () => {
    expect(gb(0)).toBe(120);
    expect(gb(1).toFixed(1)).toBe('31.4');
    expect(gb(2).toFixed(1)).toBe('16.6');
    expect(gb(3).toFixed(1)).toBe('1.9');
  });
  it('refuses a fractional or zero number of GPUs', () => {
    expect(() => shardState(state, 0, 3)).toThrow(RangeError);
    expect(() => shardState(state, 1.5, 3)).toThrow(RangeError);
  });
});

describe('fineTuningMemory', () => {
  const base = { rank: 16, targets: 'all-linear', sequence: 2048, microBatch: 1, attention: 'flash', checkpointing: true } as const;
  it('full fine-tuning of Llama 3.1 8B with mixed-precision Adam: 16 bytes per parameter, 1/8 of it per GPU under ZeRO-3 on 8 GPUs', () => {
    const m = fineTuningMemory({ ...LLAMA_31_8B, ...base, method: 'full-adam', gpus: 8, zero: 3 });
    const state = m.state.weights + m.state.gradients + m.state.optimizer;
    expect(state).toBe(16 * 8_030_261_248);
    expect(m.statePerGpu.weights + m.statePerGpu.gradients + m.statePerGpu.optimizer).toBe(state / 8);
    expect(m.perGpu).toBe(state / 8 + m.activations.total);
    expect(m.allGpus).toBe(8 * m.perGpu);
  });
  it('8-bit Adam keeps 2 + 2 + 6.004 bytes per parameter', () => {
    const m = fineTuningMemory({ ...LLAMA_31_8B, ...base, method: 'full-adam-8bit', gpus: 1, zero: 0 });
    expect(ADAM_8BIT_OPTIMIZER_BYTES).toBe(6.00390625);
    expect(m.state.optimizer).toBe(6.00390625 * 8_030_261_248);
  });
  it('LoRA keeps the base in 16 bits with no gradients or optimizer states for it', () => {
    const m = fineTuningMemory({ ...LLAMA_31_8B, ...base, method: 'lora', gpus: 1, zero: 0 });
    expect(m.state).toEqual({ weights: 2 * (8_030_261_248 + 41_943_040), gradients: 2 * 41_943_040, optimizer: 12 * 41_943_040 });
  });
});

describe('configs', () => {
  // Every fixture's outcome, with its reason, is in from-config.test.ts.
  it('refuses a config the counter cannot read', () => {
    expect(fineTuningShapeFromConfig({ model_type: 'llama' })).toEqual({ ok: false, error: 'unreadable' });
  });
  it('one call for a command-line tool: config in, numbers out', () => {
    const run = estimateFineTuning({ config: config('llama-3.1-8b.json') }, { method: 'lora' });
    expect(run.ok && run.value.trainable).toBe(41_943_040);
    expect(run.ok && run.value.parameters).toBe(8_030_261_248);
    expect(run.ok && run.value.run).toBeNull();
    // The calculator's default: full fine-tuning on 8 GPUs, 100M tokens at 40 % of 989 TFLOP/s, 2.50 per GPU-hour.
    const full = estimateFineTuning(
      { config: config('llama-3.1-8b.json') },
      { method: 'full-adam', gpus: 8, zero: 3 },
      { tokens: 1e8, peakTflops: 989, utilization: 0.4, pricePerGpuHour: 2.5 },
    );
    if (!full.ok || !full.value.run) throw new Error('no run');
    expect(full.value.run.flop).toBe(8 * 8_030_261_248 * 1e8);
    expect(full.value.run.gpuHours).toBeCloseTo(4.51, 2);
    expect(full.value.run.cost).toBeCloseTo(11.28, 2);
  });
});

describe('compute and money', () => {
  it('full fine-tuning is 6ND, LoRA 4ND + 6 × adapters × D; checkpointing adds 2ND', () => {
    expect(fineTuningFlop(8e9, 8e9, 1e9, 'full-adam', false)).toBe(48e18);
    expect(fineTuningFlop(8e9, 8e9, 1e9, 'full-adam', true)).toBe(64e18);
    expect(fineTuningFlop(8e9, 4e7, 1e9, 'qlora', false)).toBe(32e18 + 24e16);
  });
  it('prices GPU-hours and a million output tokens', () => {
    expect(runCost(1000, 2.5)).toBe(2500);
    // One GPU at 2.50 an hour making 1000 tokens a second: 3.6M tokens an hour, 0.694 per million.
    expect(costPerMillionTokens(2.5, 1, 1000)).toBeCloseTo(0.6944, 4);
    expect(() => costPerMillionTokens(2.5, 1, 0)).toThrow(RangeError);
  });
});
