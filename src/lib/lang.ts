export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tag for <html lang> and hreflang: the site's Chinese is Simplified, as used in mainland China. */
export function htmlLang(lang: Lang): 'en' | 'zh-CN' {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}
