import { describe, expect, it } from 'vitest';
import {
  FLOP_UNIT,
  formatBytes,
  formatBytesLine,
  formatCount,
  formatCountShort,
  formatExact,
  formatExactAmount,
  formatCountBilingual,
  formatFlops,
  formatFlopsLine,
  formatList,
  formatNumber,
  formatRate,
  formatPercent,
  formatRatio,
  formatSignificant,
  joinSentences,
  superscript,
  type FormattedBytes,
  type FormattedFlops,
} from './format';
import type { Lang } from './lang';
import { parseCount } from '../numbers/parse-count';
import { weightBytes } from '../memory/storage';

describe('formatNumber groups only from five digits (useGrouping: min2)', () => {
  it.each<[number, Lang, string]>([
    [1600, 'en', '1600'],
    [16000, 'en', '16,000'],
    [1600, 'zh', '1600'],
    [16000, 'zh', '16,000'],
    [1234567.891, 'en', '1,234,567.891'],
    [1.23456, 'en', '1.235'],
    [0.5, 'zh', '0.5'],
    [0, 'en', '0'],
  ])('%d (%s) → %j', (n, lang, expected) => {
    expect(formatNumber(n, lang)).toBe(expected);
  });

  it.each<[number, number, string]>([
    [1490.1161193847656, 1, '1490.1'],
    [1599.9999999999998, 1, '1600'],
    [2.5, 0, '3'],
  ])('%d with %d decimals → %j', (n, digits, expected) => {
    expect(formatNumber(n, 'en', digits)).toBe(expected);
  });

  it.each<[number, string]>([
    [2.3255813953488373, '2.33'],
    [11627.906976744185, '11,600'],
    [0.000175, '0.000175'],
  ])('formatSignificant(%d) → %j', (n, expected) => {
    expect(formatSignificant(n, 'en')).toBe(expected);
  });
});

describe('formatRate groups a speed as each language writes a figure', () => {
  it.each<[number, Lang, string]>([
    [6640.4, 'en', '6,640'],
    [6640.4, 'zh', '6640'],
    [16_449, 'zh', '16,400'],
    [209.2, 'en', '209'],
    [1_234_567, 'en', '1,230,000'],
  ])('%d (%s) → %j', (n, lang, expected) => {
    expect(formatRate(n, lang)).toBe(expected);
  });
});

describe('formatCount', () => {
  it.each<[number, string, string]>([
    [200e9, '200B', '2000亿'],
    [8e9, '8B', '80亿'],
    [1.5e12, '1.5T', '1.5万亿'],
    [175e9, '175B', '1750亿'],
    [405e9, '405B', '4050亿'],
    [671e9, '671B', '6710亿'],
    [1.76e12, '1.76T', '1.76万亿'],
    [500e6, '500M', '5亿'],
    [86e9, '86B', '860亿'],
    [37e9, '37B', '370亿'],
    [1e7, '10M', '1000万'],
    [1.4e12, '1.4T', '1.4万亿'],
    [14.8e12, '14.8T', '14.8万亿'],
    [1e15, '1000T', '1000万亿'],
    [1.2345e9, '1.235B', '12.345亿'],
    [12345, '12,345', '1.235万'],
    [999999, '999,999', '100万'],
    [7000, '7000', '7000'],
    [1.5, '1.5', '1.5'],
    [0, '0', '0'],
    // rounding carries to the next unit instead of printing 1000B or 10000万
    [999.9996e9, '1T', '9999.996亿'],
    [99999999.99, '100M', '1亿'],
    [999999.9999, '1M', '100万'],
  ])('%d → en %j, zh %j', (n, en, zh) => {
    expect(formatCount(n, 'en')).toBe(en);
    expect(formatCount(n, 'zh')).toBe(zh);
  });
});

describe('formatCountBilingual', () => {
  it.each<[number, string, string]>([
    [200e9, '200B', '2000亿（200B）'],
    [8e9, '8B', '80亿（8B）'],
    [1.76e12, '1.76T', '1.76万亿（1.76T）'],
    [175e9, '175B', '1750亿（175B）'],
    [500e6, '500M', '5亿（500M）'],
    // identical forms are not repeated
    [7000, '7000', '7000'],
  ])('%d → en %j, zh %j', (n, en, zh) => {
    expect(formatCountBilingual(n, 'en')).toBe(en);
    expect(formatCountBilingual(n, 'zh')).toBe(zh);
  });
});

