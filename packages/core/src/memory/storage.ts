import { assertNonNegativeFinite } from '../numbers/assert';

/**
 * Weight storage only: the parameters times their size. Serving also needs the KV cache and
 * activations, and training needs optimizer state and gradients on top (see TRAINING_BYTES_PER_PARAMETER),
 * so these numbers are a floor, not a deployment estimate.
 */
export function weightBytes(params: number, bytesPerParam: number): number {
  assertNonNegativeFinite(params, 'params');
  assertNonNegativeFinite(bytesPerParam, 'bytesPerParam');
  return params * bytesPerParam;
}

/** One 80 GB data-centre accelerator (the A100 80GB / H100 80GB class), in decimal bytes. */
export const ACCELERATOR_BYTES = 80e9;

/** Quotients within this relative distance of a whole number count as that number. */
const RELATIVE_TOLERANCE = 1e-12;

/**
 * The fewest accelerators whose combined memory holds the weights, ignoring everything else a
 * real deployment keeps in memory. A quotient like 20.000000000000004 is float noise, not a 21st
 * card, so near-integers are snapped before rounding up.
 */
export function acceleratorsToHold(bytes: number, acceleratorBytes: number = ACCELERATOR_BYTES): number {
  assertNonNegativeFinite(bytes, 'bytes');
  if (!(acceleratorBytes > 0) || !Number.isFinite(acceleratorBytes)) {
    throw new RangeError(`acceleratorBytes must be a finite number > 0, got ${String(acceleratorBytes)}`);
  }
  const quotient = bytes / acceleratorBytes;
  const nearest = Math.round(quotient);
  if (Math.abs(quotient - nearest) <= RELATIVE_TOLERANCE * quotient) return nearest;
  return Math.ceil(quotient);
}

/**
 * Mixed-precision Adam training: fp16 weights and gradients (2 + 2 bytes) plus fp32 master weights,
 * momentum and variance (4 + 4 + 4). Rajbhandari et al., ZeRO, arXiv:1910.02054, section 3.1.
 * Activations come on top.
 */
export const TRAINING_BYTES_PER_PARAMETER = 16;

export function trainingStateBytes(params: number): number {
  return weightBytes(params, TRAINING_BYTES_PER_PARAMETER);
}
