import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calculatorMessages, stringsOf } from '../../i18n/calculators';
import { fixtureBytes, oneTensorHeader, recordingReader } from '../../../packages/core/fixtures/checkpoints/load';
import { inspectCheckpoints } from '@llm-scale/core/checkpoints/inspect';
import type { Lang } from '@llm-scale/core/text/lang';
import { checkpoint, type CheckpointWords } from './index';

/** The calculator's file lines for fixtures read as the files they are. */
async function filesRead(paths: readonly string[], lang: Lang): Promise<string> {
  const report = await inspectCheckpoints(paths.map((path) => ({ name: path.split('/').pop()!, reader: recordingReader(fixtureBytes(path)) })));
  const words = calculatorMessages(checkpoint, lang).words as CheckpointWords;
  const out = checkpoint.compute({ files: report, model: { id: undefined, hub: undefined } }, { lang, words });
  if ('failed' in out) throw new Error(out.failed.message);
  return out['files-read'];
}

describe('the checkpoint counter on files whose size does not match their header', () => {
  it.each<[string, Lang, string]>([
    // Cut inside the metadata: the header itself is cut short.
    ['bad/gguf-cut-in-header.gguf', 'en', 'gguf-cut-in-header.gguf: the file ends inside its header: it is cut short.'],
    ['bad/gguf-cut-in-header.gguf', 'zh', 'gguf-cut-in-header.gguf：文件在文件头中途就结束了：文件不完整。'],
    // tiny-q4_0.gguf (5728 bytes) without its last 100 bytes.
    [
      'bad/gguf-cut-in-data.gguf',
      'en',
      'gguf-cut-in-data.gguf: the header is complete, but it describes 5728 bytes of header and tensor data and the file has only 5628 bytes: the file is cut short, or holds the header alone. Without its data it is not counted.',
    ],
    // The header of a 4,912,918,976-byte Llama 3.1 8B Q4_K_M file, alone: 20,670 bytes.
    [
      'gguf/llama-3.1-8b-q4_k_m.header-only.gguf',
      'en',
      'llama-3.1-8b-q4_k_m.header-only.gguf: the header is complete, but it describes 4.9 GB = 4.6 GiB (4,912,918,976 bytes) of header and tensor data and the file has only 20,670 bytes: the file is cut short, or holds the header alone. Without its data it is not counted.',
    ],
    [
      'gguf/llama-3.1-8b-q4_k_m.header-only.gguf',
      'zh',
      'llama-3.1-8b-q4_k_m.header-only.gguf：文件头完整，但它描述的文件头和张量数据共 4.9 GB = 4.6 GiB（4,912,918,976 字节），文件却只有 20,670 字节：文件不完整，或者只有文件头。缺少数据的文件不计入。',
    ],
    // small-model.safetensors is 10,324 bytes; its 8-byte length and JSON header take 784.
    [
      'bad/st-header-only.safetensors',
      'en',
      'st-header-only.safetensors: the header is complete, but it describes 10,324 bytes of header and tensor data and the file has only 784 bytes: the file is cut short, or holds the header alone. Without its data it is not counted.',
    ],
    [
      'bad/st-cut-in-data.safetensors',
      'zh',
      'st-cut-in-data.safetensors：文件头完整，但它描述的文件头和张量数据共 10,324 字节，文件却只有 10,314 字节：文件不完整，或者只有文件头。缺少数据的文件不计入。',
    ],
  ])('%s (%s)', async (path, lang, line) => {
    expect(await filesRead([path], lang)).toBe(line);
  });

  it('says how much longer a safetensors file is than its header describes', async () => {
    const file = fixtureBytes('safetensors/small-model.safetensors');
    const longer = new Uint8Array(file.length + 10);
    longer.set(file);
    const report = await inspectCheckpoints([{ name: 'padded.safetensors', reader: recordingReader(longer) }]);
    const out = checkpoint.compute({ files: report, model: { id: undefined, hub: undefined } }, { lang: 'en', words: calculatorMessages(checkpoint, 'en').words as CheckpointWords });
    expect('failed' in out ? out.failed.message : out['files-read']).toBe(
      'padded.safetensors: the file has 10,334 bytes, more than the 10,324 bytes of header and tensor data its header describes: damaged or padded.',
    );
  });
});

