import type { Lang } from '../lib/lang';
import { FEATURED_MODELS } from '../data/models';
import { formatBytes } from '../lib/format';
import { bytesErrorMessage } from '../lib/messages';
import { resolveBytesPerParameter } from '../lib/precision';
import { precisionLabel } from './precision-label';
import { weightBytes } from '../lib/storage';
import { withheld, type CalculatorInput, type CalculatorView } from './view';

/** The same starting precision as the storage calculator: the source article's 8 bytes. */
export const MODELS_DEFAULTS = { precision: 'fp64' } as const;

export const modelOutputName = (id: string) => `weights-${id}`;

const MODELS_OUTPUTS = ['precision-label', ...FEATURED_MODELS.map((m) => modelOutputName(m.id))];

/** Weight memory of each listed model at one precision: "400 GB" for GPT-4o at bf16. */
export function modelsView(input: CalculatorInput, lang: Lang): CalculatorView {
  const bytes = resolveBytesPerParameter({ precision: input.precision ?? null });
  if (!bytes.ok) return withheld(MODELS_OUTPUTS, { precision: bytesErrorMessage(bytes.error, lang) });
  const { precision, bytesPerParameter } = bytes.value;
  return {
    outputs: { 'precision-label': precisionLabel(precision, bytesPerParameter, lang), ...modelWeights(bytesPerParameter, lang) },
    errors: {},
  };
}

export function modelWeights(bytesPerParameter: number, lang: Lang): Record<string, string> {
  return Object.fromEntries(
    FEATURED_MODELS.map((m) => [modelOutputName(m.id), formatBytes(weightBytes(m.params, bytesPerParameter), lang).decimal]),
  );
}
