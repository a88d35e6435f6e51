import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cachesKeysAndValues, LAYOUT_FAMILIES, readAttentionLayout } from './attention-layout';
import { countParameters } from './count-parameters';
import { KNOWN_MODEL_TYPES } from './families';
import { nestsTextConfig } from './text-config';
import { parseConfigJson } from './parse-config';
import type { JsonObject, JsonValue } from './types';

/** A fixture read as transformers reads it: Python's json module, so Mamba-Codestral's `Infinity` too (parse-config.ts). */
const readFixture = (url: URL): JsonObject => {
  const parsed = parseConfigJson(readFileSync(url, 'utf8'));
  if (!parsed.ok) throw new Error(`${url.pathname}: ${parsed.error}`);
  return parsed.value;
};

/*
 * The parameter counter (model-config/) and the attention-layout reader (attention-layout.ts) read
 * the same config.json in the serving calculator: they must know the same families, refuse the same
 * heads and read null alike. Run over every config fixture of the project, real and synthetic.
 */

const DIRS = ['../../fixtures/configs/', '../../fixtures/configs/synthetic/', '../../fixtures/configs/unknown-moe/', '../../fixtures/kv-configs/'];
const FIXTURES: [string, JsonObject][] = DIRS.flatMap((dir) =>
  readdirSync(new URL(dir, import.meta.url))
    .filter((file) => file.endsWith('.json') && file !== 'expected.json')
    .map((file): [string, JsonObject] => [`${dir.replace('../../fixtures/', '')}${file}`, readFixture(new URL(dir + file, import.meta.url))]),
);

/** The object holding the language model's keys, and how both readers name them. */
function textOf(config: JsonObject): { keys: JsonObject; prefix: string } {
  return nestsTextConfig(config) ? { keys: config.text_config as JsonObject, prefix: 'text_config.' } : { keys: config, prefix: '' };
}

function withKey(config: JsonObject, key: string, value: JsonValue): JsonObject {
  const { keys, prefix } = textOf(config);
  const changed = { ...keys, [key]: value };
  return prefix === '' ? changed : { ...config, text_config: changed };
}

/** What each reader says about `path`: the problem's code, or undefined when it has none there. */
function counterSays(config: JsonObject, path: string): string | undefined {
  const count = countParameters(config);
  return count.ok ? undefined : count.problems.find((p) => p.key === path)?.problem;
}
function layoutSays(config: JsonObject, path: string): string | undefined {
  const layout = readAttentionLayout(config);
  if (layout.ok) return undefined;
  const { problem, key } = layout.error;
  return key === path ? problem : `${problem}:${key}`;
}

/** The model types the counter has no rules for but the layout reader has (their count falls back to Llama's). */
// Llama 4's text model: its cache layout is read; its mixture of experts is not counted yet (no real config to check it against).
const LAYOUT_ONLY: string[] = [];

/**
 * A mixture of experts of a model type the counter has no rules for: it gives no count (moe-keys.ts),
 * while the layout reader may still read the attention or refuse it (Llama 4).
 */
function counterRefusesExperts(config: JsonObject): boolean {
  const count = countParameters(config);
  return !count.ok && count.problems.some((p) => p.problem === 'unsupported-moe');
}
const COUNTED = FIXTURES.filter(([, config]) => !counterRefusesExperts(config));

describe('both readers know the same families', () => {
  it('the layout reader has rules for every model_type the counter knows', () => {
    expect(KNOWN_MODEL_TYPES.filter((type) => !Object.hasOwn(LAYOUT_FAMILIES, type))).toEqual([]);
    expect(Object.keys(LAYOUT_FAMILIES).filter((type) => !KNOWN_MODEL_TYPES.includes(type))).toEqual(LAYOUT_ONLY);
  });

  it('the counter refuses the mixtures of experts it has no rules for, and counts gpt-oss', () => {
    const refused = FIXTURES.filter(([, config]) => counterRefusesExperts(config)).map(([file]) => file);
    expect(refused.sort()).toEqual(['configs/unknown-moe/ernie-4.5-21b-a3b.json']);
    const gptOss = FIXTURES.find(([file]) => file.endsWith('gpt-oss-120b.json'))![1];
    expect(readAttentionLayout(gptOss)).toMatchObject({ ok: true, value: { modelType: 'gpt_oss', modelTypeKnown: true } });
  });

  it.each(COUNTED)('%s', (_file, config) => {
    const count = countParameters(config);
    const layout = readAttentionLayout(config);
    expect(count.ok && layout.ok, 'both read it').toBe(true);
    if (!count.ok || !layout.ok) return;
    const counterKnows = !count.value.fellBackToLlama;
    const layoutKnows = layout.value.modelTypeKnown && !LAYOUT_ONLY.includes(layout.value.modelType ?? '');
    expect({ type: layout.value.modelType, known: layoutKnows }).toEqual({ type: count.value.modelType, known: counterKnows });
    // A known family with attention always has a context limit: the config's, or its class default.
    // Mamba-2 has none (Mamba2Config has no max_position_embeddings): nothing in it grows with the context.
    if (layoutKnows && layout.value.layerTypes.some(cachesKeysAndValues)) expect(layout.value.maxPositionEmbeddings).not.toBeNull();
  });

  it('a phi config takes PhiConfig’s max_position_embeddings, 2048, when it leaves the key out', () => {
    const phi = FIXTURES.find(([file]) => file.endsWith('phi-qk-layernorm-tied.json'))![1];
    expect(readAttentionLayout(phi)).toMatchObject({ ok: true, value: { modelType: 'phi', modelTypeKnown: true, maxPositionEmbeddings: 2048 } });
  });
});

