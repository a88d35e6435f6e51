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
const WITH_UNIT = /^([+\-\d.,\se]*?)\s*([km])$/;

/**
 * A context length in tokens, a whole number from 1 to `max`: 8192, 131,072, 8k (8192), 128K
 * (131,072), 1M (1,048,576), each also with "tokens" or "个 token" after it. Without k or M,
 * everything parsePositiveInteger reads is accepted.
 * Errors: those of parsePositiveInteger ('empty', 'not-a-number', 'not-positive', 'too-large',
 * 'not-an-integer': 1.5001k is not a whole number of tokens).
 */
export function parseContextLength(input: string, max: number): Result<number, IntegerError> {
  // "128k tokens", "8192 个 token": the field's own unit after the number, as its messages write it.
  const text = input.normalize('NFKC').trim().toLowerCase().replace(/(?<=[\d.km亿万千])\s*(?:个\s*)?tokens?$/u, '');
  const match = WITH_UNIT.exec(text);
  if (!match) return parsePositiveInteger(text, max);
  if (!/\d/.test(match[1]!)) return err('not-a-number');
  const number = parseCount(match[1]!);
  if (!number.ok) return number;
  // Times a power of two: exact for every double parseCount returns.
  const tokens = number.value * CONTEXT_UNITS[match[2]!]!;
  if (tokens > max) return err('too-large');
  if (!Number.isInteger(tokens)) return err('not-an-integer');
  return ok(tokens);
}
