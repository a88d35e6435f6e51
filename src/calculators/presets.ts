import { MODELS, type ModelSize } from '../data/models';
import { ACCELERATORS, usableCapacityBytes, type Accelerator } from '@llm-scale/core/memory/accelerators';
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

/** The format a picked model's weights come in: bf16 unless the model ships in another. */
const releasedFormat = (model: ModelSize) => model.releasedIn ?? 'bf16';

const PRESET_VALUES: Partial<Record<CalculatorName, (model: ModelSize) => Record<string, string> | null>> = {
  // A picked model takes the format it ships in; the empty form keeps the source article's fp64 example.
  storage: (model) => ({ params: count(model.params), precision: releasedFormat(model) }),
  serving: (model) =>
    model.architecture
      ? {
          params: count(model.params),
          precision: releasedFormat(model),
          'weight-bits': '',
          layers: String(model.architecture.layers),
          heads: String(model.architecture.heads),
          'kv-heads': String(model.architecture.kvHeads),
          'head-dim': String(model.architecture.headDim),
          'max-positions': String(model.architecture.maxPositionEmbeddings),
          'active-params': model.activeParams === undefined ? '' : count(model.activeParams),
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

/**
 * Accelerators that fill a calculator's hardware fields, from packages/core/src/memory/accelerators.ts:
 * memory as the driver reports it where a published reading exists (an H100 80GB: 81,559 MiB, 85.52 GB),
 * else as sold; bandwidth in TB/s; dense bf16 peak in TFLOP/s (empty where the vendor gives none).
 */
const ACCELERATOR_VALUES: Partial<Record<CalculatorName, (accelerator: Accelerator) => Record<string, string>>> = {
  serving: (a) => ({
    // Rounded down to the megabyte, so the field never claims more than the card has.
    'device-memory': String(Math.floor(usableCapacityBytes(a) / 1e6) / 1e3),
    bandwidth: String(a.bandwidth / 1e12),
    peak: a.denseFlops === null ? '' : String(a.denseFlops.bf16 / 1e12),
    'peak-fp8': a.denseFlops?.fp8 == null ? '' : String(a.denseFlops.fp8 / 1e12),
  }),
};

export function acceleratorPresetsFor(calculator: CalculatorName): Preset[] {
  const values = ACCELERATOR_VALUES[calculator];
  if (!values) return [];
  return ACCELERATORS.map((a) => ({ id: a.id, name: a.name, status: 'published', values: values(a) }));
}
