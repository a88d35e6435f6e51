import { formatExactAmount } from '@llm-scale/core/text/format';
import type { Lang } from '@llm-scale/core/text/lang';
import type { PluralForms } from '@llm-scale/core/text/template';

/**
 * A number format's option in every format select, and the models table's heading: its name and
 * its bytes per parameter, "fp16 · 2 bytes" / "fp16 · 2 字节". `bytes` is the language's plural
 * forms of "{n} bytes" (src/i18n/<lang>/shared.ts).
 */
export function precisionLabel(precision: string, bytesPerParameter: number, lang: Lang, bytes: PluralForms): string {
  return `${precision} · ${formatExactAmount(bytesPerParameter, bytes, lang)}`;
}
