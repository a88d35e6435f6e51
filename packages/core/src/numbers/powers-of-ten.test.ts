import { describe, expect, it } from 'vitest';
import { rewritePowerOfTen } from './powers-of-ten';

describe('rewritePowerOfTen: a power of ten as the site writes it, in e-notation', () => {
  it.each<[string, string | null]>([
    ['10¹⁵', '1e15'],
    [' 10¹⁵ ', '1e15'],
    ['2 × 10¹¹', '2e11'],
    ['2×10¹¹', '2e11'],
    ['5.88 × 10²³', '5.88e23'],
    ['1.5 x 10¹⁴', '1.5e14'],
    ['1.5 * 10¹⁴', '1.5e14'],
    ['1 · 10³', '1e3'],
    ['10⁻³', '1e-3'],
    ['10⁺³', '1e3'],
    // no superscript: unchanged, for the field's own grammar
    ['200B', '200B'],
    ['1e15', '1e15'],
    ['', ''],
    // a superscript or subscript digit anywhere else is no number
    ['8¹', null],
    ['10¹⁵B', null],
    ['²10', null],
    ['10₁₅', null],
    ['× 10¹⁵', null],
    ['2¹ × 10¹⁵', null],
    ['100¹⁵', null],
  ])('%j → %j', (input, expected) => {
    expect(rewritePowerOfTen(input)).toBe(expected);
  });
});
