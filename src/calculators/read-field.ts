import { MAX_COUNT } from '@llm-scale/core/numbers/parse-count';
import { parseDecimalInRange, parsePercent, parsePositiveDecimal, withoutUnit } from '@llm-scale/core/numbers/parse-decimal';
import { parsePositiveInteger } from '@llm-scale/core/numbers/parse-integer';
import { matchPrecision, type PrecisionId } from '@llm-scale/core/memory/precision';
import { parseContextLength } from '@llm-scale/core/numbers/parse-context';
import { parseConfigJson } from '@llm-scale/core/configs/parse-config';
import type { JsonObject } from '@llm-scale/core/configs/types';
import { rewritePowerOfTen } from '@llm-scale/core/numbers/powers-of-ten';
import { formatModelId, parseModelId } from '@llm-scale/core/hub/model-id';
import type { FieldSpec } from './spec';

/*
 * One grammar for reading a field's text, by the field's kind. Every kind normalizes the text the
 * same way first (NFKC, so full-width digits and letters read as ASCII; surrounding spaces
 * ignored). The codes below are turned into sentences by each language's strings.
 */

export type FieldError =
  | 'empty'
  | 'not-a-number'
  | 'not-positive'
  | 'not-an-integer'
  | 'too-small'
  | 'too-large'
  | 'unknown-format'
  | 'not-json'
  | 'not-an-object'
  | 'too-long'
  /** A model id naming another site than the Hub (src/calculators/hub-model.ts). */
  | 'model-other-site'
  /** A Hub address that is not a model's: a dataset, a Space, the docs. */
  | 'model-not-a-model'
  /** A bare name without its organisation ("gpt2"). */
  | 'model-no-organisation'
  /** Not a model id at all. */
  | 'model-malformed';

/**
 * A value that was read but looks like a slip, with what the reader probably meant: a bare "70"
 * in a parameter field (70B?), or "0.4" in a percentage field (40 %?). The value stands; the field
 * only says so.
 */
export type FieldSuggestion =
  | { kind: 'count-unit'; typed: string }
  | { kind: 'percent'; typed: string; meant: number }
  /** A memory size in binary units, converted exactly: "24 GiB" is 25.769803776 GB. */
  | { kind: 'binary-unit'; typed: string; meant: number }
  /** A rate in another power of ten of the field's unit, converted: "0.989 PFLOP/s" is 989 TFLOP/s. */
  | { kind: 'scaled-unit'; typed: string; meant: number; unit: string };

export type FieldReading =
  | { ok: true; value: number | PrecisionId | string | JsonObject | undefined; suggestion?: FieldSuggestion }
  | { ok: false; error: FieldError };

/** Below this a bare count without a unit is more likely a forgotten "B" than a tiny model. */
const BARE_COUNT_SUGGESTION_BELOW = 1000;
const BARE_NUMBER = /^(?:\d+\.?\d*|\.\d+)$/;

/**
 * The most characters a number field reads. Nothing a reader means is longer ("175,000,000,000 个
 * token" is 24); a link can carry anything, and every parser below is then run on at most this
 * many characters, so a 100 kB value costs no more than a short one.
 */
export const MAX_FIELD_CHARS = 64;

/**
 * NFKC (full-width digits and letters read as ASCII), surrounding spaces ignored, runs of spaces
 * as one, and the traditional 億 and 萬 as 亿 and 万.
 */
const normalize = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').replace(/億/g, '亿').replace(/萬/g, '万');

/**
 * "1e 11" is what a URL makes of a hand-written "1e+11" (a "+" in a query is a space): read it as
 * the reader wrote it. A space between "e" and a digit means nothing else in any field.
 */
const plusFromLink = (text: string) => text.replace(/(\d\.?e) (?=\d)/gi, '$1+');

/** After a memory size in GB: "24 GB 显存", "80 GB VRAM", "80 GB of memory". */
const MEMORY_WORDS = / ?(?:显存|内存|VRAM|RAM|(?:of )?memory)$/iu;

/** Binary sizes a GB field converts exactly (bytes per unit ÷ 10⁹), and "G" for GB. */
const BINARY_GB: Readonly<Record<string, number>> = { gib: 2 ** 30, mib: 2 ** 20, tib: 2 ** 40 };

/**
 * The noun a reader may write after a number, by field name, read as the field's own unit and
 * dropped: "700亿参数", "15T tokens", "1.4万亿个 token", "4 张", "2048卡". Only a trailing noun of
 * the field's own kind: "4 张 4090" still asks for the count alone.
 */
const ACCELERATOR_NOUNS = ['张卡', '张显卡', '张加速卡', '张 GPU', '张GPU', '张', '块卡', '块', '台', '卡', 'GPUs', 'GPU', 'accelerators', 'accelerator', 'cards', 'card'];

