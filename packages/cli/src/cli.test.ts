import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatBytesLine, formatExact } from '@llm-scale/core/text/format';
import { compareCatalogs } from '@llm-scale/core/text/placeholders';
import { parameters } from '../../../src/calculators/parameters';
import { serving } from '../../../src/calculators/serving';
import { viewOf } from '../../../src/calculators/view-of';
import { main } from './main';
import { en } from './messages/en';
import { zh } from './messages/zh';

const FIXTURES = fileURLToPath(new URL('../../core/fixtures/', import.meta.url));
const CHECKPOINTS = `${FIXTURES}checkpoints/`;

/** Runs the command in-process, as `llm-scale …` would: its exit status and what it printed. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { status, stdout, stderr };
}

async function json(...argv: string[]) {
  const { status, stdout, stderr } = await run(...argv, '--json');
  expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
  return JSON.parse(stdout) as Record<string, unknown>;
}

const configs = (dir: string) =>
  readdirSync(`${FIXTURES}${dir}`)
    .filter((f) => f.endsWith('.json') && f !== 'expected.json')
    .map((f) => `${FIXTURES}${dir}/${f}`);
const COUNTED = [...configs('configs'), ...configs('configs/synthetic'), ...configs('kv-configs')];

describe('llm-scale count gives the site counter’s figures', () => {
  it.each(COUNTED)('%s', async (path) => {
    const site = viewOf(parameters, { config: readFileSync(path, 'utf8') }, 'en');
    const { status, stdout } = await run('count', path, '--json');
    if (site.outputs.total === '—') {
      // The site refuses it (an unknown mixture of experts): so does the command, with status 2.
      expect(status).toBe(2);
      return;
    }
    const counted = JSON.parse(stdout) as { total: number; breakdown: Record<string, number> };
    expect(site.outputs.total).toContain(formatExact(counted.total, 'en'));
    expect(site.outputs.attention).toContain(formatExact(counted.breakdown.attention!, 'en'));
  });

  it('prints integers without separators, and the Chinese labels with --lang zh', async () => {
    const counted = await json('count', `${FIXTURES}configs/llama-3.1-8b.json`);
    expect(counted).toMatchObject({ modelType: 'llama', total: 8_030_261_248, active: 8_030_261_248, tiedEmbeddings: false });
    const { stdout } = await run('count', `${FIXTURES}configs/qwen3-30b-a3b.json`, '--lang', 'zh');
    expect(stdout).toContain('参数总量');
    expect(stdout).toContain('30,532,122,624');
  });
});

describe('llm-scale serve gives the serving calculator’s figures', () => {
  it.each(configs('kv-configs'))('%s at 32k tokens, batch 4, fp8 cache', async (path) => {
    const fields = { config: readFileSync(path, 'utf8'), context: '32k', batch: '4', 'kv-precision': 'fp8' };
    const site = viewOf(serving, fields, 'en');
    const served = (await json('serve', path, '--context', '32k', '--batch', '4', '--kv', 'fp8')) as Record<string, number>;
    expect(formatBytesLine(served.weightBytes!, 'en')).toBe(site.outputs.weights);
    expect(formatBytesLine(served.kvBytesPerToken!, 'en')).toBe(site.outputs['kv-per-token']);
    expect(formatBytesLine(served.kvBytes!, 'en')).toBe(site.outputs['kv-cache']);
    expect(formatBytesLine(served.totalBytes!, 'en')).toBe(site.outputs.total);
  });

  it('reads --gpus as the count and the memory of each, in GB', async () => {
    const served = await json('serve', `${FIXTURES}configs/llama-3.1-8b.json`, '--gpus', '1x24GB');
    expect(served).toMatchObject({ gpus: { count: 1, bytesEach: 24e9 }, weightBytes: 16_060_522_496, kvBytesPerToken: 131_072 });
  });
});

describe('llm-scale inspect gives the checkpoint counter’s figures', () => {
  // What the Python safetensors and gguf packages wrote (scripts/fixtures/make-checkpoints.py).
  const { files } = JSON.parse(readFileSync(`${CHECKPOINTS}expected.json`, 'utf8')) as {
    files: Record<string, { parameters?: number; tensorBytes?: number; tensorCount?: number }>;
  };
  const whole = Object.entries(files).filter(([name, file]) => !name.startsWith('bad/') && !name.includes('header-only') && file.parameters !== undefined);

  it.each(whole)('%s', async (name, file) => {
    const read = await json('inspect', `${CHECKPOINTS}${name}`);
    expect(read).toMatchObject({ parameters: file.parameters, tensorBytes: file.tensorBytes });
  });

  it('adds up every shard of a sharded safetensors folder', async () => {
    const sharded = await json('inspect', `${CHECKPOINTS}safetensors/sharded`);
    expect(sharded).toMatchObject({ parameters: 9792, tensorCount: 7, missingShards: [] });
  });

  it('names missing shards', async () => {
    const one = await json('inspect', `${CHECKPOINTS}gguf/split/tiny-00001-of-00002.gguf`);
    expect(one.missingShards).toEqual([{ prefix: 'tiny.gguf', count: 2, missing: [2] }]);
  });
});

describe('errors: one sentence on stderr, status 2 for bad input', () => {
  it.each([
    [['count', 'no-such.json'], 'No such file or folder: no-such.json.'],
    [['count'], 'Name a config.json file (llm-scale count --help).'],
    [['frob'], 'Unknown command "frob": use count, inspect or serve (llm-scale --help).'],
    [['count', 'x.json', '--bogus'], 'Unknown option --bogus (llm-scale count --help).'],
    [['serve', 'x.json', '--context', 'abc'], '--context must be a number of tokens, such as 8192 or 32k, not "abc".'],
    [['serve', 'x.json', '--gpus', '80GB'], '--gpus must be written as a count and a memory size, such as 2x80GB, not "80GB".'],
    [['serve', 'x.json', '--weights', 'fp12'], '--weights must be one of fp64, fp32, fp16, bf16, fp8, int8, int4, not "fp12".'],
    [['inspect', `${CHECKPOINTS}bad/st-bad-json.safetensors`], 'st-bad-json.safetensors: its header is not valid JSON: not a safetensors file, or a damaged one.'],
    [['count', `${CHECKPOINTS}bad/not-a-checkpoint.bin`], `${CHECKPOINTS}bad/not-a-checkpoint.bin is not a config.json that can be read: it is not valid JSON.`],
    [['count', '--lang', 'fr'], 'Unknown language "fr": use en or zh.'],
  ])('%j', async (argv, sentence) => {
    const { status, stdout, stderr } = await run(...argv);
    expect({ status, stdout, stderr }).toEqual({ status: 2, stdout: '', stderr: `${sentence}\n` });
  });

  it('speaks Chinese with --lang zh', async () => {
    const { status, stderr } = await run('count', 'no-such.json', '--lang', 'zh');
    expect({ status, stderr }).toEqual({ status: 2, stderr: '找不到文件或文件夹：no-such.json。\n' });
  });

  it('prints help with status 0, and the usage on stderr with status 2 when no command is named', async () => {
    expect((await run('serve', '--help')).stdout).toContain('--gpus <N>x<GB>');
    expect((await run('--help')).status).toBe(0);
    expect(await run()).toMatchObject({ status: 2, stdout: '' });
  });
});

describe('the catalogs', () => {
  it('the Chinese catalog has the English one’s strings and placeholders', () => {
    expect(compareCatalogs(en, zh)).toEqual([]);
  });
});

describe('the installed command', () => {
  it('runs from node_modules/.bin and exits with the status of its result', async () => {
    const bin = fileURLToPath(new URL('../bin/llm-scale.js', import.meta.url));
    const ok = await promisify(execFile)(process.execPath, [bin, 'count', `${FIXTURES}configs/gpt2.json`, '--json']);
    expect(JSON.parse(ok.stdout)).toMatchObject({ modelType: 'gpt2', total: 124_439_808 });
    const failed = await promisify(execFile)(process.execPath, [bin, 'count', 'no-such.json']).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2, stderr: 'No such file or folder: no-such.json.\n' });
  }, 120_000);
});
