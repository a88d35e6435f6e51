import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ModelSize } from '../../src/data/models.ts';
import { parseCount } from '@llm-scale/core/numbers/parse-count';
import { checkZhStyle, problemMessage } from '../../src/lib/zh-style.ts';
import { findAll, hasClass, parseHtml, proseElement, type Element } from './hast.ts';

export interface ArticlePage {
  lang: string;
  slug: string;
  html: string;
}

const find = (html: string, predicate: (node: Element) => boolean): Element[] => findAll(parseHtml(html), predicate);

/** Parts of the prose that are not written text: TeX source inside MathML, and calculators, whose
 * numbers are computed (and whose model table is drawn from the data file itself). */
const NOT_TEXT = new Set(['annotation', 'calculator-island']);
/** Build-time charts (src/components/charts/), drawn from data files that their own tests hold to models.ts. */
const NOT_TEXT_CLASS = 'chart';

/** An article's written text as a reader sees it. */
export function proseText(html: string): string {
  const prose = proseElement(parseHtml(html));
  if (!prose) return '';
  visit(prose, 'element', (node: Element, index, parent) => {
    if ((!NOT_TEXT.has(node.tagName) && !hasClass(node, NOT_TEXT_CLASS)) || !parent || index === undefined) return;
    parent.children.splice(index, 1);
    return index;
  });
  return toString(prose);
}

/** Rule: every article ends with a list of its sources, each a link. */
export function checkSources(article: ArticlePage): string[] {
  const list = find(article.html, (n) => hasClass(n, 'sources'))[0];
  const links = list ? find(article.html, (n) => n.tagName === 'a' && typeof n.properties.href === 'string' && /^https:\/\//.test(n.properties.href)) : [];
  return list && links.length > 0 ? [] : [`${article.lang}/${article.slug}: no list of sources`];
}

const SIZE = String.raw`(\d[\d,]*(?:\.\d+)?)\s?(B|T|亿|万亿|billion|trillion)(?![A-Za-z])`;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How close a quoted size must be to a recorded one: "about 1.8T" quotes 1.76T. */
const TOLERANCE = 0.03;

/**
 * Rule: a model size in the text is one that src/data/models.ts records for that model, so a size
 * the data file does not know (and cannot source) cannot slip onto the site. A size counts as
 * quoted for a model when it follows the model's name within the same sentence part.
 */
export function checkModelSizes(article: ArticlePage, models: readonly ModelSize[]): string[] {
  const text = proseText(article.html);
  const problems: string[] = [];
  // Longer names first, so "GPT-4o-mini" is not read as "GPT-4o".
  const byLength = [...models].sort((a, b) => b.name.length - a.name.length);
  for (const model of byLength) {
    const pattern = new RegExp(`${escapeRegExp(model.name)}(?![-\\w.])([^.。;；:\\n]{0,40}?)${SIZE}`, 'g');
    const known = [model.params, model.activeParams, ...(model.otherEstimates ?? []).map((e) => e.params)].filter(
      (v): v is number => v !== undefined,
    );
    for (const match of text.matchAll(pattern)) {
      const between = match[1] ?? '';
      // Another model's name in between means the size belongs to that model.
      if (byLength.some((other) => other !== model && between.includes(other.name))) continue;
      const quoted = parseCount(`${match[2]}${match[3]}`);
      if (!quoted.ok) continue;
      if (!known.some((value) => Math.abs(quoted.value - value) <= TOLERANCE * value)) {
        problems.push(
          `${article.lang}/${article.slug}: "${match[0].trim()}" quotes a size for ${model.name} that src/data/models.ts does not record`,
        );
      }
    }
  }
  return problems;
}

/**
 * Rule: the sentences a calculator builds at run time follow the Chinese style rules
 * (src/data/zh-style.ts) too. The unit test checks the templates in src/i18n/zh/; this checks
 * what they become with numbers in them, as each Chinese page shows it without JavaScript (the
 * default results in every <output>): "（每个 token …）" and not "(每个 token …)", "0.02% 到 0.133%"
 * and not "0.02%–0.133%". One message per breach, naming the page and the output.
 */
export function checkZhCalculatorOutputs(article: ArticlePage): string[] {
  if (article.lang !== 'zh') return [];
  return find(article.html, (n) => n.tagName === 'output').flatMap((output) => {
    const name = typeof output.properties.name === 'string' ? output.properties.name : '?';
    return toString(output)
      .split('\n')
      .flatMap((line) => checkZhStyle(`zh/${article.slug} output[name="${name}"]`, line, undefined, undefined, true))
      .map((p) => problemMessage({ ...p, line: 1 }).replace(/:1: /, ': '));
  });
}
