import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGS, LANGUAGE_TAGS, htmlLang, isLang, otherLang } from './lang';

describe('lang', () => {
  it('starts with the default language, and every tag is a BCP 47 tag Intl accepts', () => {
    expect(LANGS[0]).toBe(DEFAULT_LANG);
    for (const lang of LANGS) expect(Intl.getCanonicalLocales(htmlLang(lang))).toEqual([LANGUAGE_TAGS[lang]]);
  });

  it('the switch visits every language once before coming back', () => {
    const seen = new Set<string>();
    let lang = DEFAULT_LANG;
    for (const _ of LANGS) {
      seen.add(lang);
      lang = otherLang(lang);
    }
    expect(lang).toBe(DEFAULT_LANG);
    expect([...seen].sort()).toEqual([...LANGS].sort());
  });

  it.each(['EN', 'zh-CN', '', 'constructor', '__proto__'])('%j is not a language key', (s) => expect(isLang(s)).toBe(false));
});
