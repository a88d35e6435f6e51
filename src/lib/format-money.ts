import { assertNonNegativeFinite } from '@llm-scale/core/numbers/assert';
import { htmlLang, type Lang } from '@llm-scale/core/text/lang';

/*
 * Money in US dollars, the currency cloud GPU prices are listed in. Intl writes the symbol as each
 * language does ("$2.50", "US$2.50"). Amounts from a million up are rounded to 3 significant
 * digits in the audience's units ("$66.5M", "US$6650万"): they come from an example price and an
 * estimated run, so more digits would claim a precision the inputs do not have.
 */

const COMPACT_FROM = 1e6;

/** "$2.50", "$11.26", "$66.5M" / "US$2.50", "US$6650万". Throws RangeError on NaN, ±Infinity or a negative amount. */
export function formatUsd(amount: number, lang: Lang): string {
  assertNonNegativeFinite(amount, 'amount');
  const options: Intl.NumberFormatOptions =
    Number(amount.toPrecision(3)) >= COMPACT_FROM
      ? { style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: 3 }
      : { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 };
  return new Intl.NumberFormat(htmlLang(lang), options).format(amount);
}
