import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import {
  cachesKeysAndValues,
  LAYOUT_FAMILIES,
  readAttentionLayout,
  type AttentionKind,
  type AttentionLayout,
  type LayerType,
} from './attention-layout';
import { countParameters } from './count-parameters';
import { parseConfigJson } from './parse-config';
import { classDefault } from './families';
import { TEXT_CONFIG_MODEL_TYPES } from './text-config';
import deepseekV2Lite from '../../fixtures/kv-configs/deepseek-v2-lite.json';
import deepseekV3 from '../../fixtures/configs/deepseek-v3.json';
import gemma2b from '../../fixtures/configs/gemma-2b.json';
import gemma29b from '../../fixtures/kv-configs/gemma-2-9b.json';
import gemma31b from '../../fixtures/configs/gemma-3-1b-it.json';
import gemma34b from '../../fixtures/kv-configs/gemma-3-4b-it.json';
import gptOss120b from '../../fixtures/configs/gpt-oss-120b.json';
import gpt2 from '../../fixtures/configs/gpt2.json';
import granite338b from '../../fixtures/configs/granite-3.3-8b-instruct.json';
import llama70b from '../../fixtures/kv-configs/llama-3.1-70b-instruct.json';
import mistralV01 from '../../fixtures/kv-configs/mistral-7b-v0.1.json';
import mistralV03 from '../../fixtures/kv-configs/mistral-7b-instruct-v0.3.json';
import qwenMoe from '../../fixtures/configs/qwen1.5-moe-a2.7b.json';
import qwen25 from '../../fixtures/kv-configs/qwen2.5-7b-instruct.json';
import qwen3 from '../../fixtures/kv-configs/qwen3-8b.json';

function layout(config: unknown): AttentionLayout {
  const read = readAttentionLayout(config);
  if (!read.ok) throw new Error(`expected a layout, got ${read.error}`);
  return read.value;
}

const indicesOf = (types: readonly LayerType[], type: LayerType): number[] =>
  types.flatMap((t, i) => (t === type ? [i] : []));

/** Layers 0..n-1 whose index satisfies `pick`. */
const range = (n: number, pick: (i: number) => boolean = () => true): number[] =>
  Array.from({ length: n }, (_, i) => i).filter(pick);

