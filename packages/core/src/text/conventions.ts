import type { Lang } from './lang';
import type { PluralForms } from './template';

/**
 * How each language writes the small things around a number, as data: a new language is a new
 * entry here, never a branch in the formatting code. Slots are filled by template.ts (`fill`,
 * `plural`); the placeholder test (placeholders.ts) holds every language to English's slots.
 */
export interface WritingConventions {
  /** An aside after a figure: "5.88 × 10²³ FLOP (588 ZFLOP)", "5.88 × 10²³ FLOP（588 ZFLOP）". */
  aside: string;
  /** A ratio: "2.33×", "2.33 倍". */
  ratio: string;
  /**
   * Whether a count is also written in English's compact form beside this language's own, because
   * model names and papers use it: zh 2000亿（200B）.
   */
  alsoEnglishCompact: boolean;
  /** Durations: "{n} days" / "{n} 天", by plural category. */
  durations: Readonly<Record<'year' | 'day' | 'hour' | 'minute' | 'second', PluralForms>>;
  /** A duration under one second. */
  underASecond: string;
  /**
   * Digit grouping of a speed (tokens/s), Intl's useGrouping: English groups from four digits
   * (6,640 tokens/s), Chinese from five, as docs/zh-style.md has every figure (6640、16,384).
   */
  rateGrouping: 'always' | 'min2';
}

export const CONVENTIONS: Readonly<Record<Lang, WritingConventions>> = {
  en: {
    aside: '{main} ({aside})',
    ratio: '{n}×',
    alsoEnglishCompact: false,
    durations: {
      year: { one: '{n} year', other: '{n} years' },
      day: { one: '{n} day', other: '{n} days' },
      hour: { one: '{n} hour', other: '{n} hours' },
      minute: { one: '{n} minute', other: '{n} minutes' },
      second: { one: '{n} second', other: '{n} seconds' },
    },
    underASecond: 'under 1 second',
    rateGrouping: 'always',
  },
  zh: {
    aside: '{main}（{aside}）',
    ratio: '{n} 倍',
    alsoEnglishCompact: true,
    durations: {
      year: { other: '{n} 年' },
      day: { other: '{n} 天' },
      hour: { other: '{n} 小时' },
      minute: { other: '{n} 分钟' },
      second: { other: '{n} 秒' },
    },
    underASecond: '不到 1 秒',
    rateGrouping: 'min2',
  },
};