describe('the checkpoint counter names each format as its project writes it', () => {
  it.each<[string, RegExp]>([
    // No general.file_type (one tensor of each type): the format alone, still in capitals.
    ['gguf/all-types.gguf', /^all-types\.gguf: GGUF, /],
    ['gguf/tiny-q8_0.gguf', /^tiny-q8_0\.gguf: GGUF Q8_0, /],
    ['safetensors/small-model.safetensors', /^small-model\.safetensors: safetensors, /],
  ])('%s', async (path, line) => {
    expect(await filesRead([path], 'en')).toMatch(line);
  });
});

it('sets a blank line between two files, which wrap over several lines each on a phone', async () => {
  const lines = (await filesRead(['gguf/tiny-q8_0.gguf', 'gguf/tiny-q4_0.gguf'], 'en')).split('\n');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toBe('');
});

describe('the stored bytes', () => {
  /** A safetensors file of one float32 tensor of 10 values: 40 bytes of data. */
  function tiny(): Uint8Array {
    const header = new TextEncoder().encode('{"w":{"dtype":"F32","shape":[10],"data_offsets":[0,40]}}');
    const file = new Uint8Array(8 + header.length + 40);
    new DataView(file.buffer).setBigUint64(0, BigInt(header.length), true);
    file.set(header, 8);
    return file;
  }

  async function bytes(file: Uint8Array, lang: Lang): Promise<string> {
    const report = await inspectCheckpoints([{ name: 'tiny.safetensors', reader: recordingReader(file) }]);
    const words = calculatorMessages(checkpoint, lang).words as CheckpointWords;
    const out = checkpoint.compute({ files: report, model: { id: undefined, hub: undefined } }, { lang, words });
    if ('failed' in out) throw new Error(out.failed.message);
    return out.bytes;
  }

  it.each<Lang>(['en', 'zh'])('are said once when the unit line is already exact, not "40 bytes (40 bytes)" (%s)', async (lang) => {
    expect(await bytes(tiny(), lang)).toBe(lang === 'en' ? '40 bytes' : '40 字节');
  });
});

describe('quantized checkpoints: logical weights, and bits per weight split into values and overhead (issue 23)', () => {
  const quantized: { files: Record<string, { size: number }> } = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../../packages/core/fixtures/checkpoints/quantized/quantized.json', import.meta.url)), 'utf8'),
  );
  async function outputs(name: string, lang: Lang, extra: { name: string; bytes: Uint8Array }[] = []) {
    const files = [
      { name, reader: recordingReader(fixtureBytes(`quantized/${name}`), quantized.files[name]!.size) },
      ...extra.map((e) => ({ name: e.name, reader: recordingReader(e.bytes) })),
    ];
    const report = await inspectCheckpoints(files);
    const out = checkpoint.compute({ files: report, model: { id: undefined, hub: undefined } }, { lang, words: calculatorMessages(checkpoint, lang).words as CheckpointWords });
    if ('failed' in out) throw new Error(out.failed.message);
    return out;
  }

  it('GPTQ: 61,870,080 parameters, the scheme read from the metadata, bits split by role (en)', async () => {
    const out = await outputs('gptq-4bit-g128.header-only.safetensors', 'en');
    expect(out.total).toBe('61,870,080 (61.9M)');
    expect(out.quantization).toBe(
      'GPTQ (read from the file’s metadata): the packed tensors’ 7,733,248 stored elements hold 61,865,984 weights. Scales, zero points, indices and tables count as bytes, not parameters. 4.1605 bits per weight in the quantized layers (4 for the packed weights, 0.125 for the scales, 0.0313 for the zero points and offsets, 0.0042 for the group indices).',
    );
    expect(out['by-dtype']).toContain('I32 (group indices): 32.8 kB = 32 KiB, no parameters');
  });

  it('MXFP4 (zh)', async () => {
    const out = await outputs('mxfp4-gpt-oss.header-only.safetensors', 'zh');
    expect(out.quantization).toBe(
      'MXFP4（据张量名）：打包张量的 49,766,400 个存储元素里共有 99,532,800 个权重。缩放因子、零点、索引和码本只算字节，不算参数。量化层每个权重 4.25 比特（打包的权重占 4、缩放因子占 0.25）。',
    );
  });

  it('MLX with its config.json picked: read from the config, no assumption', async () => {
    const config = fixtureBytes('quantized/configs/mlx-config.json');
    const out = await outputs('mlx-4bit-g64.header-only.safetensors', 'en', [{ name: 'config.json', bytes: config }]);
    expect(out.quantization).toMatch(/^MLX \(read from config\.json\): .* 4\.5 bits per weight in the quantized layers \(4 for the packed weights, 0\.25 for the scales, 0\.25 for the zero points and offsets\)\.$/);
    expect(out['files-read']).toContain('config.json: a config, which declares MLX');
  });

  it('a uint32 weight nothing explains: the count is of stored elements, and said so', async () => {
    const out = await outputs('unknown-u32.header-only.safetensors', 'en');
    expect(out.quantization).toBe(
      'No quantization scheme could be told, so the count is of stored elements: model.layers.0.mlp.up_proj.weight and the other integer tensors like it (1 in all) may each hold several packed weights. Pick the model’s config.json to count its weights.',
    );
  });
});