describe('readAttentionLayout on real config.json files (fixtures/configs/README.md)', () => {
  // kind, layers, kv heads, head_dim, values per token per layer (2 × kv × head_dim, or MLA's
  // kv_lora_rank + qk_rope_head_dim), window, max_position_embeddings.
  it.each<[string, unknown, AttentionKind, number, number | null, number | null, number, number | null, number]>([
    // 8192 / 64 heads = 128; 2 × 8 × 128 = 2048.
    ['Llama 3.1 70B Instruct', llama70b, 'grouped-query', 80, 8, 128, 2048, null, 131072],
    // Mistral 7B v0.1: sliding_window 4096 on every layer.
    ['Mistral 7B v0.1', mistralV01, 'grouped-query', 32, 8, 128, 2048, 4096, 32768],
    // v0.3 writes "sliding_window": null: no window.
    ['Mistral 7B Instruct v0.3', mistralV03, 'grouped-query', 32, 8, 128, 2048, null, 32768],
    // Gemma 2 9B: head_dim 256 given (3584 / 16 would be 224); 2 × 8 × 256 = 4096.
    ['Gemma 2 9B', gemma29b, 'grouped-query', 42, 8, 256, 4096, 4096, 8192],
    // Gemma 2B: one key/value head for 8 query heads (multi-query); 2 × 1 × 256 = 512.
    ['Gemma 2B', gemma2b, 'multi-query', 18, 1, 256, 512, null, 8192],
    ['Gemma 3 1B', gemma31b, 'multi-query', 26, 1, 256, 512, 512, 32768],
    // text_config names no heads: Gemma3TextConfig's defaults 8 / 4 / 256; 2 × 4 × 256 = 2048.
    ['Gemma 3 4B (multimodal wrapper)', gemma34b, 'grouped-query', 34, 4, 256, 2048, 1024, 131072],
    // use_sliding_window false: no window although sliding_window says 131072. 3584 / 28 = 128.
    ['Qwen2.5 7B Instruct', qwen25, 'grouped-query', 28, 4, 128, 1024, null, 32768],
    ['Qwen3 8B', qwen3, 'grouped-query', 36, 8, 128, 2048, null, 40960],
    // Qwen1.5-MoE: 16 key/value heads for 16 heads, 2048 / 16 = 128.
    ['Qwen1.5-MoE-A2.7B', qwenMoe, 'multi-head', 24, 16, 128, 4096, null, 32768],
    // GPT-2 names its keys n_layer, n_head, n_embd, n_positions: 768 / 12 = 64.
    ['GPT-2', gpt2, 'multi-head', 12, 12, 64, 1536, null, 1024],
    ['gpt-oss-120b', gptOss120b, 'grouped-query', 36, 8, 64, 1024, 128, 131072],
    // Granite 3.3 8B: 4096 / 32 heads = 128 (GraniteConfig has no head_dim); 2 × 8 × 128 = 2048.
    ['Granite 3.3 8B Instruct', granite338b, 'grouped-query', 40, 8, 128, 2048, null, 131072],
    // MLA: 512 + 64 = 576 values per token and layer, whatever num_key_value_heads (128) says.
    ['DeepSeek-V3', deepseekV3, 'multi-head-latent', 61, null, null, 576, null, 163840],
    ['DeepSeek-V2-Lite', deepseekV2Lite, 'multi-head-latent', 27, null, null, 576, null, 163840],
  ])('%s', (_name, config, kind, layers, kvHeads, headDim, values, window, maxPositions) => {
    const l = layout(config);
    expect(l.kind).toBe(kind);
    expect(l.numHiddenLayers).toBe(layers);
    expect(l.layerTypes).toHaveLength(layers);
    expect(l.numKeyValueHeads).toBe(kvHeads);
    expect(l.headDim).toBe(headDim);
    expect(l.valuesPerTokenPerLayer).toBe(values);
    expect(l.slidingWindow).toBe(window);
    expect(l.maxPositionEmbeddings).toBe(maxPositions);
  });

  it('DeepSeek-V3 keeps its latent and RoPE widths', () => {
    const l = layout(deepseekV3);
    expect([l.kvLoraRank, l.qkRopeHeadDim, l.numAttentionHeads]).toEqual([512, 64, 128]);
  });

  it.each<[string, unknown, number[]]>([
    // Gemma 2: "sliding_attention" if bool((i + 1) % 2): layer 0 slides, layer 1 is global, and so on.
    ['Gemma 2 9B: even layers slide', gemma29b, range(42, (i) => i % 2 === 0)],
    // Gemma 3: "sliding_attention" if bool((i + 1) % 6): layers 5, 11, 17, 23 (and 29) are global.
    ['Gemma 3 1B: five of every six slide', gemma31b, range(26, (i) => (i + 1) % 6 !== 0)],
    ['Gemma 3 4B: 29 of 34 slide', gemma34b, range(34, (i) => (i + 1) % 6 !== 0)],
    ['gpt-oss-120b: layer_types [sliding, full] × 18', gptOss120b, range(36, (i) => i % 2 === 0)],
    ['Mistral 7B v0.1: every layer slides', mistralV01, range(32)],
    ['Llama 3.1 70B: none', llama70b, []],
    ['Qwen2.5 7B: none (use_sliding_window false)', qwen25, []],
  ])('%s', (_name, config, sliding) => {
    expect(indicesOf(layout(config).layerTypes, 'sliding_attention')).toEqual(sliding);
  });

  it('Gemma 3 4B lists the defaults transformers filled in', () => {
    expect(layout(gemma34b).defaulted).toEqual(
      expect.arrayContaining([
        { key: 'text_config.num_attention_heads', value: 8 },
        { key: 'text_config.num_key_value_heads', value: 4 },
        { key: 'text_config.head_dim', value: 256 },
        { key: 'text_config.sliding_window_pattern', value: 6 },
        { key: 'text_config.max_position_embeddings', value: 131072 },
      ]),
    );
  });

  it.each<[string, unknown]>([
    ['Llama 3.1 70B', llama70b],
    ['Mistral 7B v0.1', mistralV01],
    ['Gemma 2 9B', gemma29b],
    ['DeepSeek-V3', deepseekV3],
  ])('%s needs no default', (_name, config) => {
    expect(layout(config).defaulted).toEqual([]);
  });
});

/** A Qwen2.5-7B config with the window switched on, and max_window_layers moved. */
const qwen2Windowed = (maxWindowLayers: number) => ({ ...qwen25, use_sliding_window: true, sliding_window: 4096, max_window_layers: maxWindowLayers });

describe('Qwen sliding windows follow use_sliding_window and max_window_layers (configuration_qwen2.py)', () => {
  it.each<[string, object, number[]]>([
    // "sliding_attention" if sliding_window is not None and i >= max_window_layers
    ['max_window_layers 21 of 28: layers 21..27 slide', qwen2Windowed(21), range(28, (i) => i >= 21)],
    ['max_window_layers 0: every layer slides', qwen2Windowed(0), range(28)],
    ['max_window_layers 28 = all layers: none slides', qwen2Windowed(28), []],
    ['use_sliding_window false: none, whatever sliding_window says', { ...qwen25, sliding_window: 4096, max_window_layers: 0 }, []],
    ['Qwen3 with use_sliding_window true and sliding_window null: none', { ...qwen3, use_sliding_window: true }, []],
    // Qwen2-MoE's own rule: every other layer below max_window_layers (configuration_qwen2_moe.py).
    ['Qwen2-MoE, max_window_layers 6', { ...qwenMoe, use_sliding_window: true, sliding_window: 4096, max_window_layers: 6 }, [0, 2, 4]],
    // Qwen3-MoE has no pattern: with the switch on every layer slides.
    ['Qwen3-MoE with the switch on', { ...qwen3, model_type: 'qwen3_moe', use_sliding_window: true, sliding_window: 4096 }, range(36)],
  ])('%s', (_name, config, sliding) => {
    const l = layout(config);
    expect(indicesOf(l.layerTypes, 'sliding_attention')).toEqual(sliding);
    expect(l.slidingWindow).toBe(sliding.length > 0 ? 4096 : null);
  });

  it('use_sliding_window false overrides a layer_types list too', () => {
    const listed = { ...qwen25, layer_types: range(28).map((i) => (i % 2 ? 'full_attention' : 'sliding_attention')) };
    expect(indicesOf(layout(listed).layerTypes, 'sliding_attention')).toEqual([]);
  });

  it('an absent use_sliding_window is false (Qwen2Config default)', () => {
    const { use_sliding_window: _off, ...config } = qwen25;
    expect(layout({ ...config, sliding_window: 4096 }).slidingWindow).toBeNull();
  });
});

