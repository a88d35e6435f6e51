import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculatorMessages, stringsOf } from '../../i18n/calculators';
import { WEIGHT_FORMAT_CANDIDATES } from '@llm-scale/core/memory/fits';
import type { Lang } from '@llm-scale/core/text/lang';
import { fieldsFromConfig, serving, type ServingWords } from './index';
import { NO_RESULT } from '../run';
import { viewOf } from '../view-of';

const SERVING_DEFAULTS = Object.fromEntries(serving.fields.map((f) => [f.name, f.default]));
const SERVING_OUTPUTS = serving.outputs.map((o) => o.name);

const D = SERVING_DEFAULTS;
const LLAMA_70B_DEFAULT = {
  weights: '140 GB = 130.4 GiB',
  'kv-per-token': '327.7 kB = 320 KiB',
  'kv-cache': '2.7 GB = 2.5 GiB',
  total: '142.7 GB = 132.9 GiB',
  training: '1120 GB = 1.12 TB = 1043.1 GiB',
};

describe('the serving calculator', () => {
  it('defaults to Llama 3.1 70B in bf16 at 8192 tokens, one sequence', () => {
    expect(SERVING_DEFAULTS).toEqual({
      model: '',
      config: '',
      'device-memory': '80',
      devices: '2',
      params: '70B',
      precision: 'bf16',
      layers: '80',
      'kv-heads': '8',
      'head-dim': '128',
      context: '8192',
      batch: '1',
      'kv-precision': 'bf16',
      usable: '92',
      tp: '',
      pp: '',
      heads: '64',
      'max-positions': '131072',
      'weight-bits': '',
      'active-params': '',
      bandwidth: '3.35',
      peak: '989.5',
      'peak-fp8': '1979',
      price: '2.50',
    });
  });

  it.each<[string, Record<string, string>, Lang, Record<string, string>]>([
    ['the defaults', D, 'en', LLAMA_70B_DEFAULT],
    ['the defaults', D, 'zh', LLAMA_70B_DEFAULT],
    // an empty select value (say ?precision= in the URL) reads as the default the select shows
    ['empty formats', { ...D, precision: '', 'kv-precision': ' ' }, 'en', LLAMA_70B_DEFAULT],
    [
      'the full 131,072-token window',
      { ...D, context: '131072' },
      'en',
      { ...LLAMA_70B_DEFAULT, 'kv-cache': '42.9 GB = 40 GiB', total: '182.9 GB = 170.4 GiB' },
    ],
    [
      '128k, which is 131,072 tokens as configs count',
      { ...D, context: '128k' },
      'en',
      { ...LLAMA_70B_DEFAULT, 'kv-cache': '42.9 GB = 40 GiB', total: '182.9 GB = 170.4 GiB' },
    ],
    [
      '32 sequences',
      { ...D, batch: '32' },
      'en',
      { ...LLAMA_70B_DEFAULT, 'kv-cache': '85.9 GB = 80 GiB', total: '225.9 GB = 210.4 GiB' },
    ],
    [
      'without grouped-query attention',
      { ...D, 'kv-heads': '64' },
      'en',
      { ...LLAMA_70B_DEFAULT, 'kv-per-token': '2.6 MB = 2.5 MiB', 'kv-cache': '21.5 GB = 20 GiB', total: '161.5 GB = 150.4 GiB' },
    ],
    [
      'an fp8 cache beside int4 weights',
      { ...D, precision: 'int4', 'kv-precision': 'fp8' },
      'en',
      { weights: '35 GB = 32.6 GiB', 'kv-per-token': '163.8 kB = 160 KiB', 'kv-cache': '1.3 GB = 1.3 GiB', total: '36.3 GB = 33.8 GiB', training: LLAMA_70B_DEFAULT.training },
    ],
    [
      'Llama 3.1 8B',
      { ...D, params: '80亿', layers: '32' },
      'zh',
      { weights: '16 GB = 14.9 GiB', 'kv-per-token': '131.1 kB = 128 KiB', 'kv-cache': '1.1 GB = 1 GiB', total: '17.1 GB = 15.9 GiB', training: '128 GB = 119.2 GiB' },
    ],
  ])('%s (%s)', (_name, input, lang, outputs) => {
    const view = viewOf(serving, input, lang);
    expect(view.errors).toEqual({});
    expect(view.outputs).toMatchObject(outputs);
  });

  it.each<[Record<string, string>, Lang, Record<string, string>]>([
    [{ ...D, layers: '0' }, 'en', { layers: 'The number of layers must be greater than zero.' }],
    [{ ...D, layers: '80.5' }, 'zh', { layers: '层数必须是整数。' }],
    [{ ...D, layers: '1001' }, 'en', { layers: 'The number of layers can be at most 1000.' }],
    [{ ...D, 'kv-heads': '' }, 'en', { 'kv-heads': 'Enter the number of key/value heads, for example 8 (Llama 3.1 70B).' }],
    [{ ...D, 'kv-heads': '1025' }, 'zh', { 'kv-heads': 'KV 头数最多为 1024。' }],
    [{ ...D, 'head-dim': 'x' }, 'en', { 'head-dim': 'Could not read the head dimension as a whole number. Write digits, for example 128 (Llama 3.1 70B).' }],
    [{ ...D, context: '1e9' }, 'en', { context: 'The context length can be at most 100,000,000 tokens.' }],
    [{ ...D, context: '-8k' }, 'zh', { context: '上下文长度必须大于零。' }],
    [{ ...D, batch: '100001' }, 'en', { batch: 'The batch size can be at most 100,000.' }],
    [{ ...D, precision: 'fp12' }, 'en', { precision: 'Unknown number format. Choose one of fp64, fp32, fp16, bf16, fp8, int8, or int4.' }],
    [{ ...D, 'kv-precision': 'q4' }, 'zh', { 'kv-precision': '无法识别的数值格式，请从 bf16、fp16、fp8、int8 或 int4 中选择。' }],
    [{ ...D, params: '0' }, 'en', { params: 'The parameter count must be greater than zero.' }],
    [
      { params: '', layers: '', 'kv-heads': '', 'head-dim': '', context: '', batch: '' },
      'en',
      {
        params: 'Enter a parameter count, for example 200B or 175,000,000,000.',
        layers: 'Enter the number of layers, for example 80 (Llama 3.1 70B).',
        'kv-heads': 'Enter the number of key/value heads, for example 8 (Llama 3.1 70B).',
        'head-dim': 'Enter the head dimension, for example 128 (Llama 3.1 70B).',
        context: 'Enter the context length, for example 8192, 8k or 128k.',
        batch: 'Enter the batch size, for example 1 or 32.',
      },
    ],
  ])('%j (%s) withholds every result', (input, lang, errors) => {
    const view = viewOf(serving, input, lang);
    expect(view.errors).toEqual(errors);
    // Only the model field's own status answers: it says where its reading stands whatever the rest holds.
    const idle = lang === 'en' ? 'No model read yet.' : (calculatorMessages(serving, lang).words as ServingWords).hub.idle;
    expect(view.outputs).toEqual(Object.fromEntries(SERVING_OUTPUTS.map((name) => [name, name === 'hub-status' ? idle : NO_RESULT])));
    expect(view.current).toEqual(['hub-status']);
  });

  it('at every limit at once, says the result is beyond exact arithmetic, never NaN', () => {
    const view = viewOf(
      serving,
      { params: '1000T', precision: 'fp64', layers: '1000', heads: '1024', 'kv-heads': '1024', 'head-dim': '4096', context: '100000000', batch: '100000', 'kv-precision': 'bf16' },
      'en',
    );
    expect(view.errors).toEqual({ context: 'This would pass 2⁵³ bytes or parameters, beyond what can be worked out exactly here.' });
    for (const [output, text] of Object.entries(view.outputs)) if (output !== 'hub-status') expect(text).toBe(NO_RESULT);
  });
});

