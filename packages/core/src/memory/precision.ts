/**
 * Storage sizes of the number formats a model's weights are kept in (PyTorch "Tensor Attributes"
 * dtype sizes; fp8 per Micikevicius et al., arXiv:2209.05433). int4 is the raw 4 bits: real
 * quantized formats add per-block scales (llama.cpp Q4_K_M is about 4.89 bits per weight on
 * Llama 3.1 8B), which the storage calculator's custom bytes field covers: 0.5625 bytes = 4.5 bits.
 */
export const PRECISIONS = [
  { id: 'fp64', bytes: 8, bits: 64 },
  { id: 'fp32', bytes: 4, bits: 32 },
  { id: 'fp16', bytes: 2, bits: 16 },
  { id: 'bf16', bytes: 2, bits: 16 },
  { id: 'fp8', bytes: 1, bits: 8 },
  { id: 'int8', bytes: 1, bits: 8 },
  { id: 'int4', bytes: 0.5, bits: 4 },
] as const;

export type Precision = (typeof PRECISIONS)[number];
export type PrecisionId = Precision['id'];

/** Above this a "bytes per parameter" value is surely a typo (fp64 is 8; 64 leaves room for odd experiments). */
export const MAX_BYTES_PER_PARAMETER = 64;

export function isPrecisionId(s: string): s is PrecisionId {
  return PRECISIONS.some((p) => p.id === s);
}

/**
 * PyTorch's dtype names for the same formats, as configs write them (`"torch_dtype": "bfloat16"`),
 * from the PyTorch "Tensor Attributes" page.
 */
const DTYPE_ALIASES: Readonly<Record<string, PrecisionId>> = {
  float64: 'fp64',
  double: 'fp64',
  float32: 'fp32',
  float: 'fp32',
  float16: 'fp16',
  half: 'fp16',
  bfloat16: 'bf16',
};

/**
 * The format a reader or a link means, regardless of case, spaces and a `torch.` prefix:
 * "FP16", " fp16", "bfloat16", "torch.float32". null when it names none of PRECISIONS.
 */
export function matchPrecision(text: string): PrecisionId | null {
  const key = text.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/^torch\./, '');
  if (isPrecisionId(key)) return key;
  // Own keys only: "__proto__" or "constructor" from a hand-edited link is no format.
  return Object.hasOwn(DTYPE_ALIASES, key) ? DTYPE_ALIASES[key]! : null;
}

export function bytesForPrecision(id: PrecisionId): number {
  for (const p of PRECISIONS) if (p.id === id) return p.bytes;
  // Unreachable for a checked PrecisionId; guards untyped callers (e.g. plain JS in the browser).
  throw new RangeError(`unknown precision: ${String(id)}`);
}