describe('layer_types, the generic per-layer list (configuration_utils.ALLOWED_ATTN_LAYER_TYPES)', () => {
  const base = { model_type: 'llama', num_hidden_layers: 4, num_attention_heads: 8, num_key_value_heads: 2, hidden_size: 1024 };

  it.each<[string, object, LayerType[], number | null, number | null]>([
    ['sliding and full', { ...base, sliding_window: 64, layer_types: ['sliding_attention', 'full_attention', 'sliding_attention', 'full_attention'] }, ['sliding_attention', 'full_attention', 'sliding_attention', 'full_attention'], 64, null],
    ['the legacy name "attention" is full attention', { ...base, layer_types: ['attention', 'attention', 'full_attention', 'attention'] }, ['full_attention', 'full_attention', 'full_attention', 'full_attention'], null, null],
    ['chunked layers take attention_chunk_size', { ...base, attention_chunk_size: 8192, layer_types: ['chunked_attention', 'chunked_attention', 'chunked_attention', 'full_attention'] }, ['chunked_attention', 'chunked_attention', 'chunked_attention', 'full_attention'], null, 8192],
    ['a list of full layers wins over sliding_window', { ...base, sliding_window: 64, layer_types: ['full_attention', 'full_attention', 'full_attention', 'full_attention'] }, ['full_attention', 'full_attention', 'full_attention', 'full_attention'], null, null],
    ['an unknown model_type with its own list', { ...base, model_type: 'some_new_model', sliding_window_pattern: 2, sliding_window: 32, layer_types: ['sliding_attention', 'full_attention', 'sliding_attention', 'full_attention'] }, ['sliding_attention', 'full_attention', 'sliding_attention', 'full_attention'], 32, null],
  ])('%s', (_name, config, types, window, chunk) => {
    const l = layout(config);
    expect(l.layerTypes).toEqual(types);
    expect(l.slidingWindow).toBe(window);
    expect(l.attentionChunkSize).toBe(chunk);
  });
});

describe('defaults and the generic reading', () => {
  const llamaLike = { num_hidden_layers: 2, num_attention_heads: 32, hidden_size: 4096 };

  it.each<[string, object, number, number]>([
    // Llama: num_key_value_heads None → num_attention_heads; head_dim None → hidden_size / heads.
    ['Llama without num_key_value_heads or head_dim', { ...llamaLike, model_type: 'llama' }, 32, 128],
    ['null num_key_value_heads and head_dim mean the same', { ...llamaLike, model_type: 'llama', num_key_value_heads: null, head_dim: null }, 32, 128],
    // MistralConfig's num_key_value_heads default is 8, not the head count.
    ['Mistral without num_key_value_heads', { ...llamaLike, model_type: 'mistral', sliding_window: null }, 8, 128],
    // GemmaConfig's head_dim default is 256 whatever hidden_size / heads gives (4096 / 32 = 128).
    ['Gemma without head_dim', { ...llamaLike, model_type: 'gemma', num_key_value_heads: 32 }, 32, 256],
    ['an explicit head_dim wins', { ...llamaLike, model_type: 'llama', head_dim: 96 }, 32, 96],
    ['no model_type: read like Llama', llamaLike, 32, 128],
    ['an unknown model_type without layout keys: read like Llama', { ...llamaLike, model_type: 'olmo2' }, 32, 128],
  ])('%s', (_name, config, kvHeads, headDim) => {
    const l = layout(config);
    expect([l.numKeyValueHeads, l.headDim]).toEqual([kvHeads, headDim]);
  });

  it('a Mistral config without sliding_window gets MistralConfig default 4096, and says so', () => {
    const l = layout({ ...llamaLike, model_type: 'mistral', num_key_value_heads: 8 });
    expect(l.slidingWindow).toBe(4096);
    expect(l.defaulted).toContainEqual({ key: 'sliding_window', value: 4096 });
  });

  it('an unknown model_type with sliding_window slides every layer (cache_utils.get_layer_types_and_kwargs)', () => {
    const l = layout({ ...llamaLike, model_type: 'my_coder', sliding_window: 4096 });
    expect(indicesOf(l.layerTypes, 'sliding_attention')).toEqual([0, 1]);
    expect(l.modelTypeKnown).toBe(false);
  });

  it('an unknown model_type with use_sliding_window false has no window, whatever sliding_window says', () => {
    const l = layout({ ...llamaLike, model_type: 'qwen2_vl', use_sliding_window: false, sliding_window: 32768, max_window_layers: 28 });
    expect(l.layerTypes).toEqual(['full_attention', 'full_attention']);
    expect(l.slidingWindow).toBeNull();
  });

  it('a known model_type says so', () => {
    expect(layout(llama70b).modelTypeKnown).toBe(true);
  });

  it('max_position_embeddings stays unknown for an unknown model_type that leaves it out', () => {
    expect(layout(llamaLike).maxPositionEmbeddings).toBeNull();
  });
});