describe('formatBytes', () => {
  it.each<[number, FormattedBytes]>([
    [1.6e12, { decimal: '1600 GB', binary: '1490.1 GiB', tb: '1.6 TB' }],
    [800e9, { decimal: '800 GB', binary: '745.1 GiB' }],
    [400e9, { decimal: '400 GB', binary: '372.5 GiB' }],
    [200e9, { decimal: '200 GB', binary: '186.3 GiB' }],
    [100e9, { decimal: '100 GB', binary: '93.1 GiB' }],
    [4e9, { decimal: '4 GB', binary: '3.7 GiB' }],
    [98437500000, { decimal: '98.4 GB', binary: '91.7 GiB' }],
    [24e9, { decimal: '24 GB', binary: '22.4 GiB' }],
    [1e9, { decimal: '1 GB', binary: '0.9 GiB' }],
    [5.368e12, { decimal: '5368 GB', binary: '4999.3 GiB', tb: '5.37 TB' }],
    [14.08e12, { decimal: '14,080 GB', binary: '13,113 GiB', tb: '14.08 TB' }],
    [1e12, { decimal: '1000 GB', binary: '931.3 GiB', tb: '1 TB' }],
    // shown as 1000 GB, so it gets its TB too
    [999.96e9, { decimal: '1000 GB', binary: '931.3 GiB', tb: '1 TB' }],
    // below 1 GB: MB with MiB, then kB with KiB, then bytes
    [500e6, { decimal: '500 MB', binary: '476.8 MiB' }],
    [999.96e6, { decimal: '1 GB', binary: '0.9 GiB' }],
    [2e6, { decimal: '2 MB', binary: '1.9 MiB' }],
    [4096, { decimal: '4.1 kB', binary: '4 KiB' }],
    // Written out: "512 B" would read as 512 billion on this site.
    [512, { decimal: '512 bytes', binary: '512 bytes' }],
    [1, { decimal: '1 byte', binary: '1 byte' }],
    [0.5, { decimal: '0.5 bytes', binary: '0.5 bytes' }],
    [0, { decimal: '0 bytes', binary: '0 bytes' }],
  ])('%d B (en) → %j', (bytes, expected) => {
    expect(formatBytes(bytes, 'en')).toEqual(expected);
  });

  it.each<[number, FormattedBytes]>([
    [1.6e12, { decimal: '1600 GB', binary: '1490.1 GiB', tb: '1.6 TB' }],
    [16e12, { decimal: '16,000 GB', binary: '14,901.2 GiB', tb: '16 TB' }],
    [4e9, { decimal: '4 GB', binary: '3.7 GiB' }],
    [140, { decimal: '140 字节', binary: '140 字节' }],
  ])('%d B (zh) → %j', (bytes, expected) => {
    expect(formatBytes(bytes, 'zh')).toEqual(expected);
  });

  it('never has a tb key below 1 TB (exactOptionalPropertyTypes-friendly)', () => {
    expect('tb' in formatBytes(4e9, 'en')).toBe(false);
  });
});

describe('formatBytesLine', () => {
  it.each<[number, Lang, string]>([
    [1.6e12, 'en', '1600 GB = 1.6 TB = 1490.1 GiB'],
    [1.6e12, 'zh', '1600 GB = 1.6 TB = 1490.1 GiB'],
    [4e9, 'en', '4 GB = 3.7 GiB'],
    [500e6, 'zh', '500 MB = 476.8 MiB'],
    [140, 'en', '140 bytes'],
    [140, 'zh', '140 字节'],
  ])('%d B (%s) → %j', (bytes, lang, expected) => {
    expect(formatBytesLine(bytes, lang)).toBe(expected);
  });
});

describe('exact end to end: parse, multiply, format', () => {
  it.each<[string, number, string]>([
    ['200B', 8, '1600 GB = 1.6 TB = 1490.1 GiB'],
    ['2000亿', 8, '1600 GB = 1.6 TB = 1490.1 GiB'],
    ['200,000,000,000', 8, '1600 GB = 1.6 TB = 1490.1 GiB'],
    ['8B', 0.5, '4 GB = 3.7 GiB'],
    ['175B', 0.5625, '98.4 GB = 91.7 GiB'],
    ['1.75千亿', 2, '350 GB = 326 GiB'],
    ['0.2万亿', 2, '400 GB = 372.5 GiB'],
    ['4.1B', 2, '8.2 GB = 7.6 GiB'],
  ])('%j × %d B → %j', (count, bytesPerParam, expected) => {
    const params = parseCount(count);
    if (!params.ok) throw new Error(params.error);
    expect(formatBytesLine(weightBytes(params.value, bytesPerParam), 'en')).toBe(expected);
  });
});

