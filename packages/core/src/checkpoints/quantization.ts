/**
 * Quantized safetensors checkpoints counted as the model has them: the logical weights a packed
 * tensor holds (eight 4-bit weights in one int32), and the scales, zero points, indices and tables
 * beside them counted as overhead bytes, not parameters.
 *
 * The packing rules follow each library's own code, cited per scheme below (and in the fixtures'
 * generator, scripts/fixtures/make-quantized-checkpoints.py). huggingface.js's parseSafetensorsMetadata
 * (packages/hub/src/lib/parse-safetensors-metadata.ts, given the config's quantization_config) counts
 * GPTQ/AWQ the same way (an int32 qweight element is 32 / bits parameters; qzeros, scales and g_idx
 * count none), MXFP4's _blocks and bitsandbytes' 4-bit uint8 weight as two parameters a byte; unlike
 * here, it counts MXFP4's _scales and bitsandbytes' absmax and quant_map as parameters, and reads no
 * scheme from the tensor names or the file's metadata.
 *
 * Pure functions, no I/O: the safetensors reader hands over the tensors it has validated.
 */

/** The schemes read here. */
export type QuantScheme =
  | 'gptq'
  | 'awq'
  | 'bitsandbytes-4bit'
  | 'bitsandbytes-8bit'
  | 'mlx'
  | 'mxfp4'
  | 'fp8'
  | 'compressed-tensors';

/**
 * What a tensor of a quantized layer holds. 'values': the packed weights; 'scales': group, block or
 * row scales (bitsandbytes' absmax, MXFP4's E8M0 exponents, FP8's scale_inv); 'zeros': zero points
 * and MLX's per-group biases; 'indices': GPTQ's g_idx; 'tables': per-tensor constants (code books,
 * bitsandbytes' quant_state, compressed-tensors' weight_shape).
 */
export type QuantRole = 'values' | 'scales' | 'zeros' | 'indices' | 'tables';
export const QUANT_ROLES: readonly QuantRole[] = ['values', 'scales', 'zeros', 'indices', 'tables'];
/** The overhead roles, in the order a sentence names them. */
export const OVERHEAD_ROLES: readonly Exclude<QuantRole, 'values'>[] = ['scales', 'zeros', 'indices', 'tables'];

/** Where the scheme was read: config.json's quantization_config, the safetensors __metadata__, or the tensor names. */
export type SchemeSource = 'config' | 'metadata' | 'names';

/** A scheme as a config or a file's metadata declares it. Bits and group size when it says them. */
export interface QuantizationHint {
  scheme: QuantScheme;
  /** Bits of one stored value: 4 for GPTQ 4-bit, 8 for FP8. */
  bits?: number;
  /** Weights sharing one scale; null when scales are per row or per tensor. */
  groupSize?: number | null;
  /** FP8's weight_block_size, [rows, columns]. */
  blockSize?: [number, number];
  /** compressed-tensors' format ("pack-quantized", "float-quantized", ...). */
  format?: string;
  source: Exclude<SchemeSource, 'names'>;
}

/** One tensor of a safetensors header, validated (elements × dtype bits = bytes). */
export interface TensorInfo {
  name: string;
  /** The safetensors dtype: "I32", "F8_E4M3". */
  dtype: string;
  shape: readonly number[];
  /** Stored elements, the product of the shape. */
  elements: bigint;
  /** Bytes of its data. */
  bytes: bigint;
}

/** How one tensor counts: as plain parameters, or as a role of a quantized layer with the logical weights it holds. */
export interface TensorCount {
  role: 'plain' | QuantRole;
  /** Parameters it holds: stored elements for 'plain', unpacked weights for 'values', 0 for overhead. */
  parameters: bigint;
}

export interface Quantization {
  scheme: QuantScheme;
  source: SchemeSource;
  /** Bits of one stored value, when known. */
  bits: number | null;
  groupSize: number | null;
  /** True when bits were not declared and the library's default, which the shapes agree with, was taken (MLX). */
  assumedBits: boolean;
  /** Per tensor of the input, in its order. */
  counts: TensorCount[];
}

