import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Articles link to other pages root-relatively ("/en/glossary/#kv-cache"). When the site is
 * deployed under a sub-path (BASE_PATH), those links must carry it, so the build adds it here
 * rather than every article knowing where the site will live.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/$/, '');
  return (tree: Root) => {
    if (base === '') return;
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        node.properties.href = base + href;
      }
    });
  };
}
