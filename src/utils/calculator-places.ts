import type { CalculatorName } from '../calculators/registry';
import { isCalculatorName } from '../calculators/registry';

/** One calculator an article places (remark-calculator-places.ts), as the article's remarkPluginFrontmatter has it. */
export interface Placed {
  name: string;
  /** The id of the ## or ### heading above it ('' before the first heading). */
  section: string;
  /** That heading's depth. */
  depth: number;
}

/** An article and the calculators it places, in reading order. */
export interface ArticlePlaces {
  slug: string;
  title: string;
  calculators: readonly Placed[];
}

/** Where a calculator is found first: the article, by slug and title. */
export interface CalculatorHome {
  name: CalculatorName;
  slug: string;
  articleTitle: string;
}

export { calculatorId } from '../plugins/remark-calculator-places';
import { calculatorId } from '../plugins/remark-calculator-places';

/**
 * Every registered calculator that some article places, once, where it first appears: articles
 * in their reading order (`articles` sorted by `order`), calculators in their order within each.
 * A name no registry entry has is skipped (the build fails on it elsewhere, in Calculator.astro).
 */
export function firstPlaces(articles: readonly ArticlePlaces[]): CalculatorHome[] {
  const seen = new Set<string>();
  const list: CalculatorHome[] = [];
  for (const article of articles) {
    for (const { name } of article.calculators) {
      if (!isCalculatorName(name) || seen.has(name)) continue;
      seen.add(name);
      list.push({ name, slug: article.slug, articleTitle: article.title });
    }
  }
  return list;
}

/** A contents entry: a heading, or a calculator listed under the section it sits in. */
export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
  calculator?: boolean;
}

/**
 * The contents list with each calculator named under its section: after the section's heading and
 * any headings it sits after, before the next heading, at depth 3 (the list shows two levels).
 * `titleOf` gives a calculator's title. A calculator above the first heading comes first.
 */
export function withCalculators(
  headings: readonly TocEntry[],
  calculators: readonly Placed[],
  titleOf: (name: CalculatorName) => string,
): TocEntry[] {
  const entry = (name: CalculatorName): TocEntry => ({ depth: 3, slug: calculatorId(name), text: titleOf(name), calculator: true });
  const known = calculators.filter((c): c is Placed & { name: CalculatorName } => isCalculatorName(c.name));
  const result: TocEntry[] = known.filter((c) => c.section === '').map((c) => entry(c.name));
  for (const heading of headings) {
    result.push(heading);
    for (const c of known) if (c.section === heading.slug) result.push(entry(c.name));
  }
  return result;
}
