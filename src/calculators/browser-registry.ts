import type { AnyCalculator } from './spec';

/**
 * The browser's way to the specs: each calculator's arithmetic is its own chunk, loaded on first
 * use (a field touched) or at once when a link carries its values. Until then the page shows the
 * defaults worked out at build time, so an article ships no calculator code before it is used.
 * The loaders are the folders Vite finds, as in registry.ts.
 */
const loaders = import.meta.glob<AnyCalculator>('./*/index.ts', { import: 'default' });

export function loaderOf(name: string): (() => Promise<AnyCalculator>) | undefined {
  const path = `./${name}/index.ts`;
  return Object.hasOwn(loaders, path) ? loaders[path] : undefined;
}
