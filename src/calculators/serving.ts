import type { Lang } from '../lib/lang';
import { formatBytesLine } from '../lib/format';
import { kvBytesPerToken, kvCacheBytes, servingBytes } from '../lib/kv-cache';
import { INTEGER_LIMITS, bytesErrorMessage, countErrorMessage, integerErrorMessage, type IntegerSubject } from '../lib/messages';
import { parseCount } from '../lib/parse-count';
import { parsePositiveInteger } from '../lib/parse-integer';
import { resolveBytesPerParameter } from '../lib/precision';
import { trainingStateBytes, weightBytes } from '../lib/storage';
import { withheld, type CalculatorInput, type CalculatorView } from './view';

/**
 * Llama 3.1 70B (Meta, "The Llama 3 Herd of Models", arXiv:2407.21783, Table 3): 80 layers, model
 * dimension 8192, 64 attention heads and 8 key/value heads, so a head dimension of 8192 / 64 = 128.
 * 8192 tokens is the context Llama 3 was pre-trained at before its long-context stage (the full
 * Llama 3.1 window is 128K = 131,072 tokens); one sequence; weights and cache in bf16.
 */
export const SERVING_DEFAULTS = {
  params: '70B',
  precision: 'bf16',
  layers: '80',
  'kv-heads': '8',
  'head-dim': '128',
  context: '8192',
  batch: '1',
  'kv-precision': 'bf16',
} as const;

export const SERVING_OUTPUTS = ['weights', 'kv-per-token', 'kv-cache', 'total', 'training'] as const;

/** The whole-number fields, bounded by INTEGER_LIMITS: the same bounds their messages state. */
const SHAPE_FIELDS = ['layers', 'kv-heads', 'head-dim', 'context', 'batch'] as const satisfies readonly IntegerSubject[];

type ShapeField = (typeof SHAPE_FIELDS)[number];

/** A select shows its default when the URL holds an empty value, so the view uses that default too. */
function formatOf(input: CalculatorInput, name: 'precision' | 'kv-precision') {
  const value = input[name]?.trim() ?? '';
  return resolveBytesPerParameter({ precision: value === '' ? SERVING_DEFAULTS[name] : value });
}

export function servingView(input: CalculatorInput, lang: Lang): CalculatorView {
  const errors: Record<string, string> = {};
  const params = parseCount(input.params ?? '');
  if (!params.ok) errors.params = countErrorMessage(params.error, lang);
  const weightsFormat = formatOf(input, 'precision');
  if (!weightsFormat.ok) errors.precision = bytesErrorMessage(weightsFormat.error, lang);
  const kvFormat = formatOf(input, 'kv-precision');
  if (!kvFormat.ok) errors['kv-precision'] = bytesErrorMessage(kvFormat.error, lang);

  const whole = {} as Record<ShapeField, number>;
  for (const name of SHAPE_FIELDS) {
    const parsed = parsePositiveInteger(input[name] ?? '', INTEGER_LIMITS[name]);
    if (parsed.ok) whole[name] = parsed.value;
    else errors[name] = integerErrorMessage(parsed.error, lang, name);
  }
  if (!params.ok || !weightsFormat.ok || !kvFormat.ok || Object.keys(errors).length > 0) {
    return withheld(SERVING_OUTPUTS, errors);
  }

  const weights = weightBytes(params.value, weightsFormat.value.bytesPerParameter);
  const shape = {
    layers: whole.layers,
    kvHeads: whole['kv-heads'],
    headDim: whole['head-dim'],
    bytesPerValue: kvFormat.value.bytesPerParameter,
  };
  const kv = kvCacheBytes(shape, whole.context, whole.batch);
  return {
    outputs: {
      weights: formatBytesLine(weights, lang),
      'kv-per-token': formatBytesLine(kvBytesPerToken(shape), lang),
      'kv-cache': formatBytesLine(kv, lang),
      total: formatBytesLine(servingBytes(weights, kv), lang),
      training: formatBytesLine(trainingStateBytes(params.value), lang),
    },
    errors,
  };
}
