import { brain } from './brain';
import { compute } from './compute';
import { quantization } from './quantization';
import type { CalculatorName } from './registry';
import type { AnyCalculator } from './spec';
import { storage } from './storage';
import { training } from './training';

/**
 * The browser's way to the specs. The small ones share one file with the island; the ones that
 * carry a config reader or a layout model load as their own chunk, only on the pages that show
 * them, so an article ships only the arithmetic of its own calculators (and never all of it).
 */
export const LOADERS = {
  storage: async () => storage,
  compute: async () => compute,
  brain: async () => brain,
  quantization: async () => quantization,
  training: async () => training,
  // The model table carries every featured model's size: only the main article needs it.
  models: () => import('./models').then((m) => m.models),
  serving: () => import('./serving').then((m) => m.serving),
  parameters: () => import('./parameters').then((m) => m.parameters),
  checkpoint: () => import('./checkpoint').then((m) => m.checkpoint),
} satisfies Record<CalculatorName, () => Promise<AnyCalculator>>;

/**
 * The calculators whose code waits for the reader: their defaults are already in the page, so
 * nothing needs them until a field is touched or a link carries their values.
 */
export const ON_FIRST_USE: ReadonlySet<string> = new Set(['models', 'serving', 'parameters', 'checkpoint']);

export function loaderOf(name: string): (() => Promise<AnyCalculator>) | undefined {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name as CalculatorName] : undefined;
}
