import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculatorStrings } from '../i18n/calculators';
import { WEIGHT_FORMAT_CANDIDATES } from '@llm-scale/core/memory/fits';
import type { Lang } from '@llm-scale/core/text/lang';
import { fieldsFromConfig, serving } from './serving';
import { NO_RESULT } from './run';
import { viewOf } from './view-of';

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
    expect(view.outputs).toEqual(Object.fromEntries(SERVING_OUTPUTS.map((name) => [name, NO_RESULT])));
  });

  it('at every limit at once, says the result is beyond exact arithmetic, never NaN', () => {
    const view = viewOf(
      serving,
      { params: '1000T', precision: 'fp64', layers: '1000', 'kv-heads': '1024', 'head-dim': '4096', context: '100000000', batch: '100000', 'kv-precision': 'bf16' },
      'en',
    );
    expect(view.errors).toEqual({ context: 'This would pass 2⁵³ bytes or parameters, beyond what can be worked out exactly here.' });
    for (const text of Object.values(view.outputs)) expect(text).toBe(NO_RESULT);
  });
});

describe('the serving calculator with a real config.json', () => {
  const config = (name: string) => readFileSync(new URL(`../../packages/core/fixtures/kv-configs/${name}.json`, import.meta.url), 'utf8');

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
    const llava = readFileSync(new URL('../../packages/core/fixtures/configs/llava-1.5-7b.json', import.meta.url), 'utf8');
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
    ['en', ' of 8192 tokens (The context is longer than the model takes: 4096 tokens, its max_position_embeddings.)'],
    // No space before the full-width bracket.
    ['zh', '每个 8192 个 token（所选上下文超过了模型支持的最大长度 4096 个 token，即 max_position_embeddings。）'],
  ])('says when the context passes the model’s max_position_embeddings (%s)', (lang, ending) => {
    const llava = readFileSync(new URL('../../packages/core/fixtures/configs/llava-1.5-7b.json', import.meta.url), 'utf8');
    const view = viewOf(serving, { config: llava, context: '8192' }, lang);
    expect(view.outputs['max-batch']!.endsWith(ending), view.outputs['max-batch']).toBe(true);
  });

  it('fills the shape fields from a LLaVA 1.5 7B config', () => {
    const llava = readFileSync(new URL('../../packages/core/fixtures/configs/llava-1.5-7b.json', import.meta.url), 'utf8');
    expect(fieldsFromConfig(llava)).toEqual({ params: '6738939904', layers: '32', 'kv-heads': '32', 'head-dim': '128' });
  });

  // A mixture of experts of a model type the counter has no rules for: no parameter count is filled in
  // (the fallback's was 10–40× too low) and no result is given from the config.
  it.each<[string, URL, string]>([
    ['Phi-3.5-MoE', new URL('../../packages/core/fixtures/configs/unknown-moe/phi-3.5-moe-instruct.json', import.meta.url), 'num_experts_per_tok'],
    ['Llama 4 Scout', new URL('../../packages/core/fixtures/configs/unknown-moe/llama-4-scout-17b-16e.json', import.meta.url), 'text_config.interleave_moe_layer_step'],
  ])('refuses %s: fills nothing and gives no weights', (_name, url, key) => {
    const text = readFileSync(url, 'utf8');
    expect(fieldsFromConfig(text)).toBeNull();
    for (const lang of ['en', 'zh'] as const) {
      const view = viewOf(serving, { config: text }, lang);
      expect(view.errors.config).toContain(calculatorStrings[lang].calculators.serving.words.problems['unsupported-moe']!.replace('{key}', key));
      expect(view.outputs.weights).toBe(NO_RESULT);
      expect(view.outputs.total).toBe(NO_RESULT);
    }
  });

  it('reads gpt-oss-120b: the counter’s total for the weights, half its layers windowed', () => {
    const text = config('gpt-oss-120b');
    // The counter's total (OpenAI's model card, arXiv:2508.10925: 116.83B); 8 key/value heads of 64.
    expect(fieldsFromConfig(text)).toEqual({ params: '116829156672', layers: '36', 'kv-heads': '8', 'head-dim': '64' });
    const view = viewOf(serving, { config: text, context: '131072' }, 'en');
    expect(view.errors).toEqual({});
    // 116,829,156,672 × 2 bytes (bf16) = 233,658,313,344 bytes.
    expect(view.outputs.weights).toBe('233.7 GB = 217.6 GiB');
    // 36 layers × 2 × 8 × 64 × 2 bytes = 73,728 bytes per token; the 18 sliding layers keep 128 tokens.
    expect(view.outputs['kv-per-token']).toBe('73.7 kB = 72 KiB');
    // One term per kind of layer: the windowed half keeps 128 tokens, not the whole context.
    expect(view.outputs.working).toBe('(36,864 bytes per token × 128 tokens + 36,864 bytes per token × 131,072 tokens) × 1 sequence = 4,836,556,800 bytes');
    expect(view.outputs.layout).toBe(
      'From the config: 116,829,156,672 parameters. Grouped-query attention. 18 layers with a sliding window of 128 tokens: 4.7 MB = 4.5 MiB (128 tokens cached each). 18 layers with full attention: 4.8 GB = 4.5 GiB (131,072 tokens cached each).',
    );
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

  it('without a config, the context is limited by memory alone, in 92 % of it as the article’s rule', () => {
    // vLLM's default share: 2 × 0.92 × 80 GB = 147.2 GB; − 140 GB of weights = 7.2 GB for a
    // 327,680-byte-per-token cache: 21,972 tokens (with all 160 GB it would be 61,035), and 2
    // sequences of 8192 tokens (2,684,354,560 bytes each; 7 with all of it).
    const view = viewOf(serving, {}, 'en');
    expect(view.outputs['max-context']).toBe('21,972 tokens');
    expect(view.outputs['max-batch']).toBe('2 sequences of 8192 tokens');
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
    expect(view.outputs['max-batch']).toMatch(/sequences? of 8192 tokens$/);
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
    expect(calculatorStrings[lang].calculators.serving.outputs['weight-format']).toBe(label);
    for (const format of [...WEIGHT_FORMAT_CANDIDATES, 'fp64']) expect(label).toContain(format);
  });

  it('answers fp32, not fp64, for a model that would fit even in fp64', () => {
    // 1B parameters: 8 GB in fp64 would fit on one 80 GB accelerator, but fp64 is not compared.
    // fp32: 4 GB of weights + 16 layers × 2 × 8 × 128 × 2 bytes × 8192 tokens = 536,870,912 bytes of cache.
    const view = viewOf(serving, { params: '1B', layers: '16', 'device-memory': '80', devices: '1' }, 'en');
    expect(view.outputs['weight-format']).toBe('fp32: 4.5 GB = 4.2 GiB with the KV cache (every format offered fits)');
  });

  it('says when every format offered fits, instead of an empty list', () => {
    const view = viewOf(serving, { params: '8B', layers: '32', 'device-memory': '80', devices: '2' }, 'en');
    expect(view.outputs['weight-format']).toMatch(/^fp32: .* with the KV cache \(every format offered fits\)$/);
  });
});

describe('the working of the serving calculator', () => {
  const number = (text: string) => Number(text.replace(/,/g, ''));
  const dir = new URL('../../packages/core/fixtures/kv-configs/', import.meta.url);
  const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it.each(fixtures)('%s: its product is the result it states, windows included', (file) => {
    const view = viewOf(serving, { config: readFileSync(new URL(file, dir), 'utf8'), context: '32768', batch: '3' }, 'en');
    if (view.outputs.working === NO_RESULT) return;
    const [, sum, sequences, bytes] = /^(.*) × ([\d,]+) sequences? = ([\d,]+) bytes$/.exec(view.outputs.working)!;
    const terms = [...sum!.matchAll(/([\d,]+) bytes per token × ([\d,]+) tokens?/g)].map(([, perToken, tokens]) => number(perToken!) * number(tokens!));
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.reduce((a, b) => a + b, 0) * number(sequences!)).toBe(number(bytes!));
  });
});
