/**
 * Arithmetic and formatting take numbers that parsers have already checked. A NaN or a negative
 * value here is a programming error; failing loudly beats printing "NaN GB" on the page.
 */
export function assertNonNegativeFinite(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${String(value)}`);
  }
}
