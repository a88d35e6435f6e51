import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfigJson } from '../configs/parse-config';
import type { JsonObject } from '../configs/types';
import { messages as en } from '../text/messages/en';
import { messages as zh } from '../text/messages/zh';
import { activationBytes, fineTuningMemory, korthikantiBytesPerLayer, loraParameters } from './fine-tuning';
import { adapterRefusal, estimateFineTuning, fineTuningShapeFromConfig, type FineTuningConfigError } from './from-config';

const DIR = new URL('../../fixtures/configs/', import.meta.url);
const config = (name: string): JsonObject => {
  const parsed = parseConfigJson(readFileSync(new URL(name, DIR), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
};

type Outcome = 'ok' | FineTuningConfigError;

/**
 * Every fixture config: what full fine-tuning (full-adam) and LoRA on all linear layers say. One
 * column when both agree. A tester found Mamba refused as "latent attention", GLM-4 as "q, k and v in
 * one matrix" (it fuses gate and up), LFM2 as "Mamba or linear attention" (it has short
 * convolutions), and GPT-2, Phi-3 and Falcon refused for full fine-tuning too.
 */
const TABLE: Record<string, Outcome | { full: Outcome; lora: Outcome }> = {
  'ai21-jamba-1.5-mini.json': 'mixture-of-experts',
  'aya-23-8b.json': 'ok',
  'deepseek-coder-v2-instruct.json': 'mixture-of-experts',
  'deepseek-v3.json': 'mixture-of-experts',
  'exaone-4.0-1.2b.json': 'ok',
  'falcon-7b-instruct.json': { full: 'ok', lora: 'fused-qkv' },
  'gemma-2-9b.json': 'ok',
  'gemma-2b.json': 'ok',
  'gemma-3-1b-it.json': 'ok',
  'glm-4.5-air.json': 'mixture-of-experts',
  'glm-4.7-nvfp4.json': 'mixture-of-experts',
  'gpt-bigcode-santacoder.json': { full: 'ok', lora: 'fused-qkv' },
  'gpt-oss-120b.json': 'mixture-of-experts',
  'gpt-oss-20b.json': 'mixture-of-experts',
  'gpt2.json': { full: 'ok', lora: 'fused-qkv' },
  'granite-3.3-8b-instruct.json': 'ok',
  'lfm2-1.2b.json': 'convolution-layers',
  'llama-2-7b.json': 'ok',
  'llama-3.1-8b.json': 'ok',
  'llama-3.2-3b.json': 'ok',
  'llama-4-scout-17b-16e.json': 'mixture-of-experts',
  'llava-1.5-7b.json': 'ok',
  'mamba-130m-hf.json': 'no-attention',
  'mamba-codestral-7b-v0.1.json': 'no-attention',
  'ministral-3-3b-2512.json': 'ok',
  'ministral-8b-instruct-2410.json': 'ok',
  'mistral-7b-v0.1.json': 'ok',
  'mixtral-8x22b.json': 'mixture-of-experts',
  'mixtral-8x7b.json': 'mixture-of-experts',
  'nemotron-3-nano-30b-a3b.json': 'mixture-of-experts',
  'nemotron-h-8b-base-8k.json': 'mamba-and-mlp-layers',
  'olmo-1b-hf.json': 'ok',
  'olmo-2-7b.json': 'ok',
  'olmoe-1b-7b.json': 'mixture-of-experts',
  'phi-3-mini-4k-instruct.json': { full: 'ok', lora: 'fused-qkv-and-gate-up' },
  'phi-3.5-moe-instruct.json': 'mixture-of-experts',
  'phi-4-mini-instruct.json': { full: 'ok', lora: 'fused-qkv-and-gate-up' },
  'qwen1.5-moe-a2.7b.json': 'mixture-of-experts',
  'qwen2-72b-instruct.json': 'ok',
  'qwen2.5-7b.json': 'ok',
  'qwen3-30b-a3b.json': 'mixture-of-experts',
  'qwen3-8b.json': 'ok',
  'qwen3-next-80b-a3b.json': 'mixture-of-experts',
  'qwen3-vl-4b-instruct.json': 'ok',
  'qwen3.5-0.8b.json': 'linear-attention-layers',
  'qwen3.6-35b-a3b.json': 'mixture-of-experts',
  'redpajama-incite-3b-v1.json': { full: 'ok', lora: 'fused-qkv' },
  'starcoder2-7b.json': 'ok',
  'synthetic/bamba-attention-layers.json': 'mamba-layers',
  'synthetic/bamba-biases-tied-head-dim.json': 'mamba-layers',
  'synthetic/bamba-class-defaults.json': 'no-attention',
  'synthetic/cohere2-head-dim-biases.json': 'ok',
  'synthetic/deepseek-v2-no-q-lora-biases.json': 'mixture-of-experts',
  'synthetic/deepseek-v3-all-moe.json': 'mixture-of-experts',
  'synthetic/falcon-h1-class-defaults.json': 'attention-beside-mamba',
  'synthetic/falcon-h1-rms-norm-biases-mup.json': 'attention-beside-mamba',
  'synthetic/gemma3-nested-sparse.json': 'ok',
  'synthetic/glm4-moe-qk-norm-dense-first.json': 'mixture-of-experts',
  'synthetic/glm4-no-bias-tied.json': { full: 'ok', lora: 'fused-gate-up' },
  'synthetic/gpt2-cross-attention-untied.json': { full: 'ok', lora: 'fused-qkv' },
  'synthetic/gpt2-hidden-size-alias.json': { full: 'ok', lora: 'fused-qkv' },
  'synthetic/granite-biases-tied.json': 'ok',
  'synthetic/granitemoe-biases-tied.json': 'mixture-of-experts',
  // All Mamba layers and experts: no attention is the first reason.
  'synthetic/granitemoehybrid-class-defaults.json': 'no-attention',
  'synthetic/granitemoehybrid-dense-biases-tied.json': 'mamba-layers',
  'synthetic/granitemoehybrid-moe-attention-layers.json': 'mixture-of-experts',
  'synthetic/granitemoeshared-shared-mlp.json': 'mixture-of-experts',
  'synthetic/llama-biases-no-kv-heads.json': 'ok',
  'synthetic/ministral-8b-as-ministral-type.json': 'ok',
  'synthetic/mistral-null-head-dim.json': 'ok',
  'synthetic/olmo3-gqa-untied.json': 'ok',
  'synthetic/phi-qk-layernorm-tied.json': 'ok',
  'synthetic/phi3-gqa-head-dim.json': { full: 'ok', lora: 'fused-qkv-and-gate-up' },
  'synthetic/phimoe-no-biases.json': 'mixture-of-experts',
  'synthetic/qwen2-moe-sparse-step.json': 'mixture-of-experts',
  'synthetic/qwen3-moe-mlp-only-layers.json': 'mixture-of-experts',
  // An unknown model_type whose architectures name a MoE class.
  'unknown-moe/ernie-4.5-21b-a3b.json': 'unreadable',
};

const outcome = (file: string, method: 'full-adam' | 'full-adam-8bit' | 'lora' | 'qlora'): Outcome => {
  const run = estimateFineTuning({ config: config(file) }, { method, targets: 'all-linear' });
  return run.ok ? 'ok' : run.error;
};

describe('which configs fine-tuning sizes, and why not', () => {
  it('the table names every fixture config', () => {
    const files = (dir: string): string[] =>
      readdirSync(new URL(dir, DIR), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(`${dir}${e.name}/`) : e.name.endsWith('.json') && e.name !== 'expected.json' ? [`${dir}${e.name}`] : [],
      );
    expect(files('').sort()).toEqual(Object.keys(TABLE).sort());
  });
  it.each(Object.entries(TABLE))('%s: %j', (file, expected) => {
    const { full, lora } = typeof expected === 'string' ? { full: expected, lora: expected } : expected;
    expect(outcome(file, 'full-adam')).toBe(full);
    expect(outcome(file, 'full-adam-8bit')).toBe(full);
    expect(outcome(file, 'lora')).toBe(lora);
    expect(outcome(file, 'qlora')).toBe(lora);
  });
  it('every reason has its own sentence in both languages, and none names a structure the code does not mean', () => {
    for (const m of [en, zh]) {
      const sentences = Object.values(m.fineTuningRefusals);
      expect(new Set(sentences).size).toBe(sentences.length);
    }
    // Mamba has no attention at all; LFM2's other layers are convolutions; GLM-4's q, k and v are separate.
    expect(en.fineTuningRefusals['no-attention']).toMatch(/no attention layers/);
    expect(en.fineTuningRefusals['no-attention']).not.toMatch(/latent/);
    expect(zh.fineTuningRefusals['no-attention']).toMatch(/没有注意力层/);
    expect(en.fineTuningRefusals['convolution-layers']).toMatch(/short-convolution layers and attention layers/);
    expect(en.fineTuningRefusals['convolution-layers']).not.toMatch(/Mamba|linear/);
    expect(zh.fineTuningRefusals['convolution-layers']).toMatch(/短卷积层和注意力层/);
    expect(en.fineTuningRefusals['fused-gate-up']).toMatch(/gate_up_proj/);
    expect(en.fineTuningRefusals['fused-gate-up']).not.toMatch(/q, k and v in one/);
    expect(zh.fineTuningRefusals['fused-gate-up']).toMatch(/gate_up_proj/);
    expect(en.fineTuningRefusals['mamba-and-mlp-layers']).toMatch(/Mamba .* only an MLP.* attention layers/);
  });
});

describe('fused projections: full fine-tuning sized, LoRA refused only where the targets meet a fused matrix', () => {
  it('GPT-2, fully fine-tuned: 16 bytes for each of its 124,439,808 parameters, activations of its 4h two-layer MLP', () => {
    const run = estimateFineTuning({ config: config('gpt2.json') }, { method: 'full-adam', checkpointing: false, sequence: 1024 });
    if (!run.ok) throw new Error(run.error);
    expect(run.value.parameters).toBe(124_439_808);
    expect(run.value.trainable).toBe(124_439_808);
    expect(run.value.state.weights + run.value.state.gradients + run.value.state.optimizer).toBe(16 * 124_439_808);
    expect(run.value.shape).toEqual({ layers: 12, hidden: 768, heads: 12, kvHeads: 12, headDim: 64, intermediate: 3072, vocab: 50_257, mlp: 'two-layer' });
    // GPT-2 is the paper's model (multi-head, 4h GeLU MLP, dropout 0.1 in its config): with FlashAttention
    // one layer keeps the paper's 34sbh, and with standard attention its sbh(34 + 5as/h). c_attn's one
    // output holds q, k and v side by side, the same bytes as three projections' outputs.
    expect(run.value.dropout).toBe(true);
    expect(run.value.activations.perLayer).toBe(34 * 1024 * 768);
    const standard = estimateFineTuning({ config: config('gpt2.json') }, { method: 'full-adam', attention: 'standard', sequence: 1024 });
    expect(standard.ok && standard.value.activations.perLayer).toBe(korthikantiBytesPerLayer(1024, 1, 768, 12));
    // The settings decide over the config: without dropout, the two hidden masks go (32sbh).
    const without = estimateFineTuning({ config: config('gpt2.json') }, { method: 'full-adam', sequence: 1024, dropout: false });
    expect(without.ok && without.value.activations.perLayer).toBe(32 * 1024 * 768);
  });
  it('reads dropout from the config: GPT-2, GPTBigCode and StarCoder2 keep 0.1; Llama and Phi-3 none', () => {
    const drops = (file: string) => {
      const read = fineTuningShapeFromConfig(config(file));
      return read.ok && (read.value.dropout ?? false);
    };
    expect(['gpt2.json', 'gpt-bigcode-santacoder.json', 'starcoder2-7b.json'].map(drops)).toEqual([true, true, true]);
    expect(['llama-3.1-8b.json', 'phi-3-mini-4k-instruct.json', 'falcon-7b-instruct.json', 'llava-1.5-7b.json'].map(drops)).toEqual([false, false, false, false]);
  });
  it('Falcon 7B (multi-query, ffn_hidden_size 18,176 two-layer MLP) and Phi-3 mini (gated) are sized for full fine-tuning', () => {
    const falcon = fineTuningShapeFromConfig(config('falcon-7b-instruct.json'));
    expect(falcon.ok && falcon.value.shape).toMatchObject({ kvHeads: 1, headDim: 64, intermediate: 18_176, mlp: 'two-layer' });
    const phi3 = estimateFineTuning({ config: config('phi-3-mini-4k-instruct.json') }, { method: 'full-adam-8bit' });
    expect(phi3.ok && phi3.value.parameters).toBe(3_821_079_552);
    expect(phi3.ok && phi3.value.shape.mlp).toBe('gated');
  });
  it('GLM-4 keeps q, k and v apart: LoRA on the attention projections is sized; on all linear layers it meets gate_up_proj', () => {
    const glm = config('synthetic/glm4-no-bias-tied.json');
    const attention = estimateFineTuning({ config: glm }, { method: 'lora', rank: 8, targets: 'attention' });
    if (!attention.ok) throw new Error(attention.error);
    expect(attention.value.trainable).toBe(loraParameters(attention.value.shape, 8, 'attention'));
    // q 128 → 192, k and v 128 → 96, o 192 → 128, rank 8, two layers.
    expect(attention.value.trainable).toBe(2 * 8 * (128 + 192 + 2 * (128 + 96) + 192 + 128));
    expect(estimateFineTuning({ config: glm }, { method: 'qlora', targets: 'all-linear' })).toEqual({ ok: false, error: 'fused-gate-up' });
  });
  it('adapterRefusal: q, k and v are in every choice of targets, gate and up only in all-linear; full methods never', () => {
    const phi3 = { qkv: true, gateUp: true };
    expect(adapterRefusal(phi3, 'lora', 'qv')).toBe('fused-qkv');
    expect(adapterRefusal(phi3, 'qlora', 'all-linear')).toBe('fused-qkv-and-gate-up');
    expect(adapterRefusal(phi3, 'full-adam', 'all-linear')).toBeNull();
    expect(adapterRefusal({ qkv: false, gateUp: true }, 'lora', 'attention')).toBeNull();
    expect(adapterRefusal(undefined, 'lora', 'all-linear')).toBeNull();
  });
  it('the activations do not depend on how the projections are stored: the same for the shape read from GPT-2 and a hand-typed one', () => {
    const read = fineTuningShapeFromConfig(config('gpt2.json'));
    if (!read.ok) throw new Error(read.error);
    const typed = { layers: 12, hidden: 768, heads: 12, kvHeads: 12, headDim: 64, intermediate: 3072, vocab: 50_257, mlp: 'two-layer' as const };
    const input = { sequence: 512, microBatch: 2, attention: 'standard' as const, dropout: false, checkpointing: true };
    expect(activationBytes(read.value.shape, input)).toEqual(activationBytes(typed, input));
    expect(fineTuningMemory({ ...read.value, method: 'full-adam', rank: 16, targets: 'all-linear', ...input, gpus: 1, zero: 0 }).perGpu).toBeGreaterThan(16 * 124_439_808);
  });
});
