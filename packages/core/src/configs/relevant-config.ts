import { countParameters } from './count-parameters';
import type { ConfigResult, JsonObject } from './types';

const NESTED = 'text_config.';

/**
 * The smallest config that gives the same count: only the keys countParameters read, with the
 * values the input gave them (defaults are not written out, so the family rules apply again when
 * the object is counted). Meant for a URL: countParameters(relevantConfig(x).value) returns the
 * same result as countParameters(x), flags and defaulted keys included. A nested config keeps
 * its shape: { model_type, text_config: { ... } }.
 *
 * Errors: those of countParameters, for the same input.
 */
export function relevantConfig(input: unknown): ConfigResult<JsonObject> {
  const counted = countParameters(input);
  if (!counted.ok) return counted;
  const source = input as JsonObject;
  const out: JsonObject = {};
  for (const path of counted.value.readKeys) {
    if (path.startsWith(NESTED)) {
      const key = path.slice(NESTED.length);
      const text = (out.text_config ??= {}) as JsonObject;
      text[key] = (source.text_config as JsonObject)[key];
    } else {
      out[path] = source[path];
    }
  }
  if (counted.value.nested !== null) out.text_config ??= {};
  return { ok: true, value: out };
}
