import { assertNonNegativeFinite } from '../numbers/assert';
import { htmlLang, type Lang } from './lang';
import { CONVENTIONS } from './conventions';
import { fill, plural, type PluralForms } from './template';

/*
 * Every function here throws a RangeError on NaN, ±Infinity or a negative number: the page must
 * never say "NaN GB", and callers are expected to validate input (parseCount) before formatting.
 * Spaces are plain U+0020 so tests and copied text stay simple; put `white-space: nowrap` on a
 * result element if a line break inside "1600 GB" matters.
 */

const formatters = new Map<string, Intl.NumberFormat>();

// 'min2' groups only numbers of five digits or more: 1600 stays "1600", 16000 becomes "16,000".
function numberFormat(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${lang}|${key}`;
  let format = formatters.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(htmlLang(lang), { useGrouping: 'min2', ...options });
    formatters.set(cacheKey, format);
  }
  return format;
}

/** A plain number with at most `maximumFractionDigits` decimals and no trailing zeros. */
export function formatNumber(n: number, lang: Lang, maximumFractionDigits = 3): string {
  assertNonNegativeFinite(n, 'n');
  return numberFormat(lang, `f${maximumFractionDigits}`, { maximumFractionDigits }).format(n);
}

/** A plain number rounded to `significantDigits` significant digits (estimates deserve no more). */
export function formatSignificant(n: number, lang: Lang, significantDigits = 3): string {
  assertNonNegativeFinite(n, 'n');
  return numberFormat(lang, `s${significantDigits}`, { maximumSignificantDigits: significantDigits }).format(n);
}

/**
 * A speed (tokens per second) rounded to `significantDigits`, its digits grouped as the language
 * writes such a figure (CONVENTIONS.rateGrouping): en "6,640", zh "6640" and "16,400".
 * Throws RangeError on NaN, ±Infinity or a negative number.
 */
export function formatRate(n: number, lang: Lang, significantDigits = 3): string {
  assertNonNegativeFinite(n, 'n');
  const useGrouping = CONVENTIONS[lang].rateGrouping;
  return numberFormat(lang, `r${significantDigits}`, { maximumSignificantDigits: significantDigits, useGrouping }).format(n);
}

/** [factor, suffix] pairs, ascending, starting at [1, '']. */
type Scale = readonly (readonly [number, string])[];

/**
 * Picks the largest unit not above n, then moves one unit up if rounding would carry the shown
 * value to the next unit's size, so 999.9996B prints "1T" rather than "1000B".
 * toFixed rounds the exact binary value half-up, as Intl does, so the check matches the output.
 */
function scaleIndex(n: number, scale: Scale, fractionDigits: number): number {
  let i = scale.length - 1;
  while (i > 0 && n < scale[i]![0]) i--;
  const next = scale[i + 1];
  if (next && Number((n / scale[i]![0]).toFixed(fractionDigits)) >= next[0] / scale[i]![0]) i++;
  return i;
}

/**
 * Where each language starts writing counts with a unit word: English from a million (500M; 12,345
 * stays in digits), Chinese from 万 (1.235万), as each audience writes them.
 */
const COMPACT_FROM: Record<Lang, number> = { en: 1e6, zh: 1e4 };

/**
 * A count the way each audience writes it, Intl's compact notation with up to 3 decimals:
 * en 200B, 1.76T, 500M; zh 2000亿, 1.76万亿, 1000万. Below the unit threshold, plain digits.
 * Throws RangeError on NaN, ±Infinity or a negative number.
 */
export function formatCount(n: number, lang: Lang): string {
  assertNonNegativeFinite(n, 'n');
  // Decided on the rounded value, so 999,999.9999 prints "1M", not "1,000,000".
  if (Number(n.toFixed(3)) < COMPACT_FROM[lang]) return formatNumber(n, lang, 3);
  return numberFormat(lang, 'c3', { notation: 'compact', maximumFractionDigits: 3 }).format(n);
}

/**
 * An exact number in its phrase, by plural category: "8 bytes", "1 byte", "131,072 个 token".
 * For the working lines, where every factor is shown as the code uses it.
 */
export function formatExactAmount(n: number | bigint, forms: PluralForms, lang: Lang): string {
  // The plural category of a bigint past 2^53 is that of its nearest double: both are "other".
  return plural(forms, Number(n), formatExact(n, lang), lang);
}

/**
 * A count in the audience's units with 3 significant digits, for a short form beside full digits:
 * en 8.03B, 46.7B; zh 80.3亿, 467亿. Throws RangeError on NaN, ±Infinity or a negative number.
 */
export function formatCountShort(n: number, lang: Lang): string {
  assertNonNegativeFinite(n, 'n');
  if (Number(n.toPrecision(3)) < COMPACT_FROM[lang]) return formatSignificant(n, lang, 3);
  return numberFormat(lang, 'cs3', { notation: 'compact', maximumSignificantDigits: 3 }).format(n);
}

/**
 * Every digit of a number exactly as the code uses it (the shortest decimal that round-trips):
 * "3.0000001", "0.5625", "200,000,000,000". For the working lines, where a reader checks each
 * factor by hand.
 */
export function formatExact(n: number | bigint, lang: Lang): string {
  const format = numberFormat(lang, 'exact', { maximumFractionDigits: 100 });
  // A bigint is printed digit for digit (Intl.NumberFormat formats bigint exactly): a corrupt
  // header's 4,877,305,248,456,028,140 bytes must not come out as ...028,000.
  if (typeof n === 'bigint') {
    if (n < 0n) throw new RangeError(`n must be non-negative, got ${n}`);
    return format.format(n);
  }
  assertNonNegativeFinite(n, 'n');
  // Intl formats a decimal string exactly; String(n) is the shortest round-trip form of the double.
  return format.format(String(n) as unknown as number);
}

/** zh shows the B-form beside the Chinese one, since model names and papers use it: 2000亿（200B）. */
export function formatCountBilingual(n: number, lang: Lang): string {
  const own = formatCount(n, lang);
  if (!CONVENTIONS[lang].alsoEnglishCompact) return own;
  const en = formatCount(n, 'en');
  return own === en ? own : fill(CONVENTIONS[lang].aside, { main: own, aside: en });
}

/*
 * Bytes come in two parallel ladders so the page can show that 1600 GB is not 1600 GiB.
 * Both strings use the same level (GB with GiB, MB with MiB) to keep them comparable; the decimal
 * ladder stops at GB because model sizes are quoted in GB, and TB is added as a separate string.
 */
const DECIMAL_BYTES: Scale = [
  [1, 'B'],
  [1e3, 'kB'],
  [1e6, 'MB'],
  [1e9, 'GB'],
];
const BINARY_BYTES: Scale = [
  [1, 'B'],
  [2 ** 10, 'KiB'],
  [2 ** 20, 'MiB'],
  [2 ** 30, 'GiB'],
];
const GB_LEVEL = 3;
/** Amounts under this many bytes are written in bytes, with the word. */
export const BYTES_WRITTEN_OUT_BELOW = DECIMAL_BYTES[1]![0];
/** The word for bytes, as the articles write it ("2 字节", with the space, in Chinese). */
const BYTE_WORDS: Record<Lang, PluralForms> = { en: { one: '{n} byte', other: '{n} bytes' }, zh: { other: '{n} 字节' } };
const BYTE_DECIMALS = 1;
const TB_DECIMALS = 2;

export interface FormattedBytes {
  /** 1 GB = 10^9 bytes: "1600 GB", "98.4 GB", "500 MB". */
  decimal: string;
  /** 1 GiB = 2^30 bytes, at the same level as `decimal`: "1490.1 GiB", "476.8 MiB". */
  binary: string;
  /** Present from 1 TB (10^12 bytes) up: "1.6 TB". */
  tb?: string;
}

/**
 * Bytes at the level that suits them, in both ladders: 1.6e12 → 1600 GB, 1.6 TB, 1490.1 GiB.
 * Below 1 kB (BYTES_WRITTEN_OUT_BELOW) the unit is written out, the same in both ladders ("512
 * bytes", "512 字节", the plural by Intl.PluralRules): on this site "512 B" would read as 512
 * billion. Throws a RangeError on NaN, ±Infinity or a negative number.
 */
export function formatBytes(bytes: number, lang: Lang): FormattedBytes {
  assertNonNegativeFinite(bytes, 'bytes');
  const level = scaleIndex(bytes, DECIMAL_BYTES, BYTE_DECIMALS);
  if (level === 0) {
    const text = plural(BYTE_WORDS[lang], bytes, formatNumber(bytes, lang, BYTE_DECIMALS), lang);
    return { decimal: text, binary: text };
  }
  const [decimalFactor, decimalUnit] = DECIMAL_BYTES[level]!;
  const [binaryFactor, binaryUnit] = BINARY_BYTES[level]!;
  const decimal = `${formatNumber(bytes / decimalFactor, lang, BYTE_DECIMALS)} ${decimalUnit}`;
  const binary = `${formatNumber(bytes / binaryFactor, lang, BYTE_DECIMALS)} ${binaryUnit}`;
  // Decided on the shown GB value, so "1000 GB" (from 999.96 GB) also gets its "1 TB".
  const shownGb = Number((bytes / 1e9).toFixed(BYTE_DECIMALS));
  if (level === GB_LEVEL && shownGb >= 1000) {
    return { decimal, binary, tb: `${formatNumber(bytes / 1e12, lang, TB_DECIMALS)} TB` };
  }
  return { decimal, binary };
}

/** One line: "1600 GB = 1.6 TB = 1490.1 GiB" (the GiB figure is rounded to one decimal); "512 bytes" below 1 kB. */
export function formatBytesLine(bytes: number, lang: Lang): string {
  const { decimal, binary, tb } = formatBytes(bytes, lang);
  if (decimal === binary) return decimal;
  return tb === undefined ? `${decimal} = ${binary}` : `${decimal} = ${tb} = ${binary}`;
}

/**
 * Unit for a number of floating point operations, a count rather than a rate: "FLOP", never
 * pluralised (like "kg"), so it cannot be misread as FLOPS, operations per second. Epoch AI
 * writes it this way. Change it here and every calculator follows.
 */
export const FLOP_UNIT = 'FLOP';

const SI_PREFIXES = ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y', 'R', 'Q'] as const;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FLOP_SIGNIFICANT_DIGITS = 3;

/** Superscript digits need no <sup> markup, so the string works in text nodes and attributes alike. */
export function superscript(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`exponent must be an integer, got ${String(n)}`);
  const digits = String(Math.abs(n)).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]!);
  return n < 0 ? `⁻${digits}` : digits;
}

export interface FormattedFlops {
  /** SI prefix: "400 GFLOP", "588 ZFLOP", "4.8 YFLOP". */
  prefixed: string;
  /** Powers of ten: "4 × 10¹¹ FLOP", "4.8 × 10²⁴ FLOP". */
  scientific: string;
}

/** Both forms with 3 significant digits: the inputs are estimates, more digits would be noise. */
export function formatFlops(flops: number, lang: Lang): FormattedFlops {
  assertNonNegativeFinite(flops, 'flops');
  if (flops === 0) {
    const zero = `${formatNumber(0, lang)} ${FLOP_UNIT}`;
    return { prefixed: zero, scientific: zero };
  }
  // toExponential rounds first, so 9.996e23 already reads as 1.00e+24 and picks the right prefix.
  const [mantissaText = '', exponentText = ''] = flops.toExponential(FLOP_SIGNIFICANT_DIGITS - 1).split('e');
  const exponent = Number(exponentText);
  const mantissa = formatNumber(Number(mantissaText), lang, FLOP_SIGNIFICANT_DIGITS - 1);
  const scientific =
    exponent === 0 ? `${mantissa} ${FLOP_UNIT}` : `${mantissa} × 10${superscript(exponent)} ${FLOP_UNIT}`;

  const group = Math.min(SI_PREFIXES.length - 1, Math.max(0, Math.floor(exponent / 3)));
  // Scaled from the rounded mantissa, not from `flops`, so the two forms cannot round apart
  // (3.645e22 would otherwise print as 3.65 × 10²² beside 36.4 ZFLOP).
  const scaled = Number(`${mantissaText}e${exponent - group * 3}`);
  const prefixed = `${formatSignificant(scaled, lang, FLOP_SIGNIFICANT_DIGITS)} ${SI_PREFIXES[group]}${FLOP_UNIT}`;
  return { prefixed, scientific };
}

/** "5.88 × 10²³ FLOP (588 ZFLOP)"; zh uses full-width parentheses. */
export function formatFlopsLine(flops: number, lang: Lang): string {
  const { prefixed, scientific } = formatFlops(flops, lang);
  if (prefixed === scientific) return prefixed;
  return fill(CONVENTIONS[lang].aside, { main: scientific, aside: prefixed });
}

const PERCENT_FLOOR = 0.00001;

/**
 * A share as a percentage with 3 significant digits: 0.002 → "0.2%". Shares under 0.001% print as
 * "<0.001%" instead of a long row of zeros.
 */
export function formatPercent(share: number, lang: Lang): string {
  assertNonNegativeFinite(share, 'share');
  const format = numberFormat(lang, 'p3', { style: 'percent', maximumSignificantDigits: 3 });
  if (share > 0 && share < PERCENT_FLOOR) return `<${format.format(PERCENT_FLOOR)}`;
  return format.format(share);
}

/** "2.33×" / "2.33 倍", 3 significant digits. */
export function formatRatio(ratio: number, lang: Lang): string {
  const number = formatSignificant(ratio, lang, 3);
  return fill(CONVENTIONS[lang].ratio, { n: number });
}

/**
 * Items as one list in the page's language, by Intl.ListFormat (narrow conjunction, so no "and"):
 * "num_hidden_layers = 32, hidden_size = 4096" / "num_hidden_layers = 32、hidden_size = 4096".
 */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(htmlLang(lang), { type: 'conjunction', style: 'narrow' }).format(items);
}

// Full-width punctuation carries its own spacing: no space follows a sentence that ends in it, or
// comes before one that starts with it.
const FULL_WIDTH_END = /[。！？；：）」』]$/u;
const FULL_WIDTH_START = /^[（「『]/u;

/**
 * Sentences as one paragraph: empty ones dropped, the rest joined by a space, except next to
 * full-width punctuation, as CJK text sets it: "…8192 个 token。32 层…", "…8192 个 token（上下文…）".
 */
export function joinSentences(sentences: readonly string[]): string {
  return sentences
    .filter((sentence) => sentence !== '')
    .reduce((text, sentence) => {
      if (text === '') return sentence;
      return FULL_WIDTH_END.test(text) || FULL_WIDTH_START.test(sentence) ? `${text}${sentence}` : `${text} ${sentence}`;
    }, '');
}