/** Weights as shipped, from shippedWeights (shipped-format.test.ts checks the arithmetic). */
const WEIGHTS = { deepseek: '673.2 GB = 626.9 GiB', gptOss20b: '13.8 GB = 12.8 GiB' };

describe('the serving calculator with a real config.json', () => {
  // The KV-cache fixtures, and the counter's where both keep the same file (one copy each).
  const config = (name: string) => {
    const kv = new URL(`../../../packages/core/fixtures/kv-configs/${name}.json`, import.meta.url);
    return readFileSync(existsSync(kv) ? kv : new URL(`../../../packages/core/fixtures/configs/${name}.json`, import.meta.url), 'utf8');
  };

  it.each<[string, string, Record<string, string>, Lang, Record<string, string>]>([
    // Llama 3.1 70B at 128k: 2 × 80 × 8 × 128 × 2 = 327,680 bytes per token; × 131,072 = 40 GiB.
    ['Llama 3.1 70B at 128k', 'llama-3.1-70b-instruct', { context: '128k' }, 'en', {
      'kv-per-token': '327.7 kB = 320 KiB',
      'kv-cache': '42.9 GB = 40 GiB',
      working: '327,680 bytes per token × 131,072 tokens × 1 sequence = 42,949,672,960 bytes',
    }],
    ['Llama 3.1 70B at 128k', 'llama-3.1-70b-instruct', { context: '128k' }, 'zh', {
      'kv-cache': '42.9 GB = 40 GiB',
      working: '每个 token 327,680 字节 × 131,072 个 token × 1 个序列 = 42,949,672,960 字节',
    }],
    // Mistral 7B v0.1: 32 layers × 2 × 8 × 128 × 2 = 131,072 bytes per token; the window caps the cache at 4096 tokens.
    ['Mistral 7B v0.1 past its window', 'mistral-7b-v0.1', { context: '32k' }, 'en', {
      'kv-per-token': '131.1 kB = 128 KiB',
      'kv-cache': '536.9 MB = 512 MiB',
    }],
    // DeepSeek-V3: (512 + 64) values × 61 layers × 2 bytes = 70,272 bytes per token.
    ['DeepSeek-V3 latent attention', 'deepseek-v3', { context: '8k' }, 'en', {
      'kv-per-token': '70.3 kB = 68.6 KiB',
      working: '70,272 bytes per token × 8192 tokens × 1 sequence = 575,668,224 bytes',
    }],
  ])('%s (%s)', (_name, file, input, lang, expected) => {
    const view = viewOf(serving, { ...input, config: config(file) }, lang);
    expect(view.errors).toEqual({});
    expect(view.outputs).toMatchObject(expected);
  });

  it.each<[Lang, string[]]>([
    [
      'en',
      [
        'Only the language model in text_config is counted: a vision tower and projector add their weights on top.',
        'Keys the config leaves out took the model type’s default: text_config.hidden_size = 4096, text_config.num_hidden_layers = 32, text_config.num_attention_heads = 32,',
      ],
    ],
    ['zh', ['只计入 text_config 中的语言模型：视觉编码器和投影层的权重还要另算。', '配置中没写的键取了该模型类型的默认值：text_config.hidden_size = 4096、text_config.num_hidden_layers = 32、']],
  ])('reads a LLaVA 1.5 7B config, whose text_config leaves the sizes to LlamaConfig, and says so (%s)', (lang, notes) => {
    const llava = readFileSync(new URL('../../../packages/core/fixtures/configs/llava-1.5-7b.json', import.meta.url), 'utf8');
    const view = viewOf(serving, { config: llava, context: '4096' }, lang);
    expect(view.errors).toEqual({});
    // The counter's figure for the language model: 6,738,939,904 × 2 bytes (bf16) = 13,477,879,808 bytes.
    expect(view.outputs.weights).toBe('13.5 GB = 12.6 GiB');
    // LlamaConfig's 32 layers × 2 × 32 key/value heads × 128 (4096 / 32) × 2 bytes = 524,288 bytes per token.
    expect(view.outputs['kv-per-token']).toBe('524.3 kB = 512 KiB');
    expect(view.outputs['kv-cache']).toBe('2.1 GB = 2 GiB');
    for (const note of notes) expect(view.outputs.layout).toContain(note);
    // Chinese sentences follow one another with no space after their 。
    if (lang === 'zh') expect(view.outputs.layout).not.toMatch(/[。：] /);
  });

  it.each<[Lang, string]>([
    ['en', ' of 8192 tokens (within 92% of each GPU) (The context is longer than the model takes: 4096 tokens, its max_position_embeddings.)'],
    // No space before the full-width bracket.
    ['zh', '每个 8192 个 token（按每卡可用 92% 计）（所选上下文超过了模型支持的最大长度 4096 个 token，即 max_position_embeddings。）'],
  ])('says when the context passes the model’s max_position_embeddings (%s)', (lang, ending) => {
    const llava = readFileSync(new URL('../../../packages/core/fixtures/configs/llava-1.5-7b.json', import.meta.url), 'utf8');
    const view = viewOf(serving, { config: llava, context: '8192' }, lang);
    expect(view.outputs['max-batch']!.endsWith(ending), view.outputs['max-batch']).toBe(true);
  });

  // A tester found "Fits" for contexts vLLM refuses: it will not take a max_model_len above the
  // model's own (vllm/config/model.py, "User-specified max_model_len ... is greater than the derived
  // max_model_len"). The verdict (the headline a phone keeps in sight and a screen reader hears) and
  // the context field say so; the memory figures are still worked out.
  const fixture = (name: string) => readFileSync(new URL(`../../../packages/core/fixtures/configs/${name}`, import.meta.url), 'utf8');
  it.each<[Lang, string, Record<string, string>, string, string]>([
    [
      'en',
      'nemotron-h-8b-base-8k.json',
      { context: '32k', devices: '1' },
      'Does not run as set: the context, 32,768 tokens, is longer than the model takes, 8192 (max_position_embeddings), and vLLM refuses a longer max_model_len. Memory alone: Fits on 1 × 80 GB: ',
      'Longer than the model takes: 8192 tokens (max_position_embeddings). vLLM refuses a longer max_model_len unless VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 is set, and past it the model’s output is not what it was trained for; the memory below is still worked out at this length.',
    ],
    [
      'zh',
      'nemotron-h-8b-base-8k.json',
      { context: '32k', devices: '1' },
      '按当前设置无法运行：上下文 32,768 个 token 超过了模型支持的最大长度 8192（max_position_embeddings），vLLM 不接受更长的 max_model_len。单看显存：放得下，',
      '超过了模型支持的最大长度 8192 个 token（max_position_embeddings），除非设置 VLLM_ALLOW_LONG_MAX_MODEL_LEN=1，vLLM 不接受更长的 max_model_len，而且超出这个长度，模型的输出已不在训练范围之内；下面的显存仍按这个长度计算。',
    ],
    // The default context, 8192 tokens, is twice what LLaVA 1.5 takes.
    [
      'en',
      'llava-1.5-7b.json',
      {},
      'Does not run as set: the context, 8192 tokens, is longer than the model takes, 4096 (max_position_embeddings), and vLLM refuses a longer max_model_len. Memory alone: Fits on 2 × 80 GB: ',
      'Longer than the model takes: 4096 tokens (max_position_embeddings).',
    ],
  ])('%s, %s at %j: the verdict and the context field say the context is longer than the model takes', (lang, file, input, verdict, note) => {
    const view = viewOf(serving, { config: fixture(file), ...input }, lang);
    expect(view.errors).toEqual({});
    expect(view.outputs.verdict!.startsWith(verdict), view.outputs.verdict).toBe(true);
    expect(view.suggestions.context!.startsWith(note), view.suggestions.context).toBe(true);
    // The memory is still worked out, at the context asked for.
    expect(view.outputs['kv-cache']).toMatch(/^[\d.]+ [MG]B = /);
    expect(view.outputs['per-gpu']).not.toBe(NO_RESULT);
  });

  it('at the model’s own limit, or without one, the verdict is memory’s alone and the context field says nothing', () => {
    const atLimit = viewOf(serving, { config: fixture('nemotron-h-8b-base-8k.json'), context: '8192', devices: '1' }, 'en');
    expect(atLimit.outputs.verdict).toMatch(/^Fits on 1 × 80 GB: /);
    expect(atLimit.suggestions.context).toBeUndefined();
    // Mamba sets no max_position_embeddings: no limit to pass.
    const mamba = viewOf(serving, { config: fixture('mamba-codestral-7b-v0.1.json'), context: '1M', devices: '1' }, 'en');
    expect(mamba.outputs.verdict).toMatch(/^Fits on 1 × 80 GB: /);
    expect(mamba.suggestions.context).toBeUndefined();
    // Without a config, the max-positions field is the limit.
    const typed = viewOf(serving, { 'max-positions': '4096' }, 'en');
    expect(typed.outputs.verdict).toMatch(/^Does not run as set: the context, 8192 tokens, is longer than the model takes, 4096 /);
    expect(viewOf(serving, {}, 'en').outputs.verdict).toMatch(/^Fits on 2 × 80 GB: /);
  });

  it('a context too long on a model whose weights do not fit: both said, the context first', () => {
    const view = viewOf(serving, { config: fixture('llava-1.5-7b.json'), devices: '1', 'device-memory': '8' }, 'en');
    expect(view.outputs.verdict).toMatch(/^Does not run as set: .* Memory alone: Does not fit: the weights alone need /);
  });

  // Issue 22: Nemotron-H-8B showed "52 layers with full attention: 1.7 GB" at 8192 tokens. 4 of its
  // 52 layers are attention (2 × 8 heads × 128 × 2 bytes = 4096 bytes per token each); 24 are Mamba-2
  // layers keeping 4,276,224 bytes per sequence (conv 10,240 × 4 in bf16, SSM 128 × 64 × 128 in
  // float32); 24 are MLP-only. transformers 5.18.0 counts 8,100,852,736 parameters.
  it.each<[Lang, Record<string, string>, string[]]>([
    [
      'en',
      {
        weights: '16.2 GB = 15.1 GiB',
        'kv-per-token': '16.4 kB = 16 KiB',
        'kv-cache': '236.8 MB = 225.9 MiB',
        working: '(16,384 bytes per token × 8192 tokens + 24 × 4,276,224 bytes of state) × 1 sequence = 236,847,104 bytes',
      },
      [
        '4 layers with full attention: 134.2 MB = 128 MiB (8192 tokens cached each).',
        '24 layers with Mamba (no attention): no keys or values, but a state of 4,276,224 bytes per sequence each, the same at any context length: 102.6 MB = 97.9 MiB.',
        '24 layers have only an MLP and cache nothing.',
      ],
    ],
    [
      'zh',
      { 'kv-cache': '236.8 MB = 225.9 MiB' },
      ['不用注意力的 Mamba 层共 24 层：不缓存键和值，但每层为每个序列保留 4,276,224 字节的状态', '24 层只有 MLP，不缓存任何内容。'],
    ],
  ])('sizes a hybrid as it caches: Nemotron-H-8B at 8192 tokens (%s)', (lang, outputs, lines) => {
    const nemotron = readFileSync(new URL('../../../packages/core/fixtures/configs/nemotron-h-8b-base-8k.json', import.meta.url), 'utf8');
    const view = viewOf(serving, { config: nemotron, context: '8192' }, lang);
    expect(view.errors).toEqual({});
    expect(view.outputs).toMatchObject(outputs);
    for (const line of lines) expect(view.outputs.layout).toContain(line);
    expect(view.outputs.layout).not.toContain('52 layers');
  });

  // Qwen3-Next-80B-A3B: 12 gated-attention layers (2 × 2 heads × 256 × 2 bytes = 2048 bytes per token
  // each) and 36 Gated DeltaNet layers keeping 8192 × 4 × 2 + 32 × 128 × 128 × 4 = 2,162,688 bytes per
  // sequence each, as transformers 5.18.0 allocates them (expected.json, "cache").
  it('sizes Qwen3-Next as it caches: 12 attention layers, 36 Gated DeltaNet layers with a state', () => {
    const qwen = readFileSync(new URL('../../../packages/core/fixtures/configs/qwen3-next-80b-a3b.json', import.meta.url), 'utf8');
    const view = viewOf(serving, { config: qwen, context: '8192' }, 'en');
    expect(view.errors).toEqual({});
    expect(view.outputs.working).toBe('(24,576 bytes per token × 8192 tokens + 36 × 2,162,688 bytes of state) × 1 sequence = 279,183,360 bytes');
    expect(view.outputs.layout).toContain('36 layers with Gated DeltaNet linear attention: no keys or values, but a state of 2,162,688 bytes per sequence each');
    expect(view.outputs.layout).toContain('12 layers with full attention');
    const zh = viewOf(serving, { config: qwen, context: '8192' }, 'zh');
    expect(zh.outputs.layout).toContain('线性注意力（Gated DeltaNet）层共 36 层：不缓存键和值');
  });

  // Jamba 1.5 Mini: 4 attention layers of 28 (2 × 8 heads × 128 × 2 bytes = 4096 bytes per token each)
  // and 28 Mamba layers keeping 8192 × 4 × 2 + 8192 × 16 × 4 = 589,824 bytes per sequence each.
  it('sizes Jamba as it caches: 4 attention layers, 28 Mamba layers with a state', () => {
    const jamba = readFileSync(new URL('../../../packages/core/fixtures/configs/ai21-jamba-1.5-mini.json', import.meta.url), 'utf8');
    const view = viewOf(serving, { config: jamba, context: '8192' }, 'en');
    expect(view.errors).toEqual({});
    expect(view.outputs.working).toBe('(16,384 bytes per token × 8192 tokens + 28 × 589,824 bytes of state) × 1 sequence = 150,732,800 bytes');
    expect(view.outputs.layout).toContain('28 layers with Mamba (no attention): no keys or values, but a state of 589,824 bytes per sequence each');
  });

  // A link keeps only the keys the count and the cache read: for a hybrid, its layer pattern and state sizes too.
  it.each([
    'nemotron-h-8b-base-8k',
    'qwen3-next-80b-a3b',
    'ai21-jamba-1.5-mini',
    'falcon-7b-instruct',
    'synthetic/bamba-attention-layers',
    'synthetic/falcon-h1-rms-norm-biases-mup',
    'synthetic/granitemoehybrid-moe-attention-layers',
  ])('a link to %s gives the same cache', (name) => {
    const text = readFileSync(new URL(`../../../packages/core/fixtures/configs/${name}.json`, import.meta.url), 'utf8');
    const small = serving.fields.find((f) => f.name === 'config')!.urlValue!(text);
    expect(small).not.toBeNull();
    expect(small!.length).toBeLessThan(text.length);
    const full = viewOf(serving, { config: text, context: '8192' }, 'en').outputs;
    const linked = viewOf(serving, { config: small!, context: '8192' }, 'en').outputs;
    expect(linked['kv-cache']).toBe(full['kv-cache']);
    expect(linked.weights).toBe(full.weights);
  });

  it('fills the shape fields from a LLaVA 1.5 7B config', () => {
    const llava = readFileSync(new URL('../../../packages/core/fixtures/configs/llava-1.5-7b.json', import.meta.url), 'utf8');
    expect(fieldsFromConfig(llava)).toEqual({
      params: '6738939904',
      layers: '32',
      'kv-heads': '32',
      'head-dim': '128',
      heads: '32',
      'max-positions': '4096',
      'active-params': '',
      // Every config sets the format: bf16 when it ships unquantized, so a format an earlier config set does not carry over.
      precision: 'bf16',
    });
  });

  // A mixture of experts of a model type the counter has no rules for: no parameter count is filled in
  // (the fallback's was 10–40× too low), and no figure that needs it is given; the KV cache still is
  // (issue 22: Llama 4 Scout's was never sized, as the calculator needed a total first).
  it.each<[string, URL, string, string]>([
    // 28 layers × 2 × 4 key/value heads × 128 × 2 bytes = 57,344 bytes per token, × 8192 tokens = 469,762,048 bytes.
    ['ERNIE-4.5-21B-A3B', new URL('../../../packages/core/fixtures/configs/unknown-moe/ernie-4.5-21b-a3b.json', import.meta.url), 'moe_intermediate_size', '469.8 MB = 448 MiB'],
  ])('%s: no weights without a parameter count, but the KV cache is sized', (_name, url, key, kvCache) => {
    const text = readFileSync(url, 'utf8');
    expect(fieldsFromConfig(text)).toBeNull();
    for (const lang of ['en', 'zh'] as const) {
      const words = stringsOf('serving', lang).words as ServingWords;
      const view = viewOf(serving, { config: text }, lang);
      expect(view.errors).toEqual({});
      expect(view.outputs['kv-cache']).toBe(kvCache);
      for (const output of ['weights', 'total', 'max-context', 'max-batch', 'weight-format'] as const) expect(view.outputs[output]).toBe(words.needsCount);
      expect(view.outputs.layout).toContain(words.problems.keyProblems['unsupported-moe'].replace('{key}', key));
    }
  });

  it('Llama 4 Scout at 32k tokens: 36 chunked layers keep 8192 tokens, 12 full layers the whole context', () => {
    const text = readFileSync(new URL('../../../packages/core/fixtures/configs/llama-4-scout-17b-16e.json', import.meta.url), 'utf8');
    const view = viewOf(serving, { config: text, context: '32768' }, 'en');
    expect(view.outputs.working).toBe('(147,456 bytes per token × 8192 tokens + 49,152 bytes per token × 32,768 tokens) × 1 sequence = 2,818,572,288 bytes');
    expect(view.outputs.layout).toContain('36 layers with chunked attention, chunks of 8192 tokens');
    expect(view.outputs.layout).toContain('12 layers with full attention');
  });

  it('reads gpt-oss-120b: the counter’s total for the weights, half its layers windowed', () => {
    const text = config('gpt-oss-120b');
    // The counter's total (OpenAI's model card, arXiv:2508.10925: 116.83B); 8 key/value heads of 64.
    // Its quantization_config (MXFP4) picks the int4 row of the format select (issue 23); its active
    // count, 5.71B with the embedding table (the model card's 5.13B leaves the table out), fills the MoE field.
    expect(fieldsFromConfig(text)).toEqual({
      params: '116829156672',
      layers: '36',
      'kv-heads': '8',
      'head-dim': '64',
      heads: '64',
      'max-positions': '131072',
      'active-params': '5711982912',
      precision: 'int4',
    });
    // Sized here in bf16, as a reader who picks bf16 asks.
    const view = viewOf(serving, { config: text, context: '131072', precision: 'bf16' }, 'en');
    expect(view.errors).toEqual({});
    // 116,829,156,672 × 2 bytes (bf16) = 233,658,313,344 bytes.
    expect(view.outputs.weights).toBe('233.7 GB = 217.6 GiB');
    // 36 layers × 2 × 8 × 64 × 2 bytes = 73,728 bytes per token; the 18 sliding layers keep 128 tokens.
    expect(view.outputs['kv-per-token']).toBe('73.7 kB = 72 KiB');
    // One term per kind of layer: the windowed half keeps 128 tokens, not the whole context.
    expect(view.outputs.working).toBe('(36,864 bytes per token × 128 tokens + 36,864 bytes per token × 131,072 tokens) × 1 sequence = 4,836,556,800 bytes');
    expect(view.outputs.layout).toBe(
      'The checkpoint ships its weights in MXFP4 (its quantization_config); they are sized here in the format picked. Pick int4 to size them as shipped. From the config: 116,829,156,672 parameters. Grouped-query attention. 18 layers with a sliding window of 128 tokens: 4.7 MB = 4.5 MiB (128 tokens cached each). 18 layers with full attention: 4.8 GB = 4.5 GiB (131,072 tokens cached each).',
    );
  });

  describe('a quantized checkpoint is served in the format it ships in (issue 23)', () => {
    const full = (name: string) => readFileSync(new URL(`../../../packages/core/fixtures/configs/${name}.json`, import.meta.url), 'utf8');

    it.each<[string, string, Lang, string, string]>([
      // DeepSeek-V3: 671,026,419,200 parameters; its Linear layers in fp8 with one fp32 scale a
      // 128 × 128 block, embeddings, lm_head, norms and router in bf16; 1342 GB in bf16.
      ['DeepSeek-V3', 'deepseek-v3', 'en', 'fp8', 'Weights in fp8, as the checkpoint ships (its quantization_config): '],
      ['DeepSeek-V3', 'deepseek-v3', 'zh', 'fp8', '权重按检查点发布时的 fp8 计算（见其 quantization_config）：'],
      // gpt-oss-20b: its experts in MXFP4 (4.25 bits), the rest in bf16.
      ['gpt-oss-20b', 'gpt-oss-20b', 'en', 'int4', 'Weights in MXFP4, as the checkpoint ships (its quantization_config): '],
      ['gpt-oss-20b', 'gpt-oss-20b', 'zh', 'int4', '权重按检查点发布时的 MXFP4 计算（见其 quantization_config）：'],
    ])('%s (%s): the config picks %s and the result says so', (_name, file, lang, precision, note) => {
      const text = full(file);
      const filled = fieldsFromConfig(text);
      expect(filled?.precision).toBe(precision);
      const view = viewOf(serving, { config: text, ...filled }, lang);
      expect(view.errors).toEqual({});
      expect(view.outputs.layout!.startsWith(note), view.outputs.layout).toBe(true);
    });

    it('DeepSeek-V3 at fp8 as shipped: 673.2 GB, not the 1342 GB of bf16', () => {
      const text = full('deepseek-v3');
      expect(viewOf(serving, { config: text, precision: 'bf16' }, 'en').outputs.weights).toBe('1342.1 GB = 1.34 TB = 1249.9 GiB');
      const view = viewOf(serving, { config: text, precision: 'fp8' }, 'en');
      expect(view.outputs.weights).toBe(WEIGHTS.deepseek);
      expect(view.outputs.layout).toContain('parameters at 8.001953125 bits per weight, scales included, and the other');
    });

    it('gpt-oss-20b in MXFP4 as shipped: about 13 GB, not the 41.8 GB of bf16', () => {
      const text = full('gpt-oss-20b');
      expect(viewOf(serving, { config: text, precision: 'bf16' }, 'en').outputs.weights).toBe('41.8 GB = 39 GiB');
      const view = viewOf(serving, { config: text, precision: 'int4' }, 'zh');
      expect(view.outputs.weights).toBe(WEIGHTS.gptOss20b);
      expect(view.outputs.layout).toContain('个参数每个 4.25 比特（含缩放因子）');
    });
  });

  it.each<[Lang, string]>([
    ['en', 'The config has no model_type (transformers needs one to pick the model), so it was counted as a Llama-style decoder'],
    ['zh', '配置中没有 model_type（transformers 要靠它选择模型），已按 Llama 式解码器计算'],
  ])('says a config without model_type was counted as a Llama-style decoder (%s)', (lang, note) => {
    const { model_type: _dropped, ...llama } = JSON.parse(config('llama-3.1-70b-instruct'));
    const view = viewOf(serving, { config: JSON.stringify(llama) }, lang);
    expect(view.errors).toEqual({});
    expect(view.outputs.layout).toContain(note);
    expect(view.outputs.layout).not.toContain('—');
  });

  it('names a default a top-level config leaves out too (Llama 3.1 70B has no head_dim)', () => {
    const view = viewOf(serving, { config: config('llama-3.1-70b-instruct') }, 'en');
    expect(view.outputs.layout).toMatch(/ Keys the config leaves out took the model type’s default: head_dim = 128\.$/);
  });

  it('says which layers are windowed and what each type holds (Gemma 2 9B)', () => {
    const view = viewOf(serving, { config: config('gemma-2-9b'), context: '8k' }, 'en');
    // 21 sliding layers cache 4096 tokens, 21 global layers 8192: 2 × 8 × 256 × 2 = 8192 bytes per token and layer.
    expect(view.outputs.layout).toContain('21 layers with a sliding window of 4096 tokens: 704.6 MB = 672 MiB (4096 tokens cached each).');
    expect(view.outputs.layout).toContain('21 layers with full attention: 1.4 GB = 1.3 GiB (8192 tokens cached each).');
  });

  it('the defaults honour the 92 % rule: 21,972 tokens at batch 1 and 2 sequences of 8192 (issue 24)', () => {
    // Per GPU: floor(0.92 × 80 GB) = 73.6 GB − 70 GB of weights = 3.6 GB for a 163,840-byte-per-token half of the cache.
    const view = viewOf(serving, {}, 'en');
    expect(view.outputs['max-context']).toBe('21,972 tokens (within 92% of each GPU)');
    expect(view.outputs['max-batch']).toBe('2 sequences of 8192 tokens (within 92% of each GPU)');
    // At 100 % the old answer: 2 × 80 GB − 140 GB = 20 GB: 61,035 tokens.
    expect(viewOf(serving, { usable: '100' }, 'en').outputs['max-context']).toBe('61,035 tokens (within 100% of each GPU)');
  });

  it.each(['24G', '24g', '24 GB', '２４Ｇ'])('reads the memory per accelerator %j as 24 GB', (memory) => {
    const view = viewOf(serving, { 'device-memory': memory, devices: '1', params: '8B', layers: '32' }, 'zh');
    expect(view.errors).toEqual({});
    expect(view.outputs['max-context']).toBe(viewOf(serving, { 'device-memory': '24', devices: '1', params: '8B', layers: '32' }, 'zh').outputs['max-context']);
  });

  it('reads 24 GiB as 25.769803776 GB and says so beside the field', () => {
    const view = viewOf(serving, { 'device-memory': '24 GiB' }, 'zh');
    expect(view.errors).toEqual({});
    expect(view.suggestions['device-memory']).toBe('24 GiB = 25.769803776 GB（本栏与加速卡规格一样，1 GB 为 10⁹ 字节）：结果按 25.769803776 GB 计算。');
  });

  it('still refuses a unit the field does not take (24 TB/s)', () => {
    expect(viewOf(serving, { 'device-memory': '24 TB/s' }, 'zh').errors['device-memory']).toBe('每张加速卡的显存只填数字，例如 24、80 或 141。');
  });

  it.each<[Lang, string]>([
    ['en', 'None: not even one sequence of 131,072 tokens fits beside the weights'],
    ['zh', '一个序列也放不下（所选上下文为 131,072 个 token）'],
  ])('says so when not one sequence fits, not “0 sequences” (%s)', (lang, sentence) => {
    // 7.2 GB free beside the 140 GB of weights; one sequence of 131,072 tokens needs 42.9 GB.
    const view = viewOf(serving, { context: '128k' }, lang);
    expect(view.outputs['max-batch']).toBe(sentence);
  });

  it('names a layer without a window by what it sees, not “full attention”, after latent attention (zh)', () => {
    const view = viewOf(serving, { config: config('deepseek-v3'), context: '8k' }, 'zh');
    expect(view.outputs.layout).toContain('多头潜在注意力');
    expect(view.outputs.layout).toContain('61 层看完整上下文（无滑动窗口）：');
    expect(view.outputs.layout).not.toContain('全注意力');
  });

  it('writes the working’s brackets full-width in Chinese (Gemma 2 9B)', () => {
    const view = viewOf(serving, { config: config('gemma-2-9b'), context: '8k' }, 'zh');
    expect(view.outputs.layout).toContain('21 层使用滑动窗口（窗口 4096 个 token）：');
    expect(view.outputs.working).toMatch(/^（每个 token .+ \+ .+） × 1 个序列 = /);
    expect(view.outputs.working).not.toMatch(/[()]/);
  });

  it('answers what fits on the reader’s accelerators', () => {
    const view = viewOf(serving, { config: config('llama-3.1-70b-instruct'), 'device-memory': '80', devices: '2', context: '8k' }, 'en');
    expect(view.outputs['weight-format']).toMatch(/^bf16: /);
    expect(view.outputs['max-context']).toMatch(/tokens/);
    expect(view.outputs['max-batch']).toMatch(/sequences? of 8192 tokens \(within 92% of each GPU\)$/);
    const one = viewOf(serving, { config: config('llama-3.1-70b-instruct'), 'device-memory': '24', devices: '1' }, 'en');
    expect(one.outputs['max-context']).toBe('The weights alone do not fit');
  });

  it.each<[string, Lang, RegExp]>([
    ['{"model_type": "llama", "hidden_size": 4096}', 'en', /^This config cannot be read: .*num_hidden_layers is missing/],
    ['{"model_type": "llama"', 'zh', /^这不是有效的 JSON/],
  ])('%j (%s) is rejected, naming what is wrong', (text, lang, message) => {
    const view = viewOf(serving, { config: text }, lang);
    expect(view.errors.config).toMatch(message);
    expect(view.outputs.total).toBe(NO_RESULT);
  });
});

