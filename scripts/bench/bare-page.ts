// The floor an article is measured against: the article's own body (the built prose column, KaTeX
// included) in a minimal document with KaTeX's stock stylesheet and nothing else: no site CSS, no
// JS, no header, table of contents or footer. Like for like, its KaTeX faces are the site's own
// subsetted woff2 files, so article ÷ floor measures the design, not the fonts.
//
// The calculators' HTML stays: the page shows it with JavaScript off, and it is part of what the
// article says (the main article's table of model sizes and their sources is a calculator, and so
// is the worked example 200B × 8 bytes = 1600 GB). A floor without it measured the article against
// a page with less to say. What goes is what only scripts and the search index use: script
// elements, data-* attributes and hidden elements (the formulas' plain text for search and copying).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { attribute, findFirst, proseElement, type Element, type Root } from '../site/hast.ts';
import { listFiles } from '../site/pages.ts';

export interface ArticlePage {
  lang: string;
  slug: string;
  /** URL path of the article: /en/<slug>/ */
  path: string;
  /** The built page, parsed. */
  tree: Root;
}

/** Whether a hast property is a data-* attribute (hast names them dataFoo). */
const isData = (property: string) => /^data[A-Z]/.test(property);

/**
 * A copy of the article's prose column, calculators included, without script elements, hidden
 * elements and data-* attributes; throws on a page without a prose column.
 */
export function bareProse(tree: Root): Element {
  const prose = proseElement(tree);
  if (!prose) throw new Error('no <div class="prose"> in the page');
  const copy = structuredClone(prose);
  visit(copy, 'element', (node: Element, index, parent) => {
    if ((node.tagName === 'script' || node.properties.hidden === true) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    for (const property of Object.keys(node.properties)) if (isData(property)) delete node.properties[property];
  });
  return copy;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });

/** The bare page of a built article page: its language, title, h1 and prose, and one stylesheet. */
export function barePage(tree: Root, cssHref: string): string {
  const html = findFirst(tree, (n) => n.tagName === 'html');
  const title = findFirst(tree, (n) => n.tagName === 'title');
  const h1 = findFirst(tree, (n) => n.tagName === 'h1');
  const head = element('head', {}, [
    element('meta', { charSet: 'utf-8' }),
    element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    element('title', {}, [{ type: 'text', value: title ? toString(title) : '' }]),
    element('link', { rel: ['icon'], href: 'data:,' }),
    element('link', { rel: ['stylesheet'], href: cssHref }),
  ]);
  const main = element('main', {}, [...(h1 ? [h1] : []), ...bareProse(tree).children]);
  const doc: Root = {
    type: 'root',
    children: [{ type: 'doctype' }, element('html', { lang: (html && attribute(html, 'lang')) ?? 'en' }, [head, element('body', {}, [main])])],
  };
  return `${toHtml(doc)}\n`;
}

/**
 * KaTeX's stock stylesheet with each woff2 source pointed at the site's subsetted file of the same
 * face ("fonts/KaTeX_Main-Regular.woff2" → "/_astro/KaTeX_Main-Regular.<hash>.woff2"). Browsers
 * take the first source they read, woff2, so the stock woff and ttf sources are never fetched.
 */
export function likeForLikeKatexCss(stockCss: string, siteFonts: readonly string[]): string {
  let css = stockCss;
  for (const url of siteFonts) {
    const face = /^(KaTeX_[A-Za-z0-9]+-[A-Za-z0-9]+)\./.exec(basename(url))?.[1];
    if (face) css = css.split(`fonts/${face}.woff2`).join(url);
  }
  return css;
}

/**
 * Writes `<outDir>/<lang>/<slug>/index.html` for every article, plus KaTeX's stylesheet (pointed at
 * the site's subsetted fonts) and its stock fonts (for any face the site has no subset of) in
 * `<outDir>/katex/`. Served under `urlPrefix`, beside the site served at "/".
 */
export function writeBarePages(projectDir: string, distDir: string, articles: ArticlePage[], outDir: string, urlPrefix: string): void {
  const katexDist = join(projectDir, 'node_modules', 'katex', 'dist');
  mkdirSync(join(outDir, 'katex'), { recursive: true });
  const siteFonts = listFiles(distDir).filter((path) => /\/KaTeX_[^/]+\.woff2$/.test(path));
  writeFileSync(join(outDir, 'katex', 'katex.min.css'), likeForLikeKatexCss(readFileSync(join(katexDist, 'katex.min.css'), 'utf8'), siteFonts));
  cpSync(join(katexDist, 'fonts'), join(outDir, 'katex', 'fonts'), { recursive: true });
  for (const article of articles) {
    const folder = join(outDir, article.lang, article.slug);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), barePage(article.tree, `${urlPrefix}katex/katex.min.css`));
  }
}