/** The unpacked-count result for a header: a scheme, or none found. */
export interface QuantizationRead {
  quantization: Quantization | null;
  /** Per tensor: how it counts (all 'plain' when no scheme). */
  counts: TensorCount[];
  /**
   * Integer tensors left counted as stored elements that look like packed weights (an int32/uint32/
   * uint8 "…weight" or "…qweight" without the scales that would say how): the count may be low.
   */
  maybePacked: { tensors: number; example: string } | null;
  /** A hint that named a scheme whose tensors are not in the file; it was not applied. */
  unmatchedHint: QuantScheme | null;
}

const INTEGER_DTYPES = new Set(['I8', 'U8', 'I16', 'U16', 'I32', 'U32', 'I64', 'U64']);
const FP8_DTYPES = new Set(['F8_E4M3', 'F8_E5M2', 'F8_E4M3FNUZ', 'F8_E5M2FNUZ']);

/** mlx-lm's convert defaults (mlx_lm/convert.py: q_group_size 64, q_bits 4). */
const MLX_DEFAULT = { bits: 4, groupSize: 64 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positiveInt(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/**
 * The scheme a config.json declares: its `quantization_config` (transformers' key), mlx-lm's
 * `quantization`, or the file itself when it is AutoGPTQ's quantize_config.json / AutoAWQ's
 * quant_config.json (a bare {bits, group_size, …}). Returns null when it declares none, or one this
 * reader does not unpack.
 *
 * Fields by quant_method, from transformers/utils/quantization_config.py: gptq and awq (bits,
 * group_size; AutoAWQ's own file says w_bit, q_group_size), bitsandbytes (load_in_4bit,
 * bnb_4bit_quant_type), fp8 (weight_block_size), fbgemm_fp8, mxfp4, compressed-tensors
 * (config_groups.*.weights.{num_bits, group_size, type}, format). group_size -1 means one group per
 * column: returned as null.
 */
export function readQuantizationConfig(config: unknown): QuantizationHint | null {
  if (!isRecord(config)) return null;
  const q = isRecord(config.quantization_config) ? config.quantization_config : isRecord(config.quantization) ? config.quantization : config;
  const method = typeof q.quant_method === 'string' ? q.quant_method.toLowerCase() : undefined;
  const bits = positiveInt(q.bits ?? q.w_bit);
  const rawGroup = q.group_size ?? q.q_group_size;
  const groupSize = rawGroup === -1 ? null : positiveInt(rawGroup);
  const hint = (scheme: QuantScheme, extra: Partial<QuantizationHint> = {}): QuantizationHint => {
    const h: QuantizationHint = { scheme, source: 'config', ...extra };
    if (bits !== undefined && h.bits === undefined) h.bits = bits;
    if (groupSize !== undefined && h.groupSize === undefined) h.groupSize = groupSize;
    return h;
  };
  switch (method) {
    case 'gptq':
      return hint('gptq');
    case 'awq':
      return hint('awq');
    case 'bitsandbytes':
      if (q.load_in_4bit === true) return hint('bitsandbytes-4bit', { bits: 4, groupSize: 64 });
      if (q.load_in_8bit === true) return hint('bitsandbytes-8bit', { bits: 8, groupSize: null });
      return null;
    case 'fp8':
    case 'fbgemm_fp8': {
      const block = q.weight_block_size;
      const blockSize = Array.isArray(block) && block.length === 2 && block.every((b) => positiveInt(b) !== undefined) ? ([block[0], block[1]] as [number, number]) : undefined;
      return blockSize ? hint('fp8', { bits: 8, groupSize: blockSize[0] * blockSize[1], blockSize }) : hint('fp8', { bits: 8, groupSize: null });
    }
    case 'mxfp4':
      return hint('mxfp4', { bits: 4, groupSize: 32 });
    case 'compressed-tensors':
      return compressedTensorsHint(q);
    case undefined:
      // mlx-lm writes {"group_size": 64, "bits": 4} without a quant_method; AutoGPTQ's own
      // quantize_config.json has bits and group_size with desc_act, AutoAWQ's quant_config.json w_bit.
      if (bits === undefined) return null;
      if ('desc_act' in q || 'damp_percent' in q) return hint('gptq');
      if ('w_bit' in q || 'zero_point' in q) return hint('awq');
      if (q === config) return null;
      return hint('mlx');
    default:
      return null;
  }
}

function compressedTensorsHint(q: Record<string, unknown>): QuantizationHint | null {
  const format = typeof q.format === 'string' ? q.format : undefined;
  const groups = isRecord(q.config_groups) ? Object.values(q.config_groups) : [];
  const weights = groups.map((g) => (isRecord(g) && isRecord(g.weights) ? g.weights : null)).find((w) => w !== null);
  const h: QuantizationHint = { scheme: 'compressed-tensors', source: 'config' };
  if (format !== undefined) h.format = format;
  if (weights) {
    const bits = positiveInt(weights.num_bits);
    if (bits !== undefined) h.bits = bits;
    const group = positiveInt(weights.group_size);
    h.groupSize = group ?? null;
    if (weights.type === 'float' && bits === 8) h.scheme = 'fp8';
  }
  return h;
}

/**
 * The scheme a safetensors file's __metadata__ declares: a "quantization_config" entry holding the
 * JSON (some exporters write it), AutoGPTQ's gptq_bits / gptq_group_size (auto_gptq/modeling/_base.py,
 * save_quantized), or mlx's {"format": "mlx"} (mlx/python/src/load.cpp, save_safetensors), whose bits
 * are in config.json. Null when it declares nothing of quantization.
 */
export function readMetadataHint(metadata: Readonly<Record<string, string>> | null): QuantizationHint | null {
  if (!metadata) return null;
  const embedded = metadata.quantization_config;
  if (embedded !== undefined) {
    try {
      const hint = readQuantizationConfig({ quantization_config: JSON.parse(embedded) });
      if (hint) return { ...hint, source: 'metadata' };
    } catch {
      // Not JSON: fall through to the other keys.
    }
  }
  const gptqBits = positiveInt(metadata.gptq_bits);
  if (gptqBits !== undefined) {
    const group = metadata.gptq_group_size === '-1' ? null : positiveInt(metadata.gptq_group_size);
    const hint: QuantizationHint = { scheme: 'gptq', bits: gptqBits, source: 'metadata' };
    if (group !== undefined) hint.groupSize = group;
    return hint;
  }
  if (metadata.format === 'mlx') return { scheme: 'mlx', source: 'metadata' };
  return null;
}

/** A layer's tensors by suffix: "model.layers.0.q_proj" → {qweight: i, scales: j, …}. */
type Siblings = Map<string, Map<string, number>>;

function split(name: string, suffixes: readonly string[]): [string, string] | null {
  for (const suffix of suffixes) if (name.endsWith(suffix)) return [name.slice(0, -suffix.length), suffix];
  return null;
}

/** Every suffix a scheme's layer uses, longest first so ".weight.absmax" wins over ".weight". */
const SUFFIXES = [
  '.weight.quant_state.bitsandbytes__nf4',
  '.weight.quant_state.bitsandbytes__fp4',
  '.weight.nested_quant_map',
  '.weight.nested_absmax',
  '.weight.quant_map',
  '.weight.absmax',
  '.weight_scale_inv',
  '.weight_zero_point',
  '.weight_packed',
  '.weight_format',
  '.weight_g_idx',
  '.weight_shape',
  '.weight_scale',
  '.input_scale',
  '.activation_scale',
  '.qweight',
  '.qzeros',
  '.scales',
  '.biases',
  '.g_idx',
  '.weight',
  '.SCB',
  '_blocks',
  '_scales',
] as const;

function siblings(tensors: readonly TensorInfo[]): Siblings {
  const layers: Siblings = new Map();
  tensors.forEach((t, i) => {
    const parts = split(t.name, SUFFIXES);
    if (!parts) return;
    const [layer, suffix] = parts;
    const map = layers.get(layer) ?? new Map<string, number>();
    map.set(suffix, i);
    layers.set(layer, map);
  });
  return layers;
}

/** Logical weights of a packed tensor: stored elements × (stored bits ÷ value bits), exact or null. */
function unpacked(t: TensorInfo, storedBits: number, bits: number): bigint | null {
  const total = t.elements * BigInt(storedBits);
  return total % BigInt(bits) === 0n ? total / BigInt(bits) : null;
}

interface Found {
  scheme: QuantScheme;
  bits: number | null;
  groupSize: number | null;
  assumedBits: boolean;
}

/**
 * Reads how each tensor of a header counts, from the tensor names and shapes, with the hint (from
 * config.json or the file's __metadata__) supplying what the shapes cannot: MLX's and
 * compressed-tensors' bits. Without a hint the scheme is read from the names alone:
 *
 * - GPTQ (AutoGPTQ qlinear_cuda.py / GPTQModel): qweight int32 [in·bits/32, out], qzeros int32
 *   [groups, out·bits/32], scales fp16 [groups, out], g_idx int32 [in]; bits = 32 × qzeros columns ÷
 *   scales columns; weights = qweight elements × 32 ÷ bits.
 * - AWQ (AutoAWQ gemm.py, WQLinear_GEMM): qweight int32 [in, out·bits/32], qzeros, scales [groups, out],
 *   no g_idx; told from GPTQ by the packed dimension (scales columns = qweight columns × 32 ÷ bits).
 * - bitsandbytes 4-bit (functional.py QuantState.as_dict(packed=True)): weight uint8 [(n+1)/2, 1] with
 *   weight.absmax, weight.quant_map, weight.quant_state.bitsandbytes__nf4|fp4 (and nested_absmax,
 *   nested_quant_map when double-quantized); weights = 2 × bytes (the exact n, odd or even, is in the
 *   quant_state JSON, which is data, not header).
 * - bitsandbytes 8-bit (nn/modules.py Linear8bitLt): weight int8 [out, in] with SCB float32 [out] and
 *   weight_format uint8; weights = elements.
 * - MLX (mlx/nn/layers/quantized.py, mode "affine"): weight uint32 [out, in·bits/32] with scales and
 *   biases [out, in/group]; weights = elements × 32 ÷ bits. Bits from the hint; without one, mlx-lm's
 *   default 4 bits with group 64 when the shapes agree (assumedBits), else not unpacked.
 * - MXFP4 (gpt-oss, transformers/integrations/mxfp4.py): name_blocks uint8 [..., n/32, 16] with
 *   name_scales uint8 [..., n/32]; weights = 2 × block bytes.
 * - FP8: weight float8 [out, in] with weight_scale_inv (DeepSeek-V3, transformers finegrained_fp8.py)
 *   or weight_scale (compressed-tensors float-quantized, fbgemm_fp8); weights = elements.
 * - compressed-tensors (compressors/quantized_compressors/pack_quantized.py): weight_packed int32
 *   [out, in·bits/32] with weight_scale, weight_zero_point, weight_g_idx, weight_shape; bits from the
 *   hint's num_bits (the shapes cannot tell them); int-quantized weight int8 with weight_scale.
 *
 * Returns, per tensor in input order, its role and the parameters it holds; never throws.
 */
export function readQuantization(tensors: readonly TensorInfo[], hint: QuantizationHint | null): QuantizationRead {
  const counts: TensorCount[] = tensors.map((t) => ({ role: 'plain', parameters: t.elements }));
  const layers = siblings(tensors);
  const found = new Map<QuantScheme, Found>();
  const note = (f: Found) => {
    if (!found.has(f.scheme)) found.set(f.scheme, f);
  };
  const set = (i: number | undefined, role: QuantRole, parameters = 0n) => {
    if (i !== undefined) counts[i] = { role, parameters };
  };
  const hintFor = (scheme: QuantScheme) => (hint?.scheme === scheme ? hint : undefined);

  for (const layer of layers.values()) {
    const at = (suffix: string) => layer.get(suffix);
    const tensor = (suffix: string) => {
      const i = at(suffix);
      return i === undefined ? undefined : tensors[i];
    };

    // GPTQ and AWQ: qweight with scales.
    const qweight = tensor('.qweight');
    const scales = tensor('.scales');
    if (qweight && scales && qweight.dtype === 'I32' && qweight.shape.length === 2 && scales.shape.length === 2) {
      const qzeros = tensor('.qzeros');
      const declared = hint && (hint.scheme === 'gptq' || hint.scheme === 'awq') ? hint : undefined;
      const bits = declared?.bits ?? (qzeros && qzeros.shape.length === 2 && scales.shape[1]! > 0 ? (32 * qzeros.shape[1]!) / scales.shape[1]! : 4);
      const gptqLayout = at('.g_idx') !== undefined || qweight.shape[1] === scales.shape[1];
      const scheme: QuantScheme = gptqLayout ? 'gptq' : 'awq';
      const weights = Number.isInteger(bits) && bits > 0 ? unpacked(qweight, 32, bits) : null;
      if (weights !== null) {
        const inFeatures = gptqLayout ? (qweight.shape[0]! * 32) / bits : qweight.shape[0]!;
        const groups = scales.shape[0]!;
        note({ scheme, bits, groupSize: hintFor(scheme)?.groupSize ?? (groups > 0 ? inFeatures / groups : null), assumedBits: false });
        set(at('.qweight'), 'values', weights);
        set(at('.scales'), 'scales');
        set(at('.qzeros'), 'zeros');
        set(at('.g_idx'), 'indices');
        continue;
      }
    }

    // bitsandbytes 4-bit: packed uint8 weight with absmax.
    const weight = tensor('.weight');
    if (weight && weight.dtype === 'U8' && at('.weight.absmax') !== undefined) {
      note({ scheme: 'bitsandbytes-4bit', bits: 4, groupSize: 64, assumedBits: false });
      set(at('.weight'), 'values', weight.elements * 2n);
      set(at('.weight.absmax'), 'scales');
      set(at('.weight.nested_absmax'), 'scales');
      for (const s of ['.weight.quant_map', '.weight.nested_quant_map', '.weight.quant_state.bitsandbytes__nf4', '.weight.quant_state.bitsandbytes__fp4']) set(at(s), 'tables');
      continue;
    }

    // bitsandbytes 8-bit: int8 weight with SCB.
    if (weight && weight.dtype === 'I8' && at('.SCB') !== undefined) {
      note({ scheme: 'bitsandbytes-8bit', bits: 8, groupSize: null, assumedBits: false });
      set(at('.weight'), 'values', weight.elements);
      set(at('.SCB'), 'scales');
      set(at('.weight_format'), 'tables');
      continue;
    }

    // MLX: uint32 weight with scales and biases.
    if (weight && weight.dtype === 'U32' && scales && at('.biases') !== undefined && weight.shape.length >= 2 && scales.shape.length === weight.shape.length) {
      const declared = hintFor('mlx');
      const packedColumns = weight.shape.at(-1)!;
      const groupColumns = scales.shape.at(-1)!;
      let bits = declared?.bits ?? null;
      let groupSize = declared?.groupSize ?? null;
      let assumedBits = false;
      if (bits === null) {
        // Without declared bits the shapes only give bits × group ÷ 32; take mlx-lm's default when they agree with it.
        if (groupColumns > 0 && (packedColumns * 32) / MLX_DEFAULT.bits / groupColumns === MLX_DEFAULT.groupSize) {
          ({ bits, groupSize } = MLX_DEFAULT);
          assumedBits = true;
        }
      } else if (groupSize === null && groupColumns > 0) {
        groupSize = (packedColumns * 32) / bits / groupColumns;
      }
      const weights = bits === null ? null : unpacked(weight, 32, bits);
      if (weights !== null) {
        note({ scheme: 'mlx', bits, groupSize, assumedBits });
        set(at('.weight'), 'values', weights);
        set(at('.scales'), 'scales');
        set(at('.biases'), 'zeros');
        continue;
      }
    }

    // MXFP4: _blocks and _scales, both uint8.
    const blocks = tensor('_blocks');
    const blockScales = tensor('_scales');
    if (blocks && blockScales && blocks.dtype === 'U8' && blockScales.dtype === 'U8' && blocks.shape.at(-1) === 16) {
      note({ scheme: 'mxfp4', bits: 4, groupSize: 32, assumedBits: false });
      set(at('_blocks'), 'values', blocks.elements * 2n);
      set(at('_scales'), 'scales');
      continue;
    }

    // FP8 with a scale (block scale_inv, or a row/tensor scale).
    if (weight && FP8_DTYPES.has(weight.dtype) && (at('.weight_scale_inv') !== undefined || at('.weight_scale') !== undefined)) {
      const declared = hint?.scheme === 'fp8' ? hint : undefined;
      const scaleInv = tensor('.weight_scale_inv');
      let groupSize = declared?.groupSize ?? null;
      if (groupSize === null && scaleInv && scaleInv.shape.length === 2 && weight.shape.length === 2) {
        // A [ceil(out/b0), ceil(in/b1)] grid: the block is the nearest power of two that tiles it.
        const b0 = blockEdge(weight.shape[0]!, scaleInv.shape[0]!);
        const b1 = blockEdge(weight.shape[1]!, scaleInv.shape[1]!);
        if (b0 !== null && b1 !== null) groupSize = b0 * b1;
      }
      note({ scheme: 'fp8', bits: 8, groupSize, assumedBits: false });
      set(at('.weight'), 'values', weight.elements);
      set(at('.weight_scale_inv'), 'scales');
      set(at('.weight_scale'), 'scales');
      set(at('.input_scale'), 'scales');
      set(at('.activation_scale'), 'scales');
      continue;
    }

    // compressed-tensors pack-quantized: weight_packed int32.
    const packed = tensor('.weight_packed');
    if (packed && packed.dtype === 'I32' && at('.weight_scale') !== undefined) {
      const declared = hintFor('compressed-tensors');
      const bits = declared?.bits ?? null;
      const weights = bits === null ? null : unpacked(packed, 32, bits);
      if (weights !== null) {
        note({ scheme: 'compressed-tensors', bits, groupSize: declared?.groupSize ?? null, assumedBits: false });
        set(at('.weight_packed'), 'values', weights);
        set(at('.weight_scale'), 'scales');
        set(at('.weight_zero_point'), 'zeros');
        set(at('.weight_g_idx'), 'indices');
        set(at('.weight_shape'), 'tables');
        continue;
      }
    }

    // compressed-tensors int-quantized: int8 weight with weight_scale.
    if (weight && weight.dtype === 'I8' && at('.weight_scale') !== undefined) {
      note({ scheme: 'compressed-tensors', bits: 8, groupSize: hintFor('compressed-tensors')?.groupSize ?? null, assumedBits: false });
      set(at('.weight'), 'values', weight.elements);
      set(at('.weight_scale'), 'scales');
      set(at('.weight_zero_point'), 'zeros');
    }
  }

  const maybePackedNames = tensors.filter((t, i) => counts[i]!.role === 'plain' && looksPacked(t)).map((t) => t.name);
  const maybePacked = maybePackedNames.length > 0 ? { tensors: maybePackedNames.length, example: maybePackedNames[0]! } : null;
  // One scheme per file is what every library writes; a second one found is reported as the first's.
  const first = found.values().next().value as Found | undefined;
  if (!first) return { quantization: null, counts, maybePacked, unmatchedHint: hint?.scheme ?? null };
  const source: SchemeSource = hint && hint.scheme === first.scheme ? hint.source : 'names';
  return {
    quantization: { ...first, source, counts },
    counts,
    maybePacked,
    unmatchedHint: hint && hint.scheme !== first.scheme ? hint.scheme : null,
  };
}

/** The block edge b with ceil(n / b) = cells, taken among powers of two (DeepSeek-V3's is 128). */
function blockEdge(n: number, cells: number): number | null {
  for (let b = 1; b <= 1 << 16; b *= 2) if (Math.ceil(n / b) === cells) return b;
  return null;
}

/**
 * An integer tensor wider than one byte (several 4-bit values fit one int32), or a uint8 one, named
 * like a weight or of two or more dimensions: what a packed weight looks like. int8 is left out: an
 * int8 weight holds one weight an element.
 */
function looksPacked(t: TensorInfo): boolean {
  if (!INTEGER_DTYPES.has(t.dtype) || t.dtype === 'I64' || t.dtype === 'U64' || t.dtype === 'I8') return false;
  return /(^|[._])(q?weight|weight_packed|blocks)$/.test(t.name) || (t.shape.length >= 2 && t.dtype !== 'U8');
}

/** Bytes and weights of a header's quantized layers, by role. */
export interface QuantizationSummary {
  scheme: QuantScheme;
  source: SchemeSource;
  bits: number | null;
  groupSize: number | null;
  assumedBits: boolean;
  /** Logical weights held by the packed tensors. */
  weights: number;
  /** Bytes by role: 'values' and each overhead role present. */
  bytes: Partial<Record<QuantRole, number>>;
}

/** The quantized layers' totals from a read: their logical weights and bytes by role. Null without a scheme. */
export function summarizeQuantization(tensors: readonly TensorInfo[], read: QuantizationRead): QuantizationSummary | null {
  const q = read.quantization;
  if (!q) return null;
  let weights = 0n;
  const bytes = new Map<QuantRole, bigint>();
  read.counts.forEach((c, i) => {
    if (c.role === 'plain') return;
    if (c.role === 'values') weights += c.parameters;
    bytes.set(c.role, (bytes.get(c.role) ?? 0n) + tensors[i]!.bytes);
  });
  const byRole: Partial<Record<QuantRole, number>> = {};
  for (const role of QUANT_ROLES) {
    const b = bytes.get(role);
    if (b !== undefined) byRole[role] = Number(b);
  }
  return { scheme: q.scheme, source: q.source, bits: q.bits, groupSize: q.groupSize, assumedBits: q.assumedBits, weights: Number(weights), bytes: byRole };
}

/**
 * Bits per weight of the quantized layers: all their bytes × 8 ÷ their logical weights, and the same
 * split by role ("4.25 = 4 for the values + 0.25 for the group scales"). Null when there are no weights.
 */
export function quantizedBitsPerWeight(summary: QuantizationSummary): { total: number; byRole: Partial<Record<QuantRole, number>> } | null {
  if (summary.weights <= 0) return null;
  const byRole: Partial<Record<QuantRole, number>> = {};
  let total = 0;
  for (const role of QUANT_ROLES) {
    const b = summary.bytes[role];
    if (b === undefined) continue;
    byRole[role] = (b * 8) / summary.weights;
    total += b;
  }
  return { total: (total * 8) / summary.weights, byRole };
}

/** Sums the quantization summaries of several files; those of another scheme than the first are left out (reported per file). */
export function mergeQuantization(parts: readonly (QuantizationSummary | null | undefined)[]): QuantizationSummary | null {
  let merged: QuantizationSummary | null = null;
  for (const p of parts) {
    if (!p) continue;
    if (!merged) {
      merged = { ...p, bytes: { ...p.bytes } };
      continue;
    }
    if (p.scheme !== merged.scheme) continue;
    merged.weights += p.weights;
    for (const role of QUANT_ROLES) {
      const b = p.bytes[role];
      if (b !== undefined) merged.bytes[role] = (merged.bytes[role] ?? 0) + b;
    }
  }
  return merged;
}