describe('the widest weight format', () => {
  // fp64 is not compared (fits.ts, WEIGHT_FORMAT_CANDIDATES): the label lists what is, and says why not fp64.
  it.each<[Lang, string]>([
    ['en', 'Widest weight format that fits, of fp32, bf16, fp8 and int4 (serving engines do not load weights in fp64)'],
    ['zh', '放得下的最高精度权重格式（在 fp32、bf16、fp8 和 int4 中比较；推理框架不以 fp64 加载权重）'],
  ])('names the formats it compares (%s)', (lang, label) => {
    expect(stringsOf('serving', lang).outputs['weight-format']).toBe(label);
    for (const format of [...WEIGHT_FORMAT_CANDIDATES, 'fp64']) expect(label).toContain(format);
  });

  it('answers fp32, not fp64, for a model that would fit even in fp64', () => {
    // 1B parameters: 8 GB in fp64 would fit on one 80 GB accelerator, but fp64 is not compared.
    // fp32: 4 GB of weights + 16 layers × 2 × 8 × 128 × 2 bytes × 8192 tokens = 536,870,912 bytes of cache.
    const view = viewOf(serving, { params: '1B', layers: '16', 'device-memory': '80', devices: '1' }, 'en');
    expect(view.outputs['weight-format']).toBe('fp32: 4.5 GB = 4.2 GiB per GPU with the KV cache, within 92% of each (every format offered fits)');
  });

  it('says when every format offered fits, instead of an empty list', () => {
    const view = viewOf(serving, { params: '8B', layers: '32', 'device-memory': '80', devices: '2' }, 'en');
    expect(view.outputs['weight-format']).toMatch(/^fp32: .* per GPU with the KV cache, within 92% of each \(every format offered fits\)$/);
  });
});

