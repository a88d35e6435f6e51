import { describe, expect, test } from 'vitest';
import { byDtypeRecord, expected, fixtureBytes, recordingReader } from '../../fixtures/checkpoints/load';
import { MAX_SAFETENSORS_HEADER_BYTES, readSafetensorsHeader } from './safetensors';
import { SAFETENSORS_DTYPE_BITS } from './safetensors-dtypes';

const files = Object.entries(expected.files).filter(([, f]) => f.format === 'safetensors');

describe('readSafetensorsHeader on files written by the safetensors package', () => {
  test.each(files)('%s: the counts the reference implementation reads back', async (path, want) => {
    const reader = recordingReader(fixtureBytes(path));
    const result = await readSafetensorsHeader(reader);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const got = result.value;
    expect(got.format).toBe('safetensors');
    expect(got.tensorCount).toBe(want.tensorCount);
    expect(got.storedElements).toBe(want.parameters);
    // Scales beside quantized weights (small-model's weight_scale tensors) hold no parameters.
    const overhead = got.byDtype.filter((t) => t.role !== undefined && t.role !== 'values').reduce((sum, t) => sum + t.elements, 0);
    expect(got.parameters).toBe(want.parameters - overhead);
    expect(got.tensorBytes).toBe(want.tensorBytes);
    expect(byDtypeRecord(got.byDtype)).toEqual(want.byDtype);
    expect(got.headerBytes).toBe(want.headerBytes);
    expect(got.bitsPerWeight).toBe(got.parameters > 0 ? (want.tensorBytes * 8) / got.parameters : null);
    // Only the 8-byte length and the JSON header are read, never tensor data beyond the first chunk.
    expect(reader.furthest).toBeLessThanOrEqual(Math.max(want.headerBytes ?? 0, Math.min(want.size, 8 + (1 << 20))));
  });

  test('every dtype the Python writer accepts is in the table, with the bytes it wrote', () => {
    const allDtypes = expected.files['safetensors/all-dtypes.safetensors'];
    expect(allDtypes).toBeDefined();
    for (const [dtype, t] of Object.entries(allDtypes?.byDtype ?? {})) {
      expect(SAFETENSORS_DTYPE_BITS.get(dtype), dtype).toBe((t.bytes * 8) / t.parameters);
    }
  });

  test('the breakdown lists the largest share of bytes first (ties by parameters, then name)', async () => {
    const result = await readSafetensorsHeader(recordingReader(fixtureBytes('safetensors/small-model.safetensors')));
    expect(result.ok && result.value.byDtype.map((t) => [t.dtype, t.role])).toEqual([
      ['BF16', undefined],
      ['F8_E4M3', 'values'],
      ['I8', 'values'],
      ['F32', undefined],
      ['F16', 'scales'],
      ['F32', 'scales'],
    ]);
  });

  test('small-model: its int8 and fp8 weights hold their elements, and their 33 scale elements hold none', async () => {
    const result = await readSafetensorsHeader(recordingReader(fixtureBytes('safetensors/small-model.safetensors')));
    const want = expected.files['safetensors/small-model.safetensors']!;
    expect(result.ok && result.value.parameters).toBe(want.parameters - 33);
    expect(result.ok && result.value.quantization?.bytes).toEqual({ values: 1536 + 1536, scales: 64 + 4 });
  });

  test('a header longer than one read chunk is read in chunks, with the same result', async () => {
    // A real header padded with trailing spaces (as the writer pads to 8 bytes) to 3 MiB.
    const file = fixtureBytes('safetensors/small-model.safetensors');
    const n = Number(new DataView(file.buffer, file.byteOffset).getBigUint64(0, true));
    const padded = 3 << 20;
    const big = new Uint8Array(8 + padded + (file.length - 8 - n));
    new DataView(big.buffer).setBigUint64(0, BigInt(padded), true);
    big.set(file.subarray(8, 8 + n), 8);
    big.fill(0x20, 8 + n, 8 + padded);
    big.set(file.subarray(8 + n), 8 + padded);
    const reader = recordingReader(big);
    const result = await readSafetensorsHeader(reader);
    const want = expected.files['safetensors/small-model.safetensors'];
    expect(result).toMatchObject({ ok: true, value: { storedElements: want?.parameters, tensorBytes: want?.tensorBytes, headerBytes: 8 + padded } });
    expect(reader.ranges.length).toBeGreaterThan(2);
    expect(Math.max(...reader.ranges.map(([s, e]) => e - s))).toBeLessThanOrEqual(8 + (1 << 20));
  });
});

