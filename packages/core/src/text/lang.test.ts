import { describe, expect, it } from 'vitest';
import { LANGS, htmlLang, otherLang, type Lang } from './lang';

describe('lang', () => {
  it('has English and Chinese, in that order', () => {
    expect(LANGS).toEqual(['en', 'zh']);
  });

  it.each<[Lang, 'en' | 'zh-CN', Lang]>([
    ['en', 'en', 'zh'],
    ['zh', 'zh-CN', 'en'],
  ])('%s: html lang %s, other language %s', (lang, html, other) => {
    expect(htmlLang(lang)).toBe(html);
    expect(otherLang(lang)).toBe(other);
  });
});
