import { ByteCursor, type ChunkSizes } from './byte-cursor';
import { ParseFailure, type ParseResult, parseFailureResult } from './errors';
import { GGML_TYPES, LLAMA_FILE_TYPES } from './ggml-types';
import type { RangeReader } from './range-reader';
import { Tally, type TensorTotals } from './summary';

/**
 * Most header bytes we walk before giving up with 'gguf-header-too-large' (256 MiB). Our own bound,
 * not llama.cpp's (it has none): it caps the time a corrupt file can take. By arithmetic a 262,144-
 * token vocabulary stored as strings (8-byte length + ~10 bytes), f32 scores and i32 types is about
 * 7 MB, so real headers sit far below it.
 */
export const MAX_GGUF_HEADER_BYTES = 256 << 20;

/** GGUF_DEFAULT_ALIGNMENT in gguf.h: tensor data starts at multiples of this unless general.alignment says otherwise. Bytes. */
const DEFAULT_ALIGNMENT = 32;

/** GGML_MAX_DIMS in ggml.h. */
const MAX_DIMS = 4;

/** Nested arrays deeper than this are rejected; real files nest at most once. Our bound (llama.cpp reads no nested arrays). */
const MAX_ARRAY_DEPTH = 8;

/** Names longer than this are skipped rather than decoded (llama.cpp's own limit, GGML_MAX_NAME, is 64). Bytes. */
const MAX_DECODED_STRING = 1024;

/** enum gguf_type in gguf.h: the value types of metadata. */
const ValueType = {
  UINT8: 0,
  INT8: 1,
  UINT16: 2,
  INT16: 3,
  UINT32: 4,
  INT32: 5,
  FLOAT32: 6,
  BOOL: 7,
  STRING: 8,
  ARRAY: 9,
  UINT64: 10,
  INT64: 11,
  FLOAT64: 12,
} as const;

/** Bytes of each fixed-size value type (GGUF_TYPE_SIZE in gguf.cpp); strings and arrays are variable. */
const FIXED_SIZE: ReadonlyMap<number, number> = new Map([
  [ValueType.UINT8, 1],
  [ValueType.INT8, 1],
  [ValueType.UINT16, 2],
  [ValueType.INT16, 2],
  [ValueType.UINT32, 4],
  [ValueType.INT32, 4],
  [ValueType.FLOAT32, 4],
  [ValueType.BOOL, 1],
  [ValueType.UINT64, 8],
  [ValueType.INT64, 8],
  [ValueType.FLOAT64, 8],
]);

/** Fewest bytes a key-value pair can take: key length, a 1-byte key, value type, a 1-byte value. */
const MIN_KV_BYTES = 8 + 1 + 4 + 1;
/** Fewest bytes a tensor info can take: name length, n_dims, type, offset. */
const MIN_TENSOR_INFO_BYTES = 8 + 4 + 4 + 8;
/** magic, version, tensor count, key-value count. */
const FIXED_HEADER_BYTES = 4 + 4 + 8 + 8;

export interface GgufSummary extends TensorTotals {
  format: 'gguf';
  /** 2 or 3 (the same layout; 3 allows big-endian files). */
  version: number;
  bigEndian: boolean;
  /** Metadata key-value pairs. */
  kvCount: number;
  /** Tensor data alignment, bytes (general.alignment, default 32). */
  alignment: number;
  /** Bytes before the tensor data: the header and its padding. */
  headerBytes: number;
  /** general.architecture, e.g. "llama". */
  architecture?: string;
  /** general.name. */
  name?: string;
  /** general.file_type, a llama_ftype number (15 = Q4_K_M). */
  fileType?: number;
  /** Its name from LLAMA_FILE_TYPES ("Q4_K_M"), when known. */
  fileTypeName?: string;
  /**
   * general.parameter_count when the file stores it. llama.cpp's converter does not write this key
   * (gguf-py 0.19.0 defines none), so most files lack it; `parameters` is always the count of the
   * tensors actually in this file.
   */
  declaredParameterCount?: number;
  /** split.no (0-based) and split.count of a file made by gguf-split or GGUFWriter's splitting. */
  split?: { index: number; count: number };
  /** split.tensors.count: tensors in the whole split, written by gguf-split in every part. */
  splitTensorCount?: number;
}

export interface GgufReadOptions {
  /** Read sizes, bytes (tests use tiny chunks to cross every value boundary). */
  chunks?: ChunkSizes;
  /** Header cap, bytes; MAX_GGUF_HEADER_BYTES unless a test wants a small one. */
  maxHeaderBytes?: number;
}

