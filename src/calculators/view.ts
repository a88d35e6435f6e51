import type { Lang } from '../lib/lang';

/** What a calculator reads: its form's fields by name (the same names as its URL parameters). */
export type CalculatorInput = Readonly<Record<string, string>>;

/**
 * What a calculator shows: text for each named result, and a message for each field it could not
 * read. Pure data, so the same function renders the no-JavaScript default at build time and the
 * live result in the browser.
 */
export interface CalculatorView {
  outputs: Record<string, string>;
  errors: Record<string, string>;
}

export type Calculator = (input: CalculatorInput, lang: Lang) => CalculatorView;

/** Shown in place of every result while any field is invalid: never NaN, never a stale number. */
export const NO_RESULT = '—';

/** A view whose results are all withheld because of `errors`. */
export function withheld(outputNames: readonly string[], errors: Record<string, string>): CalculatorView {
  return { outputs: Object.fromEntries(outputNames.map((name) => [name, NO_RESULT])), errors };
}