const FIELD_NOUNS: Readonly<Record<string, readonly string[]>> = {
  params: ['个参数', '参数', 'parameters', 'parameter', 'params'],
  tokens: ['个 token', '个token', 'tokens', 'token'],
  accelerators: ACCELERATOR_NOUNS,
  devices: ACCELERATOR_NOUNS,
};

const withoutNoun = (field: FieldSpec, text: string) => {
  const nouns = FIELD_NOUNS[field.name];
  return nouns ? withoutUnit(text, nouns) : text;
};

/**
 * Reads one field's text by its kind.
 * - count: parseCount's forms (200B, 1.5T, 2000亿, 2e11, 175,000,000,000), then a whole number from
 *   1 to 10¹⁵; a bare number under 1000 is accepted with a `count-unit` suggestion. In every
 *   numeric kind a power of ten as the page writes it ("10¹⁵", "2 × 10¹¹") reads as e-notation, and
 *   any other superscript or subscript digit is 'not-a-number' (powers-of-ten.ts).
 * - integer: the same forms, a whole number from 1 to `max` (`k` = 1000 here: 16k accelerators).
 *   Empty is allowed for `optional` count and integer fields (value undefined).
 * - context: tokens, `k` = 1024 and `M` = 1024², as model configs count (128k = 131,072), at most `max`.
 * - decimal: a plain positive decimal in [min, max]; empty is allowed for `optional` fields.
 * - percent: "40", "40%" or "40 %" in [min, max]; a value of 1 or less gets a `percent` suggestion.
 * - format: a number format id, regardless of case and spaces, or a PyTorch dtype name (bfloat16).
 * - config: a JSON object (a config.json); 'empty', 'too-long', 'not-json' or 'not-an-object'.
 * - files: never read from text; the island supplies what it made of the picked files.
 * - model: a Hugging Face model id (parseModelId); empty is allowed; the value is the id as the URL keeps it.
 */
export function readField(field: FieldSpec, raw: string): FieldReading {
  if (field.kind === 'config' || field.kind === 'files' || field.kind === 'model') return readOther(field, raw);
  // The cap comes first, before any pattern sees the text (a long link froze the page for seconds).
  if (raw.length > MAX_FIELD_CHARS && raw.trim().length > MAX_FIELD_CHARS) {
    return { ok: false, error: field.kind === 'format' || field.kind === 'choice' ? 'unknown-format' : 'not-a-number' };
  }
  if (field.kind === 'format' || field.kind === 'choice') return readOther(field, raw);
  // "10¹⁵" as the page writes it is 1e15, not the "1015" NFKC would make of it.
  const rewritten = rewritePowerOfTen(raw.trim());
  if (rewritten === null) return { ok: false, error: 'not-a-number' };
  const text = plusFromLink(field.kind === 'count' || field.kind === 'integer' ? withoutNoun(field, normalize(rewritten)) : normalize(rewritten));
  switch (field.kind) {
    case 'count': {
      if (text === '' && field.optional) return { ok: true, value: undefined };
      const parsed = parsePositiveInteger(text, MAX_COUNT);
      if (!parsed.ok) return parsed;
      if (BARE_NUMBER.test(text) && parsed.value < BARE_COUNT_SUGGESTION_BELOW) {
        // "5." is quoted as 5: the sentence that quotes it ends in its own full stop.
        return { ok: true, value: parsed.value, suggestion: { kind: 'count-unit', typed: text.replace(/\.$/, '') } };
      }
      return parsed;
    }
    case 'integer':
      if (text === '' && field.optional) return { ok: true, value: undefined };
      return parsePositiveInteger(text, field.max);
    case 'context':
      return parseContextLength(text, field.max);
    case 'decimal': {
      if (text === '' && field.optional) return { ok: true, value: undefined };
      if (field.units?.includes('GB')) return readGigabytes(field, text);
      const scaled = field.units ? readScaled(field, text) : undefined;
      if (scaled) return scaled;
      const number = field.units ? withoutUnit(field.units.includes('USD') ? text.replace(DOLLAR_SIGN, '') : text, field.units) : text;
      return field.min === undefined
        ? parsePositiveDecimal(number, field.max)
        : parseDecimalInRange(number, { min: field.min, max: field.max });
    }
    case 'percent': {
      const parsed = parsePercent(text, field);
      // Only a bare number asks: "0.4%" was written as a percentage on purpose.
      if (parsed.ok && parsed.value <= 1 && !text.endsWith('%')) {
        return { ...parsed, suggestion: { kind: 'percent', typed: text, meant: parsed.value * 100 } };
      }
      return parsed;
    }
  }
}

/**
 * A memory size in GB (10⁹ bytes, as the field and accelerator specs write it), also typed as "24G",
 * "24 GB 显存" or in binary units: "24 GiB" is 24 × 2³⁰ bytes = 25.769803776 GB, converted exactly
 * (one rounding, of the quotient) and said beside the field, since a reader who typed GiB should
 * see both figures.
 */
