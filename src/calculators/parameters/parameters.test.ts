import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '@llm-scale/core/text/lang';
import { parameters } from './index';
import { NO_RESULT } from '../run';
import { viewOf } from '../view-of';

const fixture = (name: string) => readFileSync(new URL(`../../../packages/core/fixtures/configs/${name}.json`, import.meta.url), 'utf8');

describe('the parameters calculator', () => {
  it.each<[string, Lang, Record<string, unknown>]>([
    // facts.md: Llama 3.1 8B is exactly 8,030,261,248 (Hugging Face's safetensors total).
    ['llama-3.1-8b', 'en', { total: '8,030,261,248 (8.03B)', embeddings: '525,336,576 · 6.54%', 'output-head': '525,336,576 · 6.54%', attention: '1,342,177,280 · 16.7%', mlp: '5,637,144,576 · 70.2%', norms: '266,240 · 0.00332%' }],
    ['llama-3.1-8b', 'zh', { total: '8,030,261,248（80.3亿）' }],
    // facts.md: Mixtral 8x7B 46,702,792,704 in all, 12,879,925,248 per token.
    // Without its 32,000 × 4096 embedding table: 12,748,853,248.
    ['mixtral-8x7b', 'en', { total: '46,702,792,704 (46.7B)', active: expect.stringMatching(/^12,879,925,248 \(12\.9B\); 12,748,853,248 \(12\.7B\) without the input embedding table/) }],
    ['mixtral-8x7b', 'zh', { total: '46,702,792,704（467亿）', active: expect.stringMatching(/^12,879,925,248（129亿）；不计输入嵌入表（每个 token 只读其中一行）则为 12,748,853,248（127亿）/) }],
    ['gpt2', 'en', { total: '124,439,808 (124M)' }],
    ['deepseek-v3', 'en', { total: '671,026,419,200 (671B)' }],
    // OpenAI's gpt-oss model card (arXiv:2508.10925): 116.83B in all and 5.13B active per token, which
    // leaves the 579,133,440-parameter embedding table out; this calculator gives both, as for Mixtral.
    ['gpt-oss-120b', 'en', { total: '116,829,156,672 (117B)', active: expect.stringMatching(/^5,711,982,912 \(5\.71B\); 5,132,849,472 \(5\.13B\) without/), attention: '955,805,184 · 0.818%', experts: '114,714,874,368 · 98.2%' }],
    // transformers 5.18.0: 8,100,852,736 for Nemotron-H-8B, of which 24 Mamba-2 mixers (recurrent).
    ['nemotron-h-8b-base-8k', 'en', { total: '8,100,852,736 (8.1B)', recurrent: '2,631,263,232 · 32.5%', mlp: '4,227,858,432 · 52.2%' }],
    ['nemotron-h-8b-base-8k', 'zh', { total: '8,100,852,736（81亿）', recurrent: expect.stringMatching(/^2,631,263,232 · /) }],
    ['starcoder2-7b', 'en', { total: '7,173,923,840 (7.17B)' }],
    ['gpt-oss-120b', 'zh', { total: '116,829,156,672（1170亿）', active: expect.stringMatching(/^5,711,982,912（57\.1亿）；.*51\.3亿/) }],
    // Model card: 20.91B in all, 3.61B active.
    ['gpt-oss-20b', 'en', { total: '20,914,757,184 (20.9B)', active: expect.stringMatching(/^4,187,440,704 \(4\.19B\); 3,608,307,264 \(3\.61B\) without/) }],
  ])('%s (%s)', (name, lang, expected) => {
    const view = viewOf(parameters, { config: fixture(name) }, lang);
    expect(view.errors).toEqual({});
    expect(view.outputs).toMatchObject(expected);
  });

  it('splits one bar by part, the experts a token is routed to apart from the rest (Mixtral 8x7B)', () => {
    const view = viewOf(parameters, { config: fixture('mixtral-8x7b') }, 'en');
    // 2 of 8 experts in each of 32 layers (32 × 2 × 3 × 4096 × 14,336) plus the routers (32 × 8 × 4096);
    // the other 6 experts of each layer are what the total counts and a token does not use.
    expect(view.outputs['experts-active']).toBe('11,275,337,728 · 24.1%');
    expect(view.outputs['bar-experts-active']).toBe(`${((11_275_337_728 / 46_702_792_704) * 100).toFixed(3)}%`);
    expect(view.outputs['bar-experts']).toBe(`${((33_822_867_456 / 46_702_792_704) * 100).toFixed(3)}%`);
    const widths = Object.entries(view.outputs).filter(([k]) => k.startsWith('bar-')).map(([, v]) => parseFloat(v));
    expect(widths).toHaveLength(8); // one per part, recurrent layers included, the experts split in two
    expect(widths.reduce((a, b) => a + b)).toBeCloseTo(100, 1);
  });

  it('draws no experts in the bar of a dense model', () => {
    const view = viewOf(parameters, { config: fixture('llama-3.1-8b') }, 'en');
    expect(view.outputs['bar-experts']).toBe('0.000%');
    expect(view.outputs['bar-experts-active']).toBe('0.000%');
    expect(view.outputs['experts-active']).toBe('0 · 0%');
  });

  it('says when a dense model uses every parameter, and how it counted', () => {
    const view = viewOf(parameters, { config: fixture('llama-3.1-8b') }, 'en');
    expect(view.outputs.active).toMatch(/^The same as the total/);
    expect(view.outputs.notes).toContain('Counted as llama');
  });

  it('counts an unknown model type as a Llama-style decoder and says so', () => {
    const config = JSON.parse(fixture('llama-3.1-8b'));
    const view = viewOf(parameters, { config: JSON.stringify({ ...config, model_type: 'my_model' }) }, 'en');
    // An estimate: marked as one in the total itself, and never in exact digits (issue 22).
    expect(view.outputs.total).toBe('≈ 8.03B: an estimate, not a count (this model type was read as a Llama-style decoder)');
    expect(view.outputs.attention).toMatch(/^≈ 1\.34B · /);
    expect(view.outputs.notes).toContain('“my_model” is not one this counter knows');
    const zh = viewOf(parameters, { config: JSON.stringify({ ...config, model_type: 'my_model' }) }, 'zh');
    expect(zh.outputs.total).toBe('≈ 80.3亿：这是估算，不是精确计数（该模型类型按 Llama 式解码器读取）');
  });

  // Kimi K2's config: model_type "kimi_k2" (remote code, auto_map), architectures DeepseekV3ForCausalLM.
  // Not a Hub copy (none was found): DeepSeek-V3's real config under Kimi's model_type and auto_map,
  // which transformers builds exactly as DeepSeek-V3 (671,026,419,200, expected.json).
  it.each<[Lang, string, string]>([
    ['en', '671,026,419,200 (671B)', 'The model type “kimi_k2” is remote code (the config’s auto_map), but its architectures names DeepseekV3ForCausalLM, a class transformers has: counted by that class, as deepseek_v3.'],
    ['zh', '671,026,419,200（6710亿）', '模型类型“kimi_k2”是远程代码（配置里有 auto_map），但它的 architectures 写的是 transformers 自带的类 DeepseekV3ForCausalLM，因此按这个类计数，即按 deepseek_v3 的规则。'],
  ])('counts remote code by the transformers class its architectures names, and says so (%s)', (lang, total, note) => {
    const config = JSON.parse(fixture('deepseek-v3'));
    const kimi = { ...config, model_type: 'kimi_k2', auto_map: { AutoConfig: 'configuration_deepseek.DeepseekV3Config', AutoModelForCausalLM: 'modeling_deepseek.DeepseekV3ForCausalLM' } };
    const view = viewOf(parameters, { config: JSON.stringify(kimi) }, lang);
    expect(view.outputs.total).toBe(total);
    expect(view.outputs.notes).toContain(note);
    // Without auto_map an unknown model_type stays unknown: transformers would refuse it.
    const { auto_map: _none, ...plain } = kimi;
    expect(viewOf(parameters, { config: JSON.stringify(plain) }, lang).errors.config).toBeDefined();
  });

  it.each<[Lang, string]>([
    ['en', 'model_type: the counter does not know this model type'],
    ['zh', 'model_type：计数器不认识这个模型类型'],
  ])('says a GPT-2-style config of an unknown type has an unknown type, not a missing hidden_size (%s)', (lang, message) => {
    const santacoderLike = { model_type: 'my_bigcode', n_embd: 2048, n_layer: 24, n_head: 16, n_inner: 8192, vocab_size: 49280 };
    const view = viewOf(parameters, { config: JSON.stringify(santacoderLike) }, lang);
    expect(view.errors.config).toContain(message);
    expect(view.errors.config).not.toContain('hidden_size');
    expect(view.outputs.total).toBe(NO_RESULT);
  });

  it('reads a config with Python’s Infinity literal, as transformers does', () => {
    const config = fixture('llama-3.1-8b').replace('{', '{"router_logit_clamp": Infinity, ');
    expect(viewOf(parameters, { config }, 'en').outputs.total).toBe('8,030,261,248 (8.03B)');
  });

  // The Llama-style fallback gave Phi-3.5-MoE 4.12B (41.9B; phimoe now has its own rules) and Llama 4
  // Scout 11.1B (109B): a mixture of experts of a type it has no rules for gets no total.
  it.each<[string, string, Lang, string]>([
    ['ERNIE-4.5-21B-A3B', 'unknown-moe/ernie-4.5-21b-a3b', 'en', 'This config cannot be counted: moe_intermediate_size: this is a mixture of experts of a model type the counter does not know how to count, so no total is given.'],
    ['ERNIE-4.5-21B-A3B', 'unknown-moe/ernie-4.5-21b-a3b', 'zh', '这个配置无法计数：moe_intermediate_size：这是混合专家（MoE）模型，而计数器没有这种模型类型的计数规则，因此不给出总数。'],
  ])('gives %s no total (%s)', (_name, file, lang, message) => {
    const view = viewOf(parameters, { config: fixture(file) }, lang);
    expect(view.errors.config).toBe(message);
    expect(view.outputs.total).toBe(NO_RESULT);
    expect(view.outputs.active).toBe(NO_RESULT);
  });

  it.each<[Lang, string]>([
    ['en', 'The config has no model_type (transformers needs one to pick the model), so it was counted as a Llama-style decoder'],
    ['zh', '配置中没有 model_type（transformers 要靠它选择模型），因此按 Llama 式解码器计数'],
  ])('says a config without model_type was counted as a Llama-style decoder (%s)', (lang, note) => {
    const { model_type: _dropped, ...config } = JSON.parse(fixture('llama-3.1-8b'));
    const view = viewOf(parameters, { config: JSON.stringify(config) }, lang);
    expect(view.outputs.total).toMatch(/^≈ /);
    expect(view.outputs.notes).toContain(note);
    expect(view.outputs.notes).not.toContain('—');
  });

  it('says DeepSeek-V3’s multi-token-prediction layer is left out', () => {
    expect(viewOf(parameters, { config: fixture('deepseek-v3') }, 'en').outputs.notes).toContain('multi-token-prediction layers (1)');
  });

  it.each<[string, Lang, string]>([
    ['', 'en', 'Paste a model’s config.json.'],
    ['{"model_type": "llama"', 'en', 'This is not valid JSON. Paste the config.json file as it is, from its first { to its last }.'],
    ['[1, 2]', 'zh', 'config.json 应是一个 JSON 对象 { … }，这里是别的 JSON 值。'],
    ['{"model_type": "llama", "hidden_size": 4096}', 'en', 'This config cannot be counted: '],
    ['{"model_type": "llama", "hidden_size": 4096, "num_hidden_layers": -2, "num_attention_heads": 32, "intermediate_size": 14336, "vocab_size": 128256}', 'en', 'num_hidden_layers'],
    ['{"model_type": "llama", "hidden_size": 4096, "num_hidden_layers": 2.5, "num_attention_heads": 32, "intermediate_size": 14336, "vocab_size": 128256}', 'zh', 'num_hidden_layers 不是整数'],
    ['{"model_type": "<script>alert(1)</script>", "hidden_size": 4096}', 'en', 'model_type'],
    // 64 key/value heads for 32 attention heads: the serving calculator's layout reader says the same.
    ['{"model_type": "llama", "hidden_size": 4096, "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 64, "intermediate_size": 14336, "vocab_size": 128256}', 'en', 'This config cannot be counted: num_key_value_heads must divide the attention heads evenly.'],
    ['{"model_type": "llama", "hidden_size": 4096, "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 6, "intermediate_size": 14336, "vocab_size": 128256}', 'zh', 'num_key_value_heads 必须能整除注意力头数'],
    // Names both keys: which one must be a multiple of which.
    ['{"model_type": "llama", "hidden_size": 4000, "num_hidden_layers": 32, "num_attention_heads": 48, "intermediate_size": 14336, "vocab_size": 128256}', 'en', 'hidden_size is not a multiple of num_attention_heads'],
    ['{"model_type": "llama", "hidden_size": 4000, "num_hidden_layers": 32, "num_attention_heads": 48, "intermediate_size": 14336, "vocab_size": 128256}', 'zh', 'hidden_size 不是 num_attention_heads 的整数倍'],
  ])('%j (%s) is rejected with a message naming what is wrong', (config, lang, message) => {
    const view = viewOf(parameters, { config }, lang);
    expect(view.errors.config).toContain(message);
    expect(view.outputs.total).toBe(NO_RESULT);
  });
});