/**
 * Reads a .gguf file's header (magic, version, metadata, tensor infos) and adds up its tensors: element
 * counts, and bytes as ne / blck_size × type_size per tensor (ggml_nbytes), by ggml type.
 *
 * Follows gguf_init_from_reader in ggml's src/gguf.cpp: versions 2 and 3 (either byte order, detected
 * as llama.cpp does from the version's low 16 bits), non-empty keys, general.alignment a UINT32 power
 * of two, at most 4 dimensions, none negative, fewer than 2^63 elements, known types, rows a whole
 * number of blocks, and data offsets contiguous at the alignment. Like llama-model-loader it also
 * requires the tensor data to fit in the file: a file that ends inside its header is
 * 'gguf-truncated', one whose whole header describes more data than the file holds (cut short in
 * the data, or the header alone) is 'gguf-data-beyond-file', with both sizes. Every count and length is checked against the header
 * cap and the bytes left before anything is read or looped over. Unlike gguf.cpp it reads nested
 * arrays (the GGUF spec allows them) and does not look for duplicate keys or tensor names, which
 * would take memory in proportion to a corrupt count.
 *
 * Reads only the header, front to back, in chunks of 1 MiB doubling to 16 MiB; long values it does not
 * need (tokenizer arrays) are skipped without being read, so memory stays at one chunk. Never throws
 * for a bad file: returns one of the 'gguf-…' errors, or 'read-failed'.
 */
export async function readGgufHeader(reader: RangeReader, options: GgufReadOptions = {}): Promise<ParseResult<GgufSummary>> {
  const cursor = new ByteCursor(reader, {
    limit: options.maxHeaderBytes ?? MAX_GGUF_HEADER_BYTES,
    truncated: 'gguf-truncated',
    tooLarge: 'gguf-header-too-large',
    chunks: options.chunks ?? (reader.firstReadBytes === undefined ? undefined : { first: reader.firstReadBytes, max: 16 << 20 }),
  });
  return parseFailureResult(() => parse(cursor));
}

interface Metadata {
  architecture?: string;
  name?: string;
  fileType?: number;
  declaredParameterCount?: number;
  splitIndex?: number;
  splitCount?: number;
  splitTensorCount?: number;
  alignment: number;
}

async function parse(c: ByteCursor): Promise<GgufSummary> {
  await c.ensure(4);
  const magic = c.bytes(4);
  if (!(magic[0] === 0x47 && magic[1] === 0x47 && magic[2] === 0x55 && magic[3] === 0x46)) {
    throw new ParseFailure('gguf-bad-magic', printable(magic));
  }
  await c.ensure(FIXED_HEADER_BYTES - 4);
  const version = readVersion(c);
  const tensorCount = c.i64();
  const kvCount = c.i64();
  const least = tensorCount * BigInt(MIN_TENSOR_INFO_BYTES) + kvCount * BigInt(MIN_KV_BYTES);
  if (tensorCount < 0n || kvCount < 0n || least > BigInt(c.limit - FIXED_HEADER_BYTES)) {
    throw new ParseFailure('gguf-absurd-count', `${tensorCount} tensors, ${kvCount} key-value pairs`);
  }
  if (least > BigInt(c.remaining)) throw new ParseFailure('gguf-truncated');

  const meta = await readMetadata(c, Number(kvCount));
  const tally = new Tally();
  let nextOffset = 0n;
  let dataEnd = 0n;
  for (let i = 0; i < Number(tensorCount); i++) {
    const t = await readTensorInfo(c, i);
    // gguf.cpp requires each tensor's data to start where the previous one's, padded, ends.
    if (t.offset !== nextOffset) throw new ParseFailure('gguf-invalid-offset', t.name);
    dataEnd = t.offset + t.bytes;
    nextOffset = t.offset + pad(t.bytes, BigInt(meta.alignment));
    tally.add(t.type, t.elements, t.bytes);
  }

  const headerBytes = tensorCount > 0n ? Number(pad(BigInt(c.pos), BigInt(meta.alignment))) : c.pos;
  // The header is whole here. llama-model-loader rejects a tensor whose data is "not within the file
  // bounds": a download cut short inside the data, or a file holding only the header. The counts
  // could be read from the header alone, but a file that cannot be loaded is not counted.
  const described = BigInt(headerBytes) + dataEnd;
  if (described > BigInt(c.size)) {
    throw new ParseFailure('gguf-data-beyond-file', undefined, { described, file: c.size });
  }
  const totals = tally.toTotals();
  if (totals === null) throw new ParseFailure('gguf-absurd-count', 'parameters');

  const summary: GgufSummary = {
    format: 'gguf',
    version,
    bigEndian: !c.littleEndian,
    kvCount: Number(kvCount),
    alignment: meta.alignment,
    headerBytes,
    ...totals,
  };
  if (meta.architecture !== undefined) summary.architecture = meta.architecture;
  if (meta.name !== undefined) summary.name = meta.name;
  if (meta.fileType !== undefined) {
    summary.fileType = meta.fileType;
    const fileTypeName = LLAMA_FILE_TYPES.get(meta.fileType);
    if (fileTypeName !== undefined) summary.fileTypeName = fileTypeName;
  }
  if (meta.declaredParameterCount !== undefined) summary.declaredParameterCount = meta.declaredParameterCount;
  if (meta.splitIndex !== undefined && meta.splitCount !== undefined) summary.split = { index: meta.splitIndex, count: meta.splitCount };
  if (meta.splitTensorCount !== undefined) summary.splitTensorCount = meta.splitTensorCount;
  return summary;
}

