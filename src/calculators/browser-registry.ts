import type { CalculatorName } from './registry';
import type { AnyCalculator } from './spec';

/**
 * The browser's way to the specs: each calculator's arithmetic is its own chunk, loaded on first
 * use (a field touched) or at once when a link carries its values. Until then the page shows the
 * defaults worked out at build time, so an article ships no calculator code before it is used.
 */
export const LOADERS = {
  storage: () => import('./storage').then((m) => m.storage),
  models: () => import('./models').then((m) => m.models),
  compute: () => import('./compute').then((m) => m.compute),
  brain: () => import('./brain').then((m) => m.brain),
  quantization: () => import('./quantization').then((m) => m.quantization),
  training: () => import('./training').then((m) => m.training),
  serving: () => import('./serving').then((m) => m.serving),
  'fine-tuning': () => import('./fine-tuning').then((m) => m.fineTuning),
  parameters: () => import('./parameters').then((m) => m.parameters),
  checkpoint: () => import('./checkpoint').then((m) => m.checkpoint),
} satisfies Record<CalculatorName, () => Promise<AnyCalculator>>;

export function loaderOf(name: string): (() => Promise<AnyCalculator>) | undefined {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name as CalculatorName] : undefined;
}