describe('the working of the serving calculator', () => {
  const number = (text: string) => Number(text.replace(/,/g, ''));
  const dir = new URL('../../../packages/core/fixtures/kv-configs/', import.meta.url);
  const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it.each(fixtures)('%s: its product is the result it states, windows included', (file) => {
    const view = viewOf(serving, { config: readFileSync(new URL(file, dir), 'utf8'), context: '32768', batch: '3' }, 'en');
    // Every fixture has a working: a regression to no result must fail here, not pass unread.
    expect(view.outputs.working).not.toBe(NO_RESULT);
    const [, sum, sequences, bytes] = /^(.*) × ([\d,]+) sequences? = ([\d,]+) bytes$/.exec(view.outputs.working)!;
    const terms = [...sum!.matchAll(/([\d,]+) bytes per token × ([\d,]+) tokens?/g)].map(([, perToken, tokens]) => number(perToken!) * number(tokens!));
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.reduce((a, b) => a + b, 0) * number(sequences!)).toBe(number(bytes!));
  });
});

describe('serving at real scale (issue 24)', () => {
  const fixture = (path: string) => readFileSync(new URL(`../../../packages/core/fixtures/${path}`, import.meta.url), 'utf8');

  it.each<[Lang, string]>([
    ['en', 'Fits on 2 × 80 GB: 71.3 GB of the 73.6 GB usable on each GPU (92%), with 13,780 tokens of cache to spare.'],
    ['zh', '放得下，2 张 80 GB 的卡，每张可用 73.6 GB（92%），实际占用 71.3 GB，还能再放 13,780 个 token 的 KV 缓存。'],
  ])('says first, in words, whether the model fits (%s)', (lang, verdict) => {
    // The first result, after the model field's Hub status, and the one the phone line and the announcer give.
    expect(SERVING_OUTPUTS.filter((name) => name !== 'hub-status')[0]).toBe('verdict');
    expect(serving.headline).toBe('verdict');
    expect(viewOf(serving, {}, lang).outputs.verdict).toBe(verdict);
  });

  it.each<[Lang, string]>([
    ['en', 'Does not fit: the weights alone need 140 GB per GPU, and 73.6 GB of each 80 GB is usable (92%).'],
    ['zh', '放不下，仅权重每张卡就要 140 GB，而每张 80 GB 的卡只有 73.6 GB 可用（92%）。'],
  ])('says when the weights alone do not fit (%s)', (lang, verdict) => {
    expect(viewOf(serving, { devices: '1' }, lang).outputs.verdict).toBe(verdict);
  });

  it('Llama 3.1 70B at tensor-parallel 8 shows 1 KV head per GPU and the memory of each GPU', () => {
    const view = viewOf(serving, { config: fixture('kv-configs/llama-3.1-70b-instruct.json'), devices: '8', tp: '8' }, 'en');
    expect(view.outputs.split).toContain('each GPU computes 8 of the 64 attention heads. It caches 1 of the 8 key/value heads.');
    // 70,553,706,496 × 2 bytes ÷ 8; 80 layers × 2 × 1 head × 128 × 2 bytes × 8192 tokens = 335,544,320 bytes.
    expect(view.outputs['per-gpu']).toBe('17.6 GB of weights + 335.5 MB of KV cache = 18 GB, of 73.6 GB usable (92% of 80 GB); 55.6 GB left.');
    const sixteen = viewOf(serving, { config: fixture('kv-configs/llama-3.1-70b-instruct.json'), devices: '16' }, 'en');
    expect(sixteen.outputs.split).toContain('vLLM copies each head to 2 GPUs');
  });

  it.each<[Lang, string]>([
    ['en', 'Valid tensor-parallel degrees: 1, 2, 4, 8, 16, 32, 64.'],
    ['zh', '可用的张量并行度：1、2、4、8、16、32、64。'],
  ])('refuses a tensor-parallel degree of 3, naming the valid degrees (%s)', (lang, valid) => {
    const view = viewOf(serving, { devices: '3' }, lang);
    expect(view.errors.tp).toContain(valid);
    expect(view.outputs.verdict).toBe(NO_RESULT);
    // Three GPUs as three pipeline stages are fine: 27, 27 and 26 layers.
    const pipeline = viewOf(serving, { devices: '3', pp: '3' }, 'en');
    expect(pipeline.errors).toEqual({});
    expect(pipeline.outputs.split).toContain('Layers per stage, as vLLM splits them: 27, 27, 26.');
  });

  it('refuses degrees whose product is not the GPU count', () => {
    expect(viewOf(serving, { devices: '4', tp: '2', pp: '3' }, 'en').errors.tp).toBe('Tensor parallel 2 × pipeline parallel 3 must equal the 4 accelerators.');
  });

  it('bounds Llama 3.1 8B’s bf16 decoding on one H100 SXM at about 209 tokens/s before the cache, with the working', () => {
    const view = viewOf(serving, { config: fixture('configs/llama-3.1-8b.json'), devices: '1', bandwidth: '3.35' }, 'en');
    expect(view.outputs['decode-working']).toContain('3.35 TB/s ÷ 16.1 GB = 209 tokens/s before the cache');
    expect(view.outputs.decode).toBe('At most 196 tokens/s for one sequence (an upper bound)');
  });

  it('groups the digits of a speed as each language writes a figure: 5,270 tokens/s; 5270 token/秒 (Intl, CONVENTIONS.rateGrouping)', () => {
    // Llama 3.1 8B in bf16 on one H100 SXM, 32 sequences of 1024 tokens: 32 × 3.35e12 ÷ (16,060,522,496
    // + 32 × 1024 × 131,072) ≈ 5266 tokens/s for the batch, 3 significant digits.
    const inputs = { config: fixture('configs/llama-3.1-8b.json'), devices: '1', bandwidth: '3.35', batch: '32', context: '1024' };
    expect(viewOf(serving, inputs, 'en').outputs.decode).toBe('At most 207 tokens/s for one sequence; 5,270 tokens/s for all 32 sequences together (upper bounds)');
    expect(viewOf(serving, inputs, 'zh').outputs.decode).toContain('5270 token/秒');
    // Five digits are grouped in Chinese too: 256 sequences ≈ 16,500 tokens/s.
    const wide = viewOf(serving, { ...inputs, batch: '256', 'device-memory': '141' }, 'zh').outputs.decode;
    expect(wide).toMatch(/\d{2},\d{3} token\/秒/);
    expect(viewOf(serving, { ...inputs, batch: '256', 'device-memory': '141' }, 'en').outputs.decode).toMatch(/\d{2},\d{3} tokens\/s for all/);
  });

  it('reads only the active experts at batch 1 and says how larger batches change it (DeepSeek-V3 on 8 × H200)', () => {
    const inputs = { config: fixture('configs/deepseek-v3.json'), devices: '8', 'device-memory': '141', precision: 'fp8', bandwidth: '4.8', peak: '1979', batch: '32' } as const;
    const en = viewOf(serving, inputs, 'en');
    expect(en.outputs['decode-working']).toContain('at batch 1 a token reads only its 8 of 256 routed experts per layer');
    expect(en.outputs['decode-working']).toContain('a step would read about 63.8% of the experts');
    expect(en.outputs.split).toContain('every GPU keeps the whole compressed cache');
    expect(viewOf(serving, inputs, 'zh').outputs['decode-working']).toContain('每一步约要读 63.8% 的专家');
  });

  it('states the prefill bound with its FLOP', () => {
    const view = viewOf(serving, {}, 'en');
    expect(view.outputs.prefill).toBe('At least 0.624 s for 8192 tokens of one sequence (a lower bound)');
    expect(view.outputs['prefill-working']).toMatch(/^2 × 70,000,000,000 parameters × 8192 tokens = 1\.15 × 10¹⁵ FLOP/);
  });

  it('gives no bound without the figure it needs', () => {
    const view = viewOf(serving, { bandwidth: '', peak: '' }, 'en');
    expect(view.outputs.decode).toBe('Give the memory bandwidth for this bound.');
    expect(view.outputs.prefill).toBe('Give the dense peak for this bound.');
  });

  it('takes bits per weight for GGUF types: Q8_0 at 8.5 bits', () => {
    // 70e9 × 8.5 / 8 = 74.375e9 bytes.
    expect(viewOf(serving, { 'weight-bits': '8.5' }, 'en').outputs.weights).toBe('74.4 GB = 69.3 GiB');
  });

  it('caps the longest context at the max-positions field without a config', () => {
    const view = viewOf(serving, { params: '8B', layers: '32', heads: '32', devices: '2' }, 'en');
    expect(view.outputs['max-context']).toBe('131,072 tokens: the model’s own limit (max_position_embeddings); memory would allow more (within 92% of each GPU)');
  });
});

