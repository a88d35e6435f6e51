import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, gzipSize, overBudget, totalBytes, type PageWeight } from './budgets';
import { parseHtml } from './hast';
import { linkedAssets, staticImports, staticWeight } from './page-weight';

describe('linkedAssets', () => {
  it('finds stylesheets, scripts and module preloads, and nothing else', () => {
    const tree = parseHtml(`<html><head>
      <link rel="canonical" href="/en/a/"><link rel="icon" href="data:,">
      <link rel="stylesheet" href="/_astro/a.css"><script src="/theme.js"></script>
      <link rel="modulepreload" href="/_astro/chunk.js"><script>inline()</script>
      </head><body><script type="module" src="/_astro/page.js"></script></body></html>`);
    expect(linkedAssets(tree)).toEqual([
      { url: '/_astro/a.css', kind: 'css' },
      { url: '/theme.js', kind: 'js' },
      { url: '/_astro/chunk.js', kind: 'js' },
      { url: '/_astro/page.js', kind: 'js' },
    ]);
  });
});

describe('staticImports', () => {
  it.each([
    ['a minified static import', 'import{a as b}from"./chunk.AbC.js";b()', ['./chunk.AbC.js']],
    ['a side-effect import', 'import "./x.js";', ['./x.js']],
    ['a dynamic import (loaded later, not at first load)', 'const m = import("./lazy.js")', []],
    ['a bare package name (bundled, never requested)', 'import x from "katex"', []],
  ])('%s', (_name, source, expected) => {
    expect(staticImports(source)).toEqual(expected);
  });
});

describe('staticWeight', () => {
  it('adds the gzipped page, its stylesheet and scripts and their static imports, each file once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-weight-'));
    mkdirSync(join(dir, '_astro'));
    const css = 'body{color:red}'.repeat(50);
    const chunk = 'export const x = 1;'.repeat(20);
    const entry = 'import{x}from"./chunk.js";console.log(x)';
    writeFileSync(join(dir, '_astro', 'a.css'), css);
    writeFileSync(join(dir, '_astro', 'chunk.js'), chunk);
    writeFileSync(join(dir, '_astro', 'entry.js'), entry);
    const html = '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/entry.js"></script><link rel="modulepreload" href="/_astro/chunk.js">';
    const weight = staticWeight(dir, '/', '/en/a/', html, parseHtml(html));
    expect(weight).toEqual({
      path: '/en/a/',
      bytes: { html: gzipSize(html), css: gzipSize(css), js: gzipSize(entry) + gzipSize(chunk), font: 0, other: 0 },
      requests: 4,
    });
  });
});

describe('overBudget', () => {
  const weight = (bytes: Partial<PageWeight['bytes']>, requests = 4): PageWeight => ({
    path: '/en/a/',
    bytes: { html: 0, css: 0, js: 0, font: 0, other: 0, ...bytes },
    requests,
  });

  it('accepts a page at its limits', () => {
    const atLimits = weight({ html: BUDGET.bytes.html, css: BUDGET.bytes.css, js: BUDGET.bytes.js, font: 6_000 }, BUDGET.requests);
    expect(totalBytes(atLimits)).toBeLessThanOrEqual(BUDGET.bytes.total);
    expect(overBudget(atLimits)).toEqual([]);
  });

  it.each([
    ['JavaScript one byte over', weight({ js: BUDGET.bytes.js + 1 }), '/en/a/: js 4.0 kB over its budget of 4.0 kB'],
    ['too many requests', weight({}, BUDGET.requests + 1), `/en/a/: ${BUDGET.requests + 1} requests, over the budget of ${BUDGET.requests}`],
    ['a total over budget through fonts', weight({ font: BUDGET.bytes.total + 1 }), '/en/a/: 80.0 kB in all, over the budget of 80.0 kB'],
  ])('reports %s', (_name, page, problem) => {
    expect(overBudget(page)).toEqual([problem]);
  });
});
