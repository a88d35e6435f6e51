import { parseCount } from './parse-count';
import { parsePositiveInteger, type IntegerError } from './parse-integer';
import { err, ok, type Result } from './result';

/**
 * Binary multipliers for context lengths. Model configs and cards count context in powers of two:
 * Llama 3.1's "128K" is max_position_embeddings = 131,072 = 128 × 1024, Mistral's "32k" is 32,768.
 * So here, unlike parameter counts, k means 1024 and M means 1024².
 */
const CONTEXT_UNITS: Readonly<Record<string, number>> = { k: 1024, m: 1024 ** 2 };

/**
 * A number written as parseCount reads one without a unit (digits, grouped digits, a point at
 * either end, an exponent), then k or M. The number goes through parseCount, so "1,024k", ".5k",
 * "8.k" and "8e3k" mean what they mean in every other field, times 1024 instead of 1000.
 */
const NUMBER_BEFORE_UNIT = /^[+\-\d.,\se]*$/;

/**
 * A context length in tokens, a whole number from 1 to `max`: 8192, 131,072, 8k (8192), 128K
 * (131,072), 1M (1,048,576), each also with "tokens" or "个 token" after it. Without k or M,
 * everything parsePositiveInteger reads is accepted.
 * Errors: those of parsePositiveInteger ('empty', 'not-a-number', 'not-positive', 'too-large',
 * 'not-an-integer': 1.5001k is not a whole number of tokens).
 */
export function parseContextLength(input: string, max: number): Result<number, IntegerError> {
  // "128k tokens", "8192 个 token": the field's own unit after the number, as its messages write it.
  const text = withoutTokens(input.normalize('NFKC').trim().toLowerCase());
  // The unit and the number are split by slicing, not by one pattern: "([…\s]*?)\s*([km])"
  // backtracks over a run of spaces once per space, quadratic in a hostile link's length.
  const unit = text.at(-1);
  const before = text.slice(0, -1).trimEnd();
  if (unit === undefined || !(unit in CONTEXT_UNITS) || !NUMBER_BEFORE_UNIT.test(before)) return parsePositiveInteger(text, max);
  if (!/\d/.test(before)) return err('not-a-number');
  const number = parseCount(before);
  if (!number.ok) return number;
  // Times a power of two: exact for every double parseCount returns.
  const tokens = number.value * CONTEXT_UNITS[unit]!;
  if (tokens > max) return err('too-large');
  if (!Number.isInteger(tokens)) return err('not-an-integer');
  return ok(tokens);
}

/**
 * `text` (lower case) without "tokens", "token" or "个 token" after a number or a unit: linear,
 * where a lookbehind pattern ending in `\s*…$` is tried at every space of a long run.
 */
function withoutTokens(text: string): string {
  let rest: string;
  if (text.endsWith('tokens')) rest = text.slice(0, -6);
  else if (text.endsWith('token')) rest = text.slice(0, -5);
  else return text;
  rest = rest.trimEnd();
  if (rest.endsWith('个')) rest = rest.slice(0, -1).trimEnd();
  return /[\d.km亿万千]$/u.test(rest) ? rest : text;
}
