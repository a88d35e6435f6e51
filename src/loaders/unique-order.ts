import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { buildError, type ArticleProblem } from '../plugins/build-error';

/** What the check needs of a loaded article: its id ("en/slug"), file and front-matter `order`. */
export interface OrderedEntry {
  id: string;
  filePath?: string;
  order: unknown;
}

export const UNIQUE_ORDER_HEADLINE =
  'Two articles of one language have the same `order`, so their place in the article list and the previous/next links is left to chance. Give each a number of its own:';

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
 * Wraps a loader (the articles' glob loader) so that loading fails when two articles of one language
 * share an `order`: the article list sorts on it, and a tie would order them silently by chance.
 */
export function withUniqueOrder(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      const entries = context.store.values().map((e) => ({ id: e.id, filePath: e.filePath, order: e.data.order }));
      const problems = duplicateOrders(entries).map((p) => ({ ...p, line: orderLine(context.config.root, p.path) }));
      if (problems.length > 0) throw buildError(problems, UNIQUE_ORDER_HEADLINE);
    },
  };
}
