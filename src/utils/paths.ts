import { getRelativeLocaleUrl } from 'astro:i18n';
import { DEFAULT_LANG, LANGS, isLang, type Lang } from '@llm-scale/core/text/lang';

/** The site's base path, always ending in "/" ("/" or e.g. "/llm-scale/"). */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Path of a page under the base: withBase('en/model-parameter-scale/'). */
export function withBase(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

/** A page's address in one language, under the base, from Astro's i18n routing: /zh/glossary/. */
function localePath(lang: Lang, path: string): string {
  const url = getRelativeLocaleUrl(lang, path);
  return url.endsWith('/') ? url : `${url}/`;
}

export function langHome(lang: Lang): string {
  return localePath(lang, '');
}

export function articlePath(lang: Lang, slug: string): string {
  return localePath(lang, slug);
}

/** Where one calculator's sentences in one language are served, under the base (src/pages/[lang]/calculator-messages/). */
export function calculatorMessagesPath(lang: Lang, name: string): string {
  return withBase(`${lang}/calculator-messages/${name}.json`);
}

/** The same page in every language: hreflang alternates. */
export function alternatesOf(path: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, path(lang)])) as Record<Lang, string>;
}

/**
 * The page's language: Astro.currentLocale, set by the i18n routing; where a page is rendered
 * outside the routing (the Container API in tests), the first segment of its path.
 */
export function langOf(locale: string | undefined, pathname: string): Lang {
  return locale !== undefined && isLang(locale) ? locale : langFromPath(pathname);
}

/** The page's language from its URL: the first segment after the base. */
export function langFromPath(pathname: string): Lang {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
  const first = rest.split('/')[0] ?? '';
  return isLang(first) ? first : DEFAULT_LANG;
}
