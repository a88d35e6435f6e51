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
    for (const name of ['llama-3.1-8b.json', 'gemma-2-9b.json', 'qwen3-8b.json', 'mistral-7b-v0.1.json', 'olmo-2-7b.json']) {
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
    expect(viewOf(fineTuning, { config: configText('gpt2.json') }, 'zh').errors.config).toMatch(/GPT-2/);
    expect(viewOf(fineTuning, { 'kv-heads': '5' }, 'en').errors['kv-heads']).toBe('The attention heads must be a multiple of the key/value heads.');
    expect(viewOf(fineTuning, { method: 'lora', rank: '1024' }, 'en').errors.rank).toBe('The LoRA rank must be smaller than the narrowest adapted matrix (1024).');
    expect(viewOf(fineTuning, { params: '1B' }, 'en').errors.params).toMatch(/more than this parameter count/);
    expect(viewOf(fineTuning, { method: 'dora' }, 'en').errors.method).toBe(
      'Choose one of “Full, Adam”, “Full, 8-bit Adam”, “LoRA”, or “QLoRA”.',
    );
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
