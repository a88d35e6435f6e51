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
export type FieldSuggestion = { kind: 'count-unit'; typed: string } | { kind: 'percent'; typed: string; meant: number };

export type FieldReading =
  | { ok: true; value: number | PrecisionId | JsonObject | string | undefined; suggestion?: FieldSuggestion }
  | { ok: false; error: FieldError };

/** Below this a bare count without a unit is more likely a forgotten "B" than a tiny model. */
const BARE_COUNT_SUGGESTION_BELOW = 1000;
const BARE_NUMBER = /^(?:\d+\.?\d*|\.\d+)$/;

const normalize = (text: string) => text.normalize('NFKC').trim();

/**
 * Reads one field's text by its kind.
 * - count: parseCount's forms (200B, 1.5T, 2000亿, 2e11, 175,000,000,000), then a whole number from
 *   1 to 10¹⁵; a bare number under 1000 is accepted with a `count-unit` suggestion. In every
 *   numeric kind a power of ten as the page writes it ("10¹⁵", "2 × 10¹¹") reads as e-notation, and
 *   any other superscript or subscript digit is 'not-a-number' (powers-of-ten.ts).
 * - integer: the same forms, a whole number from 1 to `max` (`k` = 1000 here: 16k accelerators).
 * - context: tokens, `k` = 1024 and `M` = 1024², as model configs count (128k = 131,072), at most `max`.
 * - decimal: a plain positive decimal in [min, max]; empty is allowed for `optional` fields.
 * - percent: "40", "40%" or "40 %" in [min, max]; a value of 1 or less gets a `percent` suggestion.
 * - format: a number format id, regardless of case and spaces, or a PyTorch dtype name (bfloat16).
 * - config: a JSON object (a config.json); 'empty', 'too-long', 'not-json' or 'not-an-object'.
 * - files: never read from text; the island supplies what it made of the picked files.
 * - model: a Hugging Face model id (parseModelId); empty is allowed; the value is the id as the URL keeps it.
 */
export function readField(field: FieldSpec, raw: string): FieldReading {
  if (field.kind === 'format' || field.kind === 'config' || field.kind === 'files' || field.kind === 'model') return readOther(field, raw);
  // "10¹⁵" as the page writes it is 1e15, not the "1015" NFKC would make of it.
  const rewritten = rewritePowerOfTen(raw);
  if (rewritten === null) return { ok: false, error: 'not-a-number' };
  const text = normalize(rewritten);
  switch (field.kind) {
    case 'count': {
      const parsed = parsePositiveInteger(text, MAX_COUNT);
      if (!parsed.ok) return parsed;
      if (BARE_NUMBER.test(text) && parsed.value < BARE_COUNT_SUGGESTION_BELOW) {
        // "5." is quoted as 5: the sentence that quotes it ends in its own full stop.
        return { ok: true, value: parsed.value, suggestion: { kind: 'count-unit', typed: text.replace(/\.$/, '') } };
      }
      return parsed;
    }
    case 'integer':
      return parsePositiveInteger(text, field.max);
    case 'context':
      return parseContextLength(text, field.max);
    case 'decimal': {
      if (text === '' && field.optional) return { ok: true, value: undefined };
      const number = field.units ? withoutUnit(text, field.units) : text;
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

/** The fields that hold no number: a format, a config, picked files. */
function readOther(field: Extract<FieldSpec, { kind: 'format' | 'config' | 'files' | 'model' }>, raw: string): FieldReading {
  const text = normalize(raw);
  switch (field.kind) {
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