/**
 * The version, and the byte order with it: a big-endian file's version 3 reads as 0x03000000 on a
 * little-endian machine, whose low 16 bits are zero (the test gguf.cpp uses to spot a mismatch).
 */
function readVersion(c: ByteCursor): number {
  let version = c.u32();
  if ((version & 0xffff) === 0 && version !== 0) {
    c.littleEndian = false;
    version = (((version & 0xff) << 24) | ((version & 0xff00) << 8) | ((version >>> 8) & 0xff00) | (version >>> 24)) >>> 0;
  }
  if (version !== 2 && version !== 3) throw new ParseFailure('gguf-unsupported-version', String(version));
  return version;
}

async function readMetadata(c: ByteCursor, kvCount: number): Promise<Metadata> {
  const meta: Metadata = { alignment: DEFAULT_ALIGNMENT };
  for (let i = 0; i < kvCount; i++) {
    const decoded = await readString(c, `key ${i}`);
    if (decoded === '') throw new ParseFailure('gguf-invalid-metadata', `key ${i}`);
    // A key too long to decode is none of ours: its value is skipped.
    const key = decoded ?? `key ${i}`;
    await c.ensure(4);
    const type = c.u32();
    switch (key) {
      case 'general.architecture':
      case 'general.name': {
        // Of another type these are not what we report; gguf.cpp reads them whatever their type.
        if (type !== ValueType.STRING) {
          await skipValue(c, type, key, 0);
          break;
        }
        const value = await readString(c, key);
        if (value === null) break;
        if (key === 'general.architecture') meta.architecture = value;
        else meta.name = value;
        break;
      }
      case 'general.alignment': {
        // gguf.cpp: must be a UINT32 and a power of two.
        if (type !== ValueType.UINT32) throw new ParseFailure('gguf-invalid-metadata', key);
        await c.ensure(4);
        const alignment = c.u32();
        if (alignment === 0 || (alignment & (alignment - 1)) !== 0) throw new ParseFailure('gguf-invalid-metadata', key);
        meta.alignment = alignment;
        break;
      }
      case 'general.file_type':
      case 'general.parameter_count':
      case 'split.no':
      case 'split.count':
      case 'split.tensors.count': {
        const value = await readInteger(c, type, key);
        if (value === null) break;
        if (key === 'general.file_type') meta.fileType = value;
        else if (key === 'general.parameter_count') meta.declaredParameterCount = value;
        else if (key === 'split.no') meta.splitIndex = value;
        else if (key === 'split.count') meta.splitCount = value;
        else meta.splitTensorCount = value;
        break;
      }
      default:
        await skipValue(c, type, key, 0);
    }
  }
  return meta;
}

/** A string value: u64 length then UTF-8 bytes. Null for one too long to be anything we read, skipped unread. */
async function readString(c: ByteCursor, what: string): Promise<string | null> {
  await c.ensure(8);
  const length = byteLength(c, c.u64(), 1, what);
  if (length > MAX_DECODED_STRING) {
    c.skip(length);
    return null;
  }
  await c.ensure(length);
  return new TextDecoder().decode(c.bytes(length));
}

/**
 * An integer value of any integer type, for keys whose writers disagree on the width. Null (value
 * skipped) for another type, a negative value or one past 2^53: nothing we can report as a count.
 */
