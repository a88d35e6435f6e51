// Cuts the KaTeX font weight of the built site. katex.min.css declares 20 font faces, each with a
// woff2, a woff and a ttf source. Browsers fetch only the faces a page's glyphs need, and only the
// woff2 (every browser the site supports reads woff2), but each face they fetch is the whole font.
//
// After the build this integration:
// 1. drops the KaTeX rules and font faces that no built page can use (katex-css.ts), and deletes
//    the font files of those faces;
// 2. collects every character inside `.katex-html` (the visible formula markup) across all built
//    pages, plus the characters KaTeX's stylesheet inserts itself (equation numbers);
// 3. subsets each remaining KaTeX woff2 to those characters with harfbuzz (subset-font, WebAssembly);
// 4. drops the woff and ttf sources from the @font-face rules and deletes those files;
// 5. gives the rewritten fonts and stylesheets new content-hashed names and updates the references,
//    so a long-lived cache never serves an old subset that lacks a glyph a new article uses.
//
// The character set is the union over all formulas and is applied to every face: telling which face
// a glyph lands in would need KaTeX's CSS cascade, and a glyph kept in a face that never draws it
// costs a few dozen bytes. Formulas typeset in the browser at run time would not be covered; the
// site has none (KaTeX runs at build time only).
//
// Use it in astro.config.mjs: `integrations: [mdx(), katexFonts()]`. List it before any
// integration that hashes or lists the built CSS and font files in its own astro:build:done hook.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classesInHtml, pruneKatexCss } from './katex-css';

type SubsetFont = (font: Buffer, text: string, options: { targetFormat: 'woff2' }) => Promise<Buffer>;

/** Characters KaTeX's CSS adds through `content:` (equation numbers: "(" counter ")"). */
const CSS_GENERATED = '()0123456789';

