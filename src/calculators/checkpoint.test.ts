import { describe, expect, it } from 'vitest';
import { calculatorMessages } from '../i18n/calculators';
import { fixtureBytes, recordingReader } from '../../packages/core/fixtures/checkpoints/load';
import { inspectCheckpoints } from '@llm-scale/core/checkpoints/inspect';
import type { Lang } from '@llm-scale/core/text/lang';
import { checkpoint, type CheckpointWords } from './checkpoint';

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
