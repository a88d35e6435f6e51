// The reference page: the article's own body (the built `.prose` markup, KaTeX included) in a
// minimal document with KaTeX's stock stylesheet and nothing else: no site CSS, no JS, no table of
// contents, no calculators. What the site costs beyond this is the price of its chrome.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ArticlePage {
  lang: string;
  slug: string;
  /** URL path of the article: /en/<slug>/ */
  path: string;
}

/** The inner markup of the first `<div class="prose">`, found by counting nested divs. */
export function proseOf(html: string): string {
  const open = html.search(/<div class="prose"\s*>/);
  if (open < 0) throw new Error('no <div class="prose"> in the page');
  const start = html.indexOf('>', open) + 1;
  const tag = /<div\b[^>]*>|<\/div\s*>|<!--[\s\S]*?-->/g;
  tag.lastIndex = start;
  let depth = 1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[0].startsWith('<!--')) continue;
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index);
  }
  throw new Error('unbalanced <div class="prose">');
}

/** The prose without what is not part of the article's text: calculators and scripts. */
export function withoutWidgets(prose: string): string {
  return prose
    .replace(/<calculator-island\b[\s\S]*?<\/calculator-island>/g, '')
    .replace(/<script\b[\s\S]*?<\/script>/g, '');
}

export function barePage(html: string, cssHref: string): string {
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  const h1 = /<h1\b[^>]*>[\s\S]*?<\/h1>/.exec(html)?.[0] ?? '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${cssHref}">
</head>
<body>
<main>
${h1}
${withoutWidgets(proseOf(html))}
</main>
</body>
</html>
`;
}

/**
 * Writes `<outDir>/<lang>/<slug>/index.html` for every article, plus KaTeX's stylesheet and fonts
 * copied from the project's node_modules into `<outDir>/katex/`. Served under `urlPrefix`.
 */
export function writeBarePages(projectDir: string, distDir: string, articles: ArticlePage[], outDir: string, urlPrefix: string): void {
  const katexDist = join(projectDir, 'node_modules', 'katex', 'dist');
  mkdirSync(join(outDir, 'katex'), { recursive: true });
  cpSync(join(katexDist, 'katex.min.css'), join(outDir, 'katex', 'katex.min.css'));
  cpSync(join(katexDist, 'fonts'), join(outDir, 'katex', 'fonts'), { recursive: true });
  for (const article of articles) {
    const html = readFileSync(join(distDir, article.lang, article.slug, 'index.html'), 'utf8');
    const folder = join(outDir, article.lang, article.slug);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), barePage(html, `${urlPrefix}katex/katex.min.css`));
  }
}