function loadSubsetFont(): SubsetFont {
  try {
    return createRequire(import.meta.url)('subset-font') as SubsetFont;
  } catch {
    throw new Error('katex-fonts needs the subset-font package: npm install --save-dev --save-exact subset-font@2.9.0');
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of every `<span class="katex-html" ...>` element in a page (nested spans counted). */
export function katexHtmlText(html: string): string {
  let text = '';
  const open = /<span class="katex-html"[^>]*>/g;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tag = /<span\b[^>]*>|<\/span\s*>/g;
    tag.lastIndex = open.lastIndex;
    let depth = 1;
    let end = html.length;
    for (let t = tag.exec(html); t; t = tag.exec(html)) {
      depth += t[0].startsWith('</') ? -1 : 1;
      if (depth === 0) {
        end = t.index;
        break;
      }
    }
    text += html.slice(open.lastIndex, end).replace(/<[^>]*>/g, '');
    open.lastIndex = end;
  }
  return decodeEntities(text);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const contentHash = (data: Buffer | string) => createHash('sha256').update(data).digest('base64url').slice(0, 8);

/** "name.OLDHASH.ext" → "name.NEWHASH.ext" (or "name.NEWHASH.ext" when the name had no hash). */
function rehash(fileName: string, data: Buffer | string): string {
  const m = /^(.+?)(?:\.[A-Za-z0-9_-]{6,12})?\.(woff2|css)$/.exec(fileName);
  return m ? `${m[1]}.${contentHash(data)}.${m[2]}` : fileName;
}

export function katexFonts(): AstroIntegration {
  return {
    name: 'katex-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = await listFiles(root);
        const byName = new Map(files.map((f) => [basename(f), f]));

        const chars = new Set(CSS_GENERATED);
        const classes = new Set<string>();
        const textFiles = files.filter((f) => /\.(html|css|js|mjs|json|xml|txt|webmanifest)$/.test(f));
        // Only the stylesheets are kept in memory: a large site's pages are read once here and once
        // more at the end, rather than held (90 MB of HTML at 1000 pages) while the fonts are cut.
        const stylesheets = new Map<string, string>();
        for (const file of textFiles) {
          const text = await readFile(file, 'utf8');
          if (file.endsWith('.css') && /font-family:\s*KaTeX_/.test(text)) stylesheets.set(file, text);
          if (!file.endsWith('.html')) continue;
          for (const ch of katexHtmlText(text)) chars.add(ch);
          classesInHtml(text, classes);
        }
        const charText = [...chars].join('');

        if (stylesheets.size === 0) {
          logger.info('no KaTeX @font-face rules in the build; nothing to do');
          return;
        }
        const cssSize = () => [...stylesheets.values()].reduce((sum, text) => sum + text.length, 0);
        // The faces no page can use go first, so that they are neither subset nor kept.
        const unusedFaces = new Set<string>();
        const cssBefore = cssSize();
        for (const [css, text] of stylesheets) {
          const { css: pruned, droppedFontUrls } = pruneKatexCss(text, classes);
          stylesheets.set(css, pruned);
          for (const url of droppedFontUrls) unusedFaces.add(basename(url.split(/[?#]/)[0]!));
        }
        const cssAfter = cssSize();

        const subsetFont = loadSubsetFont();
        const renamed = new Map<string, string>(); // old file name → new file name
        const dropped = new Set<string>(); // woff/ttf file names no longer referenced by KaTeX rules
        let before = 0;
        let after = 0;
        for (const [css, original] of stylesheets) {
          let text = original;
          const faces = [...text.matchAll(/@font-face\s*\{[^}]*\}/g)].map((m) => m[0]).filter((r) => /font-family:\s*["']?KaTeX_/.test(r));
          for (const face of faces) {
            const src = /src:([^;}]*)/.exec(face)?.[1] ?? '';
            const urls = [...src.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!);
            const woff2Url = urls.find((u) => /\.woff2(\?|#|$)/.test(u));
            if (!woff2Url) continue;
            const woff2Name = basename(woff2Url.split(/[?#]/)[0]!);
            for (const u of urls) if (u !== woff2Url) dropped.add(basename(u.split(/[?#]/)[0]!));
            let newName = renamed.get(woff2Name);
            if (!newName) {
              const path = byName.get(woff2Name);
              if (!path) throw new Error(`katex-fonts: ${woff2Name}, named in ${basename(css)}, is not in the build`);
              const font = await readFile(path);
              const subset = await subsetFont(font, charText, { targetFormat: 'woff2' });
              newName = rehash(woff2Name, subset);
              await writeFile(join(path, '..', newName), subset);
              if (newName !== woff2Name) await rm(path);
              before += font.length;
              after += subset.length;
              renamed.set(woff2Name, newName);
            }
            const newUrl = woff2Url.replace(woff2Name, newName);
            const newFace = face.replace(/src:[^;}]*/, () => `src:url(${newUrl}) format("woff2")`);
            text = text.replace(face, () => newFace);
          }
          stylesheets.set(css, text);
        }

        // New names for the rewritten stylesheets; then every text file once more: references to
        // renamed files updated, and each file no longer needed checked for a mention elsewhere.
        for (const [css, text] of stylesheets) renamed.set(basename(css), rehash(basename(css), text));
        const unneeded = [...dropped, ...unusedFaces];
        const stillNamed = new Set<string>();
        for (const file of textFiles) {
          const original = stylesheets.get(file) ?? (await readFile(file, 'utf8'));
          for (const name of unneeded) if (original.includes(name)) stillNamed.add(name);
          let text = original;
          for (const [from, to] of renamed) if (text.includes(from)) text = text.split(from).join(to);
          const target = stylesheets.has(file) ? join(file, '..', renamed.get(basename(file))!) : file;
          if (stylesheets.has(file) || text !== original) {
            await writeFile(target, text);
            if (target !== file) await rm(file);
          }
        }
        // Delete the woff/ttf files, and the faces no page uses, unless something else still names them.
        let droppedBytes = 0;
        for (const name of unneeded) {
          const path = byName.get(name);
          if (path && !stillNamed.has(name)) {
            droppedBytes += (await stat(path)).size;
            await rm(path);
          }
        }
        logger.info(
          `KaTeX rules no page uses dropped: CSS ${(cssBefore / 1000).toFixed(1)} kB → ${(cssAfter / 1000).toFixed(1)} kB, ${[...unusedFaces].filter((name) => name.endsWith('.woff2')).length} font faces unused; ` +
            `${renamed.size - stylesheets.size} KaTeX woff2 fonts subset to ${chars.size} characters: ` +
            `${(before / 1000).toFixed(1)} kB → ${(after / 1000).toFixed(1)} kB; ` +
            `${dropped.size} woff/ttf files (${(droppedBytes / 1000).toFixed(1)} kB) dropped, in ${(performance.now() - started).toFixed(0)} ms`,
        );
      },
    },
  };
}
