import { brainView } from './brain';
import { computeView } from './compute';
import { modelsView } from './models';
import { quantizationView } from './quantization';
import { servingView } from './serving';
import { storageView } from './storage';
import { trainingView } from './training';
import type { Calculator } from './view';

/** Each `<form data-calculator="NAME">` on a page is driven by the calculator of that name. */
export const CALCULATORS: Record<string, Calculator> = {
  storage: storageView,
  models: modelsView,
  compute: computeView,
  brain: brainView,
  quantization: quantizationView,
  serving: servingView,
  training: trainingView,
};
