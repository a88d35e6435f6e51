import type { AnyCalculator } from './spec';

/*
 * Every calculator of the site is a folder here, src/calculators/<name>/: `index.ts` (its spec, the
 * default export), `i18n/<lang>.ts` (its strings in each language) and its tests. Nothing else
 * lists them: the registries below are what Vite finds in the folders, so adding a calculator is
 * its folder plus `<Calculator name="<name>" />` in the articles that show it.
 */

const specs = import.meta.glob<AnyCalculator>('./*/index.ts', { eager: true, import: 'default' });

/** The folder a module path names: './serving/index.ts' → 'serving'. */
export function folderOf(path: string): string {
  return path.split('/')[1] ?? '';
}

/**
 * Every calculator by name (its folder's name, which must be the spec's `name`: the prefix of its
 * URL keys and element ids). Throws at build time on a folder whose spec names another.
 */
export const CALCULATORS: Readonly<Record<string, AnyCalculator>> = Object.fromEntries(
  Object.entries(specs).map(([path, spec]) => {
    if (spec.name !== folderOf(path)) throw new Error(`src/calculators/${folderOf(path)}/index.ts: its spec is named "${spec.name}"; a calculator's folder and name must be the same.`);
    return [spec.name, spec];
  }),
);

/** A calculator's name, as `<Calculator name="...">` and `data-calculator` write it. */
export type CalculatorName = string;

export function isCalculatorName(name: string): name is CalculatorName {
  return Object.hasOwn(CALCULATORS, name);
}
