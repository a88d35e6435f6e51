import { describe, expect, it } from 'vitest';
import { MAX_CONFIG_CHARS, parseConfigJson } from './parse-config';
import type { ConfigErrorCode } from './types';

describe('parseConfigJson', () => {
  it.each<[string, string, ConfigErrorCode]>([
    ['empty text', '', 'empty'],
    ['whitespace only', ' \n\t ', 'empty'],
    ['a byte-order mark only', '\uFEFF', 'empty'],
    ['HTML instead of JSON', '<!DOCTYPE html><html><body>config.json</body></html>', 'not-json'],
    ['a script tag', '<script>alert(1)</script>', 'not-json'],
    ['YAML', 'model_type: llama\nhidden_size: 4096', 'not-json'],
    ['a truncated paste', '{"model_type": "llama", "hidden_size": 40', 'not-json'],
    ['single quotes (a Python dict)', "{'model_type': 'llama'}", 'not-json'],
    ['Python literals', '{"tie_word_embeddings": False}', 'not-json'],
    ['a bare word Python does not read either', '{"hidden_size": Nan}', 'not-json'],
    ['NaN followed by letters', '{"hidden_size": NaNa}', 'not-json'],
    ['Infinity and a trailing comma', '{"a": Infinity,}', 'not-json'],
    ['a trailing comma', '{"hidden_size": 4096,}', 'not-json'],
    ['deep nesting', '['.repeat(100_000), 'not-json'],
    ['an array', '[{"model_type": "llama"}]', 'not-an-object'],
    ['a string', '"llama"', 'not-an-object'],
    ['a number', '4096', 'not-an-object'],
    ['true', 'true', 'not-an-object'],
    ['null', 'null', 'not-an-object'],
    ['more than 1 MiB', `{"a": "${'x'.repeat(MAX_CONFIG_CHARS)}"}`, 'too-long'],
  ])('%s → %s', (_name, text, error) => {
    expect(parseConfigJson(text)).toEqual({ ok: false, error, problems: [] });
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['an object', '{"model_type": "llama", "hidden_size": 4096}', { model_type: 'llama', hidden_size: 4096 }],
    ['with a byte-order mark and surrounding blank lines', '\uFEFF\n{"n_layer": 12}\n\n', { n_layer: 12 }],
    ['an empty object (counting reports what is missing)', '{}', {}],
    ['a __proto__ key stays an ordinary key', '{"__proto__": {"x": 1}}', JSON.parse('{"__proto__": {"x": 1}}')],
    // Python's json module reads these literals, so transformers loads configs that carry them.
    ['NaN, as Python reads it', '{"hidden_size": NaN}', { hidden_size: Number.NaN }],
    [
      'Infinity and -Infinity, as Python reads them',
      '{"router_logit_clamp": Infinity, "low": -Infinity, "list": [1, Infinity]}',
      { router_logit_clamp: Number.POSITIVE_INFINITY, low: Number.NEGATIVE_INFINITY, list: [1, Number.POSITIVE_INFINITY] },
    ],
    [
      'the words inside strings, which stay strings',
      '{"a": "NaN", "b": "say \\"Infinity\\"", "c": Infinity}',
      { a: 'NaN', b: 'say "Infinity"', c: Number.POSITIVE_INFINITY },
    ],
  ])('reads %s', (_name, text, value) => {
    expect(parseConfigJson(text)).toEqual({ ok: true, value });
  });
});