async function readInteger(c: ByteCursor, type: number, key: string): Promise<number | null> {
  let value: number | bigint;
  const size = FIXED_SIZE.get(type);
  if (size !== undefined) await c.ensure(size);
  switch (type) {
    case ValueType.UINT8:
      value = c.u8();
      break;
    case ValueType.INT8:
      value = (c.u8() << 24) >> 24;
      break;
    case ValueType.UINT16:
      value = c.u16();
      break;
    case ValueType.INT16:
      value = (c.u16() << 16) >> 16;
      break;
    case ValueType.UINT32:
      value = c.u32();
      break;
    case ValueType.INT32:
      value = c.i32();
      break;
    case ValueType.UINT64:
      value = c.u64();
      break;
    case ValueType.INT64:
      value = c.i64();
      break;
    default:
      await skipValue(c, type, key, 0);
      return null;
  }
  return value < 0 || value > Number.MAX_SAFE_INTEGER ? null : Number(value);
}

/** Moves past a value without keeping it. Fixed-size arrays cost one skip, whatever their length. */
async function skipValue(c: ByteCursor, type: number, key: string, depth: number): Promise<void> {
  const fixed = FIXED_SIZE.get(type);
  if (fixed !== undefined) {
    c.skip(fixed);
    return;
  }
  if (type === ValueType.STRING) {
    await c.ensure(8);
    c.skip(byteLength(c, c.u64(), 1, key));
    return;
  }
  if (type !== ValueType.ARRAY || depth >= MAX_ARRAY_DEPTH) throw new ParseFailure('gguf-invalid-metadata', key);
  await c.ensure(12);
  const elementType = c.u32();
  const count = c.u64();
  const elementSize = FIXED_SIZE.get(elementType);
  if (elementSize !== undefined) {
    c.skip(byteLength(c, count, elementSize, key));
    return;
  }
  if (elementType !== ValueType.STRING && elementType !== ValueType.ARRAY) throw new ParseFailure('gguf-invalid-metadata', key);
  // Each string takes at least its 8-byte length, each array its 12-byte type and count.
  const n = countThatFits(c, count, elementType === ValueType.STRING ? 8 : 12, key);
  for (let i = 0; i < n; i++) {
    if (elementType === ValueType.STRING) {
      if (!c.has(8)) await c.fill(8);
      c.skip(byteLength(c, c.u64(), 1, key));
    } else {
      await skipValue(c, ValueType.ARRAY, key, depth + 1);
    }
  }
}

interface TensorInfo {
  name: string;
  type: string;
  elements: bigint;
  bytes: bigint;
  offset: bigint;
}

async function readTensorInfo(c: ByteCursor, index: number): Promise<TensorInfo> {
  const name = (await readString(c, `tensor ${index}`)) || `tensor ${index}`;
  await c.ensure(4);
  const dims = c.u32();
  if (dims > MAX_DIMS) throw new ParseFailure('gguf-invalid-shape', name);
  await c.ensure(8 * dims + 4 + 8);
  const ne: bigint[] = [];
  for (let j = 0; j < dims; j++) {
    const n = c.i64();
    if (n < 0n) throw new ParseFailure('gguf-invalid-shape', name);
    ne.push(n);
  }
  const typeNumber = c.i32();
  const offset = c.u64();
  const type = GGML_TYPES.get(typeNumber);
  if (type === undefined) throw new ParseFailure('gguf-unknown-type', String(typeNumber));
  const elements = ne.reduce((product, n) => product * n, 1n);
  // gguf.cpp refuses 2^63 elements or more (INT64_MAX) and rows that are not whole blocks.
  if (elements >= 1n << 63n) throw new ParseFailure('gguf-absurd-count', name);
  if ((ne[0] ?? 1n) % BigInt(type.blockSize) !== 0n) throw new ParseFailure('gguf-invalid-shape', name);
  const bytes = (elements / BigInt(type.blockSize)) * BigInt(type.typeSize);
  return { name, type: type.name, elements, bytes, offset };
}

/**
 * A byte length read from the header, as a Number. Longer than any header we accept (the cap) is an
 * absurd count; within that but past the end of the file, the file is cut short.
 */
function byteLength(c: ByteCursor, count: bigint, bytesEach: number, what: string): number {
  const total = count * BigInt(bytesEach);
  if (total > BigInt(c.limit)) throw new ParseFailure('gguf-absurd-count', what);
  if (total > BigInt(c.remaining)) throw new ParseFailure('gguf-truncated');
  return Number(total);
}

function countThatFits(c: ByteCursor, count: bigint, minBytesEach: number, what: string): number {
  byteLength(c, count, minBytesEach, what);
  return Number(count);
}

function pad(n: bigint, alignment: bigint): bigint {
  return ((n + alignment - 1n) / alignment) * alignment;
}

function printable(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '?')).join('');
}