describe('GGUF splits known from their headers (issue 23)', () => {
  it.each<[Lang, string]>([
    ['en', 'model.gguf: 3 parts, of which not picked: 2, 3; the totals cover only the parts picked.'],
    ['zh', 'model.gguf：共 3 个分片，未选第 2、3 个；合计只包含已选的分片。'],
  ])('a first part renamed model.gguf names the missing parts (%s)', async (lang, warning) => {
    const report = await inspectCheckpoints([{ name: 'model.gguf', reader: recordingReader(fixtureBytes('gguf/split3/tiny3-00001-of-00003.gguf')) }]);
    const out = checkpoint.compute({ files: report, model: { id: undefined, hub: undefined } }, { lang, words: calculatorMessages(checkpoint, lang).words as CheckpointWords });
    expect('failed' in out ? '' : out['files-read'].split('\n\n').at(-1)).toBe(warning);
  });

  it('a copy of part 1 renamed as part 2 is refused with a sentence', async () => {
    const first = fixtureBytes('gguf/split3/tiny3-00001-of-00003.gguf');
    const report = await inspectCheckpoints([
      { name: 'tiny3-00001-of-00003.gguf', reader: recordingReader(first) },
      { name: 'tiny3-00002-of-00003.gguf', reader: recordingReader(first) },
    ]);
    const out = checkpoint.compute({ files: report, model: { id: undefined, hub: undefined } }, { lang: 'en', words: calculatorMessages(checkpoint, 'en').words as CheckpointWords });
    if ('failed' in out) throw new Error(out.failed.message);
    expect(out.total).toBe('No picked file could be read.');
    expect(out['files-read']).toContain(
      'tiny3-00001-of-00003.gguf, tiny3-00002-of-00003.gguf all say in their headers that they are part 1 of the same split: one is a copy under another name. The split is not counted.',
    );
  });
});

describe('hostile input (issue 27)', () => {
  it('a size past 2^53 is printed to the byte', async () => {
    const header = oneTensorHeader(1_234_567_891n, 987_654_321n);
    const report = await inspectCheckpoints([{ name: 'huge.gguf', reader: recordingReader(header, 1000) }]);
    const out = checkpoint.compute({ files: report, model: { id: undefined, hub: undefined } }, { lang: 'en', words: calculatorMessages(checkpoint, 'en').words as CheckpointWords });
    expect('failed' in out ? '' : out['files-read']).toContain('(4,877,305,248,456,028,140 bytes)');
  });

  it('a right-to-left override in a file name is shown as its escape, not obeyed', async () => {
    const path = 'gguf/tiny-q8_0.gguf';
    const report = await inspectCheckpoints([{ name: 'evil\u202Efdp.gguf', reader: recordingReader(fixtureBytes(path)) }]);
    const out = checkpoint.compute({ files: report, model: { id: undefined, hub: undefined } }, { lang: 'en', words: calculatorMessages(checkpoint, 'en').words as CheckpointWords });
    const line = 'failed' in out ? '' : out['files-read'];
    expect(line.startsWith('evil\\u202Efdp.gguf: GGUF Q8_0, ')).toBe(true);
    expect(line).not.toContain('\u202E');
  });
});

// The checkpoint counter has no config box: the Hub's failures must not tell the reader to paste one
// below (a tester's report), but to pick the files.
describe('the Hub’s failures, said in the checkpoint counter', () => {
  it.each(['en', 'zh'] as const)('%s', (lang) => {
    const { hub } = stringsOf('checkpoint', lang).words as CheckpointWords;
    for (const code of ['network', 'gated', 'bad-response'] as const) {
      expect(hub.errors[code]).not.toMatch(/config\.json/);
      expect(hub.errors[code]).toMatch(lang === 'en' ? /pick/i : /选取/);
    }
  });
});
