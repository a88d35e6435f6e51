import { MAX_COUNT, parseCount, type CountError } from './parse-count';
import { err, ok, type Result } from './result';

export type IntegerError = CountError | 'not-an-integer';

/**
 * A positive whole number at most `max`: layers, heads, a batch size, a number of accelerators, a
 * context length. It is read by parseCount, so everything a count accepts works here too: 80,
 * 16,384, 8k (= 8000), 128k (= 128,000), 1.6万, 2e3. Only the result must be whole.
 */
export function parsePositiveInteger(input: string, max: number): Result<number, IntegerError> {
  if (!(Number.isInteger(max) && max >= 1 && max <= MAX_COUNT)) {
    throw new RangeError(`max must be a whole number from 1 to ${MAX_COUNT}, got ${String(max)}`);
  }
  const parsed = parseCount(input);
  if (!parsed.ok) return parsed;
  if (parsed.value > max) return err('too-large');
  if (!Number.isInteger(parsed.value)) return err('not-an-integer');
  return ok(parsed.value);
}
