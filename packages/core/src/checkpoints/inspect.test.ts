import { describe, expect, test } from 'vitest';
import { expected, fixtureBytes, recordingReader } from '../../fixtures/checkpoints/load';
import { type CheckpointFile, detectFormat, inspectCheckpoint, inspectCheckpoints, shardPosition } from './inspect';
import { blobReader, bytesReader } from './range-reader';

function file(path: string, name = path.split('/').pop() ?? path): CheckpointFile {
  return { name, reader: bytesReader(fixtureBytes(path)) };
}

function want(path: string) {
  const f = expected.files[path];
  if (!f) throw new Error(`no expected figures for ${path}`);
  return f;
}

describe('detectFormat', () => {
  const gguf = new TextEncoder().encode('GGUF\u0003\u0000\u0000\u0000\u0000');
  const safetensors = new Uint8Array([16, 0, 0, 0, 0, 0, 0, 0, 0x7b]);
  const zip = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0]);
  test.each([
    ['model.gguf', gguf, 'gguf'],
    ['renamed.bin', gguf, 'gguf'],
    ['model.safetensors', safetensors, 'safetensors'],
    ['renamed.bin', safetensors, 'safetensors'],
    ['broken.GGUF', zip, 'gguf'],
    ['broken.safetensors', zip, 'safetensors'],
    ['archive.zip', zip, null],
    ['empty', new Uint8Array(0), null],
  ] as const)('%s', (name, bytes, format) => {
    expect(detectFormat(name, bytes)).toBe(format);
  });
});

describe('shardPosition', () => {
  test.each([
    ['model-00001-of-00004.safetensors', { prefix: 'model.safetensors', index: 1, count: 4 }],
    ['Llama-3.1-405B-Q4_K_M-00003-of-00005.gguf', { prefix: 'Llama-3.1-405B-Q4_K_M.gguf', index: 3, count: 5 }],
    ['model.safetensors', undefined],
    ['model-1-of-4.safetensors', undefined],
  ])('%s', (name, position) => {
    expect(shardPosition(name)).toEqual(position);
  });
});

describe('inspectCheckpoint', () => {
  test('a File in the browser: reading through Blob.slice gives the same figures', async () => {
    const path = 'gguf/tiny-q8_0.gguf';
    const result = await inspectCheckpoint({ name: 'tiny-q8_0.gguf', reader: blobReader(new Blob([fixtureBytes(path)])) });
    expect(result).toMatchObject({ ok: true, value: { parameters: want(path).parameters, tensorBytes: want(path).tensorBytes } });
  });

  test('a safetensors file renamed .bin is still read as safetensors', async () => {
    const path = 'safetensors/small-model.safetensors';
    const result = await inspectCheckpoint(file(path, 'pytorch_model.bin'));
    expect(result).toMatchObject({ ok: true, value: { format: 'safetensors', storedElements: want(path).parameters } });
  });

  test.each([
    ['bad/not-a-checkpoint.bin', 'unknown-format'],
    ['safetensors/sharded/model.safetensors.index.json', 'unknown-format'],
    ['bad/gguf-bad-magic.gguf', 'gguf-bad-magic'],
    ['bad/st-bad-json.safetensors', 'safetensors-invalid-json'],
  ])('%s → %s', async (path, error) => {
    expect(await inspectCheckpoint(file(path))).toMatchObject({ ok: false, error });
  });

  test('an unreadable file is an error value', async () => {
    const result = await inspectCheckpoint({ name: 'x.gguf', reader: { size: 10, readRange: () => Promise.reject(new Error('NotReadableError')) } });
    expect(result).toEqual({ ok: false, error: 'read-failed' });
  });
});

