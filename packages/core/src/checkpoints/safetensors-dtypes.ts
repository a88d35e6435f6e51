/**
 * Bits per element of every safetensors dtype, from Dtype::bitsize in huggingface/safetensors
 * safetensors/src/tensor.rs (at 24b0b285, 2026-05-12). Sub-byte types pack several elements a byte,
 * so a tensor's bytes are elements × bits / 8, which must be whole (else MisalignedSlice).
 * C64 is one complex number of two F32, counted as one element, as the format counts it.
 */
export const SAFETENSORS_DTYPE_BITS: ReadonlyMap<string, number> = new Map([
  ['BOOL', 8],
  ['F4', 4],
  ['F6_E2M3', 6],
  ['F6_E3M2', 6],
  ['U8', 8],
  ['I8', 8],
  ['F8_E5M2', 8],
  ['F8_E4M3', 8],
  ['F8_E8M0', 8],
  ['F8_E4M3FNUZ', 8],
  ['F8_E5M2FNUZ', 8],
  ['I16', 16],
  ['U16', 16],
  ['F16', 16],
  ['BF16', 16],
  ['I32', 32],
  ['U32', 32],
  ['F32', 32],
  ['C64', 64],
  ['F64', 64],
  ['I64', 64],
  ['U64', 64],
]);
