/** Parameters and bytes stored in one data type (and, in a quantized checkpoint, one role). */
export interface DtypeTotals {
  /** The type as the format names it: safetensors "BF16", "F8_E4M3"; GGUF "Q4_K", "F32" (gguf-py's names). */
  dtype: string;
  /**
   * In a quantized safetensors checkpoint, what these tensors hold: packed 'values' or an overhead
   * role (quantization.ts). Absent for plain tensors, which hold their elements as parameters.
   */
  role?: QuantRole;
  /** Parameters held: elements of plain tensors, unpacked weights of packed ones, 0 for overhead. */
  parameters: number;
  /** Elements as stored (the product of the shapes), whatever they hold. */
  elements: number;
  /** Bytes of tensor data of this type (no header, no alignment padding). */
  bytes: number;
}

import type { QuantRole } from './quantization';

/** What a checkpoint's header says, whichever the format. All counts are exact integers. */
export interface TensorTotals {
  /** Tensors in the header. */
  tensorCount: number;
  /**
   * Parameters: elements summed over all tensors (as Hugging Face and llama.cpp report them), except
   * that a quantized safetensors checkpoint's packed tensors count the weights they hold and its
   * scales, zeros and indices count none (quantization.ts).
   */
  parameters: number;
  /** Bytes of tensor data (llama.cpp: the sum of ggml_nbytes; safetensors: of the data_offsets spans). */
  tensorBytes: number;
  /** tensorBytes × 8 ÷ parameters, in bits per weight; null for a file with no parameters. */
  bitsPerWeight: number | null;
  /** One entry per data type, the largest share of bytes first. */
  byDtype: DtypeTotals[];
}

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/** bits per weight = bytes × 8 ÷ parameters; null when there are no parameters to divide by. */
export function bitsPerWeight(tensorBytes: number, parameters: number): number | null {
  return parameters > 0 ? (tensorBytes * 8) / parameters : null;
}

/**
 * Adds up tensors into TensorTotals. Counts are kept as bigint while adding, because a corrupt
 * header's shapes can multiply past 2^53 before anything is checked against the file size.
 */
export class Tally {
  private readonly types = new Map<string, { dtype: string; role: QuantRole | undefined; parameters: bigint; elements: bigint; bytes: bigint }>();
  tensorCount = 0;
  parameters = 0n;
  bytes = 0n;

  add(dtype: string, parameters: bigint, bytes: bigint, role?: QuantRole, elements: bigint = parameters): void {
    const key = role === undefined ? dtype : `${dtype}\u0000${role}`;
    const entry = this.types.get(key) ?? { dtype, role, parameters: 0n, elements: 0n, bytes: 0n };
    entry.parameters += parameters;
    entry.elements += elements;
    entry.bytes += bytes;
    this.types.set(key, entry);
    this.tensorCount += 1;
    this.parameters += parameters;
    this.bytes += bytes;
  }

  /** The totals as exact Numbers, or null when a sum passes 2^53 (only a corrupt header can: bytes are bounded by the file). */
  toTotals(): TensorTotals | null {
    if (this.parameters > MAX_EXACT || this.bytes > MAX_EXACT) return null;
    const parameters = Number(this.parameters);
    const tensorBytes = Number(this.bytes);
    const byDtype = [...this.types.values()].map((t) => withRole({ dtype: t.dtype, parameters: Number(t.parameters), elements: Number(t.elements), bytes: Number(t.bytes) }, t.role));
    return { tensorCount: this.tensorCount, parameters, tensorBytes, bitsPerWeight: bitsPerWeight(tensorBytes, parameters), byDtype: sortByBytes(byDtype) };
  }
}

/** Sums several files' totals, merging types of the same name (F32 is F32 in either format). */
export function sumTotals(parts: readonly TensorTotals[]): TensorTotals {
  const types = new Map<string, DtypeTotals>();
  let tensorCount = 0;
  let parameters = 0;
  let tensorBytes = 0;
  for (const part of parts) {
    tensorCount += part.tensorCount;
    parameters += part.parameters;
    tensorBytes += part.tensorBytes;
    for (const t of part.byDtype) {
      const key = t.role === undefined ? t.dtype : `${t.dtype}\u0000${t.role}`;
      const entry = types.get(key) ?? withRole({ dtype: t.dtype, parameters: 0, elements: 0, bytes: 0 }, t.role);
      entry.parameters += t.parameters;
      entry.elements += t.elements;
      entry.bytes += t.bytes;
      types.set(key, entry);
    }
  }
  return { tensorCount, parameters, tensorBytes, bitsPerWeight: bitsPerWeight(tensorBytes, parameters), byDtype: sortByBytes([...types.values()]) };
}

function withRole(totals: DtypeTotals, role: QuantRole | undefined): DtypeTotals {
  if (role !== undefined) totals.role = role;
  return totals;
}

function sortByBytes(list: DtypeTotals[]): DtypeTotals[] {
  return list.sort((a, b) => b.bytes - a.bytes || b.parameters - a.parameters || (a.dtype < b.dtype ? -1 : a.dtype > b.dtype ? 1 : 0));
}