describe('bad configs name the key', () => {
  const good = { model_type: 'llama', num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 8, hidden_size: 4096 };
  const without = (key: keyof typeof good) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== key));

  it.each<[string, unknown, string]>([
    ['not an object', [1, 2], 'not-an-object:config'],
    ['null', null, 'not-an-object:config'],
    ['no num_hidden_layers', without('num_hidden_layers'), 'missing:num_hidden_layers'],
    ['no num_attention_heads', without('num_attention_heads'), 'missing:num_attention_heads'],
    ['no hidden_size and no head_dim', without('hidden_size'), 'missing:hidden_size'],
    // null is no number where transformers' class types the key a plain int (the counter says the same)
    ['null num_hidden_layers', { ...good, num_hidden_layers: null }, 'not-a-number:num_hidden_layers'],
    ['zero heads', { ...good, num_attention_heads: 0 }, 'not-positive:num_attention_heads'],
    ['negative key/value heads', { ...good, num_key_value_heads: -8 }, 'not-positive:num_key_value_heads'],
    ['fractional key/value heads', { ...good, num_key_value_heads: 2.5 }, 'not-an-integer:num_key_value_heads'],
    ['heads as a string', { ...good, num_attention_heads: '32' }, 'not-a-number:num_attention_heads'],
    ['layers as a boolean', { ...good, num_hidden_layers: true }, 'not-a-number:num_hidden_layers'],
    ['too many layers', { ...good, num_hidden_layers: 1_000_000 }, 'too-large:num_hidden_layers'],
    ['32 heads over 12 key/value heads', { ...good, num_key_value_heads: 12 }, 'heads-not-divisible:num_key_value_heads'],
    ['more key/value heads than heads', { ...good, num_key_value_heads: 64 }, 'heads-not-divisible:num_key_value_heads'],
    ['hidden_size 4100 over 32 heads', { ...good, hidden_size: 4100 }, 'hidden-not-divisible:hidden_size'],
    ['head_dim 0', { ...good, head_dim: 0 }, 'not-positive:head_dim'],
    ['sliding window 0', { ...good, model_type: 'mistral', sliding_window: 0 }, 'not-positive:sliding_window'],
    ['sliding window -4096', { ...good, model_type: 'mistral', sliding_window: -4096 }, 'not-positive:sliding_window'],
    ['fractional sliding window', { ...good, model_type: 'mistral', sliding_window: 4096.5 }, 'not-an-integer:sliding_window'],
    ['use_sliding_window as a string', { ...good, model_type: 'qwen2', use_sliding_window: 'yes' }, 'not-a-boolean:use_sliding_window'],
    ['max_window_layers -1', { ...good, model_type: 'qwen2', use_sliding_window: true, max_window_layers: -1 }, 'not-positive:max_window_layers'],
    ['layer_types one short', { ...good, layer_types: Array(31).fill('full_attention') }, 'layer-types-length:layer_types'],
    ['layer_types one long', { ...good, layer_types: Array(33).fill('full_attention') }, 'layer-types-length:layer_types'],
    ['layer_types not a list', { ...good, layer_types: 'full_attention' }, 'not-a-list:layer_types'],
    ['layer_types with a number', { ...good, layer_types: [...Array(31).fill('full_attention'), 1] }, 'not-a-list:layer_types'],
    ['a misspelt layer type', { ...good, layer_types: [...Array(5).fill('full_attention'), 'full_atention', ...Array(26).fill('full_attention')] }, 'unknown-layer-type:layer_types[5]'],
    ['a linear-attention layer', { ...good, layer_types: ['linear_attention', ...Array(31).fill('full_attention')] }, 'unsupported-layer-type:layer_types[0]'],
    ['sliding layers without a window', { ...good, layer_types: ['sliding_attention', ...Array(31).fill('full_attention')] }, 'missing:sliding_window'],
    ['chunked layers without a chunk size', { ...good, layer_types: ['chunked_attention', ...Array(31).fill('full_attention')] }, 'missing:attention_chunk_size'],
    ['Gemma 2 with "sliding_window": null', { ...gemma29b, sliding_window: null }, 'missing:sliding_window'],
    ['DeepSeek-V3 without kv_lora_rank', { ...deepseekV3, kv_lora_rank: undefined }, 'missing:kv_lora_rank'],
    ['DeepSeek-V3 with qk_rope_head_dim 0', { ...deepseekV3, qk_rope_head_dim: 0 }, 'not-positive:qk_rope_head_dim'],
    ['GPT-2 without n_embd', { ...gpt2, n_embd: undefined }, 'missing:n_embd'],
    ['GPT-2 with 768 over 10 heads', { ...gpt2, n_head: 10 }, 'hidden-not-divisible:n_embd'],
    ['an unknown MLA model', { ...good, model_type: 'kimi_k2', kv_lora_rank: 512, qk_rope_head_dim: 64 }, 'unsupported-model-type:model_type'],
    ['an unknown model with a window pattern', { ...good, model_type: 'my_windowed_lm', sliding_window: 4096, sliding_window_pattern: 4 }, 'unsupported-model-type:model_type'],
    ['Falcon-style num_kv_heads', { ...good, model_type: 'my_falcon', num_kv_heads: 8 }, 'unsupported-model-type:model_type'],
    ['a multimodal wrapper with a bad text_config', { model_type: 'gemma3', text_config: 'none' }, 'not-an-object:text_config'],
    // Inside text_config an unknown model_type has no class defaults to take (as in the counter).
    ['a multimodal wrapper of an unknown text model missing layers', { model_type: 'some_vlm', text_config: { model_type: 'my_text_model', hidden_size: 4096, num_attention_heads: 32 } }, 'missing:text_config.num_hidden_layers'],
    // At the top level the sizes the counter marks required have no default (families.ts).
    ['a top-level Gemma 3 text config without num_attention_heads', { ...gemma31b, num_attention_heads: undefined }, 'missing:num_attention_heads'],
  ])('%s', (_name, config, error) => {
    // JSON has no undefined: drop such keys as JSON.parse would never have made them.
    const parsed = config === null || typeof config !== 'object' ? config : JSON.parse(JSON.stringify(config));
    // Written here as "problem:key"; the reader returns the counter's KeyProblem.
    const at = error.indexOf(':');
    expect(readAttentionLayout(parsed)).toEqual({ ok: false, error: { problem: error.slice(0, at), key: error.slice(at + 1) } });
  });

  it('an unknown model_type may carry switched-off layout keys', () => {
    expect(readAttentionLayout({ ...good, model_type: 'new_model', use_sliding_window: false, multi_query: false }).ok).toBe(true);
  });
});