function readGigabytes(field: Extract<FieldSpec, { kind: 'decimal' }>, text: string): FieldReading {
  const bare = text.replace(MEMORY_WORDS, '');
  const binary = /^(.*?) ?([gmt]ib)$/i.exec(bare);
  const range = { min: field.min ?? Number.MIN_VALUE, max: field.max };
  if (binary) {
    const number = parseDecimalInRange(binary[1]!, { min: 0, max: Number.MAX_VALUE });
    if (!number.ok) return number;
    const gb = (number.value * BINARY_GB[binary[2]!.toLowerCase()]!) / 1e9;
    if (gb > range.max) return { ok: false, error: 'too-large' };
    if (gb < range.min) return { ok: false, error: 'too-small' };
    return { ok: true, value: gb, suggestion: { kind: 'binary-unit', typed: `${binary[1]} ${binary[2]}`, meant: gb } };
  }
  const number = withoutUnit(bare.replace(/(?<=\d) ?g$/i, ''), field.units ?? []);
  return field.min === undefined ? parsePositiveDecimal(number, field.max) : parseDecimalInRange(number, range);
}

/**
 * The same unit a power of ten away, as a field's own unit: [the field's unit, its exponent] for
 * each. A peak in TFLOP/s may be typed in PFLOP/s (0.989 PFLOP/s, as some spec sheets give it).
 */
const SCALED_UNITS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'TFLOP/s': { 'pflop/s': 3, pflops: 3, 'gflop/s': -3, gflops: -3 },
  // Memory bandwidth: datasheets give TB/s for accelerators, GB/s for consumer parts (an RTX 4090's 1008 GB/s).
  'TB/s': { 'gb/s': -3, 'pb/s': 3 },
};

/** A dollar sign before a price in US dollars ("$2.50", "US$2.50"), as a USD field reads it. */
const DOLLAR_SIGN = /^(?:US)?\$ ?(?=[\d.])/i;

/**
 * `text` in a unit SCALED_UNITS relates to the field's, converted (the decimal digits shifted, so
 * exactly), with a suggestion saying so; undefined when it is in none of them.
 */
function readScaled(field: Extract<FieldSpec, { kind: 'decimal' }>, text: string): FieldReading | undefined {
  for (const unit of field.units ?? []) {
    for (const [other, exponent] of Object.entries(SCALED_UNITS[unit] ?? {})) {
      const lower = text.toLowerCase();
      if (!lower.endsWith(other) || lower.length === other.length) continue;
      const number = text.slice(0, text.length - other.length).trimEnd();
      const read = parseDecimalInRange(number, { min: 0, max: Number.MAX_VALUE });
      if (!read.ok) return read;
      const value = Number(`${number.replace(/,/g, '')}e${exponent}`);
      if (value > field.max) return { ok: false, error: 'too-large' };
      if (field.min !== undefined && value < field.min) return { ok: false, error: 'too-small' };
      return { ok: true, value, suggestion: { kind: 'scaled-unit', typed: text, meant: value, unit } };
    }
  }
  return undefined;
}

/** The option of a choice field that `text` names, regardless of case and surrounding spaces; null if none. */
export function matchChoice(field: Extract<FieldSpec, { kind: 'choice' }>, text: string): string | null {
  const wanted = normalize(text).toLowerCase();
  return field.options.find((option) => option.toLowerCase() === wanted) ?? null;
}

/** The fields that hold no number: a format, a choice, a config, picked files, a model id. */
function readOther(field: Extract<FieldSpec, { kind: 'format' | 'choice' | 'config' | 'files' | 'model' }>, raw: string): FieldReading {
  const text = normalize(raw);
  switch (field.kind) {
    case 'choice': {
      if (text === '') return { ok: true, value: field.default };
      const option = matchChoice(field, text);
      return option === null ? { ok: false, error: 'unknown-format' } : { ok: true, value: option };
    }
    case 'format': {
      // A select never sends an empty value; an empty URL value means "the default".
      if (text === '') return { ok: true, value: field.default };
      const id = matchPrecision(text);
      if (id === null || (field.options && !field.options.includes(id))) return { ok: false, error: 'unknown-format' };
      return { ok: true, value: id };
    }
    case 'config': {
      if (field.optional && text === '') return { ok: true, value: undefined };
      const parsed = parseConfigJson(raw);
      if (parsed.ok) return parsed;
      // 'invalid-keys' and 'too-large' come from counting, not from reading the text.
      return { ok: false, error: parsed.error === 'invalid-keys' || parsed.error === 'too-large' ? 'not-an-object' : parsed.error };
    }
    case 'files':
      return { ok: true, value: undefined };
    case 'model': {
      if (text === '') return { ok: true, value: undefined };
      const id = parseModelId(text);
      return id.ok ? { ok: true, value: formatModelId(id.value) } : { ok: false, error: `model-${id.error}` };
    }
  }
}