describe('inspectCheckpoints', () => {
  const sharded = expected.shardedSafetensors;

  test('all shards of a safetensors model sum to its parameters, and their bytes to the index total_size', async () => {
    const report = await inspectCheckpoints(sharded.shards.map((p) => file(p)));
    expect(report.countedFiles).toBe(2);
    expect(report.parameters).toBe(sharded.parameters);
    expect(report.tensorBytes).toBe(sharded.totalSize);
    const index = JSON.parse(new TextDecoder().decode(fixtureBytes(sharded.index)));
    expect(report.tensorBytes).toBe(index.metadata.total_size);
    expect(report.tensorCount).toBe(Object.keys(index.weight_map).length);
    expect(report.missingShards).toEqual([]);
    expect(report.formats).toEqual(['safetensors']);
    expect(report.files.map((f) => f.shard)).toEqual([
      { prefix: 'model.safetensors', index: 1, count: 2 },
      { prefix: 'model.safetensors', index: 2, count: 2 },
    ]);
  });

  test('picking one shard of two counts that one and names the missing one', async () => {
    const first = sharded.shards[0] ?? '';
    const report = await inspectCheckpoints([file(first)]);
    expect(report.parameters).toBe(want(first).parameters);
    expect(report.missingShards).toEqual([{ prefix: 'model.safetensors', count: 2, missing: [2] }]);
  });

  test('both parts of a GGUF split, with the index json and config picked alongside', async () => {
    const parts = ['gguf/split/tiny-00001-of-00002.gguf', 'gguf/split/tiny-00002-of-00002.gguf'];
    const report = await inspectCheckpoints([...parts.map((p) => file(p)), file(sharded.index)]);
    expect(report.countedFiles).toBe(2);
    expect(report.parameters).toBe(parts.reduce((sum, p) => sum + want(p).parameters, 0));
    expect(report.tensorBytes).toBe(parts.reduce((sum, p) => sum + want(p).tensorBytes, 0));
    expect(report.missingShards).toEqual([]);
    // The index json is read as a config: it declares no quantization.
    expect(report.files[2]).toMatchObject({ result: null, config: { ok: true, quantization: null } });
    expect(report.declared).toBeNull();
    const [a, b] = report.files;
    expect(a?.result?.ok && a.result.value.format === 'gguf' && a.result.value.split).toEqual({ index: 0, count: 2 });
    expect(b?.result?.ok && b.result.value.format === 'gguf' && b.result.value.split).toEqual({ index: 1, count: 2 });
  });

  describe('a GGUF split known from its header (split.no, split.count), whatever the files are called', () => {
    const three = ['gguf/split3/tiny3-00001-of-00003.gguf', 'gguf/split3/tiny3-00002-of-00003.gguf', 'gguf/split3/tiny3-00003-of-00003.gguf'];

    test('a first part renamed model.gguf is part 1 of 3, and parts 2 and 3 are named missing', async () => {
      const report = await inspectCheckpoints([file(three[0]!, 'model.gguf')]);
      expect(report.files[0]?.shard).toEqual({ prefix: 'model.gguf', index: 1, count: 3 });
      expect(report.missingShards).toEqual([{ prefix: 'model.gguf', count: 3, missing: [2, 3] }]);
      expect(report.countedFiles).toBe(1);
    });

    test('all three parts under other names: nothing missing, all counted', async () => {
      const report = await inspectCheckpoints(three.map((p, i) => file(p, `part-${'abc'[i]}.gguf`)));
      expect(report.missingShards).toEqual([]);
      expect(report.splitConflict).toBeNull();
      expect(report.countedFiles).toBe(3);
      expect(report.parameters).toBe(512 + 512 + 288);
    });

    test('a copy of part 1 renamed as part 2 is refused: part 1 twice', async () => {
      const report = await inspectCheckpoints([file(three[0]!), file(three[0]!, 'tiny3-00002-of-00003.gguf')]);
      expect(report.splitConflict).toEqual({ kind: 'repeated', part: 1, names: ['tiny3-00001-of-00003.gguf', 'tiny3-00002-of-00003.gguf'] });
      expect(report.countedFiles).toBe(0);
      expect(report.parameters).toBe(0);
    });

    test('parts of two different splits are refused', async () => {
      const report = await inspectCheckpoints([file(three[0]!), file('gguf/split/tiny-00002-of-00002.gguf')]);
      expect(report.splitConflict).toEqual({ kind: 'mixed', names: ['tiny3-00001-of-00003.gguf', 'tiny-00002-of-00002.gguf'] });
      expect(report.countedFiles).toBe(0);
    });
  });

  test('the same file picked twice is read and counted once', async () => {
    const path = 'gguf/tiny-q4_0.gguf';
    const twice = [file(path), { name: 'tiny-q4_0.gguf', reader: recordingReader(fixtureBytes(path)) }];
    const report = await inspectCheckpoints(twice);
    expect(report.countedFiles).toBe(1);
    expect(report.parameters).toBe(want(path).parameters);
    expect(report.files[1]).toEqual({ name: 'tiny-q4_0.gguf', size: want(path).size, result: null, duplicateOf: 0 });
    expect(twice[1]?.reader).toMatchObject({ ranges: [] });
  });

  test('a mix of formats is summed, flagged by formats, and F32 from both is one entry', async () => {
    const paths = ['safetensors/small-model.safetensors', 'gguf/tiny-q4_k_m.gguf'];
    const report = await inspectCheckpoints(paths.map((p) => file(p)));
    expect(report.formats).toEqual(['safetensors', 'gguf']);
    // small-model's 33 scale elements are overhead, not parameters.
    expect(report.parameters).toBe(want(paths[0] ?? '').parameters - 33 + want(paths[1] ?? '').parameters);
    const f32 = report.byDtype.filter((t) => t.dtype === 'F32').reduce((sum, t) => sum + t.elements, 0);
    expect(f32).toBe((want(paths[0] ?? '').byDtype.F32?.parameters ?? 0) + (want(paths[1] ?? '').byDtype.F32?.parameters ?? 0));
    expect(report.bitsPerWeight).toBe((report.tensorBytes * 8) / report.parameters);
  });

  test('nothing readable gives zero parameters and no bits per weight', async () => {
    const report = await inspectCheckpoints([file('bad/not-a-checkpoint.bin'), file('safetensors/metadata-only.safetensors')]);
    expect(report).toMatchObject({ countedFiles: 1, parameters: 0, tensorBytes: 0, bitsPerWeight: null, byDtype: [] });
  });

  test('no files at all', async () => {
    expect(await inspectCheckpoints([])).toEqual({
      files: [],
      countedFiles: 0,
      formats: [],
      missingShards: [],
      quantization: null,
      declared: null,
      splitConflict: null,
      tensorCount: 0,
      parameters: 0,
      tensorBytes: 0,
      bitsPerWeight: null,
      byDtype: [],
    });
  });
});