/** The parameter counter's fixtures (packages/core/fixtures/configs), real and synthetic. */
const COUNTER_FIXTURES = new URL('../../fixtures/configs/', import.meta.url);
const counterFixture = (name: string): Record<string, unknown> => {
  // parseConfigJson reads a config as Python's json module does (Mamba-Codestral's Infinity).
  const parsed = parseConfigJson(readFileSync(new URL(name, COUNTER_FIXTURES), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
  return parsed.value;
};
const counterFixtureNames = [
  ...readdirSync(COUNTER_FIXTURES).filter((f) => f.endsWith('.json') && f !== 'expected.json'),
  ...readdirSync(new URL('synthetic/', COUNTER_FIXTURES)).map((f) => `synthetic/${f}`),
];

describe('multimodal wrappers: text_config read with the defaults the parameter counter takes', () => {
  it('LLaVA 1.5 7B: its text_config names only model_type llama, so LlamaConfig fills the sizes', () => {
    // llava-hf/llava-1.5-7b-hf: 32 layers, 32 heads, hidden_size 4096 from LlamaConfig; no
    // num_key_value_heads, so one per head (multi-head); 2 × 32 × 128 = 8192 values per token and layer.
    const l = layout(counterFixture('llava-1.5-7b.json'));
    expect(l).toMatchObject({
      modelType: 'llama',
      kind: 'multi-head',
      numHiddenLayers: 32,
      numAttentionHeads: 32,
      numKeyValueHeads: 32,
      headDim: 128,
      valuesPerTokenPerLayer: 8192,
      slidingWindow: null,
      maxPositionEmbeddings: 4096,
    });
    expect(l.defaulted).toEqual([
      { key: 'text_config.num_hidden_layers', value: 32 },
      { key: 'text_config.num_attention_heads', value: 32 },
      { key: 'text_config.hidden_size', value: 4096 },
    ]);
  });

  it('Gemma 3 with text_config missing its layer count takes Gemma3TextConfig default 26', () => {
    const { num_hidden_layers: _dropped, ...text } = gemma34b.text_config;
    const l = layout({ ...gemma34b, text_config: text });
    expect(l.numHiddenLayers).toBe(26);
    expect(l.defaulted).toContainEqual({ key: 'text_config.num_hidden_layers', value: 26 });
  });

  // A text_config without a model_type: the wrapper's config class gives it one (text-config.ts).
  // 16 heads over hidden_size 1024, no key/value heads or head_dim given.
  it.each<[string, string, number, number]>([
    ['gemma3', 'gemma3_text', 4, 256], // Gemma3TextConfig: 4 key/value heads, head_dim 256
    ['llava', 'llama', 16, 64], // LlamaConfig: one key/value head per head, 1024 / 16 = 64
    ['llava_next', 'llama', 16, 64],
    ['mistral3', 'mistral', 8, 64], // MistralConfig: 8 key/value heads
    ['paligemma', 'gemma', 16, 256], // GemmaConfig: 16 key/value heads, head_dim 256
  ])('a %s wrapper’s text_config is %s', (wrapper, textType, kvHeads, headDim) => {
    const config = { model_type: wrapper, text_config: { hidden_size: 1024, num_hidden_layers: 2, num_attention_heads: 16, intermediate_size: 4096, vocab_size: 1000 } };
    const l = layout(config);
    expect([l.modelType, l.numKeyValueHeads, l.headDim]).toEqual([textType, kvHeads, headDim]);
    const counted = countParameters(config);
    expect(counted.ok && [counted.value.modelType, counted.value.resolved.num_key_value_heads, counted.value.resolved.head_dim]).toEqual([
      textType,
      kvHeads,
      headDim,
    ]);
  });

  it('covers every wrapper of TEXT_CONFIG_MODEL_TYPES', () => {
    expect(Object.keys(TEXT_CONFIG_MODEL_TYPES).sort()).toEqual(['gemma3', 'llama4', 'llava', 'llava_next', 'mistral3', 'paligemma', 'qwen3_vl']);
  });

  it.each(counterFixtureNames)('%s: the layout reads what the counter counts, with the same sizes', (name) => {
    const config = counterFixture(name);
    const counted = countParameters(config);
    if (!counted.ok) throw new Error(`the counter refuses ${name}`);
    const r = counted.value.resolved;
    const l = layout(config);
    // A hybrid's layers are its pattern's (Nemotron-H): the counter counts them by kind.
    const kinds = counted.value.layerKinds;
    expect(l.numHiddenLayers).toBe(r.num_hidden_layers ?? r.n_layer ?? Object.values(kinds ?? {}).reduce((a, b) => a + b, 0));
    if (!l.layerTypes.some(cachesKeysAndValues)) {
      // No attention anywhere (Mamba-2): no heads, nothing cached per token.
      expect(l).toMatchObject({ numAttentionHeads: 0, numKeyValueHeads: null, headDim: null, valuesPerTokenPerLayer: 0 });
      return;
    }
    expect(l.numAttentionHeads).toBe(r.num_attention_heads ?? r.n_head);
    if (l.kind !== 'multi-head-latent') {
      // GPTBigCode's multi_query caches one key and one value head; GPT-NeoX one per attention head.
      expect(l.numKeyValueHeads).toBe(r.multi_query === true ? 1 : (r.num_key_value_heads ?? r.n_head ?? r.num_attention_heads));
      expect(l.headDim).toBe(r.head_dim ?? Math.floor(Number(r.hidden_size ?? r.n_embd) / Number(r.num_attention_heads ?? r.n_head)));
    }
  });

  it('keeps no second copy of a default the counter holds', () => {
    for (const [modelType, family] of Object.entries(LAYOUT_FAMILIES)) {
      for (const key of Object.keys(family.defaults)) expect(classDefault(modelType, key, true), `${modelType}.${key}`).toBeUndefined();
    }
  });
});

describe('remote code read by the class its architectures names', () => {
  it('Kimi K2 (model_type kimi_k2, auto_map, architectures DeepseekV3ForCausalLM) is read as deepseek_v3: latent attention', () => {
    const config = { ...counterFixture('deepseek-v3.json'), model_type: 'kimi_k2', auto_map: { AutoModelForCausalLM: 'modeling_deepseek.DeepseekV3ForCausalLM' } };
    const l = layout(config);
    expect(l).toMatchObject({ modelType: 'deepseek_v3', modelTypeKnown: true, kind: 'multi-head-latent', valuesPerTokenPerLayer: 576 });
  });
});

// Issue 22: Llama 4 Scout's KV cache was never sized. transformers' Llama4TextConfig: a layer that uses
// RoPE (no_rope_layers 1) attends within chunks of attention_chunk_size tokens; every fourth (NoPE)
// layer has full attention.
describe('Llama 4 text models', () => {
  const scout = counterFixture('llama-4-scout-17b-16e.json');

  it('Scout: 36 chunked layers of 8192 tokens, 12 full, 8 key/value heads of 128', () => {
    const l = layout(scout);
    expect(l).toMatchObject({ modelType: 'llama4_text', numHiddenLayers: 48, numKeyValueHeads: 8, headDim: 128, attentionChunkSize: 8192 });
    expect(l.layerTypes.slice(0, 8)).toEqual(['chunked_attention', 'chunked_attention', 'chunked_attention', 'full_attention', 'chunked_attention', 'chunked_attention', 'chunked_attention', 'full_attention']);
    expect(l.layerTypes.filter((t) => t === 'full_attention')).toHaveLength(12);
  });

  it('reads a no_rope_layers list when the config has one, and the interval otherwise', () => {
    const text = scout.text_config as Record<string, unknown>;
    const listed = layout({ ...scout, text_config: { ...text, num_hidden_layers: 4, no_rope_layers: [1, 0, 1, 0] } });
    expect(listed.layerTypes).toEqual(['chunked_attention', 'full_attention', 'chunked_attention', 'full_attention']);
    const everyOther = layout({ ...scout, text_config: { ...text, num_hidden_layers: 4, no_rope_layers: [], no_rope_layer_interval: 2 } });
    expect(everyOther.layerTypes).toEqual(['chunked_attention', 'full_attention', 'chunked_attention', 'full_attention']);
  });
});

// Falcon's key/value heads (modeling_falcon.py): one with multi_query (Falcon-7B), num_kv_heads with
// new_decoder_architecture (Falcon-40B: 8), one per head otherwise.
describe('Falcon', () => {
  const falcon7b = counterFixture('falcon-7b-instruct.json');
  it.each<[string, Record<string, unknown>, number]>([
    ['Falcon-7B (multi_query)', {}, 1],
    ['new_decoder_architecture with 8 num_kv_heads', { new_decoder_architecture: true, num_kv_heads: 8 }, 8],
    ['neither', { multi_query: false }, 71],
  ])('%s', (_name, change, kvHeads) => {
    expect(layout({ ...falcon7b, ...change })).toMatchObject({ numKeyValueHeads: kvHeads, headDim: 64 });
  });
});

// Issue 22, second batch (types-b): layer kinds of LFM2, Nemotron-H's MoE layers, Mamba and Mamba-2.
describe('layer kinds that cache no keys and values', () => {
  const lfm2 = counterFixture('lfm2-1.2b.json');

  it('LFM2: full_attn_idxs names the attention layers, the others are short convolutions; layer_types, when listed, wins', () => {
    const l = layout(lfm2);
    expect(l.layerTypes.filter((t) => t === 'conv')).toHaveLength(10);
    expect(l).toMatchObject({ numKeyValueHeads: 8, headDim: 64, maxPositionEmbeddings: 128000 });
    const listed = layout({ ...lfm2, layer_types: Array.from({ length: 16 }, (_, i) => (i < 2 ? 'full_attention' : 'conv')) });
    expect(listed.layerTypes.slice(0, 3)).toEqual(['full_attention', 'full_attention', 'conv']);
    expect(layout({ ...lfm2, full_attn_idxs: null }).layerTypes.every((t) => t === 'full_attention')).toBe(true);
  });

  it('LFM2: a layer_types entry it cannot build is refused, by the key', () => {
    expect(readAttentionLayout({ ...lfm2, layer_types: Array(16).fill('mamba') })).toEqual({ ok: false, error: { problem: 'not-a-list', key: 'layer_types' } });
  });

  it('Nemotron-H: an "E" in the pattern is a mixture-of-experts layer that caches nothing', () => {
    const nano = counterFixture('nemotron-3-nano-30b-a3b.json');
    expect(layout(nano).layerTypes.filter((t) => t === 'moe')).toHaveLength(23);
  });

  it('Mamba and Mamba-2: no attention heads, nothing per token, every layer a state', () => {
    for (const file of ['mamba-130m-hf.json', 'mamba-codestral-7b-v0.1.json']) {
      const l = layout(counterFixture(file));
      expect(l.layerTypes.every((t) => t === 'mamba')).toBe(true);
      expect(l).toMatchObject({ numAttentionHeads: 0, valuesPerTokenPerLayer: 0, maxPositionEmbeddings: null });
      expect(l.recurrentState!.bytesPerSequence).toBeGreaterThan(0);
    }
  });
});

// Issue 22 (types-a): the attention models whose cache count_with_transformers.py probes
// (expected.json "attentionCache"): the layer kinds transformers' DynamicCache gives the config,
// and K and V values per token and the window in one layer of each kind, as it holds them.
describe('attention layouts as transformers allocates them (probed caches)', () => {
  type Kind = { kvValuesPerToken: number; slidingWindow: number | null };
  type Probed = { layerTypes: string[]; byKind: Record<string, Kind> };
  const expected = JSON.parse(readFileSync(new URL('expected.json', COUNTER_FIXTURES), 'utf8')).fixtures as Record<string, { attentionCache?: Probed }>;
  const probed = Object.entries(expected).filter(([, e]) => e.attentionCache !== undefined);

  it('probes at least the types-a fixtures', () => {
    expect(probed.map(([name]) => name)).toEqual(
      expect.arrayContaining(['granite-3.3-8b-instruct.json', 'phi-3.5-moe-instruct.json', 'glm-4.5-air.json', 'ministral-8b-instruct-2410.json']),
    );
  });

  it.each(probed)('%s', (name, e) => {
    const l = layout(counterFixture(name));
    const cache = e.attentionCache!;
    expect(l.layerTypes).toEqual(cache.layerTypes);
    for (const kind of new Set(l.layerTypes)) {
      expect(cache.byKind[kind]!.kvValuesPerToken, kind).toBe(l.valuesPerTokenPerLayer);
      if (kind === 'sliding_attention') expect(cache.byKind[kind]!.slidingWindow).toBe(l.slidingWindow);
    }
  });
});

describe('ministral: head_dim has no fallback', () => {
  it('the layout refuses a ministral config without head_dim, as the counter does and transformers cannot build it', () => {
    const { head_dim: _dropped, ...config } = counterFixture('synthetic/ministral-8b-as-ministral-type.json');
    expect(readAttentionLayout(config)).toEqual({ ok: false, error: { problem: 'missing', key: 'head_dim' } });
    expect(readAttentionLayout({ ...config, head_dim: null })).toMatchObject({ ok: false, error: { problem: 'not-a-number', key: 'head_dim' } });
  });
});

// Issue 22, third batch (types-c): Bamba, Falcon-H1 and Granite 4.0, on synthetic configs only (no
// real config of a released model was found; the fixtures README).
describe('Bamba, Falcon-H1 and Granite 4.0: layer kinds and Mamba-2 states (synthetic configs)', () => {
  it('Bamba: attention on the layers attn_layer_indices lists, a Mamba-2 mixer on the others', () => {
    const l = layout(counterFixture('synthetic/bamba-attention-layers.json'));
    expect(l.layerTypes.flatMap((t, i) => (t === 'full_attention' ? [i] : []))).toEqual([9, 18, 27]);
    expect(l.layerTypes.filter((t) => t === 'mamba')).toHaveLength(29);
    expect(l).toMatchObject({ numKeyValueHeads: 8, headDim: 128, maxPositionEmbeddings: 262144 });
    // conv_states [8192 + 2 × 1 × 128, 4] bf16 + recurrent_states [128 × 64 × 128] float32
    expect(l.recurrentState!.bytesPerSequence).toBe(8448 * 4 * 2 + 128 * 64 * 128 * 4);
  });

  it('Bamba and Granite 4.0 without attention layers (the class defaults): no heads, nothing per token, a state on every layer', () => {
    for (const file of ['synthetic/bamba-class-defaults.json', 'synthetic/granitemoehybrid-class-defaults.json']) {
      const l = layout(counterFixture(file));
      expect(l.layerTypes).toEqual(Array(32).fill('mamba'));
      expect(l).toMatchObject({ numAttentionHeads: 0, valuesPerTokenPerLayer: 0 });
      expect(l.recurrentState!.bytesPerSequence).toBe(8704 * 4 * 2 + 128 * 64 * 256 * 4);
    }
  });

  it('Granite 4.0: layer_types with the older names mamba and attention reads as with the new ones', () => {
    const dense = counterFixture('synthetic/granitemoehybrid-dense-biases-tied.json');
    expect(layout(dense).layerTypes).toEqual(['mamba', 'full_attention', 'mamba']);
    expect(layout({ ...dense, layer_types: ['linear_attention', 'full_attention', 'linear_attention'] }).layerTypes).toEqual(['mamba', 'full_attention', 'mamba']);
    expect(readAttentionLayout({ ...dense, layer_types: ['mamba', 'attention'] })).toEqual({ ok: false, error: { problem: 'not-a-list', key: 'layer_types' } });
    const { layer_types: listed, ...rest } = dense;
    expect(layout({ ...rest, layers_block_type: listed }).layerTypes).toEqual(['mamba', 'full_attention', 'mamba']);
  });

  it('Falcon-H1: every layer has attention and a Mamba-2 mixer, so it caches keys and values and keeps a state', () => {
    const l = layout(counterFixture('synthetic/falcon-h1-rms-norm-biases-mup.json'));
    expect(l.layerTypes).toEqual(['hybrid', 'hybrid', 'hybrid']);
    expect(l.layerTypes.every(cachesKeysAndValues)).toBe(true);
    // head_dim 64 as set (not 128 / 4); mamba_d_ssm null: the mixer is 2 × 128 wide.
    expect(l).toMatchObject({ numKeyValueHeads: 2, headDim: 64, valuesPerTokenPerLayer: 256 });
    expect(l.recurrentState).toMatchObject({ convValues: (256 + 2 * 2 * 16) * 3, recurrentValues: 8 * 32 * 16 });
  });

  it.each<[string, string, Record<string, unknown>, string]>([
    ['Mamba-2: hidden_size × expand ≠ num_heads × head_dim', 'mamba-codestral-7b-v0.1.json', { head_dim: 32 }, 'head_dim'],
    ['Bamba: mamba_d_head × mamba_n_heads ≠ the mixer’s width', 'synthetic/bamba-attention-layers.json', { mamba_d_head: 32 }, 'mamba_d_head'],
    ['Falcon-H1: mamba_d_head × mamba_n_heads ≠ mamba_d_ssm', 'synthetic/falcon-h1-class-defaults.json', { mamba_d_head: 16 }, 'mamba_d_head'],
    ['Granite 4.0: mamba_n_heads that do not divide the mixer’s width', 'synthetic/granitemoehybrid-class-defaults.json', { mamba_n_heads: 100 }, 'mamba_n_heads'],
  ])('refuses %s, as transformers does', (_label, file, change, key) => {
    expect(readAttentionLayout({ ...counterFixture(file), ...change })).toEqual({ ok: false, error: { problem: 'mamba-heads-mismatch', key } });
  });
});
