import { formatBytes, formatBytesLine, BYTES_WRITTEN_OUT_BELOW, formatExact, formatExactAmount, formatPercent } from '@llm-scale/core/text/format';
import {
  BF16_BITS_PER_WEIGHT,
  MAX_BITS_PER_WEIGHT,
  bytesPerParameterFromBits,
  shareOfBf16,
  weightBytesAtBits,
} from '@llm-scale/core/memory/quantization';
import { fill, type PluralForms } from '@llm-scale/core/text/template';
import { defineCalculator, type ComputeContext } from '../spec';

export interface QuantizationWords {
  bits: PluralForms;
  bytes: PluralForms;
  /** "{share} of the {bf16} at bf16". */
  vsBf16: string;
}

/**
 * Weight storage from bits per weight. Starts on Llama 3.1 8B at llama.cpp's Q4_K_M: 4.89 bits per
 * weight (4.8944 measured on meta-llama/Llama-3.1-8B in llama.cpp's tools/quantize/README.md);
 * with the nominal 8B parameters, 8e9 × 4.89 / 8 = 4,890,000,000 bytes exactly.
 */
export const quantization = defineCalculator({
  name: 'quantization',
  fields: [
    { name: 'params', kind: 'count', default: '8B' },
    { name: 'bits', kind: 'decimal', max: MAX_BITS_PER_WEIGHT, default: '4.89', units: ['bits', 'bit', '比特'] },
  ],
  outputs: [
    { name: 'weights', from: ['params', 'bits'] },
    { name: 'bytes-per-param', from: ['bits'] },
    { name: 'vs-bf16', from: ['params', 'bits'] },
    { name: 'working', from: ['params', 'bits'], explains: true },
  ],
  compute({ params, bits }, { lang, words }: ComputeContext<QuantizationWords>) {
    const total = weightBytesAtBits(params, bits);
    const bf16 = weightBytesAtBits(params, BF16_BITS_PER_WEIGHT);
    const perParameter = bytesPerParameterFromBits(bits);
    const working =
      `${formatExact(params, lang)} × ${formatExactAmount(bits, words.bits, lang)} ÷ 8` +
      ` = ${formatExactAmount(total, words.bytes, lang)}` +
      // Below 1 kB the exact amount is already the result in bytes.
      (total < BYTES_WRITTEN_OUT_BELOW ? '' : ` = ${formatBytesLine(total, lang)}`);
    return {
      weights: formatBytesLine(total, lang),
      'bytes-per-param': formatExactAmount(perParameter, words.bytes, lang),
      'vs-bf16': fill(words.vsBf16, { share: formatPercent(shareOfBf16(bits), lang), bf16: formatBytes(bf16, lang).decimal }),
      working,
    };
  },
});

/** The spec the registries find in this folder (src/calculators/registry.ts). */
export default quantization;