describe('the prefill bound takes the fp8 peak for weights of 8 bits or fewer', () => {
  it('uses 989.5 TFLOP/s for bf16 weights and 1979 for fp8 ones', () => {
    expect(viewOf(serving, {}, 'en').outputs['prefill-working']).toContain('÷ (2 × 989.5 TFLOP/s)');
    expect(viewOf(serving, { precision: 'fp8' }, 'en').outputs['prefill-working']).toContain('÷ (2 × 1979 TFLOP/s)');
    // Without an fp8 figure (an A100), the bf16 peak stands.
    expect(viewOf(serving, { precision: 'fp8', 'peak-fp8': '' }, 'en').outputs['prefill-working']).toContain('÷ (2 × 989.5 TFLOP/s)');
  });
});

describe('the memory field reads what the driver prints', () => {
  it('takes “81,559 MiB” as 85.52 GB, so the usable share is 78.68 GB', () => {
    const view = viewOf(serving, { 'device-memory': '81,559 MiB', devices: '2' }, 'en');
    expect(view.errors).toEqual({});
    expect(view.outputs.verdict).toMatch(/^Fits on 2 × 85\.5 GB: .* of the 78\.7 GB usable on each GPU/);
  });
});

describe('the picture of memory against capacity (issue 26)', () => {
  const rects = (markup: string, cls: string) => [...markup.matchAll(new RegExp(`<rect x="([\\d.]+)" y="[\\d.]+" width="([\\d.]+)" height="[\\d.]+" class="${cls}">`, 'g'))];
  const texts = (markup: string) => [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  const cells = (table: string) => [...table.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((m) => m[1]);
  const nameOf = (markup: string) => /aria-label="([^"]*)"/.exec(markup)![1];
  const capacityX = (markup: string) => Number(/<path d="M([\d.]+) [\d.]+V[\d.]+" class="mem-capacity-line">/.exec(markup)![1]);

  it('draws the default, Llama 3.1 70B on 2 × 80 GB at 92 %, as one bar for both GPUs that fits', () => {
    const { outputs } = viewOf(serving, {}, 'en');
    const figure = outputs['memory-bars']!;
    expect(figure.startsWith('<svg')).toBe(true);
    for (const part of ['mem-weights', 'mem-kvCache', 'mem-free', 'mem-headroom']) expect(rects(figure, part), part).toHaveLength(1);
    expect(rects(figure, 'mem-over')).toHaveLength(0);
    expect(figure).not.toContain('mem-hatch');
    expect(texts(figure)).toEqual(['capacity 80 GB', 'GPUs 1–2, each', '71.3 GB of 73.6 GB usable: fits']);
    expect(nameOf(figure)).toContain('GPUs 1–2, each: 71.3 GB of 73.6 GB usable: fits.');
    // 70 GB of weights on each GPU of an 80 GB axis 338 units wide.
    expect(Number(rects(figure, 'mem-weights')[0]![2])).toBeCloseTo((70 / 80) * 338, 0);
    // The table twin says every part in words.
    expect(cells(outputs['memory-table']!)).toEqual([
      'Part', 'GPUs 1–2, each',
      'Weights', '70 GB',
      'KV cache', '1.3 GB',
      'Free', '2.3 GB',
      'Engine headroom', '6.4 GB',
      'Result', '71.3 GB of 73.6 GB usable: fits',
    ]);
    expect(outputs['memory-table']).toContain('<caption id="serving-memory-bars-caption">');
  });

  it('says the default in Chinese too', () => {
    const { outputs } = viewOf(serving, {}, 'zh');
    expect(texts(outputs['memory-bars']!)).toEqual(['显存容量 80 GB', 'GPU 1–2（每张）', '已用 71.3 GB，可用 73.6 GB：放得下']);
    expect(nameOf(outputs['memory-bars']!)).toContain('GPU 1–2（每张）：已用 71.3 GB，可用 73.6 GB：放得下。');
  });

  it('draws a model that does not fit past the capacity line, hatched, and says so in words', () => {
    // The same model on one 80 GB GPU: 142.7 GB against 73.6 GB usable.
    const { outputs } = viewOf(serving, { devices: '1' }, 'en');
    const figure = outputs['memory-bars']!;
    const [over] = rects(figure, 'mem-over');
    expect(over).toBeDefined();
    expect(Number(over![1]) + Number(over![2])).toBeGreaterThan(capacityX(figure) + 100);
    expect(figure).toMatch(/<path d="M[^"]+" class="mem-hatch">/);
    expect(figure, 'no free memory, in the bar or the legend').not.toContain('mem-free');
    expect(texts(figure)).toContain('Over by 69.1 GB: does not fit in 73.6 GB');
    expect(nameOf(figure)).toContain('GPU 1: Over by 69.1 GB: does not fit in 73.6 GB.');
    expect(figure).toContain('Past the usable limit (hatched)');
    const table = outputs['memory-table']!;
    expect(cells(table)).toEqual(expect.arrayContaining(['Over the usable limit', '69.1 GB']));
    expect(table).toContain('<td class="num mem-over-cell">Over by 69.1 GB: does not fit in 73.6 GB</td>');
    expect(texts(viewOf(serving, { devices: '1' }, 'zh').outputs['memory-bars']!)).toContain('超出 69.1 GB：可用的 73.6 GB 放不下');
  });

  it('draws one bar per run of pipeline stages that hold the same, named by stage and GPUs', () => {
    // Llama 3.1 70B over 3 stages of 2 GPUs: vLLM's get_pp_indices gives them 27, 27 and 26 of the 80 layers.
    const { outputs } = viewOf(serving, { devices: '6', pp: '3' }, 'en');
    const labels = texts(outputs['memory-bars']!).filter((t) => /^Stage/.test(t!));
    expect(labels).toEqual(['Stages 1–2, GPUs 1–4, each', 'Stage 3, GPUs 5–6, each']);
  });

  it('draws the recurrent state of a hybrid model as its own part', () => {
    const nemotron = readFileSync(new URL('../../../packages/core/fixtures/configs/nemotron-h-8b-base-8k.json', import.meta.url), 'utf8');
    const { outputs } = viewOf(serving, { config: nemotron, context: '8192', devices: '1' }, 'en');
    expect(rects(outputs['memory-bars']!, 'mem-state')).toHaveLength(1);
    expect(cells(outputs['memory-table']!)).toContain('Recurrent state');
  });

  it('withholds the picture with every other result when a field cannot be read', () => {
    const { outputs } = viewOf(serving, { devices: 'two' }, 'en');
    expect(outputs['memory-bars']).toBe(NO_RESULT);
    expect(outputs['memory-table']).toBe(NO_RESULT);
  });
});

