// KaTeX's stylesheet styles everything KaTeX can draw: 11 × 11 size resets, blackboard bold,
// Fraktur, boxed and struck-out formulas, and 20 font faces. A site typesets its formulas at build
// time, so its built pages name every KaTeX class it will ever use; the rules for the others, and
// the faces no remaining rule names, can go. For this site that is about 2.5 kB of the 7 kB
// (gzipped) stylesheet every article loads before its first paint.
import { transform, type Declaration, type Selector, type SelectorList } from 'lightningcss';

/** The class names on any element of an HTML page: the tokens of every class="…" attribute. */
export function classesInHtml(html: string, into = new Set<string>()): Set<string> {
  // Astro and KaTeX write every attribute in double quotes, so this reads all of them.
  for (const match of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of match[1]!.split(/\s+/)) if (name) into.add(name);
  return into;
}

const startsWithKatex = (selector: Selector) => selector[0]?.type === 'class' && selector[0].name === 'katex';

/**
 * Whether an element could match the selector given the classes the site's pages use: every class
 * it requires (outside :not(), :is() and the like, which require none) is used somewhere.
 */
const canMatch = (selector: Selector, used: ReadonlySet<string>) => selector.every((part) => part.type !== 'class' || used.has(part.name));

/** The font families a declaration names: `font-family` and the `font` shorthand. */
function familiesOf(declaration: Declaration): string[] {
  if (declaration.property === 'font-family') return declaration.value.map(String);
  if (declaration.property === 'font') return declaration.value.family.map(String);
  return [];
}

export interface PrunedCss {
  css: string;
  /** The font files (url() values) of the KaTeX @font-face rules dropped. */
  droppedFontUrls: string[];
}

/**
 * `css` without the KaTeX rules no page can use: a selector that starts with `.katex` is dropped
 * when it requires a class that is in no built page (`used`), a rule with no selector left is
 * dropped, and so is each `@font-face` of a `KaTeX_` family that no remaining rule names. Every
 * other rule is kept as it is; the output is minified by Lightning CSS (Vite's own CSS minifier).
 * Sound only for a site whose formulas are all typeset at build time: a formula typeset in the
 * browser could need a class no built page has.
 */
export function pruneKatexCss(css: string, used: ReadonlySet<string>): PrunedCss {
  const namedFamilies = new Set<string>();
  // First pass: drop the selectors and note the families the remaining rules name.
  const pruned = transform({
    filename: 'site.css',
    code: Buffer.from(css),
    minify: true,
    visitor: {
      Rule: {
        style(rule) {
          const selectors: SelectorList = rule.value.selectors.filter((s) => !startsWithKatex(s) || canMatch(s, used));
          if (selectors.length === 0) return [];
          for (const declaration of [...rule.value.declarations.declarations, ...(rule.value.declarations.importantDeclarations ?? [])]) {
            for (const family of familiesOf(declaration)) namedFamilies.add(family);
          }
          // Nothing returned keeps a rule as it was: Lightning CSS cannot read back every rule it
          // hands out (var() values fail), so only the rules that change are returned.
          if (selectors.length === rule.value.selectors.length) return undefined;
          return { ...rule, value: { ...rule.value, selectors } };
        },
      },
    },
  }).code.toString();
  // Second pass: drop the faces of the KaTeX families nothing names any more.
  const droppedFontUrls: string[] = [];
  const result = transform({
    filename: 'site.css',
    code: Buffer.from(pruned),
    minify: true,
    visitor: {
      Rule: {
        'font-face'(rule) {
          const family = rule.value.properties.find((p) => p.type === 'font-family')?.value;
          if (typeof family !== 'string' || !family.startsWith('KaTeX_') || namedFamilies.has(family)) return undefined;
          for (const property of rule.value.properties) {
            if (property.type !== 'source') continue;
            for (const source of property.value) if (source.type === 'url') droppedFontUrls.push(source.value.url.url);
          }
          return [];
        },
      },
    },
  });
  return { css: result.code.toString(), droppedFontUrls };
}
