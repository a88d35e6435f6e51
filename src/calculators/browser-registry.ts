import { brain } from './brain';
import { compute } from './compute';
import { models } from './models';
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
  models: async () => models,
  compute: async () => compute,
  brain: async () => brain,
  quantization: async () => quantization,
  training: async () => training,
  serving: () => import('./serving').then((m) => m.serving),
  parameters: () => import('./parameters').then((m) => m.parameters),
  checkpoint: () => import('./checkpoint').then((m) => m.checkpoint),
} satisfies Record<CalculatorName, () => Promise<AnyCalculator>>;

export function loaderOf(name: string): (() => Promise<AnyCalculator>) | undefined {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name as CalculatorName] : undefined;
}
