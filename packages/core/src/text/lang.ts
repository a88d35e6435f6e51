/**
 * The site's languages, each with its BCP 47 tag for <html lang>, hreflang, Intl and the sitemap.
 * This is the one place a language is declared: astro.config.mjs reads it for Astro's i18n
 * routing and the sitemap. The site's Chinese is Simplified, as used in mainland China.
 */
export const LANGUAGE_TAGS = { en: 'en', zh: 'zh-CN' } as const;

export type Lang = keyof typeof LANGUAGE_TAGS;

export const LANGS = Object.keys(LANGUAGE_TAGS) as Lang[];

/** The first language: the x-default alternate and the fallback for an unknown page. */
export const DEFAULT_LANG: Lang = 'en';

/** BCP 47 tag for <html lang>, hreflang and Intl. */
export function htmlLang(lang: Lang): (typeof LANGUAGE_TAGS)[Lang] {
  return LANGUAGE_TAGS[lang];
}

/** The language the switch leads to: the next one in LANGS (the other one, with two). */
export function otherLang(lang: Lang): Lang {
  return LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;
}

export function isLang(s: string): s is Lang {
  return Object.hasOwn(LANGUAGE_TAGS, s);
}
