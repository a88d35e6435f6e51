import type { TensorElements } from './read-model';

/**
 * Parameters a checkpoint's headers hold that a model built from its config does not, by kind, so
 * every difference between the two counts has a name. Element counts.
 */
export interface HeaderExtras {
  /** Layers past num_hidden_layers, or under "mtp.": multi-token-prediction modules (DeepSeek-V3's layer 61) that transformers does not build. */
  mtp: number;
  /** Quantization scales, zero points and group indices stored beside quantized weights (FP8 weight_scale_inv, GPTQ/AWQ scales, qzeros, g_idx; bitsandbytes absmax, quant_map). */
  quantization: number;
  /** Buffers saved with the weights but not parameters: GPT-2's causal-mask attn.bias, rotary inv_freq. */
  buffers: number;
  /** An output head stored beside a tied embedding table: the same matrix twice. */
  headStoredTwice: number;
  /** Packed quantized weights (GPTQ/AWQ qweight, compressed-tensors weight_packed): their elements are words holding several weights, not weights. */
  packed: number;
}

/** The config's count beside the headers', with each difference named. */
export interface CountComparison extends HeaderExtras {
  /** Elements in the headers (the exact count of what is stored). */
  headers: number;
  /** The config's count (transformers' num_parameters plus persistent buffers, as the counter gives it). */
  config: number;
  /** headers − config. */
  difference: number;
  /** The part of the difference the kinds above do not explain (0 when they explain all of it); null when packed weights make it meaningless. */
  unexplained: number | null;
  /** The config ties the head to the embeddings and the checkpoint stores that matrix once, as save_pretrained does. */
  tiedStoredOnce: boolean;
}

/**
 * Names of tensors that are quantization metadata rather than weights. Sources: DeepSeek-V3's FP8
 * checkpoints (weight_scale_inv); AutoGPTQ / AutoAWQ packed layers (qweight, qzeros, scales, g_idx);
 * compressed-tensors (weight_scale, weight_zero_point, input_scale, weight_global_scale); bitsandbytes
 * Params4bit's saved quant_state (absmax, quant_map, nested_absmax, nested_quant_map, quant_state.*)
 * and Int8Params' SCB.
 */
const QUANTIZATION = /(?:^|\.)(?:weight_scale_inv|weight_scale|weight_global_scale|input_scale|input_global_scale|output_scale|k_scale|v_scale|weight_zero_point|scales|qzeros|g_idx|absmax|quant_map|nested_absmax|nested_quant_map|SCB|weight_format)$|\.quant_state\./;
const PACKED = /(?:^|\.)(?:qweight|weight_packed)$/;
/** GPT-2's attn.bias / attn.masked_bias (register_buffer in modeling_gpt2.py), rotary inv_freq, position_ids. */
const BUFFERS = /(?:^|\.)(?:attn\.bias|attn\.masked_bias|rotary_emb\.inv_freq|inv_freq|position_ids)$/;
const LAYER = /(?:^|\.)layers\.(\d+)\./;
const MTP = /^(?:model\.)?mtp\./;
const HEAD = /^lm_head\.weight$/;

/**
 * Sorts the headers' tensors by what the config count leaves out. `layers` is num_hidden_layers (of
 * the text model); `tied` whether the config ties the head to the embeddings.
 */
export function headerExtras(tensors: readonly TensorElements[], layers: number, tied: boolean): HeaderExtras {
  const extras: HeaderExtras = { mtp: 0, quantization: 0, buffers: 0, headStoredTwice: 0, packed: 0 };
  for (const t of tensors) {
    const layer = LAYER.exec(t.name);
    if (MTP.test(t.name) || (layer && Number(layer[1]) >= layers && !t.name.includes('vision') && !t.name.includes('visual'))) extras.mtp += t.elements;
    else if (QUANTIZATION.test(t.name)) extras.quantization += t.elements;
    else if (PACKED.test(t.name)) extras.packed += t.elements;
    else if (BUFFERS.test(t.name)) extras.buffers += t.elements;
    else if (tied && HEAD.test(t.name)) extras.headStoredTwice += t.elements;
  }
  return extras;
}

/** The headers' count beside the config's, with the difference split into named kinds. */
export function compareCounts(headers: number, config: number, tensors: readonly TensorElements[], layers: number, tied: boolean): CountComparison {
  const extras = headerExtras(tensors, layers, tied);
  const difference = headers - config;
  const named = extras.mtp + extras.quantization + extras.buffers + extras.headStoredTwice;
  const hasHead = tensors.some((t) => HEAD.test(t.name));
  return {
    headers,
    config,
    difference,
    ...extras,
    unexplained: extras.packed > 0 ? null : difference - named,
    tiedStoredOnce: tied && !hasHead && tensors.length > 0,
  };
}

/** The sizes a repository's name states: "30B" and "A3B" (active) in Qwen3-30B-A3B, "8x7B" in Mixtral-8x7B. */
export interface NamedSize {
  /** As written: "30B", "8x7B", "405B". */
  total: string;
  /** As written without its "A": "3B"; undefined when the name gives no active size. */
  active?: string;
  /** The total as a number of parameters (8x7B → 5.6e10, as the name multiplies out), for comparing. */
  value: number;
}

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

/**
 * The size a model's name claims, read from its tokens (split on "-", "_" and "."-free boundaries):
 * "Qwen3-30B-A3B" → 30B, active 3B. The name is the publisher's rounding, never an exact count.
 * Undefined when the name states none.
 */
export function sizeInName(repo: string): NamedSize | undefined {
  const name = repo.split('/').pop() ?? repo;
  const tokens = name.split(/[-_]/);
  let total: NamedSize | undefined;
  let active: string | undefined;
  for (const token of tokens) {
    const a = /^A(\d+(?:\.\d+)?[BMT])$/i.exec(token);
    if (a) {
      active ??= a[1]!.toUpperCase();
      continue;
    }
    const m = /^(?:(\d+)x)?(\d+(?:\.\d+)?)([KMBT])$/i.exec(token);
    if (m && total === undefined) {
      const value = Number(m[2]) * SCALE[m[3]!.toLowerCase()]! * (m[1] ? Number(m[1]) : 1);
      total = { total: token.replace(/[kmbt]$/, (c) => c.toUpperCase()), value };
    }
  }
  if (total && active) total.active = active;
  return total;
}
