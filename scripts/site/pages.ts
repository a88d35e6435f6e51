// The one walker over a built site (dist/): which files it serves, which of them are HTML pages,
// and which pages are articles. Used by the checkers, the budgets, the audit, the bench and the
// end-to-end tests, so all of them agree on what "every page" and "every article" mean.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHtml, proseElement, type Root } from './hast.ts';
import { LANGS } from '@llm-scale/core/text/lang';

/** An article's file under the base: `<lang>/<slug>/index.html`, for every language the site declares. */
const ARTICLE_FILE = new RegExp(`^(${LANGS.join('|')})/([^/]+)/index\\.html$`);

/** Every file under `dir`, as URL paths under `base` ("/llm-scale/en/index.html"), sorted. */
export function listFiles(dir: string, base = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => base + relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The HTML pages of a built site: URL path of the file ("/en/index.html") → its markup. */
export function readHtmlPages(dir: string, base = '/'): Map<string, string> {
  const pages = new Map<string, string>();
  for (const path of listFiles(dir, base)) {
    if (path.endsWith('.html')) pages.set(path, readFileSync(join(dir, path.slice(base.length)), 'utf8'));
  }
  return pages;
}

/** The address a reader opens for an HTML file: "/en/index.html" → "/en/", "/404.html" stays. */
export const pageUrl = (filePath: string): string => filePath.replace(/(^|\/)index\.html$/, '$1');

/** Every HTML page of a built site as the address a reader opens ("/", "/en/", "/404.html"), sorted. */
export const builtPages = (dir: string, base = '/'): string[] =>
  listFiles(dir, base).filter((p) => p.endsWith('.html')).map(pageUrl).sort();

export interface Article {
  lang: string;
  slug: string;
  /** The address a reader opens: "/en/<slug>/" (under the base path). */
  path: string;
  html: string;
  tree: Root;
}

/**
 * The article pages of a built site: `<base><lang>/<slug>/index.html` with a prose column. Pages
 * of the same address shape without prose (the search page) are not articles.
 */
export function findArticles(dir: string, base = '/'): Article[] {
  const articles: Article[] = [];
  for (const [file, html] of readHtmlPages(dir, base)) {
    const match = ARTICLE_FILE.exec(file.slice(base.length));
    if (!match) continue;
    const tree = parseHtml(html);
    if (proseElement(tree)) articles.push({ lang: match[1]!, slug: match[2]!, path: pageUrl(file), html, tree });
  }
  return articles;
}