describe('the price of output tokens at the decode bound (issue 25)', () => {
  it('prices a million output tokens from the GPUs’ hourly price over the batch’s decode bound', () => {
    // Llama 3.1 8B in bf16 on one H100 SXM (3.35 TB/s), batch 1, 8192 tokens: 196 tokens/s at most,
    // so $2.50 an hour buys at most 196 × 3600 tokens: $2.50 × 10⁶ ÷ (196 × 3600) ≈ $3.54 a million.
    const view = viewOf(serving, { params: '8030261248', layers: '32', 'kv-heads': '8', 'head-dim': '128', heads: '32', devices: '1', bandwidth: '3.35', price: '2.50' }, 'en');
    expect(view.outputs.cost).toMatch(/^At least \$3\.5\d per million output tokens: \$2\.50 per GPU-hour/);
  });
  it('says what is missing without a price or a bandwidth', () => {
    expect(viewOf(serving, { price: '' }, 'en').outputs.cost).toBe('Type a price per GPU-hour to price the output tokens.');
    expect(viewOf(serving, { bandwidth: '' }, 'zh').outputs.cost).toBe('填写显存带宽后才能计算这个上限。');
  });
});

/*
 * Issue 22, second batch (types-b): a model with no attention at all (Mamba-2) and LFM2's short
 * convolutions, from their real configs, in both languages.
 */
