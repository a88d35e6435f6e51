import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { classesInHtml, pruneKatexCss } from './katex-css';

const used = (...names: string[]) => new Set(['katex', ...names]);

describe('classesInHtml', () => {
  it.each([
    ['one attribute', '<span class="katex">x</span>', ['katex']],
    ['several names and spaces', '<span class=" mord  mathnormal ">x</span>', ['mord', 'mathnormal']],
    ['every element of the page', '<p class="a"><span class="b c">x</span></p>', ['a', 'b', 'c']],
    ['no class attribute', '<p data-class="x">class="y" in text</p>', []],
  ])('reads %s', (_name, html, expected) => {
    expect([...classesInHtml(html)].sort()).toEqual([...expected].sort());
  });
});

describe('pruneKatexCss', () => {
  it.each([
    ['keeps a rule whose classes are all used', '.katex .mord{color:red}', used('mord'), '.katex .mord{color:red}'],
    ['drops a rule that needs an unused class', '.katex .mathbb{font-family:KaTeX_AMS}', used(), ''],
    ['drops only the selectors that cannot match', '.katex .mord,.katex .boxpad{padding:0}', used('mord'), '.katex .mord{padding:0}'],
    ['needs every class of a compound selector', '.katex .sizing.reset-size1.size1{font-size:1em}', used('sizing', 'size1'), ''],
    ['ignores classes inside :not()', '.katex .accent-body:not(.accent-full){width:0}', used('accent-body'), '.katex .accent-body:not(.accent-full){width:0}'],
    ['leaves rules of the site alone, used or not', '.unused{color:red}:root{--x:var(--y)}', used(), '.unused{color:red}:root{--x:var(--y)}'],
    ['prunes inside @media too', '@media screen{.katex .hline{border:0}}', used(), ''],
  ])('%s', (_name, css, classes, expected) => {
    expect(pruneKatexCss(css, classes).css).toBe(expected);
  });

  it('drops the @font-face of a KaTeX family no remaining rule names, and lists its files', () => {
    const css = [
      '@font-face{font-family:KaTeX_AMS;src:url(/f/AMS.woff2)format("woff2"),url(/f/AMS.woff)format("woff")}',
      '@font-face{font-family:KaTeX_Main;src:url(/f/Main.woff2)format("woff2")}',
      '@font-face{font-family:Other;src:url(/f/Other.woff2)format("woff2")}',
      '.katex{font:1.21em KaTeX_Main,serif}',
      '.katex .mathbb{font-family:KaTeX_AMS}',
    ].join('');
    const { css: pruned, droppedFontUrls } = pruneKatexCss(css, used());
    expect(droppedFontUrls).toEqual(['/f/AMS.woff2', '/f/AMS.woff']);
    expect(pruned).toContain('font-family:KaTeX_Main');
    expect(pruned).toContain('font-family:Other');
    expect(pruned).not.toContain('KaTeX_AMS');
  });

  it("keeps all of KaTeX's own stylesheet for a page that uses every class it names", () => {
    const stock = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');
    const everything = new Set([...stock.matchAll(/\.([A-Za-z_][\w-]*)/g)].map((m) => m[1]!));
    const { css, droppedFontUrls } = pruneKatexCss(stock, everything);
    expect(droppedFontUrls).toEqual([]);
    expect(css.match(/@font-face/g)).toHaveLength(20);
  });

  it("cuts KaTeX's stylesheet for a page of simple formulas to the rules it draws with", () => {
    const stock = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');
    const { css, droppedFontUrls } = pruneKatexCss(stock, used('katex-html', 'katex-mathml', 'base', 'strut', 'mord', 'mathnormal', 'mbin'));
    expect(css.length).toBeLessThan(stock.length / 2);
    expect(css).toContain('.katex .mathnormal{');
    expect(css).not.toContain('.mathbb');
    // KaTeX_Main (the .katex rule) and KaTeX_Math (.mathnormal) stay, in all their weights and styles.
    expect(css.match(/@font-face/g)).toHaveLength(6);
    expect(droppedFontUrls.filter((url) => url.endsWith('.woff2'))).toHaveLength(14);
  });
});
