import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countParameters } from './count-parameters';
import { parseConfigJson } from './parse-config';
import { relevantConfig } from './relevant-config';
import type { JsonObject } from './types';

/** A fixture read as Python's json module reads it (Mamba-Codestral's Infinity), as the counter's input is. */
const fixture = (name: string): JsonObject => {
  const parsed = parseConfigJson(readFileSync(new URL(`../../fixtures/configs/${name}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
  return parsed.value;
};
const FILES = Object.keys(fixture('expected.json').fixtures as object);

function relevant(config: JsonObject): JsonObject {
  const result = relevantConfig(config);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('relevantConfig', () => {
  it.each(FILES)('%s: the minimal config gives the same count, flags and all', (file) => {
    const config = fixture(file);
    expect(countParameters(relevant(config))).toEqual(countParameters(config));
  });

  it('keeps only the keys the count read, with their values', () => {
    expect(relevant(fixture('llama-3.1-8b.json'))).toEqual({
      model_type: 'llama',
      vocab_size: 128256,
      hidden_size: 4096,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      intermediate_size: 14336,
      attention_bias: false,
      mlp_bias: false,
      tie_word_embeddings: false,
    });
  });

  it('keeps a nested config nested, with the outer model_type', () => {
    expect(relevant(fixture('llava-1.5-7b.json'))).toEqual({
      model_type: 'llava',
      text_config: { model_type: 'llama', vocab_size: 32064 },
      tie_word_embeddings: false,
    });
  });

  it('keeps the name a key was given under (GPT-2 aliases)', () => {
    expect(Object.keys(relevant(fixture('synthetic/gpt2-hidden-size-alias.json')))).toEqual([
      'model_type',
      'vocab_size',
      'hidden_size',
      'num_hidden_layers',
      'num_attention_heads',
      'max_position_embeddings',
    ]);
  });

  it('leaves out what does not change the count (rope, dtype, token ids, quantization)', () => {
    const keys = Object.keys(relevant(fixture('deepseek-v3.json')));
    for (const unused of [
      'rope_scaling',
      'torch_dtype',
      'bos_token_id',
      'quantization_config',
      'architectures',
      'auto_map',
    ]) {
      expect(keys).not.toContain(unused);
    }
    expect(keys).toContain('num_nextn_predict_layers'); // reported as not counted, so kept
  });

  it('is short enough for a URL', () => {
    // The longest is Qwen3.6-35B-A3B's (1,674 characters URL-encoded): its 40-entry layer_types
    // list is what the count reads for the kind of each layer. Links stay under 2,048 characters.
    for (const file of FILES) expect(encodeURIComponent(JSON.stringify(relevant(fixture(file)))).length).toBeLessThan(2000);
  });

  it.each<[string, unknown, string]>([
    ['not an object', [1, 2], 'not-an-object'],
    ['a missing key', { model_type: 'llama' }, 'invalid-keys'],
  ])('returns the count error for %s', (_name, input, error) => {
    expect(relevantConfig(input)).toMatchObject({ ok: false, error });
  });
});
