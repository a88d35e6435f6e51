import type { Lang } from '../lib/lang';
import { calculatorUnits } from '../i18n/calculators';
import { formatBytes, formatBytesLine, formatNumber, formatPercent } from '../lib/format';
import { bitsErrorMessage, countErrorMessage } from '../lib/messages';
import { parseCount } from '../lib/parse-count';
import { parsePositiveDecimal } from '../lib/parse-decimal';
import {
  BF16_BITS_PER_WEIGHT,
  MAX_BITS_PER_WEIGHT,
  bytesPerParameterFromBits,
  shareOfBf16,
  weightBytesAtBits,
} from '../lib/quantization';
import { withheld, type CalculatorInput, type CalculatorView } from './view';

/**
 * Llama 3.1 8B at llama.cpp's Q4_K_M: 4.89 bits per weight (4.8944 measured on
 * meta-llama/Llama-3.1-8B in https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md).
 * With the nominal 8B parameters, 8e9 × 4.89 / 8 = 4,890,000,000 bytes exactly.
 */
export const QUANTIZATION_DEFAULTS = { params: '8B', bits: '4.89' } as const;

export const QUANTIZATION_OUTPUTS = ['weights', 'bytes-per-param', 'vs-bf16', 'working'] as const;

const WORDS: Record<Lang, { bits: string; bytes: string }> = {
  en: { bits: 'bits', bytes: 'bytes' },
  zh: { bits: '位', bytes: '字节' },
};

export function quantizationView(input: CalculatorInput, lang: Lang): CalculatorView {
  const params = parseCount(input.params ?? '');
  const bits = parsePositiveDecimal(input.bits ?? '', MAX_BITS_PER_WEIGHT);
  const errors: Record<string, string> = {};
  if (!params.ok) errors.params = countErrorMessage(params.error, lang);
  if (!bits.ok) errors.bits = bitsErrorMessage(bits.error, lang);
  if (!params.ok || !bits.ok) return withheld(QUANTIZATION_OUTPUTS, errors);

  const t = calculatorUnits[lang];
  const total = weightBytesAtBits(params.value, bits.value);
  const bf16 = weightBytesAtBits(params.value, BF16_BITS_PER_WEIGHT);
  const words = WORDS[lang];
  // Full digits in the working, so a reader can check each step by hand.
  const working =
    `${formatNumber(params.value, lang, 0)} × ${formatNumber(bits.value, lang, 6)} ${words.bits} ÷ 8` +
    ` = ${formatNumber(total, lang, 3)} ${words.bytes} = ${formatBytesLine(total, lang)}`;
  return {
    outputs: {
      weights: formatBytesLine(total, lang),
      'bytes-per-param': t.bytesUnit(formatNumber(bytesPerParameterFromBits(bits.value), lang, 6)),
      'vs-bf16': t.vsBf16(formatPercent(shareOfBf16(bits.value), lang), formatBytes(bf16, lang).decimal),
      working,
    },
    errors,
  };
}
