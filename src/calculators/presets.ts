import { MODELS, type ModelSize } from '../data/models';
import { formatCount } from '@llm-scale/core/text/format';
import type { CalculatorName } from './registry';

/** A model that fills some of a calculator's fields: field name → text, as a reader would type it. */
export interface Preset {
  id: string;
  name: string;
  status: ModelSize['status'];
  values: Record<string, string>;
}

// Counts are written the English way (200B): every language's count field reads that form.
const count = (n: number) => formatCount(n, 'en');

const PRESET_VALUES: Partial<Record<CalculatorName, (model: ModelSize) => Record<string, string> | null>> = {
  storage: (model) => ({ params: count(model.params) }),
  serving: (model) =>
    model.architecture
      ? {
          params: count(model.params),
          layers: String(model.architecture.layers),
          'kv-heads': String(model.architecture.kvHeads),
          'head-dim': String(model.architecture.headDim),
        }
      : null,
};

/** The models of src/data/models.ts that can fill `calculator`'s fields, in the file's order. */
export function presetsFor(calculator: CalculatorName): Preset[] {
  const values = PRESET_VALUES[calculator];
  if (!values) return [];
  return MODELS.flatMap((model) => {
    const filled = values(model);
    return filled ? [{ id: model.id, name: model.name, status: model.status, values: filled }] : [];
  });
}
