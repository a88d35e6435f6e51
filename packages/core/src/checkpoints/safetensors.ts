import { type ParseResult, failure } from './errors';
import {
  type QuantizationHint,
  type QuantizationSummary,
  type QuantScheme,
  type TensorInfo,
  readMetadataHint,
  readQuantization,
  summarizeQuantization,
} from './quantization';
import type { RangeReader } from './range-reader';
import { SAFETENSORS_DTYPE_BITS } from './safetensors-dtypes';
import { checkStrictJson } from './strict-json';
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
  /** Elements summed over all tensors as stored (equal to `parameters` unless packed weights were unpacked). */
  storedElements: number;
  /** The quantized layers: scheme, where it was read, logical weights and bytes by role (quantization.ts). */
  quantization?: QuantizationSummary;
  /** Integer tensors counted as stored elements that may be packed weights (no scheme says how). */
  maybePacked?: { tensors: number; example: string };
  /** A scheme the config or metadata declared whose tensors are not in this file. */
  unmatchedHint?: QuantScheme;
}

export interface SafetensorsReadOptions {
  /** The scheme config.json declares (readQuantizationConfig); wins over the file's own __metadata__. */
  hint?: QuantizationHint | null;
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
export async function readSafetensorsHeader(reader: RangeReader, options: SafetensorsReadOptions = {}): Promise<ParseResult<SafetensorsSummary>> {
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

  let text: string;
  try {
    // ignoreBOM keeps a byte-order mark in the text, so the strict check can name it (serde_json refuses it).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(header);
  } catch {
    return failure('safetensors-invalid-json');
  }
  const strict = checkStrictJson(text);
  if (!strict.ok) return strict;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return failure('safetensors-invalid-json');
  }
  const entries = tensorEntries(parsed);
  if (!entries.ok) return entries;
  const metadata = isRecord(parsed) && isRecord(parsed.__metadata__) ? (parsed.__metadata__ as Record<string, string>) : null;
  const hint = options.hint ?? readMetadataHint(metadata);
  return tallyEntries(entries.value, LENGTH_BYTES + headerLength, reader.size, hint);
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

/**
 * Metadata::validate in tensor.rs, then the whole-file check of read_metadata; then the tensors are
 * counted, packed weights unpacked by the scheme the hint or the names say (quantization.ts).
 */
function tallyEntries(entries: TensorEntry[], dataStart: number, fileSize: number, hint: QuantizationHint | null): ParseResult<SafetensorsSummary> {
  entries.sort((a, b) => a.begin - b.begin || a.end - b.end);
  const infos: TensorInfo[] = [];
  let start = 0;
  let stored = 0n;
  for (const t of entries) {
    if (t.begin !== start || t.end < t.begin) return failure('safetensors-invalid-offsets', t.name);
    start = t.end;
    const elements = t.shape.reduce((product, dim) => product * BigInt(dim), 1n);
    const bits = elements * BigInt(t.bits);
    if (bits % 8n !== 0n || bits / 8n !== BigInt(t.end - t.begin)) return failure('safetensors-shape-mismatch', t.name);
    infos.push({ name: t.name, dtype: t.dtype, shape: t.shape, elements, bytes: BigInt(t.end - t.begin) });
    stored += elements;
  }
  // The header is whole here; the file must end where its last tensor does.
  const sizes = { described: BigInt(dataStart + start), file: fileSize };
  if (dataStart + start > fileSize) return failure('safetensors-data-beyond-file', undefined, sizes);
  if (dataStart + start < fileSize) return failure('safetensors-size-mismatch', undefined, sizes);

  const read = readQuantization(infos, hint);
  const tally = new Tally();
  infos.forEach((t, i) => {
    const count = read.counts[i]!;
    tally.add(t.dtype, count.parameters, t.bytes, count.role === 'plain' ? undefined : count.role, t.elements);
  });
  const totals = tally.toTotals();
  if (totals === null || stored > BigInt(Number.MAX_SAFE_INTEGER)) return failure('safetensors-shape-mismatch');
  const summary: SafetensorsSummary = { format: 'safetensors', headerBytes: dataStart, storedElements: Number(stored), ...totals };
  const quantization = summarizeQuantization(infos, read);
  if (quantization) summary.quantization = quantization;
  if (read.maybePacked) summary.maybePacked = read.maybePacked;
  if (read.unmatchedHint) summary.unmatchedHint = read.unmatchedHint;
  return { ok: true, value: summary };
}