/** Configs with key/value heads of their own (not GPT-2's multi-head only, not DeepSeek's latent attention). */
const GROUPED = COUNTED.filter(([, config]) => {
  const { keys } = textOf(config);
  // A hybrid without attention layers (Bamba's and Granite 4.0's class defaults) builds no heads to refuse.
  const layout = readAttentionLayout(config);
  const hasAttention = layout.ok && layout.value.numAttentionHeads > 0;
  return hasAttention && typeof keys.num_attention_heads === 'number' && !['gpt2', 'gpt_bigcode', 'gpt_neox', 'falcon', 'deepseek_v2', 'deepseek_v3'].includes(String(keys.model_type ?? config.model_type));
});

describe('both readers refuse key/value heads that do not divide the attention heads', () => {
  it('has configs of many families to try', () => expect(GROUPED.length).toBeGreaterThan(15));

  it.each(GROUPED)('%s', (_file, config) => {
    const { keys, prefix } = textOf(config);
    const heads = keys.num_attention_heads as number;
    const path = `${prefix}num_key_value_heads`;
    // Twice the attention heads (64 against 32), and one more than them: repeat_kv cannot build either.
    for (const kvHeads of [2 * heads, heads + 1]) {
      const bad = withKey(config, 'num_key_value_heads', kvHeads);
      expect([counterSays(bad, path), layoutSays(bad, path)], `${kvHeads} against ${heads}`).toEqual(['heads-not-divisible', 'heads-not-divisible']);
    }
    // Every divisor is accepted by both.
    const good = withKey(config, 'num_key_value_heads', 1);
    expect([counterSays(good, path), layoutSays(good, path)]).toEqual([undefined, undefined]);
  });
});

/** Keys both readers read from a decoder config. */
const SHARED_KEYS = ['num_hidden_layers', 'num_attention_heads', 'num_key_value_heads', 'head_dim', 'hidden_size'];

describe('both readers read a key set to null alike', () => {
  // What transformers does with None: fills the default where the field is `int | None`, refuses it
  // where the field is a plain int. Neither reader calls a key that is there "missing".
  it.each<[string, string, string | undefined]>([
    ['config.json', 'num_key_value_heads', undefined],
    ['config.json', 'head_dim', undefined],
    ['config.json', 'num_hidden_layers', 'not-a-number'],
    ['config.json', 'hidden_size', 'not-a-number'],
    ['mistral-7b-v0.1.json', 'num_key_value_heads', 'not-a-number'],
    ['mistral-7b-v0.1.json', 'head_dim', undefined],
    ['gemma-2-9b.json', 'head_dim', 'not-a-number'],
    ['qwen2.5-7b.json', 'num_key_value_heads', undefined],
    ['phi-3-mini-4k-instruct.json', 'num_attention_heads', 'not-a-number'],
    ['llava-1.5-7b.json', 'num_hidden_layers', 'not-a-number'],
  ])('%s with %s: null → %s', (file, key, expected) => {
    const entry = file === 'config.json' ? FIXTURES.find(([f]) => f.endsWith('llama-3.1-8b.json')) : FIXTURES.find(([f]) => f.endsWith(`/${file}`));
    const config = entry![1];
    const path = textOf(config).prefix + key;
    const nulled = withKey(config, key, null);
    expect([counterSays(nulled, path), layoutSays(nulled, path)]).toEqual([expected, expected]);
  });

  it.each(GROUPED)('%s: every shared key set to null', (_file, config) => {
    const { prefix } = textOf(config);
    for (const key of SHARED_KEYS) {
      const nulled = withKey(config, key, null);
      const path = prefix + key;
      const layout = layoutSays(nulled, path);
      const counter = counterSays(nulled, path);
      // The layout reader needs no hidden_size beside head_dim; where it reads the key it agrees.
      if (layout !== undefined) expect(counter, `${key}: layout says ${layout}`).toBe(layout);
      if (counter === undefined) expect(layout, key).toBeUndefined();
      expect([counter, layout]).not.toContain('missing');
    }
  });

  it.each<[string, JsonValue, string | undefined]>([
    ['sliding_window', null, undefined],
    ['use_sliding_window', null, 'not-a-boolean'],
    ['max_position_embeddings', null, 'not-a-number'],
  ])('the layout reader alone: qwen2.5 with %s = %j → %s', (key, value, expected) => {
    const qwen = FIXTURES.find(([f]) => f.endsWith('/qwen2.5-7b.json'))![1];
    expect(layoutSays(withKey(qwen, key, value), key)).toBe(expected);
  });
});

describe('both readers refuse a Mamba-2 mixer whose heads do not split its width (transformers’ validate_architecture)', () => {
  it.each<[string, string, JsonValue]>([
    ['mamba-codestral-7b-v0.1.json', 'head_dim', 32],
    ['synthetic/bamba-attention-layers.json', 'mamba_d_head', 32],
    ['synthetic/bamba-class-defaults.json', 'mamba_n_heads', 100],
    ['synthetic/falcon-h1-class-defaults.json', 'mamba_d_head', 16],
    ['synthetic/granitemoehybrid-moe-attention-layers.json', 'mamba_d_head', 8],
  ])('%s with %s = %j', (file, key, value) => {
    const config = FIXTURES.find(([f]) => f === `configs/${file}`)![1];
    const bad = withKey(config, key, value);
    expect([counterSays(bad, key), layoutSays(bad, key)]).toEqual(['mamba-heads-mismatch', 'mamba-heads-mismatch']);
  });
});
