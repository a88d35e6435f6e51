import { readAttentionLayout, type AttentionLayout, type LayoutError } from '../configs/attention-layout';
import { countParameters } from '../configs/count-parameters';
import type { ConfigErrorCode, KeyProblem, ParameterCount } from '../configs/types';
import type { Result } from '../numbers/result';
import type { ServingInput } from './serving-plan';

/*
 * The model half of a ServingInput, from a parsed config.json or from the shape a reader types, so
 * the serving calculator and the command line (`llm-scale serve`) build it the same way.
 */

/** What planServing needs to know of the model. */
export type ServingModel = Pick<ServingInput, 'layout' | 'params' | 'activeParams' | 'flopParams' | 'experts' | 'attentionDims'>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A positive whole number under `key`, in text_config when the config nests the language model there. */
function configNumber(config: Record<string, unknown>, key: string): number | undefined {
  const inner = config.text_config;
  const source = isObject(inner) && key in inner ? inner : config;
  const value = source[key];
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * Multi-head latent attention's widths per head for the attention FLOP: query·key is
 * qk_nope_head_dim + qk_rope_head_dim, value v_head_dim (DeepSeek-V2/V3 configs, as
 * transformers' DeepseekV3Attention uses them when it prefills). Undefined when a key is missing.
 */
export function latentAttentionDims(config: unknown): { qk: number; v: number } | undefined {
  if (!isObject(config)) return undefined;
  const nope = configNumber(config, 'qk_nope_head_dim');
  const rope = configNumber(config, 'qk_rope_head_dim');
  const v = configNumber(config, 'v_head_dim');
  return nope !== undefined && rope !== undefined && v !== undefined ? { qk: nope + rope, v } : undefined;
}

/**
 * The layout of a typed shape: every layer full attention with `heads` attention heads and
 * `kvHeads` key/value heads of `headDim` values. The context limit is `maxPositionEmbeddings` when
 * given, never the llama default (2048), which says nothing of the reader's model. Errors as
 * readAttentionLayout (heads-not-divisible when kvHeads does not divide heads, too-large …).
 */
export function layoutFromShape(shape: {
  layers: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  maxPositionEmbeddings?: number | undefined;
}): Result<AttentionLayout, LayoutError> {
  const read = readAttentionLayout({
    model_type: 'llama',
    num_hidden_layers: shape.layers,
    num_attention_heads: shape.heads,
    num_key_value_heads: shape.kvHeads,
    head_dim: shape.headDim,
    hidden_size: shape.heads * shape.headDim,
  });
  return read.ok ? { ok: true, value: { ...read.value, maxPositionEmbeddings: shape.maxPositionEmbeddings ?? null } } : read;
}

export type ServingModelError = { from: 'count'; error: ConfigErrorCode; problems: readonly KeyProblem[] } | { from: 'layout'; error: LayoutError };

/**
 * The model of a parsed config.json: its parameters as transformers builds them (countParameters),
 * the active ones and the ones multiplied per token (without the embedding table), its experts, its
 * attention layout and, for latent attention, its head widths. The count is returned too, for what
 * the caller says about it (defaults taken, nested text_config).
 */
export function servingModelFromConfig(
  config: unknown,
): { ok: true; value: ServingModel & { count: ParameterCount } } | { ok: false; error: ServingModelError } {
  const count = countParameters(config);
  if (!count.ok) return { ok: false, error: { from: 'count', error: count.error, problems: count.problems } };
  const layout = readAttentionLayout(config);
  if (!layout.ok) return { ok: false, error: { from: 'layout', error: layout.error } };
  const c = count.value;
  const dims = layout.value.kind === 'multi-head-latent' ? latentAttentionDims(config) : undefined;
  return {
    ok: true,
    value: {
      layout: layout.value,
      params: c.total,
      activeParams: c.active,
      flopParams: c.activeWithoutEmbeddings,
      experts: c.experts ? { routed: c.experts.routed, perToken: c.experts.perToken } : null,
      ...(dims ? { attentionDims: dims } : {}),
      count: c,
    },
  };
}
