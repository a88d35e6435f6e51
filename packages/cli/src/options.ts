import { parseDecimalInRange, parsePercent, withoutUnit, type DecimalRange } from '@llm-scale/core/numbers/parse-decimal';
import { formatNumber } from '@llm-scale/core/text/format';
import { fill } from '@llm-scale/core/text/template';
import { InputError, type CommandContext } from './output';

/**
 * A percentage option ("40", "40%", "40 %") read with the bounds of the site's field for it; the
 * value in percent (40 for 40 %). A bare number below 1 is refused as the fraction it probably is:
 * the site reads "0.4" as 0.4 % and asks "Did you mean 40%?" beside the result (read-field.ts,
 * the `percent` suggestion), which a terminal cannot show, so the command names both readings and
 * stops (exit 2). "0.4%", written with its sign, is taken as typed, within the bounds.
 * Throws InputError: percentFraction, or percentRange for anything else outside [min, max].
 */
export function readPercentOption(option: string, value: string, range: DecimalRange, { lang, m }: CommandContext): number {
  const text = value.normalize('NFKC').trim();
  const read = parsePercent(text, range);
  const asNumber = parsePercent(text, { min: 0, max: Number.MAX_VALUE });
  if (asNumber.ok && asNumber.value < 1 && !text.endsWith('%')) {
    throw new InputError(fill(m.errors.percentFraction, { option, value: text, meant: formatNumber(asNumber.value * 100, lang, 3) }));
  }
  if (!read.ok) {
    throw new InputError(fill(m.errors.percentRange, { option, min: formatNumber(range.min, lang, 3), max: formatNumber(range.max, lang, 3), value }));
  }
  return read.value;
}

/** The site's price fields (serving, fine-tuning): a decimal from 0.001 to 1,000,000, in USD per GPU-hour. */
export const PRICE_RANGE: DecimalRange = { min: 0.001, max: 1_000_000 };

/**
 * A price per GPU-hour: "2.5", "2.5 USD" (the unit the site's price field takes, its `units`), or
 * "$2.5" as a reader writes dollars. Null when it is none of these or outside PRICE_RANGE.
 */
export function readPrice(value: string): number | null {
  const text = withoutUnit(value, ['USD']).replace(/^\$\s*/, '');
  const read = parseDecimalInRange(text, PRICE_RANGE);
  return read.ok ? read.value : null;
}
