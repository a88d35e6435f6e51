import type { Lang } from '../lib/lang';
import type { PrecisionId } from '../lib/precision';
import { formatNumber } from '../lib/format';
import { calculatorUnits } from '../i18n/calculators';

/** "fp16 · 2 bytes" / "fp16 · 2 字节"; a custom value shows its bytes alone. */
export function precisionLabel(precision: PrecisionId | 'custom', bytesPerParameter: number, lang: Lang): string {
  const bytes = calculatorUnits[lang].bytesUnit(formatNumber(bytesPerParameter, lang, 6));
  return precision === 'custom' ? bytes : `${precision} · ${bytes}`;
}
