import type { Lang } from '../lib/lang';

/** The site's base path, always ending in "/" ("/" or e.g. "/llm-scale/"). */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Path of a page under the base: withBase('en/model-parameter-scale/'). */
export function withBase(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export function langHome(lang: Lang): string {
  return withBase(`${lang}/`);
}

export function articlePath(lang: Lang, slug: string): string {
  return withBase(`${lang}/${slug}/`);
}

/** The page's language from its URL: the first segment after the base. */
export function langFromPath(pathname: string): Lang {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
  return rest.startsWith('zh') ? 'zh' : 'en';
}