describe('formatFlops', () => {
  it('uses FLOP, a count, never pluralised', () => {
    expect(FLOP_UNIT).toBe('FLOP');
  });

  it.each<[number, FormattedFlops]>([
    [4e11, { prefixed: '400 GFLOP', scientific: '4 × 10¹¹ FLOP' }],
    [4.8e24, { prefixed: '4.8 YFLOP', scientific: '4.8 × 10²⁴ FLOP' }],
    [5.88e23, { prefixed: '588 ZFLOP', scientific: '5.88 × 10²³ FLOP' }],
    [1.2e12, { prefixed: '1.2 TFLOP', scientific: '1.2 × 10¹² FLOP' }],
    [3.2856e24, { prefixed: '3.29 YFLOP', scientific: '3.29 × 10²⁴ FLOP' }],
    [1.6e10, { prefixed: '16 GFLOP', scientific: '1.6 × 10¹⁰ FLOP' }],
    [1500, { prefixed: '1.5 kFLOP', scientific: '1.5 × 10³ FLOP' }],
    [6e30, { prefixed: '6 QFLOP', scientific: '6 × 10³⁰ FLOP' }],
    // rounding to 3 significant digits carries into the next prefix and power
    [9.996e23, { prefixed: '1 YFLOP', scientific: '1 × 10²⁴ FLOP' }],
    [999.6, { prefixed: '1 kFLOP', scientific: '1 × 10³ FLOP' }],
    [400, { prefixed: '400 FLOP', scientific: '4 × 10² FLOP' }],
    [4, { prefixed: '4 FLOP', scientific: '4 FLOP' }],
    [0, { prefixed: '0 FLOP', scientific: '0 FLOP' }],
  ])('%d → %j', (flops, expected) => {
    expect(formatFlops(flops, 'en')).toEqual(expected);
    expect(formatFlops(flops, 'zh')).toEqual(expected);
  });

  it.each<[number, Lang, string]>([
    [5.88e23, 'en', '5.88 × 10²³ FLOP (588 ZFLOP)'],
    [5.88e23, 'zh', '5.88 × 10²³ FLOP（588 ZFLOP）'],
    [4, 'en', '4 FLOP'],
  ])('formatFlopsLine(%d, %s) → %j', (flops, lang, expected) => {
    expect(formatFlopsLine(flops, lang)).toBe(expected);
  });

  it.each<[number, string]>([
    [0, '⁰'],
    [11, '¹¹'],
    [24, '²⁴'],
    [1234567890, '¹²³⁴⁵⁶⁷⁸⁹⁰'],
    [-3, '⁻³'],
  ])('superscript(%d) → %j', (n, expected) => {
    expect(superscript(n)).toBe(expected);
  });

  it('superscript rejects a fraction', () => {
    expect(() => superscript(1.5)).toThrow(RangeError);
  });
});

describe('formatPercent and formatRatio (brain comparison)', () => {
  it.each<[number, Lang, string]>([
    [0.002, 'en', '0.2%'],
    [0.0002, 'en', '0.02%'],
    [0.00175, 'zh', '0.175%'],
    [0.0176, 'en', '1.76%'],
    [1, 'en', '100%'],
    [10, 'zh', '1000%'],
    [0.00001, 'en', '0.001%'],
    [0.000008, 'en', '<0.001%'],
    [0, 'en', '0%'],
  ])('formatPercent(%d, %s) → %j', (share, lang, expected) => {
    expect(formatPercent(share, lang)).toBe(expected);
  });

  it.each<[number, Lang, string]>([
    [200 / 86, 'en', '2.33×'],
    [200 / 86, 'zh', '2.33 倍'],
    [1, 'en', '1×'],
    [8 / 86, 'en', '0.093×'],
    [1e15 / 86e9, 'en', '11,600×'],
  ])('formatRatio(%d, %s) → %j', (ratio, lang, expected) => {
    expect(formatRatio(ratio, lang)).toBe(expected);
  });
});

