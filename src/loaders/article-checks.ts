// Checks across the whole article collection, run as it loads (so in `astro dev` and before
// `astro build` compiles anything): every article exists in both languages, and no two articles of
// one language share an `order`.
import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { LANGS } from '@llm-scale/core/text/lang';
import { buildError, type ArticleProblem } from '../plugins/build-error';

/** What the checks need of a loaded article: its id ("en/slug"), file and front-matter `order`. */
export interface OrderedEntry {
  id: string;
  filePath?: string;
  order: unknown;
}

export const MISSING_TWIN_HEADLINE =
  'Every article is written in both languages, as content/en/<slug>.mdx and content/zh/<slug>.mdx; the language switch of these has nowhere to go:';

export const UNIQUE_ORDER_HEADLINE =
  'Two articles of one language have the same `order`, so their place in the article list and the previous/next links is left to chance. Give each a number of its own:';

/** One problem per article that has no file in the other language. */
export function missingTwins(entries: readonly OrderedEntry[]): ArticleProblem[] {
  const ids = new Set(entries.map((e) => e.id));
  const problems: ArticleProblem[] = [];
  for (const entry of entries) {
    const [lang, slug] = entry.id.split('/');
    for (const other of LANGS.filter((l) => l !== lang)) {
      if (!ids.has(`${other}/${slug}`)) {
        problems.push({ path: entry.filePath ?? entry.id, text: `no ${other} version: write content/${other}/${slug}.mdx too, or remove this file.` });
      }
    }
  }
  return problems;
}

/** One problem per article whose `order` another article of the same language already has. */
export function duplicateOrders(entries: readonly OrderedEntry[]): ArticleProblem[] {
  const groups = Map.groupBy(entries, (e) => `${e.id.split('/')[0]} ${String(e.order)}`);
  const problems: ArticleProblem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((e) => e !== entry).map((e) => e.filePath ?? e.id);
      problems.push({
        path: entry.filePath ?? entry.id,
        text: `order: ${String(entry.order)}, the same as ${others.join(', ')}.`,
      });
    }
  }
  return problems;
}

/** The line of `order:` in a file's front matter, found only to point the message at it. */
function orderLine(root: URL, filePath: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(new URL(filePath, root), 'utf8');
  } catch {
    return undefined;
  }
  const index = text.split('\n').findIndex((line) => /^order\s*:/.test(line));
  return index === -1 ? undefined : index + 1;
}

/**
 * Wraps the articles' loader so that loading fails on an article without its other language, or on
 * two articles of one language with the same `order` (the article list sorts on it, and a tie would
 * order them by chance).
 */
export function withArticleChecks(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      const entries = context.store.values().map((e) => ({ id: e.id, filePath: e.filePath, order: e.data.order }));
      const missing = missingTwins(entries);
      if (missing.length > 0) throw buildError(missing, MISSING_TWIN_HEADLINE);
      const repeats = duplicateOrders(entries).map((p) => ({ ...p, line: orderLine(context.config.root, p.path) }));
      if (repeats.length > 0) throw buildError(repeats, UNIQUE_ORDER_HEADLINE);
    },
  };
}
