import type { Lang } from '../lib/lang';
import { formatBytesLine, formatNumber } from '../lib/format';
import { bytesErrorMessage, countErrorMessage } from '../lib/messages';
import { parseCount } from '../lib/parse-count';
import { resolveBytesPerParameter } from '../lib/precision';
import { acceleratorsToHold, weightBytes } from '../lib/storage';
import { withheld, type CalculatorInput, type CalculatorView } from './view';

/** The source article's worked example: GPT-4o's estimated 200B parameters at 8 bytes each. */
export const STORAGE_DEFAULTS = { params: '200B', precision: 'fp64', bytes: '' } as const;

export const STORAGE_OUTPUTS = ['weights', 'accelerators', 'working'] as const;

const BYTES_WORD: Record<Lang, string> = { en: 'bytes', zh: '字节' };

export function storageView(input: CalculatorInput, lang: Lang): CalculatorView {
  const params = parseCount(input.params ?? '');
  const bytes = resolveBytesPerParameter({ precision: input.precision ?? null, bytes: input.bytes ?? null });
  const errors: Record<string, string> = {};
  if (!params.ok) errors.params = countErrorMessage(params.error, lang);
  if (!bytes.ok) errors[bytes.error === 'unknown-precision' ? 'precision' : 'bytes'] = bytesErrorMessage(bytes.error, lang);
  if (!params.ok || !bytes.ok) return withheld(STORAGE_OUTPUTS, errors);

  const total = weightBytes(params.value, bytes.value.bytesPerParameter);
  const unit = BYTES_WORD[lang];
  // Full digits in the working, so a reader can check each step by hand.
  const working =
    `${formatNumber(params.value, lang, 0)} × ${formatNumber(bytes.value.bytesPerParameter, lang, 6)} ${unit}` +
    ` = ${formatNumber(total, lang, 0)} ${unit} = ${formatBytesLine(total, lang)}`;
  return {
    outputs: {
      weights: formatBytesLine(total, lang),
      accelerators: formatNumber(acceleratorsToHold(total), lang, 0),
      working,
    },
    errors,
  };
}