describe('serving Mamba-Codestral 7B (no attention) and LFM2-1.2B (short convolutions)', () => {
  const fixture = (name: string) => readFileSync(new URL(`../../../packages/core/fixtures/configs/${name}`, import.meta.url), 'utf8');

  it.each<[Lang, RegExp, RegExp, RegExp]>([
    [
      'en',
      /^From the config: 7,285,403,648 parameters\. 64 layers with Mamba \(no attention\): no keys or values, but a state of 4,276,224 bytes per sequence each/,
      /^Fits on 2 × 80 GB: .*No layer caches keys and values, so a longer context takes no more memory\.$/,
      /^Tensor parallel 2 × pipeline parallel 1\. The model has no attention heads; vLLM splits its Mamba heads instead/,
    ],
    [
      'zh',
      /^取自配置：参数量 7,285,403,648。不用注意力的 Mamba 层共 64 层：不缓存键和值，但每层为每个序列保留 4,276,224 字节的状态/,
      /^放得下，.*没有哪一层缓存键和值，上下文再长也不多占显存。$/,
      /^张量并行 2 × 流水线并行 1。该模型没有注意力头/,
    ],
  ])('%s: Mamba-Codestral is sized by its states alone, the same at any context, and its split names no attention heads', (lang, layout, verdict, split) => {
    const view = viewOf(serving, { config: fixture('mamba-codestral-7b-v0.1.json'), context: '32768', batch: '4' }, lang);
    expect(view.errors).toEqual({});
    expect(view.outputs.layout).toMatch(layout);
    expect(view.outputs.verdict).toMatch(verdict);
    expect(view.outputs.split).toMatch(split);
    // 64 layers × 4,276,224 bytes × 4 sequences, whatever the context.
    expect(view.outputs.working).toContain('1,094,713,344');
    const longer = viewOf(serving, { config: fixture('mamba-codestral-7b-v0.1.json'), context: '1000000', batch: '4' }, lang);
    expect(longer.outputs['kv-cache']).toBe(view.outputs['kv-cache']);
  });

  // As the page does it: the pasted config fills the fields. It filled 0 attention heads, which the
  // heads field refused, and every result went blank (a tester's report).
  it.each(['mamba-130m-hf.json', 'mamba-codestral-7b-v0.1.json'])('%s pasted with the fields it fills: results, no error', (file) => {
    const text = fixture(file);
    const fills = fieldsFromConfig(text)!;
    expect(fills.heads).toBe('');
    for (const lang of ['en', 'zh'] as const) {
      const view = viewOf(serving, { config: text, ...fills }, lang);
      expect(view.errors).toEqual({});
      expect(view.outputs.verdict).toMatch(lang === 'en' ? /^Fits on 2 × 80 GB/ : /^放得下/);
    }
  });
  it('without a config, empty attention heads are asked for', () => {
    const view = viewOf(serving, { heads: '' }, 'en');
    expect(view.errors.heads).toBe('Enter the number of attention heads (num_attention_heads): without a config, the shape needs it.');
  });

  it('LFM2-1.2B: 10 short-convolution layers with a 12,288-byte state and 6 attention layers with K/V, in both languages', () => {
    const en = viewOf(serving, { config: fixture('lfm2-1.2b.json'), context: '32768', batch: '4' }, 'en');
    expect(en.outputs.layout).toContain('10 layers with a short convolution (LFM2, no attention): no keys or values, but a state of 12,288 bytes per sequence each');
    expect(en.outputs.working).toBe('(12,288 bytes per token × 32,768 tokens + 10 × 12,288 bytes of state) × 4 sequences = 1,611,104,256 bytes');
    const zh = viewOf(serving, { config: fixture('lfm2-1.2b.json'), context: '32768', batch: '4' }, 'zh');
    expect(zh.outputs.layout).toContain('不用注意力的短卷积层（LFM2）共 10 层：不缓存键和值，但每层为每个序列保留 12,288 字节的状态');
  });
});

