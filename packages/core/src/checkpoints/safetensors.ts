import { type ParseResult, failure } from './errors';
import type { RangeReader } from './range-reader';
import { SAFETENSORS_DTYPE_BITS } from './safetensors-dtypes';
import { Tally, type TensorTotals } from './summary';

/**
 * Largest header the reference accepts: MAX_HEADER_SIZE = 100_000_000 bytes in huggingface/safetensors
 * safetensors/src/tensor.rs. Checked before anything is allocated.
 */
export const MAX_SAFETENSORS_HEADER_BYTES = 100_000_000;

/** Bytes of the little-endian u64 header length that starts every file (N_LEN in tensor.rs). */
const LENGTH_BYTES = 8;

/** Header bytes read per request: 1 MiB covers almost every header in one read. */
const CHUNK_BYTES = 1 << 20;

export interface SafetensorsSummary extends TensorTotals {
  format: 'safetensors';
  /** Bytes before the tensor data: 8 + the JSON header's length. */
  headerBytes: number;
}

interface TensorEntry {
  name: string;
  dtype: string;
  bits: number;
  shape: number[];
  begin: number;
  end: number;
}

/**
 * Reads a .safetensors file's header (and nothing else) and adds up its tensors, validating as the
 * reference implementation's SafeTensors::read_metadata does: header length within 100 MB and the
 * file, UTF-8 JSON of {name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": {…}}, known
 * dtypes, offsets contiguous from 0 once sorted, each span = elements × dtype bits / 8 bytes, and
 * 8 + header + data = the file size: a shorter file (cut short in the data, or the header alone) is
 * 'safetensors-data-beyond-file', a longer one 'safetensors-size-mismatch', both with the two sizes.
 *
 * Reads 8 bytes plus the header length, in chunks of at most 1 MiB: a 100 GB file costs what a small
 * one does. Never throws for a bad file: returns one of the 'safetensors-…' errors, or 'read-failed'.
 */
export async function readSafetensorsHeader(reader: RangeReader): Promise<ParseResult<SafetensorsSummary>> {
  if (reader.size < LENGTH_BYTES) return failure('safetensors-too-small');
  let first: Uint8Array;
  try {
    first = await reader.readRange(0, Math.min(reader.size, reader.firstReadBytes ?? LENGTH_BYTES + CHUNK_BYTES));
  } catch {
    return failure('read-failed');
  }
  if (first.length < LENGTH_BYTES) return failure('safetensors-too-small');
  const n = new DataView(first.buffer, first.byteOffset, first.byteLength).getBigUint64(0, true);
  if (n > BigInt(MAX_SAFETENSORS_HEADER_BYTES)) return failure('safetensors-header-too-large', n.toString());
  const headerLength = Number(n);
  if (LENGTH_BYTES + headerLength > reader.size) return failure('safetensors-header-beyond-file');

  const header = await readHeaderBytes(reader, first, headerLength);
  if (header === null) return failure('read-failed');

  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(header));
  } catch {
    return failure('safetensors-invalid-json');
  }
  const entries = tensorEntries(parsed);
  if (!entries.ok) return entries;
  return tallyEntries(entries.value, LENGTH_BYTES + headerLength, reader.size);
}

async function readHeaderBytes(reader: RangeReader, first: Uint8Array, headerLength: number): Promise<Uint8Array | null> {
  const end = LENGTH_BYTES + headerLength;
  if (first.length >= end) return first.subarray(LENGTH_BYTES, end);
  // Allocating headerLength is safe here: it is at most 100 MB and no longer than the file.
  const header = new Uint8Array(headerLength);
  header.set(first.subarray(LENGTH_BYTES), 0);
  for (let at = first.length; at < end; ) {
    const upTo = Math.min(end, at + CHUNK_BYTES);
    let chunk: Uint8Array;
    try {
      chunk = await reader.readRange(at, upTo);
    } catch {
      return null;
    }
    if (chunk.length !== upTo - at) return null;
    header.set(chunk, at - LENGTH_BYTES);
    at = upTo;
  }
  return header;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The header's JSON as tensor entries: the serde shape of HashMetadata / TensorInfo in tensor.rs. */
function tensorEntries(parsed: unknown): ParseResult<TensorEntry[]> {
  if (!isRecord(parsed)) return failure('safetensors-invalid-json');
  const entries: TensorEntry[] = [];
  for (const [name, info] of Object.entries(parsed)) {
    if (name === '__metadata__') {
      // Option<HashMap<String, String>>: null or an object of strings.
      if (info !== null && !(isRecord(info) && Object.values(info).every((v) => typeof v === 'string'))) {
        return failure('safetensors-invalid-json', name);
      }
      continue;
    }
    if (!isRecord(info)) return failure('safetensors-invalid-json', name);
    const { dtype, shape, data_offsets: offsets } = info;
    if (typeof dtype !== 'string' || !Array.isArray(shape) || !shape.every(isCount)) return failure('safetensors-invalid-json', name);
    if (!Array.isArray(offsets) || offsets.length !== 2 || !isCount(offsets[0]) || !isCount(offsets[1])) {
      return failure('safetensors-invalid-json', name);
    }
    const bits = SAFETENSORS_DTYPE_BITS.get(dtype);
    if (bits === undefined) return failure('safetensors-unknown-dtype', dtype);
    entries.push({ name, dtype, bits, shape, begin: offsets[0], end: offsets[1] });
  }
  return { ok: true, value: entries };
}

/** Metadata::validate in tensor.rs, then the whole-file check of read_metadata. */
function tallyEntries(entries: TensorEntry[], dataStart: number, fileSize: number): ParseResult<SafetensorsSummary> {
  entries.sort((a, b) => a.begin - b.begin || a.end - b.end);
  const tally = new Tally();
  let start = 0;
  for (const t of entries) {
    if (t.begin !== start || t.end < t.begin) return failure('safetensors-invalid-offsets', t.name);
    start = t.end;
    const elements = t.shape.reduce((product, dim) => product * BigInt(dim), 1n);
    const bits = elements * BigInt(t.bits);
    if (bits % 8n !== 0n || bits / 8n !== BigInt(t.end - t.begin)) return failure('safetensors-shape-mismatch', t.name);
    tally.add(t.dtype, elements, BigInt(t.end - t.begin));
  }
  // The header is whole here; the file must end where its last tensor does.
  const sizes = { described: dataStart + start, file: fileSize };
  if (sizes.described > fileSize) return failure('safetensors-data-beyond-file', undefined, sizes);
  if (sizes.described < fileSize) return failure('safetensors-size-mismatch', undefined, sizes);
  const totals = tally.toTotals();
  if (totals === null) return failure('safetensors-shape-mismatch');
  return { ok: true, value: { format: 'safetensors', headerBytes: dataStart, ...totals } };
}
