import type { ConfigErrorCode, ConfigResult, JsonObject } from './types';

/**
 * Longest text accepted, in UTF-16 code units: 1 MiB. Real config.json files are under 100 kB
 * (Phi-3's long RoPE factor lists are the bulk of the largest); this bounds the work done on a paste.
 */
export const MAX_CONFIG_CHARS = 1_048_576;

function fail(error: ConfigErrorCode): ConfigResult<never> {
  return { ok: false, error, problems: [] };
}

/** A JSON object, not an array or null. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the text of a config.json (as pasted or loaded from a file) into an object.
 *
 * Errors (never throws): 'empty' for blank text, 'too-long' past MAX_CONFIG_CHARS, 'not-json' for
 * anything JSON.parse rejects (HTML, YAML, a truncated paste), 'not-an-object' for JSON that is
 * not an object (an array, a string, a number, true/false, null). A UTF-8 byte-order mark is
 * ignored. Values are not checked here: countParameters does that, key by key.
 */
export function parseConfigJson(text: string): ConfigResult<JsonObject> {
  if (text.length > MAX_CONFIG_CHARS) return fail('too-long');
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return fail('empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return fail('not-json');
  }
  if (!isJsonObject(parsed)) return fail('not-an-object');
  return { ok: true, value: parsed };
}
