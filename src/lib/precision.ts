import { parsePositiveDecimal, type DecimalError } from './parse-decimal';
import { err, ok, type Result } from './result';

/**
 * Storage sizes of the number formats a model's weights are kept in (PyTorch "Tensor Attributes"
 * dtype sizes; fp8 per Micikevicius et al., arXiv:2209.05433). int4 is the raw 4 bits: real
 * quantized formats add per-block scales (llama.cpp Q4_K_M is about 4.8-4.9 bits per weight),
 * which the custom bytes field covers, e.g. 0.5625 bytes = 4.5 bits.
 */
export const PRECISIONS = [
  { id: 'fp64', bytes: 8, bits: 64 },
  { id: 'fp32', bytes: 4, bits: 32 },
  { id: 'fp16', bytes: 2, bits: 16 },
  { id: 'bf16', bytes: 2, bits: 16 },
  { id: 'fp8', bytes: 1, bits: 8 },
  { id: 'int8', bytes: 1, bits: 8 },
  { id: 'int4', bytes: 0.5, bits: 4 },
] as const;

export type Precision = (typeof PRECISIONS)[number];
export type PrecisionId = Precision['id'];

/** The source article's worked example uses 8 bytes per parameter, so the calculators start there. */
export const DEFAULT_PRECISION: PrecisionId = 'fp64';

/** Above this a "bytes per parameter" value is surely a typo (fp64 is 8; 64 leaves room for odd experiments). */
export const MAX_BYTES_PER_PARAMETER = 64;

export type BytesError = DecimalError;
export type ResolveBytesError = BytesError | 'unknown-precision';

export function isPrecisionId(s: string): s is PrecisionId {
  return PRECISIONS.some((p) => p.id === s);
}

export function bytesForPrecision(id: PrecisionId): number {
  for (const p of PRECISIONS) if (p.id === id) return p.bytes;
  // Unreachable for a checked PrecisionId; guards untyped callers (e.g. plain JS in the browser).
  throw new RangeError(`unknown precision: ${String(id)}`);
}

/** A custom bytes-per-parameter value: a plain positive decimal, such as 2, 0.5 or 0.5625. */
export function parseBytesPerParameter(input: string): Result<number, BytesError> {
  return parsePositiveDecimal(input, MAX_BYTES_PER_PARAMETER);
}

export interface ResolvedBytes {
  bytesPerParameter: number;
  /** Which precision the value came from, or 'custom' when the bytes field was used. */
  precision: PrecisionId | 'custom';
}

/**
 * Combines the two calculator inputs (usually from the URL): a non-empty custom bytes value wins
 * over the precision, because typing a number is the more deliberate act. A bad custom value is an
 * error rather than a silent fallback, so the user sees why the number did not change.
 */
export function resolveBytesPerParameter(input: {
  precision?: string | null | undefined;
  bytes?: string | null | undefined;
}): Result<ResolvedBytes, ResolveBytesError> {
  const bytes = input.bytes?.trim() ?? '';
  if (bytes !== '') {
    const parsed = parseBytesPerParameter(bytes);
    return parsed.ok ? ok({ bytesPerParameter: parsed.value, precision: 'custom' }) : parsed;
  }
  const precision = input.precision?.trim().toLowerCase() ?? '';
  if (precision === '') {
    return ok({ bytesPerParameter: bytesForPrecision(DEFAULT_PRECISION), precision: DEFAULT_PRECISION });
  }
  if (!isPrecisionId(precision)) return err('unknown-precision');
  return ok({ bytesPerParameter: bytesForPrecision(precision), precision });
}