describe('serving Nemotron 3 Nano (Mamba-2, attention and mixture-of-experts layers)', () => {
  const text = readFileSync(new URL('../../../packages/core/fixtures/configs/nemotron-3-nano-30b-a3b.json', import.meta.url), 'utf8');

  it.each<[Lang, string, string]>([
    ['en', '23 layers have only a mixture of experts and cache nothing.', 'From the config: 31,577,940,288 parameters.'],
    ['zh', '23 层只有混合专家（MoE），不缓存任何内容。', '取自配置：参数量 31,577,940,288。'],
  ])('%s: its MoE layers cache nothing, and it is counted', (lang, moeLine, counted) => {
    const view = viewOf(serving, { config: text, context: '8192' }, lang);
    expect(view.errors).toEqual({});
    expect(view.outputs.layout).toContain(moeLine);
    expect(view.outputs.layout).toContain(counted);
  });
});

// Issue 22, third batch (types-c): Falcon-H1 runs attention and a Mamba-2 mixer side by side in every
// layer, so each layer caches keys and values and keeps a state. Its class defaults (a synthetic
// config: no real one was found): 32 layers, 2 × 8 heads × 128 × 2 bytes = 4096 bytes per token
// each, and conv_states [1536 × 4] bf16 + recurrent_states [128 × 8 × 256] float32 = 1,060,864
// bytes per sequence each, as transformers 5.18.0 allocates them (expected.json "cache").
describe('serving Falcon-H1 (attention and Mamba-2 in every layer)', () => {
  const text = readFileSync(new URL('../../../packages/core/fixtures/configs/synthetic/falcon-h1-class-defaults.json', import.meta.url), 'utf8');

  it.each<[Lang, string]>([
    ['en', '32 layers with attention and Mamba side by side: keys and values for 8192 tokens each, plus a state of 1,060,864 bytes per sequence each that does not grow with the context: 1.1 GB'],
    ['zh', '注意力与 Mamba 并列的层共 32 层：键和值每层缓存 8192 个 token，另为每个序列保留 1,060,864 字节的状态（大小与上下文长度无关）：1.1 GB'],
  ])('%s: one line for its layers, with their keys and values and their state', (lang, line) => {
    const view = viewOf(serving, { config: text, context: '8192' }, lang);
    expect(view.errors).toEqual({});
    expect(view.outputs.layout).toContain(line);
  });

  it('adds the states to the keys and values in the working', () => {
    const view = viewOf(serving, { config: text, context: '8192' }, 'en');
    expect(view.outputs.working).toBe('(131,072 bytes per token × 8192 tokens + 32 × 1,060,864 bytes of state) × 1 sequence = 1,107,689,472 bytes');
  });
});
