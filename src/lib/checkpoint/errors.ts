/**
 * What can be wrong with a picked file. Errors are values (the project's Result shape), with an
 * optional detail for the message: a tensor name, a dtype, a type number or a version.
 *
 * The safetensors codes follow SafeTensorError in huggingface/safetensors safetensors/src/tensor.rs;
 * the GGUF codes follow the checks of gguf_init_from_reader in ggml's src/gguf.cpp (the same file as
 * llama.cpp's ggml/src/gguf.cpp).
 */
export type CheckpointErrorCode =
  /** Neither a GGUF magic nor a safetensors header, and the name ends in neither extension. */
  | 'unknown-format'
  /** The browser could not read the file (moved, deleted or unreadable since it was picked). */
  | 'read-failed'
  /** Shorter than the 8-byte header length (SafeTensorError::HeaderTooSmall). */
  | 'safetensors-too-small'
  /** The header length is over 100,000,000 bytes (HeaderTooLarge); detail: the length. */
  | 'safetensors-header-too-large'
  /** The header length runs past the end of the file (InvalidHeaderLength). */
  | 'safetensors-header-beyond-file'
  /** The header is not UTF-8 JSON of the expected shape (InvalidHeader, InvalidHeaderDeserialization); detail: the tensor, when one entry is malformed. */
  | 'safetensors-invalid-json'
  /** A tensor has a dtype the format does not define; detail: the dtype. */
  | 'safetensors-unknown-dtype'
  /** The data_offsets leave a gap, overlap or run backwards (InvalidOffset); detail: the tensor. */
  | 'safetensors-invalid-offsets'
  /** A tensor's shape × dtype size is not its offsets' byte span (TensorInvalidInfo, MisalignedSlice, ValidationOverflow); detail: the tensor. */
  | 'safetensors-shape-mismatch'
  /** The file is longer or shorter than header + tensor data (MetadataIncompleteBuffer): usually a cut-short download. */
  | 'safetensors-size-mismatch'
  /** The first four bytes are not "GGUF"; detail: those bytes. */
  | 'gguf-bad-magic'
  /** A GGUF version other than 2 or 3 (llama.cpp dropped 1 and knows no later one); detail: the version. */
  | 'gguf-unsupported-version'
  /** The file ends before its header does, or before the tensor data its header describes. */
  | 'gguf-truncated'
  /** A count or length larger than any header we accept could hold (or a tensor of 2^63 elements or more); detail: which. */
  | 'gguf-absurd-count'
  /** The header runs past MAX_GGUF_HEADER_BYTES. */
  | 'gguf-header-too-large'
  /** A metadata entry breaks the format (empty key, unknown value type, bad general.alignment); detail: the key. */
  | 'gguf-invalid-metadata'
  /** A tensor type that is not a ggml_type llama.cpp can load (removed or unknown); detail: the number. */
  | 'gguf-unknown-type'
  /** More than 4 dimensions, a negative one, or a row that is not a whole number of blocks; detail: the tensor. */
  | 'gguf-invalid-shape'
  /** A tensor's data offset is not where the previous tensor's (aligned) data ends; detail: the tensor. */
  | 'gguf-invalid-offset';

/** The project's Result (src/lib/result.ts) with room for a detail: assignable to Result<T, CheckpointErrorCode>. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: CheckpointErrorCode; detail?: string };

export function failure(error: CheckpointErrorCode, detail?: string): { ok: false; error: CheckpointErrorCode; detail?: string } {
  return detail === undefined ? { ok: false, error } : { ok: false, error, detail };
}

/**
 * Thrown deep inside a parser and caught at its entry point (parseFailureResult), so the many reads
 * of a header need no error plumbing; nothing thrown here leaves the module.
 */
export class ParseFailure extends Error {
  constructor(
    readonly code: CheckpointErrorCode,
    readonly detail?: string,
  ) {
    super(detail === undefined ? code : `${code}: ${detail}`);
    this.name = 'ParseFailure';
  }
}

/** Runs a parser, turning a ParseFailure into an error value. Other exceptions are bugs and propagate. */
export async function parseFailureResult<T>(parse: () => Promise<T>): Promise<ParseResult<T>> {
  try {
    return { ok: true, value: await parse() };
  } catch (e) {
    if (e instanceof ParseFailure) return failure(e.code, e.detail);
    throw e;
  }
}