describe('readSafetensorsHeader on broken files', () => {
  test.each([
    ['bad/st-too-small.safetensors', 'safetensors-too-small', undefined],
    ['bad/st-cut-in-header.safetensors', 'safetensors-header-beyond-file', undefined],
    ['bad/st-length-beyond-file.safetensors', 'safetensors-header-beyond-file', undefined],
    ['bad/st-length-2-60.safetensors', 'safetensors-header-too-large', String(2n ** 60n)],
    ['bad/st-bad-json.safetensors', 'safetensors-invalid-json', undefined],
    ['bad/st-shape-mismatch.safetensors', 'safetensors-shape-mismatch', 'model.norm.weight'],
    ['bad/st-offsets-gap.safetensors', 'safetensors-invalid-offsets', 'model.embed_tokens.weight'],
    ['bad/st-unknown-dtype.safetensors', 'safetensors-unknown-dtype', 'F33'],
  ])('%s → %s', async (path, error, detail) => {
    expect(expected.bad[path], 'made by the fixture script').toBeDefined();
    const reader = recordingReader(fixtureBytes(path));
    const result = await readSafetensorsHeader(reader);
    expect(result).toEqual(detail === undefined ? { ok: false, error } : { ok: false, error, detail });
    expect(reader.ranges.length).toBeLessThanOrEqual(1);
  });

  // The header is whole, the data is not: both sizes, so the message can say the file is cut short.
  // small-model.safetensors is 10,324 bytes: 8 + a 776-byte header + 9540 bytes of tensor data.
  test.each([
    ['bad/st-cut-in-data.safetensors', 10_324, 10_314],
    ['bad/st-header-only.safetensors', 10_324, 784],
  ])('%s → safetensors-data-beyond-file: the header describes %d bytes, the file has %d', async (path, described, file) => {
    expect(expected.bad[path], 'made by the fixture script').toBeDefined();
    expect(expected.files['safetensors/small-model.safetensors']?.size).toBe(described);
    const reader = recordingReader(fixtureBytes(path));
    expect(reader.size).toBe(file);
    expect(await readSafetensorsHeader(reader)).toEqual({ ok: false, error: 'safetensors-data-beyond-file', sizes: { described: BigInt(described), file } });
  });

  test('a header length of 2^60 in a huge file is refused from the first read, with nothing allocated for it', async () => {
    const head = new Uint8Array(16);
    new DataView(head.buffer).setBigUint64(0, 2n ** 60n, true);
    const reader = recordingReader(head, 100e9);
    const started = performance.now();
    const result = await readSafetensorsHeader(reader);
    expect(result).toEqual({ ok: false, error: 'safetensors-header-too-large', detail: String(2n ** 60n) });
    expect(reader.ranges).toHaveLength(1);
    expect(reader.bytesRead).toBeLessThanOrEqual(8 + (1 << 20));
    expect(performance.now() - started).toBeLessThan(500);
  });

  test('the 100 MB limit is the reference one, checked before reading the header', async () => {
    const head = new Uint8Array(8);
    new DataView(head.buffer).setBigUint64(0, BigInt(MAX_SAFETENSORS_HEADER_BYTES + 1), true);
    const reader = recordingReader(head, 1e12);
    expect(await readSafetensorsHeader(reader)).toEqual({
      ok: false,
      error: 'safetensors-header-too-large',
      detail: String(MAX_SAFETENSORS_HEADER_BYTES + 1),
    });
    expect(reader.ranges).toHaveLength(1);
  });

  test('trailing bytes after the tensor data are a size mismatch too, as in the reference', async () => {
    const file = fixtureBytes('safetensors/small-model.safetensors');
    const longer = new Uint8Array(file.length + 10);
    longer.set(file);
    expect(await readSafetensorsHeader(recordingReader(longer))).toEqual({
      ok: false,
      error: 'safetensors-size-mismatch',
      sizes: { described: 10_324n, file: 10_334 },
    });
  });

  test('a reader that fails is reported as read-failed, not thrown', async () => {
    const result = await readSafetensorsHeader({ size: 100, readRange: () => Promise.reject(new Error('gone')) });
    expect(result).toEqual({ ok: false, error: 'read-failed' });
  });

  test.each([
    ['not an object', '[1, 2]', 0, 'safetensors-invalid-json', undefined],
    ['metadata values must be strings', '{"__metadata__": {"format": 1}}', 0, 'safetensors-invalid-json', '__metadata__'],
    ['an entry without data_offsets', '{"w": {"dtype": "F32", "shape": [1]}}', 4, 'safetensors-invalid-json', 'w'],
    ['a negative dimension', '{"w": {"dtype": "F32", "shape": [-1], "data_offsets": [0, 4]}}', 4, 'safetensors-non-integer', '-1'],
    // What serde_json refuses and JSON.parse takes (issue 27): each said for what it is.
    ['a byte-order mark before the JSON', '\uFEFF{"w": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}', 4, 'safetensors-byte-order-mark', undefined],
    ['a shape of 2.0', '{"w": {"dtype": "F32", "shape": [2.0], "data_offsets": [0, 8]}}', 8, 'safetensors-non-integer', '2.0'],
    ['an offset of 8e0', '{"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8e0]}}', 8, 'safetensors-non-integer', '8e0'],
    ['an escaped lone surrogate in a name', '{"w\\ud800": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}', 4, 'safetensors-lone-surrogate', '\\ud800'],
    ['a lone low surrogate', '{"w\\udc00x": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}', 4, 'safetensors-lone-surrogate', '\\udc00'],
    ['an escaped surrogate pair (valid)', '{"w\\ud83d\\ude00": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}', 4, null, undefined],
    ['-0, which serde reads as the integer 0 (valid)', '{"w": {"dtype": "F32", "shape": [1], "data_offsets": [-0, 4]}}', 4, null, undefined],
    ['F4 with an odd element count (MisalignedSlice)', '{"w": {"dtype": "F4", "shape": [3], "data_offsets": [0, 2]}}', 2, 'safetensors-shape-mismatch', 'w'],
    ['overlapping tensors', '{"w": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}, "v": {"dtype": "F32", "shape": [1], "data_offsets": [2, 6]}}', 6, 'safetensors-invalid-offsets', 'v'],
    ['two empty tensors at offset 0 (valid)', '{"w": {"dtype": "U8", "shape": [0], "data_offsets": [0, 0]}, "v": {"dtype": "U8", "shape": [2, 0], "data_offsets": [0, 0]}}', 0, null, undefined],
    ['F6_E2M3 (Rust-only dtype) of 4 elements in 3 bytes (valid)', '{"w": {"dtype": "F6_E2M3", "shape": [4], "data_offsets": [0, 3]}}', 3, null, undefined],
    ['invalid UTF-8', '\uFFFD', 0, 'safetensors-invalid-json', undefined],
  ])('a header with %s', async (_label, json, dataBytes, error, detail) => {
    // Headers built from the reference's own rules (Metadata::validate in tensor.rs), 8 + header + data = size.
    const text = json === '\uFFFD' ? new Uint8Array([0x7b, 0xff, 0x7d]) : new TextEncoder().encode(json);
    const file = new Uint8Array(8 + text.length + dataBytes);
    new DataView(file.buffer).setBigUint64(0, BigInt(text.length), true);
    file.set(text, 8);
    const result = await readSafetensorsHeader(recordingReader(file));
    if (error === null) expect(result.ok).toBe(true);
    else expect(result).toEqual(detail === undefined ? { ok: false, error } : { ok: false, error, detail });
  });
});
