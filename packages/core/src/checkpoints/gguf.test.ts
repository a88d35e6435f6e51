import { describe, expect, test } from 'vitest';
import { type ExpectedFile, byDtypeRecord, expected, fixtureBytes, oneTensorHeader, recordingReader } from '../../fixtures/checkpoints/load';
import { GGML_TYPES, LLAMA_FILE_TYPES } from './ggml-types';
import { readGgufHeader } from './gguf';

const files = Object.entries(expected.files).filter(([, f]) => f.format === 'gguf');
const FIRST_CHUNK = 1 << 20;

/** A reader for a fixture; a header-only one claims the size of the whole file it describes. */
function readerFor(path: string, want: ExpectedFile) {
  return recordingReader(fixtureBytes(path), want.size);
}

function expectFigures(got: Awaited<ReturnType<typeof readGgufHeader>>, want: ExpectedFile) {
  expect(got).toMatchObject({ ok: true });
  if (!got.ok) return;
  const v = got.value;
  expect(v.format).toBe('gguf');
  expect(v.version).toBe(want.version);
  expect(v.tensorCount).toBe(want.tensorCount);
  expect(v.parameters).toBe(want.parameters);
  expect(v.tensorBytes).toBe(want.tensorBytes);
  expect(byDtypeRecord(v.byDtype)).toEqual(want.byDtype);
  expect(v.headerBytes).toBe(want.dataOffset);
  expect(v.alignment).toBe(want.alignment);
  expect(v.bigEndian).toBe(want.bigEndian ?? false);
  expect(v.architecture).toBe(want.architecture);
  expect(v.name).toBe(want.name);
  expect(v.fileType).toBe(want.fileType);
  expect(v.declaredParameterCount).toBe(want.declaredParameterCount);
  expect(v.split).toEqual(want.splitCount === undefined ? undefined : { index: want.splitIndex, count: want.splitCount });
  if (want.kvCount !== undefined) expect(v.kvCount).toBe(want.kvCount);
  expect(v.bitsPerWeight).toBe((want.tensorBytes * 8) / want.parameters);
}

describe('readGgufHeader on files written by gguf-py (llama.cpp)', () => {
  test.each(files)('%s: the counts GGUFReader reads back', async (path, want) => {
    const reader = readerFor(path, want);
    expectFigures(await readGgufHeader(reader), want);
    // The header and at most the rest of the first 1 MiB chunk: no tensor data beyond it.
    expect(reader.furthest).toBeLessThanOrEqual(Math.max(want.dataOffset ?? 0, Math.min(want.size, FIRST_CHUNK)));
  });

  test.each(files)('%s: the same counts when every value straddles a read boundary', async (path, want) => {
    const reader = readerFor(path, want);
    expectFigures(await readGgufHeader(reader, { chunks: { first: 7, max: 61 } }), want);
    expect(Math.max(...reader.ranges.map(([s, e]) => e - s))).toBeLessThanOrEqual(1024 + 61);
  });

  test.each([
    ['gguf/llama-3.1-8b-q4_k_m.header-only.gguf', 'Q4_K_M', '4.8944', '4.58'],
    ['gguf/llama-3.1-8b-q8_0.header-only.gguf', 'Q8_0', '8.5008', '7.95'],
  ])('%s: bits per weight %s as llama.cpp tools/quantize/README.md gives for Llama-3.1-8B', async (path, label, bpw, gib) => {
    const want = expected.files[path];
    if (!want) throw new Error(`missing ${path}`);
    const reader = readerFor(path, want);
    const result = await readGgufHeader(reader);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.fileTypeName).toBe(label);
    expect(result.value.parameters).toBe(8_030_261_312);
    expect(result.value.bitsPerWeight?.toFixed(4)).toBe(bpw);
    expect((result.value.tensorBytes / 2 ** 30).toFixed(2)).toBe(gib);
    // A 4.9 GB / 8.5 GB file, answered from its header: one 1 MiB read.
    expect(want.size).toBeGreaterThan(4e9);
    expect(reader.bytesRead).toBeLessThanOrEqual(FIRST_CHUNK);
  });

  test('the tiny Q4_K_M-like file has Q4_K, Q6_K and F32 tensors', async () => {
    const path = 'gguf/tiny-q4_k_m.gguf';
    const result = await readGgufHeader(recordingReader(fixtureBytes(path)));
    expect(result.ok && result.value.byDtype.map((t) => t.dtype)).toEqual(['Q4_K', 'Q6_K', 'F32']);
    expect(result.ok && result.value.fileTypeName).toBe('Q4_K_M');
  });
});

