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
  /** The header starts with a byte-order mark, which serde_json refuses (strict-json.ts). */
  | 'safetensors-byte-order-mark'
  /** A number written with a fraction, an exponent or a minus sign ("2.0", "8e0"), which no usize is; detail: the number. */
  | 'safetensors-non-integer'
  /** A \u escape of an unpaired surrogate, which serde_json refuses; detail: the escape. */
  | 'safetensors-lone-surrogate'
  /** A tensor has a dtype the format does not define; detail: the dtype. */
  | 'safetensors-unknown-dtype'
  /** The data_offsets leave a gap, overlap or run backwards (InvalidOffset); detail: the tensor. */
  | 'safetensors-invalid-offsets'
  /** A tensor's shape × dtype size is not its offsets' byte span (TensorInvalidInfo, MisalignedSlice, ValidationOverflow); detail: the tensor. */
  | 'safetensors-shape-mismatch'
  /**
   * The header is whole, but the file is shorter than the header and tensor data it describes
   * (MetadataIncompleteBuffer): a cut-short download, or a file holding the header alone; `sizes` says by how much.
   */
  | 'safetensors-data-beyond-file'
  /** The file is longer than header + tensor data (MetadataIncompleteBuffer too); `sizes` gives both. */
  | 'safetensors-size-mismatch'
  /** The first four bytes are not "GGUF"; detail: those bytes. */
  | 'gguf-bad-magic'
  /** A GGUF version other than 2 or 3 (llama.cpp dropped 1 and knows no later one); detail: the version. */
  | 'gguf-unsupported-version'
  /** The file ends inside its header: reading the metadata or the tensor infos ran past its end. */
  | 'gguf-truncated'
  /**
   * The header is whole, but the tensor data it describes runs past the end of the file (what
   * llama-model-loader refuses as "not within the file bounds"): a cut-short download, or a file
   * holding the header alone. `sizes` says how long the file would have to be and how long it is.
   */
  | 'gguf-data-beyond-file'
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

/**
 * For a file whose size does not match its whole header: the bytes the header describes (header,
 * padding and tensor data, up to the end of the last tensor) and the bytes the file has.
 */
export interface SizeMismatch {
  /** Exact, as a bigint: a corrupt GGUF header can describe more than 2^53 bytes (issue 27). */
  described: bigint;
  file: number;
}

/** A failed read: the code, and a detail or sizes for the message when the code has them. */
export interface ParseError {
  ok: false;
  error: CheckpointErrorCode;
  detail?: string;
  sizes?: SizeMismatch;
}

/** The project's Result (src/lib/result.ts) with room for a detail: assignable to Result<T, CheckpointErrorCode>. */
export type ParseResult<T> = { ok: true; value: T } | ParseError;

export function failure(error: CheckpointErrorCode, detail?: string, sizes?: SizeMismatch): ParseError {
  const result: ParseError = { ok: false, error };
  if (detail !== undefined) result.detail = detail;
  if (sizes !== undefined) result.sizes = sizes;
  return result;
}

/**
 * Thrown deep inside a parser and caught at its entry point (parseFailureResult), so the many reads
 * of a header need no error plumbing; nothing thrown here leaves the module.
 */
export class ParseFailure extends Error {
  constructor(
    readonly code: CheckpointErrorCode,
    readonly detail?: string,
    readonly sizes?: SizeMismatch,
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
    if (e instanceof ParseFailure) return failure(e.code, e.detail, e.sizes);
    throw e;
  }
}
