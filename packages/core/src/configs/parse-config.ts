import type { ConfigErrorCode, ConfigResult, JsonObject } from './types';

/**
 * Longest text accepted, in UTF-16 code units: 1 MiB. Real config.json files are under 100 kB
 * (Phi-3's long RoPE factor lists are the bulk of the largest); this bounds the work done on a paste.
 */
export const MAX_CONFIG_CHARS = 1_048_576;

/*
 * Python's json module, which transformers reads config.json with (PretrainedConfig._dict_from_json_file),
 * also accepts the bare literals NaN, Infinity and -Infinity (json.loads' parse_constant), and
 * save_pretrained writes them back for float('inf') values: real configs carry them (a router's
 * limit, a clamp). JSON.parse refuses them, so outside strings they are first written as marked
 * strings and turned back into numbers as the text is parsed.
 */
/** The mark as written into the JSON text (an escaped NUL, which no config key or value holds)... */
const PYTHON_CONSTANT_MARK = '\\u0000python-json:';
const PYTHON_CONSTANTS: Readonly<Record<string, number>> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
};

/**
 * The text with every NaN, Infinity and -Infinity outside a string replaced by a marked string, or
 * null when it has none (the common case: JSON.parse's own error stands).
 */
function markPythonConstants(text: string): string | null {
  let out = '';
  let last = 0;
  let found = false;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      continue;
    }
    for (const literal of ['-Infinity', 'Infinity', 'NaN']) {
      if (!text.startsWith(literal, i)) continue;
      // Only a whole token: not the inside of an identifier such as NaNa.
      const next = text[i + literal.length];
      if (next !== undefined && /[A-Za-z0-9_$]/.test(next)) continue;
      out += `${text.slice(last, i)}"${PYTHON_CONSTANT_MARK}${literal}"`;
      i += literal.length - 1;
      last = i + 1;
      found = true;
      break;
    }
  }
  return found ? out + text.slice(last) : null;
}

/** ...and as JSON.parse decodes it. */
const MARK = '\u0000python-json:';

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
 * NaN, Infinity and -Infinity outside strings are read as the numbers they are, as Python's json
 * module (and so transformers) reads them; the counter then refuses them where a size belongs.
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
    const marked = markPythonConstants(trimmed);
    if (marked === null) return fail('not-json');
    try {
      parsed = JSON.parse(marked, (_key, value: unknown) =>
        typeof value === 'string' && value.startsWith(MARK) ? PYTHON_CONSTANTS[value.slice(MARK.length)] : value,
      );
    } catch {
      return fail('not-json');
    }
  }
  if (!isJsonObject(parsed)) return fail('not-an-object');
  return { ok: true, value: parsed };
}
