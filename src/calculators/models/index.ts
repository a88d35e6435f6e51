import { FEATURED_MODELS } from '../../data/models';
import { formatBytes } from '@llm-scale/core/text/format';
import { precisionLabel } from '../precision-label';
import { bytesForPrecision } from '@llm-scale/core/memory/precision';
import { weightBytes } from '@llm-scale/core/memory/storage';
import type { PluralForms } from '@llm-scale/core/text/template';
import { defineCalculator, type ComputeContext, type OutputSpec } from '../spec';

export interface ModelsWords {
  bytes: PluralForms;
}

/** The output that holds one model's weight memory: `weights-gpt-4o`. */
export const modelOutputName = (id: string) => `weights-${id}`;

const MODEL_OUTPUTS: readonly OutputSpec[] = FEATURED_MODELS.map((m) => ({ name: modelOutputName(m.id), from: ['precision'] }));

/** Weight memory of each featured model of src/data/models.ts at one number format. */
export function modelWeights(bytesPerParameter: number, lang: ComputeContext<ModelsWords>['lang']): Record<string, string> {
  return Object.fromEntries(
    FEATURED_MODELS.map((m) => [modelOutputName(m.id), formatBytes(weightBytes(m.params, bytesPerParameter), lang).decimal]),
  );
}

/**
 * The reported-sizes table and chart. Opens at bf16, the format models are really stored and
 * released in; the storage calculator keeps the source article's fp64 example.
 */
export const models = defineCalculator({
  name: 'models',
  fields: [{ name: 'precision', kind: 'format', default: 'bf16' }],
  outputs: [{ name: 'precision-label', from: ['precision'] }, ...MODEL_OUTPUTS],
  compute({ precision }, { lang, words }: ComputeContext<ModelsWords>) {
    const bytes = bytesForPrecision(precision);
    return { 'precision-label': precisionLabel(precision, bytes, lang, words.bytes), ...modelWeights(bytes, lang) };
  },
});

/** The spec the registries find in this folder (src/calculators/registry.ts). */
export default models;
