import { brain } from './brain';
import { compute } from './compute';
import { models } from './models';
import { quantization } from './quantization';
import { serving } from './serving';
import { checkpoint } from './checkpoint';
import { parameters } from './parameters';
import { storage } from './storage';
import { training } from './training';
import { fineTuning } from './fine-tuning';

/**
 * Every calculator of the site. `<Calculator name="...">` in an article renders one; the island
 * drives each `<form data-calculator="NAME">` with the spec of that name; each language's strings
 * must cover every entry (a type error otherwise).
 */
export const CALCULATORS = { storage, models, compute, brain, quantization, serving, training, 'fine-tuning': fineTuning, parameters, checkpoint } as const;

export type CalculatorName = keyof typeof CALCULATORS;

export function isCalculatorName(name: string): name is CalculatorName {
  return Object.hasOwn(CALCULATORS, name);
}
