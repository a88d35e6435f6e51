import { formatBytesLine, BYTES_WRITTEN_OUT_BELOW, formatExact, formatExactAmount, formatNumber } from '@llm-scale/core/text/format';
import { MAX_BYTES_PER_PARAMETER, bytesForPrecision } from '@llm-scale/core/memory/precision';
import { acceleratorsToHold, weightBytes } from '@llm-scale/core/memory/storage';
import type { PluralForms } from '@llm-scale/core/text/template';
import { defineCalculator, type ComputeContext } from '../spec';

export interface StorageWords {
  /** "{n} bytes" / "{n} 字节", by plural category. */
  bytes: PluralForms;
}

/**
 * Weight storage = parameters × bytes per parameter. Starts on the source article's worked
 * example: GPT-4o's estimated 200B parameters at 8 bytes each (fp64) = 1600 GB.
 */
export const storage = defineCalculator({
  name: 'storage',
  fields: [
    { name: 'params', kind: 'count', default: '200B' },
    { name: 'precision', kind: 'format', default: 'fp64' },
    // Optional: when filled it wins over the format, because typing a number is the more deliberate act.
    { name: 'bytes', kind: 'decimal', max: MAX_BYTES_PER_PARAMETER, optional: true, default: '', units: ['bytes', 'byte', '字节'] },
  ],
  outputs: [
    { name: 'weights', from: ['params', 'precision', 'bytes'] },
    { name: 'accelerators', from: ['params', 'precision', 'bytes'] },
    { name: 'working', from: ['params', 'precision', 'bytes'], explains: true },
  ],
  compute({ params, precision, bytes }, { lang, words }: ComputeContext<StorageWords>) {
    const perParameter = bytes ?? bytesForPrecision(precision);
    const total = weightBytes(params, perParameter);
    // Every factor exactly as used, so a reader can check each step by hand.
    const working =
      `${formatExact(params, lang)} × ${formatExactAmount(perParameter, words.bytes, lang)}` +
      ` = ${formatExactAmount(total, words.bytes, lang)}` +
      // Below 1 kB the exact amount is already the result in bytes.
      (total < BYTES_WRITTEN_OUT_BELOW ? '' : ` = ${formatBytesLine(total, lang)}`);
    return {
      weights: formatBytesLine(total, lang),
      accelerators: formatNumber(acceleratorsToHold(total), lang, 0),
      working,
    };
  },
});

/** The spec the registries find in this folder (src/calculators/registry.ts). */
export default storage;
