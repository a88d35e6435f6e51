// What an article page of a built site costs at first load, read from the files alone (no
// browser): the gzipped HTML, the stylesheets and scripts it links, and the modules those scripts
// import statically. Fonts are left out: which KaTeX faces a browser fetches depends on the glyphs
// it lays out, which only a browser knows; the end-to-end page sweep and the bench load the page
// in Chromium and count them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync, parse } from 'es-module-lexer';
import { emptyBytes, gzipSize, type Kind, type PageWeight } from './budgets.ts';
import { attribute, findAll, type Element, type Root } from './hast.ts';

/** The URLs a page loads as it opens: stylesheets, scripts and module preloads, in document order. */
export function linkedAssets(tree: Root): { url: string; kind: Kind }[] {
  const rel = (node: Element) => (Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : []);
  return findAll(tree, (n) => n.tagName === 'script' || n.tagName === 'link').flatMap((node): { url: string; kind: Kind }[] => {
    if (node.tagName === 'script') {
      const src = attribute(node, 'src');
      return src ? [{ url: src, kind: 'js' }] : [];
    }
    const href = attribute(node, 'href');
    if (!href) return [];
    if (rel(node).includes('stylesheet')) return [{ url: href, kind: 'css' }];
    if (rel(node).includes('modulepreload')) return [{ url: href, kind: 'js' }];
    return [];
  });
}

/** The relative module specifiers a script imports statically (`import "./chunk.js"`), not `import()`. */
export function staticImports(source: string): string[] {
  initSync();
  const [imports] = parse(source);
  // d === -1: a static import statement; dynamic import() and import.meta have other values.
  return imports.filter((i) => i.d === -1 && i.n !== undefined && /^\.{0,2}\//.test(i.n)).map((i) => i.n!);
}

/**
 * The first-load weight of the page at `path` (an address under `base`, "/en/a/") whose parsed
 * HTML is `tree`, with files read from the built site in `dir`. Each file counts once, as one
 * request. Assets on other origins are not counted (the site has none; the link checker and the
 * end-to-end tests reject them).
 */
export function staticWeight(dir: string, base: string, path: string, html: string, tree: Root): PageWeight {
  const bytes = emptyBytes();
  bytes.html = gzipSize(html);
  const origin = 'http://site.invalid';
  const seen = new Set<string>();
  const add = (url: string, kind: Kind, from: string) => {
    const target = new URL(url, origin + from);
    if (target.origin !== origin || seen.has(target.pathname)) return;
    seen.add(target.pathname);
    const file = join(dir, decodeURIComponent(target.pathname.slice(base.length)));
    if (!existsSync(file)) return;
    const body = readFileSync(file);
    bytes[kind] += gzipSize(body);
    if (kind === 'js') for (const specifier of staticImports(body.toString('utf8'))) add(specifier, 'js', target.pathname);
  };
  for (const { url, kind } of linkedAssets(tree)) add(url, kind, path);
  return { path, bytes, requests: 1 + seen.size };
}
