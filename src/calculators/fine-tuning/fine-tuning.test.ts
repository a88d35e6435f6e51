import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculatorMessages } from '../../i18n/calculators';
import { fieldsFromConfig, fineTuning } from './index';
import { runCalculator } from '../run';
import { viewOf } from '../view-of';

const configText = (name: string) => readFileSync(new URL(`../../../packages/core/fixtures/configs/${name}`, import.meta.url), 'utf8');
const QLORA_24GB = { method: 'qlora', devices: '1', zero: '0', 'device-memory': '24' };

describe('the fine-tuning calculator', () => {
  it('starts on Llama 3.1 8B, fully fine-tuned on 8 × 80 GB with ZeRO-3: 16 bytes per parameter, an eighth per GPU', () => {
    const { outputs, errors } = viewOf(fineTuning, {}, 'en');
    expect(errors).toEqual({});
    expect(outputs.trainable).toBe('8,030,261,248 (100% of 8,030,261,248)');
    expect(outputs.optimizer).toBe('12 GB per GPU (96.4 GB in all, ÷ 8 under ZeRO-3)');
    expect(outputs['per-gpu']).toBe('18 GB: fits in 80 GB, with 62 GB to spare');
    expect(outputs.working).toBe('2 GB + 2 GB + 12 GB + 2 GB = 18 GB');
    expect(outputs.cost).toBe('$11.28 at $2.50 per GPU-hour (an example price)');
  });

  it('QLoRA on one 24 GB GPU: 41,943,040 trainable, the base at 4.127 bits per NF4 weight, 8.3 GB in all', () => {
    for (const lang of ['en', 'zh'] as const) {
      const { outputs } = viewOf(fineTuning, QLORA_24GB, lang);
      expect(outputs.trainable).toMatch(/^41,943,040/);
      expect(outputs['state-working']).toContain('4.126953125');
      expect(outputs['state-working']).toContain('6,979,321,856');
    }
    expect(viewOf(fineTuning, QLORA_24GB, 'en').outputs['per-gpu']).toBe('8.3 GB: fits in 24 GB, with 15.7 GB to spare');
    expect(viewOf(fineTuning, QLORA_24GB, 'zh').outputs['per-gpu']).toBe('8.3 GB：24 GB 放得下，还剩 15.7 GB');
  });

  it('full fine-tuning on one 24 GB GPU does not fit, and says by how much', () => {
    expect(viewOf(fineTuning, { devices: '1', zero: '0', 'device-memory': '24' }, 'en').outputs['per-gpu']).toBe('130.4 GB: does not fit in 24 GB, 106.4 GB over');
  });

  it('a run that does not fit in memory gets no run time and no price, in both languages', () => {
    const tooBig = { devices: '1', zero: '0', 'device-memory': '24' };
    const en = viewOf(fineTuning, tooBig, 'en').outputs;
    expect(en.time).toBe('None: as configured, each GPU needs 106.4 GB more than its 24 GB, so the run cannot start.');
    expect(en.cost).toBe('None: a run that does not fit in memory has no price.');
    const zh = viewOf(fineTuning, tooBig, 'zh').outputs;
    expect(zh.time).toBe('无：按当前设置，每张 GPU 所需显存比 24 GB 多出 106.4 GB，训练无法开始。');
    expect(zh.cost).toBe('无：显存放不下的训练无从计价。');
    for (const outputs of [en, zh]) {
      expect(outputs.time).not.toMatch(/GPU[- ]?(hours|小时)/);
      expect(outputs.cost).not.toMatch(/\$/);
    }
    // The same run on a GPU it fits in is timed and priced.
    const fits = viewOf(fineTuning, { ...tooBig, 'device-memory': '141' }, 'en').outputs;
    expect(fits.time).toMatch(/GPU-hours$/);
    expect(fits.cost).toMatch(/^\$[\d.,]+ at \$2\.50 per GPU-hour/);
  });

  it('a pasted config fills the shape, and LoRA r = 16 on all seven projections gives PEFT’s 41,943,040', () => {
    const text = configText('llama-3.1-8b.json');
    expect(fieldsFromConfig(text)).toEqual({
      params: '8030261248',
      layers: '32',
      hidden: '4096',
      heads: '32',
      'kv-heads': '8',
      'head-dim': '128',
      intermediate: '14336',
      vocab: '128256',
    });
    const { outputs } = viewOf(fineTuning, { config: text, method: 'lora' }, 'en');
    expect(outputs.trainable).toBe('41,943,040 (0.522% of 8,030,261,248)');
    // Qwen2.5 7B: q/k/v biases are not adapted; PEFT counts 40,370,176 (fixtures/fine-tuning/peft-lora.json).
    expect(viewOf(fineTuning, { config: configText('qwen2.5-7b.json'), method: 'lora' }, 'en').outputs.trainable).toMatch(/^40,370,176 /);
  });

  it('a link keeps the keys the shape needs: the shape read back from the link’s config is the pasted one’s', () => {
    const urlValue = fineTuning.fields.find((f) => f.name === 'config')!;
    if (urlValue.kind !== 'config' || !urlValue.urlValue) throw new Error('config field without urlValue');
    for (const name of ['llama-3.1-8b.json', 'gemma-2-9b.json', 'qwen3-8b.json', 'mistral-7b-v0.1.json', 'olmo-2-7b.json', 'gpt2.json', 'falcon-7b-instruct.json', 'phi-3-mini-4k-instruct.json']) {
      const text = configText(name);
      const small = urlValue.urlValue(text);
      expect(small, name).not.toBeNull();
      expect(small!.length, name).toBeLessThan(text.length);
      expect(fieldsFromConfig(small!), name).toEqual(fieldsFromConfig(text));
    }
  });

  it('checkpointing and the attention kernel change the activations as the working says', () => {
    const off = viewOf(fineTuning, { checkpointing: 'off', attention: 'standard' }, 'en').outputs['activation-working'];
    // 167,936 bytes per token per layer with FlashAttention, + 2as² = 2 × 32 × 2048² / 2048 per token with standard attention.
    expect(off).toContain('Per layer: 299,008 bytes per token × 2048 tokens = 612.4 MB.');
    expect(off).toContain('32 layers × that = 19.6 GB');
  });

  it('refuses what cannot be sized, each with its reason', () => {
    expect(viewOf(fineTuning, { config: configText('mixtral-8x7b.json') }, 'en').errors.config).toMatch(/mixture of experts/);
    expect(viewOf(fineTuning, { 'kv-heads': '5' }, 'en').errors['kv-heads']).toBe('The attention heads must be a multiple of the key/value heads.');
    expect(viewOf(fineTuning, { method: 'lora', rank: '1024' }, 'en').errors.rank).toBe('The LoRA rank must be smaller than the narrowest adapted matrix (1024).');
    expect(viewOf(fineTuning, { params: '1B' }, 'en').errors.params).toMatch(/more than this parameter count/);
    expect(viewOf(fineTuning, { method: 'dora' }, 'en').errors.method).toBe(
      'Choose one of “Full, Adam”, “Full, 8-bit Adam”, “LoRA”, or “QLoRA”.',
    );
  });

  // A tester found Mamba refused as latent attention, GLM-4 as fused q/k/v, LFM2 as "Mamba or linear
  // attention", and GPT-2, Phi-3 and Falcon refused even for full fine-tuning.
  it.each([
    ['mamba-130m-hf.json', 'This model has no attention layers: every layer is a Mamba (state-space) mixer.', '这个模型没有注意力层，每一层都是 Mamba（状态空间模型）混合层。'],
    ['mamba-codestral-7b-v0.1.json', 'This model has no attention layers', '没有注意力层'],
    ['lfm2-1.2b.json', 'This model’s layers are of two kinds: short-convolution layers and attention layers.', '这个模型由两种层构成：短卷积层和注意力层。'],
    ['nemotron-h-8b-base-8k.json', 'Mamba (state-space) layers, layers with only an MLP, and attention layers', 'Mamba（状态空间模型）层、只含 MLP 的层和注意力层'],
    ['qwen3.5-0.8b.json', 'linear-attention layers (Gated DeltaNet)', '线性注意力（Gated DeltaNet）层'],
  ])('refuses %s with its own reason, in both languages', (file, en, zh) => {
    expect(viewOf(fineTuning, { config: configText(file) }, 'en').errors.config).toContain(en);
    expect(viewOf(fineTuning, { config: configText(file) }, 'zh').errors.config).toContain(zh);
  });

  it('sizes full fine-tuning of GPT-2, Phi-3 and Falcon, and refuses LoRA by the method, naming what is fused', () => {
    const gpt2 = configText('gpt2.json');
    const full = viewOf(fineTuning, { config: gpt2, devices: '1', zero: '0' }, 'en');
    expect(full.errors).toEqual({});
    expect(full.outputs.trainable).toBe('124,439,808 (100% of 124,439,808)');
    // 16 bytes for each parameter: 1,991,036,928 bytes.
    expect(full.outputs.working).toMatch(/^248.9 MB \+ 248.9 MB \+ 1.5 GB \+ /);
    for (const file of ['phi-3-mini-4k-instruct.json', 'falcon-7b-instruct.json']) {
      expect(viewOf(fineTuning, { config: configText(file), method: 'full-adam-8bit' }, 'en').errors, file).toEqual({});
    }
    const lora = viewOf(fineTuning, { config: gpt2, method: 'lora' }, 'en').errors;
    expect(Object.keys(lora)).toEqual(['method']);
    expect(lora.method).toMatch(/^This model keeps q, k and v in one matrix \(GPT-2’s c_attn/);
    expect(viewOf(fineTuning, { config: gpt2, method: 'qlora' }, 'zh').errors.method).toMatch(/^这个模型把 q、k、v 合存在一个矩阵里/);
    expect(viewOf(fineTuning, { config: configText('phi-3-mini-4k-instruct.json'), method: 'lora' }, 'en').errors.method).toMatch(/gate_up_proj/);
  });

  it('GLM-4 keeps q, k and v apart: LoRA on q, k, v, o is sized; on all linear layers the targets field says gate_up_proj is fused', () => {
    const glm4 = configText('synthetic/glm4-no-bias-tied.json');
    expect(viewOf(fineTuning, { config: glm4, method: 'lora', rank: '8', targets: 'attention' }, 'en').errors).toEqual({});
    const all = viewOf(fineTuning, { config: glm4, method: 'lora', rank: '8', targets: 'all-linear' }, 'en').errors;
    expect(all.targets).toMatch(/gate and up projections in one matrix \(gate_up_proj\)/);
    expect(all.targets).not.toMatch(/q, k and v in one/);
  });

  it('says beside the sequence field when it passes the config’s max_position_embeddings (GPT-2 takes 1024), and still sizes the run', () => {
    const en = viewOf(fineTuning, { config: configText('gpt2.json') }, 'en');
    expect(en.errors).toEqual({});
    expect(en.suggestions.sequence).toMatch(/^Longer than the model takes: 1024 tokens \(max_position_embeddings\)\. With learned position embeddings \(GPT-2\) it cannot run at all/);
    // GPT-2's config trains with dropout 0.1: its masks are counted.
    expect(en.outputs['per-gpu']).toBe('759.7 MB: fits in 80 GB, with 79.2 GB to spare');
    expect(viewOf(fineTuning, { config: configText('gpt2.json') }, 'zh').suggestions.sequence).toMatch(/^超过了模型支持的最大长度 1024 个 token（max_position_embeddings）/);
    expect(viewOf(fineTuning, { config: configText('gpt2.json'), sequence: '1024' }, 'en').suggestions.sequence).toBeUndefined();
    // Llama 3.1 takes 131,072 tokens; without a config nothing is known of the limit.
    expect(viewOf(fineTuning, { config: configText('llama-3.1-8b.json') }, 'en').suggestions.sequence).toBeUndefined();
    expect(viewOf(fineTuning, { sequence: '1M' }, 'en').suggestions.sequence).toBeUndefined();
  });

  it('reads an option regardless of case, and says when a link’s option was ignored, in the option’s words', () => {
    expect(viewOf(fineTuning, { ...QLORA_24GB, method: ' QLoRA ' }, 'en').outputs.trainable).toMatch(/^41,943,040/);
    const view = runCalculator(fineTuning, {}, 'zh', calculatorMessages(fineTuning, 'zh'), {}, { method: 'dora' });
    expect(view.suggestions.method).toBe('链接中的“dora”不在可选之列，已忽略：结果按所选的“全参数，Adam”计算。');
  });
});

describe('the fine-tuning picture of memory against capacity (issue 26)', () => {
  const texts = (markup: string) => [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  const cells = (table: string) => [...table.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((m) => m[1]);

  it('draws the default as one bar for the 8 GPUs: weights, gradients, optimizer states, activations, free', () => {
    const { outputs } = viewOf(fineTuning, {}, 'en');
    const figure = outputs['memory-bars']!;
    for (const part of ['weights', 'gradients', 'optimizer', 'activations', 'free']) expect(figure, part).toContain(`class="mem-${part}"`);
    // The calculator counts no engine headroom: the bar runs to the capacity itself.
    expect(figure).not.toContain('mem-headroom');
    expect(figure).not.toContain('mem-kvCache');
    expect(texts(figure)).toEqual(['capacity 80 GB', 'GPUs 1–8, each', '18 GB of 80 GB usable: fits']);
    expect(cells(outputs['memory-table']!)).toEqual([
      'Part', 'GPUs 1–8, each',
      'Weights', '2 GB',
      'Gradients', '2 GB',
      'Optimizer states', '12 GB',
      'Activations', '2 GB',
      'Free', '62 GB',
      'Result', '18 GB of 80 GB usable: fits',
    ]);
  });

  it('draws full fine-tuning on one 80 GB GPU past its capacity, hatched, and says so in both languages', () => {
    // 16 bytes per parameter of Llama 3.1 8B (128.5 GB) and 2 GB of activations on one GPU: 130.4 GB, as its per-GPU result says.
    const en = viewOf(fineTuning, { devices: '1', zero: '0' }, 'en').outputs;
    expect(en['memory-bars']).toMatch(/<path d="M[^"]+" class="mem-hatch">/);
    expect(texts(en['memory-bars']!)).toContain('Over by 50.4 GB: does not fit in 80 GB');
    expect(en['memory-table']).toContain('<td class="num mem-over-cell">Over by 50.4 GB: does not fit in 80 GB</td>');
    const zh = viewOf(fineTuning, { devices: '1', zero: '0' }, 'zh').outputs;
    expect(texts(zh['memory-bars']!)).toContain('超出 50.4 GB：可用的 80 GB 放不下');
  });
});
