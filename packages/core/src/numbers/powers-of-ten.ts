/*
 * The site writes powers of ten with superscript digits ("10¹⁵", "5.88 × 10²³ FLOP"), and a reader
 * may copy one into a field. NFKC, which every field applies so that full-width digits read as
 * ASCII, would turn "10¹⁵" into "1015": a different number, silently. So before it, a power of ten
 * is rewritten in the e-notation the count grammar reads, and any other superscript or subscript
 * digit makes the text unreadable.
 */

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Superscript digits (U+00B2, U+00B3, U+00B9, U+2070–U+2079) and subscript digits (U+2080–U+2089). */
const SCRIPT_DIGIT = /[\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]/u;

/** The end of "10¹⁵", "2 × 10¹¹", "1.5×10⁻³": 10 and a superscript exponent. */
const POWER_END = /10([⁺⁻]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/u;

/** Between an optional factor and the 10: ×, x, * or ·. */
const TIMES = /[×x*·]/u;

/**
 * `text` with a written power of ten in e-notation ("10¹⁵" → "1e15", "2 × 10¹¹" → "2e11"); the text
 * unchanged when it has no superscript or subscript digit; null when it has one anywhere else
 * ("8¹", "H₂O"), which no field can read.
 */
export function rewritePowerOfTen(text: string): string | null {
  const trimmed = text.trim();
  if (!SCRIPT_DIGIT.test(trimmed)) return text;
  // Taken apart by slicing rather than by one pattern: "(.*?)\s*×\s*" backtracks over a run of
  // spaces once per space, quadratic in the length of a hostile link's value.
  const match = POWER_END.exec(trimmed);
  if (!match) return null;
  const [, sign, digits] = match;
  const before = trimmed.slice(0, match.index).trimEnd();
  let factor: string | undefined;
  if (before !== '') {
    if (!TIMES.test(before.at(-1)!)) return null;
    factor = before.slice(0, -1).trimEnd();
    if (factor === '' || SCRIPT_DIGIT.test(factor)) return null;
  }
  const exponent = [...digits!].map((d) => SUPERSCRIPT_DIGITS.indexOf(d)).join('');
  return `${factor ?? '1'}e${sign === '⁻' ? '-' : ''}${exponent}`;
}
