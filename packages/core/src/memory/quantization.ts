import { assertNonNegativeFinite } from '../numbers/assert';

/*
 * Weight storage from bits per weight. Quantized formats are quoted in bits per weight, and real
 * ones are not whole numbers because they also store per-block scales: llama.cpp's
 * tools/quantize/README.md measures Llama-3.1-8B at 4.8944 bits per weight for Q4_K_M, 5.7036 for
 * Q5_K_M, 6.5633 for Q6_K and 8.5008 for Q8_0 (https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md).
 */

/** Above this a bits-per-weight value is surely a typo: fp64, the widest format listed, is 64. */
export const MAX_BITS_PER_WEIGHT = 64;

/** bf16 (like fp16) takes 16 bits per weight: the usual format for publishing and serving weights. */
export const BF16_BITS_PER_WEIGHT = 16;

export const BITS_PER_BYTE = 8;

/** 4.89 bits → 0.61125 bytes. Exact: dividing by a power of two never rounds. */
export function bytesPerParameterFromBits(bitsPerWeight: number): number {
  assertNonNegativeFinite(bitsPerWeight, 'bitsPerWeight');
  return bitsPerWeight / BITS_PER_BYTE;
}

/**
 * A decimal as an integer and a power of ten, read off its shortest round-trip string:
 * 4.89 → { mantissa: 489, scale: 2 }. Null when that string has an exponent or the integer is not
 * exact, so the caller falls back to plain floating point.
 */
function decimalParts(value: number): { mantissa: number; scale: number } | null {
  const text = String(value);
  if (/e/i.test(text)) return null;
  const [whole = '', fraction = ''] = text.split('.');
  const mantissa = Number(whole + fraction);
  if (!Number.isSafeInteger(mantissa) || fraction.length > 22) return null;
  return { mantissa, scale: fraction.length };
}

/**
 * Bytes taken by `params` weights at `bitsPerWeight` bits each: params × bits / 8.
 *
 * The bits are a decimal typed by a person, and 4.89 has no exact binary value, so the obvious
 * 200e9 * 4.89 / 8 gives 122249999999.99998 rather than 122250000000. Working with the decimal's
 * digits instead, 200e9 × 489 / (8 × 10²), keeps the product an exact integer, and the one division
 * then rounds correctly: 8B at 4.89 bits is exactly 4,890,000,000 bytes.
 */
export function weightBytesAtBits(params: number, bitsPerWeight: number): number {
  assertNonNegativeFinite(params, 'params');
  assertNonNegativeFinite(bitsPerWeight, 'bitsPerWeight');
  const parts = decimalParts(bitsPerWeight);
  if (parts === null) return (params * bitsPerWeight) / BITS_PER_BYTE;
  // Number('1e2') is the correctly rounded power of ten; 10 ** k need not be.
  return (params * parts.mantissa) / (BITS_PER_BYTE * Number(`1e${parts.scale}`));
}

/** The size at `bitsPerWeight` as a share of the bf16 size: 4.89 bits → 0.305625 (30.6%). */
export function shareOfBf16(bitsPerWeight: number): number {
  assertNonNegativeFinite(bitsPerWeight, 'bitsPerWeight');
  return bitsPerWeight / BF16_BITS_PER_WEIGHT;
}