describe('the ggml type table', () => {
  test.each(Object.entries(expected.ggmlQuantSizes))("%s matches gguf-py's GGML_QUANT_SIZES", (name, [blockSize, typeSize]) => {
    const number = expected.ggmlTypeNumbers[name];
    if (number === undefined) throw new Error(`no number for ${name}`);
    const type = GGML_TYPES.get(number);
    expect(type?.name).toBe(name);
    expect(type?.blockSize).toBe(blockSize);
    // gguf-py's Q8_1 (4 + 4 + 32) differs from ggml-common.h's sizeof(block_q8_1) (2 + 2 + 32), which llama.cpp uses.
    expect(type?.typeSize).toBe(name === 'Q8_1' ? 36 : typeSize);
  });

  test('it has every type ggml knows and no more: 43 numbers, 8 of them removed', () => {
    expect(GGML_TYPES.size).toBe(43 - 8);
    expect(GGML_TYPES.get(42)).toEqual({ name: 'Q2_0', blockSize: 64, typeSize: 18 });
    for (const removed of [4, 5, 31, 32, 33, 36, 37, 38]) expect(GGML_TYPES.has(removed)).toBe(false);
  });

  test.each(Object.entries(expected.llamaFileTypes).filter(([name]) => name !== 'GUESSED'))('llama_ftype %s', (name, number) => {
    expect(LLAMA_FILE_TYPES.get(number)).toBe(name.replace(/^(MOSTLY|ALL)_/, ''));
  });
});