describe('never prints NaN, Infinity or undefined: non-finite or negative input throws', () => {
  const formatters: [string, (n: number, lang: Lang) => unknown][] = [
    ['formatNumber', formatNumber],
    ['formatSignificant', formatSignificant],
    ['formatCount', formatCount],
    ['formatCountBilingual', formatCountBilingual],
    ['formatBytes', formatBytes],
    ['formatBytesLine', formatBytesLine],
    ['formatFlops', formatFlops],
    ['formatFlopsLine', formatFlopsLine],
    ['formatPercent', formatPercent],
    ['formatRatio', formatRatio],
  ];
  describe.each(formatters)('%s', (_name, format) => {
    it.each<[number, Lang]>([
      [NaN, 'en'],
      [Infinity, 'en'],
      [-Infinity, 'zh'],
      [-1, 'en'],
      [-1e-9, 'zh'],
    ])('%d (%s) throws RangeError', (n, lang) => {
      expect(() => format(n, lang)).toThrow(RangeError);
    });

    it.each<[number, Lang]>([
      [0, 'en'],
      [1, 'zh'],
      [1e15, 'en'],
      [Number.MAX_VALUE, 'zh'],
      [Number.MIN_VALUE, 'en'],
    ])('%d (%s) prints no NaN, Infinity or undefined', (n, lang) => {
      expect(JSON.stringify(format(n, lang))).not.toMatch(/NaN|Infinity|undefined|∞/);
    });
  });
});

describe('formatExact shows every factor as the code uses it', () => {
  it.each<[number, Lang, string]>([
    [3.0000001, 'en', '3.0000001'],
    [0.5625, 'en', '0.5625'],
    [200e9, 'en', '200,000,000,000'],
    [200e9, 'zh', '200,000,000,000'],
    [8, 'en', '8'],
    [1e-7, 'en', '0.0000001'],
    [4.89, 'zh', '4.89'],
  ])('%d (%s) → %j', (n, lang, expected) => {
    expect(formatExact(n, lang)).toBe(expected);
  });
});

describe('formatFlops: the figure and its prefixed form never disagree', () => {
  it.each<[number, string]>([
    // 3.645e22 is stored a hair under 3.645 × 10²²: both forms must round it the same way.
    [3.645e22, '3.64 × 10²² FLOP (36.4 ZFLOP)'],
    [3.6451e22, '3.65 × 10²² FLOP (36.5 ZFLOP)'],
    [1.2345e25, '1.23 × 10²⁵ FLOP (12.3 YFLOP)'],
  ])('%d → %j', (flops, expected) => {
    expect(formatFlopsLine(flops, 'en')).toBe(expected);
  });
});

describe('formatCountShort: three significant digits beside the full count', () => {
  it.each<[number, string, string]>([
    [8_030_261_248, '8.03B', '80.3亿'],
    [46_702_792_704, '46.7B', '467亿'],
    [12_879_925_248, '12.9B', '129亿'],
    [124_439_808, '124M', '1.24亿'],
    [671_026_419_200, '671B', '6710亿'],
    [999, '999', '999'],
  ])('%d → en %j, zh %j', (n, en, zh) => {
    expect(formatCountShort(n, 'en')).toBe(en);
    expect(formatCountShort(n, 'zh')).toBe(zh);
  });
});

describe('formatExactAmount: an exact number in its plural phrase', () => {
  it.each<[number, Lang, string]>([
    [1, 'en', '1 byte'],
    [0.5625, 'en', '0.5625 bytes'],
    [327_680, 'en', '327,680 bytes'],
    [131_072, 'zh', '131,072 字节'],
  ])('%d (%s) → %j', (n, lang, expected) => {
    const forms = lang === 'en' ? { one: '{n} byte', other: '{n} bytes' } : { other: '{n} 字节' };
    expect(formatExactAmount(n, forms, lang)).toBe(expected);
  });
});

describe('formatList', () => {
  it.each([
    ['en', ['a = 1', 'b = 2', 'c = 3'], 'a = 1, b = 2, c = 3'],
    ['zh', ['a = 1', 'b = 2', 'c = 3'], 'a = 1、b = 2、c = 3'],
    ['zh', ['fp32'], 'fp32'],
  ] as const)('%s: %j → %s', (lang, items, expected) => {
    expect(formatList(items, lang)).toBe(expected);
  });
});

describe('joinSentences', () => {
  it.each([
    ['English sentences take a space', ['One.', '', 'Two.'], 'One. Two.'],
    ['a Chinese sentence needs none after its 。', ['按 Llama 计。', '32 层：每层缓存 8192 个 token。'], '按 Llama 计。32 层：每层缓存 8192 个 token。'],
    ['nor after a full-width bracket', ['（约）', '下一句。'], '（约）下一句。'],
    ['nor before one', ['34 个序列，每个 8192 个 token', '（上下文比模型能处理的更长）'], '34 个序列，每个 8192 个 token（上下文比模型能处理的更长）'],
    ['nothing at all', ['', ''], ''],
  ])('%s', (_name, sentences, expected) => {
    expect(joinSentences(sentences)).toBe(expected);
  });
});