describe('readGgufHeader on broken files', () => {
  test.each([
    ['bad/gguf-bad-magic.gguf', 'gguf-bad-magic', 'GGUX'],
    ['bad/gguf-v1.gguf', 'gguf-unsupported-version', '1'],
    ['bad/gguf-v4.gguf', 'gguf-unsupported-version', '4'],
    // Cut inside the metadata: the header itself is cut short.
    ['bad/gguf-cut-in-header.gguf', 'gguf-truncated', undefined],
    ['bad/gguf-tensor-count-2-60.gguf', 'gguf-absurd-count', `${2n ** 60n} tensors, 6 key-value pairs`],
    ['bad/gguf-string-2-60.gguf', 'gguf-absurd-count', 'general.architecture'],
    ['bad/gguf-unknown-type-99.gguf', 'gguf-unknown-type', '99'],
    ['bad/gguf-removed-type-31.gguf', 'gguf-unknown-type', '31'],
  ])('%s → %s', async (path, error, detail) => {
    expect(expected.bad[path], 'made by the fixture script').toBeDefined();
    const reader = recordingReader(fixtureBytes(path));
    const started = performance.now();
    const result = await readGgufHeader(reader);
    expect(result).toEqual(detail === undefined ? { ok: false, error } : { ok: false, error, detail });
    expect(reader.ranges).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('readGgufHeader on files whose whole header describes more data than they hold', () => {
  // Not 'gguf-truncated' (a file that ends inside its header): the header is read to its end, and
  // the sizes say how long the file would have to be and how long it is.
  test.each([
    // tiny-q4_0.gguf is 5728 bytes; this copy lacks the last 100 bytes of its tensor data.
    ['bad/gguf-cut-in-data.gguf', 'gguf/tiny-q4_0.gguf', 5728, 5628],
    // The header-only fixtures, read as the files they are (not as the 4.9 GB and 8.5 GB files they describe).
    ['gguf/llama-3.1-8b-q4_k_m.header-only.gguf', 'gguf/llama-3.1-8b-q4_k_m.header-only.gguf', 4_912_918_976, 20_670],
    ['gguf/llama-3.1-8b-q8_0.header-only.gguf', 'gguf/llama-3.1-8b-q8_0.header-only.gguf', 8_532_955_584, 20_668],
  ])('%s → gguf-data-beyond-file: the header describes %s\'s bytes', async (path, whole, described, file) => {
    expect(expected.files[whole]?.size, 'the whole file, as gguf-py wrote or sized it').toBe(described);
    const reader = recordingReader(fixtureBytes(path));
    expect(reader.size).toBe(file);
    expect(await readGgufHeader(reader)).toEqual({ ok: false, error: 'gguf-data-beyond-file', sizes: { described: BigInt(described), file } });
  });
});

describe('sizes past 2^53 are exact (issue 27)', () => {
  test('a tensor whose data would pass 2^62 bytes: the size described is the exact bigint', async () => {
    const [ne0, ne1] = [1_234_567_891n, 987_654_321n];
    const header = oneTensorHeader(ne0, ne1);
    // Header of 65 bytes, padded to the 32-byte alignment: 96; then 4 bytes an F32 element.
    const described = 96n + 4n * ne0 * ne1;
    expect(described).toBe(4_877_305_248_456_028_140n);
    expect(described > 2n ** 62n).toBe(true);
    const result = await readGgufHeader(recordingReader(header, 1000));
    expect(result).toEqual({ ok: false, error: 'gguf-data-beyond-file', sizes: { described, file: 1000 } });
  });
});

/** A real header with one field changed, read as a file of `size` bytes (zeros past the stored bytes). */
function patched(path: string, size: number, patch: (view: DataView) => void) {
  const bytes = fixtureBytes(path).slice();
  patch(new DataView(bytes.buffer));
  return recordingReader(bytes, size);
}

/** Offset of the first KV pair's value: after magic, version, counts, key length, key and value type. */
function firstValueOffset(view: DataView): number {
  return 24 + 8 + Number(view.getBigUint64(24, true)) + 4;
}

describe('readGgufHeader on corrupt counts in a 100 GB file', () => {
  const HUGE = 100e9;

  test('2^60 key-value pairs: refused from the counts alone', async () => {
    const reader = patched('gguf/tiny-q4_0.gguf', HUGE, (v) => v.setBigInt64(16, 2n ** 60n, true));
    expect(await readGgufHeader(reader)).toEqual({ ok: false, error: 'gguf-absurd-count', detail: `21 tensors, ${2n ** 60n} key-value pairs` });
    expect(reader.ranges).toHaveLength(1);
  });

  test('a negative tensor count', async () => {
    const reader = patched('gguf/tiny-q4_0.gguf', HUGE, (v) => v.setBigInt64(8, -1n, true));
    expect(await readGgufHeader(reader)).toMatchObject({ ok: false, error: 'gguf-absurd-count' });
  });

  test('a string of 2^60 bytes', async () => {
    const reader = patched('gguf/tiny-q4_0.gguf', HUGE, (v) => v.setBigUint64(firstValueOffset(v), 2n ** 60n, true));
    expect(await readGgufHeader(reader)).toEqual({ ok: false, error: 'gguf-absurd-count', detail: 'general.architecture' });
    expect(reader.bytesRead).toBeLessThanOrEqual(FIRST_CHUNK);
  });

  test('an array of 2^40 strings: 8 TB at 8 bytes each, more than any header', async () => {
    const reader = recordingReader(stringArrayHeader(2n ** 40n), HUGE);
    expect(await readGgufHeader(reader)).toEqual({ ok: false, error: 'gguf-absurd-count', detail: 'test.junk' });
    expect(reader.ranges).toHaveLength(1);
  });

  test('half a million strings that pass the count check stop at the header cap, not at the end of the file', async () => {
    // 500,000 one-byte strings take 4.5 MB: within the 100 GB file and past a 4 MiB cap.
    const count = 500_000;
    const head = stringArrayHeader(BigInt(count));
    const file = new Uint8Array(head.length + count * 9);
    file.set(head);
    const v = new DataView(file.buffer);
    for (let i = 0, at = head.length; i < count; i++, at += 9) {
      v.setBigUint64(at, 1n, true);
      file[at + 8] = 0x78;
    }
    const reader = recordingReader(file, HUGE);
    const started = performance.now();
    const result = await readGgufHeader(reader, { maxHeaderBytes: 4 << 20 });
    expect(result).toEqual({ ok: false, error: 'gguf-header-too-large' });
    expect(reader.furthest).toBeLessThanOrEqual(4 << 20);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('a tensor with more than 4 dimensions', async () => {
    const bytes = fixtureBytes('gguf/tiny-q4_0.gguf');
    // The first tensor info follows the metadata; find it by its name.
    const at = indexOf(bytes, new TextEncoder().encode('token_embd.weight')) + 'token_embd.weight'.length;
    const reader = patched('gguf/tiny-q4_0.gguf', bytes.length, (v) => v.setUint32(at, 5, true));
    expect(await readGgufHeader(reader)).toEqual({ ok: false, error: 'gguf-invalid-shape', detail: 'token_embd.weight' });
  });

  test('a row that is not a whole number of blocks', async () => {
    const bytes = fixtureBytes('gguf/tiny-q4_0.gguf');
    const at = indexOf(bytes, new TextEncoder().encode('token_embd.weight')) + 'token_embd.weight'.length;
    // ne[0] from 64 to 48, not a multiple of Q4_0's 32-element block.
    const reader = patched('gguf/tiny-q4_0.gguf', bytes.length, (v) => v.setBigInt64(at + 4, 48n, true));
    expect(await readGgufHeader(reader)).toEqual({ ok: false, error: 'gguf-invalid-shape', detail: 'token_embd.weight' });
  });

  test('a data offset out of place', async () => {
    const bytes = fixtureBytes('gguf/tiny-q4_0.gguf');
    const name = new TextEncoder().encode('token_embd.weight');
    const at = indexOf(bytes, name) + name.length;
    // n_dims (2), ne0, ne1, type, then the offset (0): make it 32.
    const reader = patched('gguf/tiny-q4_0.gguf', bytes.length, (v) => v.setBigUint64(at + 4 + 16 + 4, 32n, true));
    expect(await readGgufHeader(reader)).toEqual({ ok: false, error: 'gguf-invalid-offset', detail: 'token_embd.weight' });
  });

  test.each([
    ['general.alignment of 48, not a power of two', 'gguf/tiny-f16-align64.gguf', 'general.alignment', 4, 48, 'general.alignment'],
    ['general.alignment stored as an INT32', 'gguf/tiny-f16-align64.gguf', 'general.alignment', 0, 5, 'general.alignment'],
    ['a value of type 13, which GGUF does not define', 'gguf/tiny-q4_0.gguf', 'llama.block_count', 0, 13, 'llama.block_count'],
  ])('%s', async (_label, path, key, valueOffset, value, detail) => {
    // valueOffset 0 patches the value type (u32 after the key), 4 the first 4 bytes of the value.
    const bytes = fixtureBytes(path);
    const at = indexOf(bytes, new TextEncoder().encode(key)) + key.length + valueOffset;
    const reader = patched(path, bytes.length, (v) => v.setUint32(at, value, true));
    expect(await readGgufHeader(reader)).toEqual({ ok: false, error: 'gguf-invalid-metadata', detail });
  });

  test('an empty key', async () => {
    const reader = patched('gguf/tiny-q4_0.gguf', fixtureBytes('gguf/tiny-q4_0.gguf').length, (v) => v.setBigUint64(24, 0n, true));
    expect(await readGgufHeader(reader)).toEqual({ ok: false, error: 'gguf-invalid-metadata', detail: 'key 0' });
  });

  test('general.architecture of another type is skipped, not reported', async () => {
    // A header whose only key, general.architecture, holds a UINT64 (7) instead of a string.
    const key = new TextEncoder().encode('general.architecture');
    const head = new Uint8Array(24 + 8 + key.length + 4 + 8);
    const v = new DataView(head.buffer);
    head.set([0x47, 0x47, 0x55, 0x46]);
    v.setUint32(4, 3, true);
    v.setBigInt64(16, 1n, true);
    v.setBigUint64(24, BigInt(key.length), true);
    head.set(key, 32);
    v.setUint32(32 + key.length, 10, true);
    v.setBigUint64(36 + key.length, 7n, true);
    const result = await readGgufHeader(recordingReader(head));
    expect(result).toMatchObject({ ok: true, value: { kvCount: 1, parameters: 0, bitsPerWeight: null } });
    expect(result.ok && result.value.architecture).toBeUndefined();
  });

  test('a reader that fails is reported as read-failed, not thrown', async () => {
    expect(await readGgufHeader({ size: 100, readRange: () => Promise.reject(new Error('gone')) })).toEqual({ ok: false, error: 'read-failed' });
  });
});

/** A GGUF v3 header of no tensors and one key, test.junk: an array of `count` strings, followed by nothing (zeros). */
function stringArrayHeader(count: bigint): Uint8Array {
  const key = new TextEncoder().encode('test.junk');
  const head = new Uint8Array(24 + 8 + key.length + 4 + 4 + 8);
  const v = new DataView(head.buffer);
  head.set([0x47, 0x47, 0x55, 0x46]);
  v.setUint32(4, 3, true);
  v.setBigInt64(8, 0n, true);
  v.setBigInt64(16, 1n, true);
  v.setBigUint64(24, BigInt(key.length), true);
  head.set(key, 32);
  v.setUint32(32 + key.length, 9, true);
  v.setUint32(36 + key.length, 8, true);
  v.setBigUint64(40 + key.length, count, true);
  return head;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('not found');
}
