import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { inspectCheckpoints } from '@llm-scale/core/checkpoints/inspect';
import { bytesReader } from '@llm-scale/core/checkpoints/range-reader';
import { formatBytesLine, formatCountShort, formatExact } from '@llm-scale/core/text/format';
import { UTILIZATION_PERCENT_RANGE } from '@llm-scale/core/memory/training-time';
import { compareCatalogs } from '@llm-scale/core/text/placeholders';
import { parameters } from '../../../src/calculators/parameters';
import { fieldsFromConfig, serving } from '../../../src/calculators/serving';
import { viewOf } from '../../../src/calculators/view-of';
import { fixtureRepos, mockFetch, mockHub } from '../../core/fixtures/hub/mock-hub';
import { fineTuning } from '../../../src/calculators/fine-tuning';
import { main } from './main';
import { PARTS } from './commands/count';
import { USABLE_PERCENT_RANGE } from './commands/serve';
import { en } from './messages/en';
import { zh } from './messages/zh';

const FIXTURES = fileURLToPath(new URL('../../core/fixtures/', import.meta.url));
const CHECKPOINTS = `${FIXTURES}checkpoints/`;

/** The Hub, simulated from the project's fixture files (core/fixtures/hub/mock-hub.ts says what it copies and from where). */
const hubFetch = mockFetch(mockHub(fixtureRepos())) as unknown as typeof fetch;

/** Runs the command in-process, as `llm-scale …` would: its exit status and what it printed. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, fetch: hubFetch });
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
    // As the page fills the form from a pasted config (the weight format it ships in, among others).
    const text = readFileSync(path, 'utf8');
    const fields = { config: text, ...fieldsFromConfig(text), context: '32k', batch: '4', 'kv-precision': 'fp8' };
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

describe('llm-scale serve at scale (issue 24)', () => {
  const llama8b = `${FIXTURES}configs/llama-3.1-8b.json`;
  const llama70b = `${FIXTURES}kv-configs/llama-3.1-70b-instruct.json`;
  it('bounds decode for Llama 3.1 8B in bf16 on one H100 SXM: 3.35e12 ÷ 16.06e9 ≈ 209 tokens/s before the cache', async () => {
    const served = (await json('serve', llama8b, '--gpus', '1xh100-sxm')) as { decode: { tokensPerSecondWeightsOnly: number } };
    expect(served.decode.tokensPerSecondWeightsOnly).toBeCloseTo(3.35e12 / 16_060_522_496, 6);
    expect(Math.round(served.decode.tokensPerSecondWeightsOnly)).toBe(209);
  });
  it('groups a speed’s digits as the site does: 5,270 tokens/s in English, 5270 token/秒 in Chinese', async () => {
    const args = ['serve', llama8b, '--gpus', '1xh100-sxm', '--batch', '32', '--context', '1024'];
    expect((await run(...args)).stdout).toContain('5,270 tokens/s for the batch');
    expect((await run(...args, '--lang', 'zh')).stdout).toContain('整批 5270 token/秒');
  });
  it('holds 1 key/value head per GPU for Llama 3.1 70B at tensor parallel 8, as the site does', async () => {
    const served = (await json('serve', llama70b, '--gpus', '8x80GB')) as { kvHeadsPerGpu: number; tensorParallel: number; stages: { totalBytes: number }[] };
    expect(served).toMatchObject({ kvHeadsPerGpu: 1, tensorParallel: 8 });
    const site = viewOf(serving, { config: readFileSync(llama70b, 'utf8'), devices: '8' }, 'en');
    const stage = served.stages[0] as unknown as { weightBytes: number };
    expect(site.outputs['per-gpu']).toContain(`${(stage.weightBytes / 1e9).toFixed(1)} GB of weights`);
  });
  // parseArgs took "-5" for an option and said the value was missing (a tester's report).
  it.each([
    [['--context', '-5'], '--context must be a number of tokens, such as 8192 or 32k, not "-5".'],
    [['--batch', '-2'], '--batch must be a whole number of at least 1, not "-2".'],
    [['--price', '-.5'], '--price must be a price per GPU-hour from 0.001 to 1,000,000, such as 2.5, $2.5 or 2.5 USD, not "-.5".'],
  ])('refuses a negative value for what it is: %j', async (option, sentence) => {
    const { status, stderr } = await run('serve', llama70b, ...option);
    expect({ status, stderr }).toEqual({ status: 2, stderr: `${sentence}\n` });
  });
  it('still says an option without a value is missing its value', async () => {
    const { status, stderr } = await run('serve', llama70b, '--context');
    expect({ status, stderr }).toEqual({ status: 2, stderr: 'Option --context needs a value (llm-scale serve --help).\n' });
  });
  // A hybrid's Mamba states do not grow with the context: they are not a cost per token (it said 849 tokens to spare).
  it('counts a hybrid’s spare tokens by its keys and values, and a model without them has none to name', async () => {
    const nano = (await json('serve', `${FIXTURES}configs/nemotron-3-nano-30b-a3b.json`)) as { spareTokens: number };
    expect(nano.spareTokens).toBe(13_654_794);
    const codestral = (await json('serve', `${FIXTURES}configs/mamba-codestral-7b-v0.1.json`)) as { spareTokens: number | null };
    expect(codestral.spareTokens).toBeNull();
    expect((await run('serve', `${FIXTURES}configs/mamba-codestral-7b-v0.1.json`)).stdout).toContain('no layer caches keys and values, so a longer context needs no more memory');
  });
  it('refuses tensor parallel 3, naming the valid degrees', async () => {
    const { status, stderr } = await run('serve', llama70b, '--gpus', '3x80GB');
    expect(status).toBe(2);
    expect(stderr).toBe('vLLM cannot split 64 attention heads over tensor parallel 3: valid degrees are 1, 2, 4, 8, 16, 32, 64; combine one with --pp for other GPU counts.\n');
  });
  it('sizes gpt-oss-20b in MXFP4 and DeepSeek-V3 in fp8, as their checkpoints ship', async () => {
    const oss = (await json('serve', `${FIXTURES}configs/gpt-oss-20b.json`)) as { weightBytes: number; weightsAsShipped: boolean };
    const text = readFileSync(`${FIXTURES}configs/gpt-oss-20b.json`, 'utf8');
    const site = viewOf(serving, { config: text, ...fieldsFromConfig(text) }, 'en');
    expect(oss.weightsAsShipped).toBe(true);
    expect(formatBytesLine(oss.weightBytes, 'en')).toBe(site.outputs.weights);
    const v3 = (await json('serve', `${FIXTURES}configs/deepseek-v3.json`, '--gpus', '8x141GB')) as { weightFormat: string };
    expect(v3.weightFormat).toBe('fp8');
  });
});

describe('llm-scale finetune (issue 25)', () => {
  it('gives Llama 3.1 8B with LoRA r = 16 on every linear layer 41,943,040 trainable parameters, as PEFT does and the site shows', async () => {
    const tuned = (await json('finetune', `${FIXTURES}configs/llama-3.1-8b.json`, '--method', 'lora', '--rank', '16', '--targets', 'all-linear')) as { trainable: number; perGpuBytes: number };
    expect(tuned.trainable).toBe(41_943_040);
    const site = viewOf(fineTuning, { config: readFileSync(`${FIXTURES}configs/llama-3.1-8b.json`, 'utf8'), method: 'lora', rank: '16', targets: 'all-linear', gpus: '1', zero: '0' }, 'en');
    expect(site.outputs.trainable).toContain('41,943,040');
  });
  it('says whether QLoRA fits one 24 GB GPU', async () => {
    const tuned = await json('finetune', `${FIXTURES}configs/llama-3.1-8b.json`, '--method', 'qlora', '--gpus', '1x24GB');
    expect(tuned).toMatchObject({ fits: true, gpuBytes: 24e9 });
  });
  it('gives a run that does not fit no GPU-hours and no price (en, zh)', async () => {
    const args = ['finetune', `${FIXTURES}configs/llama-3.1-8b.json`, '--method', 'full-adam', '--gpus', '1x24GB', '--tokens', '100M', '--price', '2.5'];
    expect(await json(...args)).toMatchObject({ fits: false, run: null });
    const english = await run(...args);
    expect(english.stdout).toContain('none: the run does not fit in memory as configured, so it has no time or price');
    expect(english.stdout).not.toMatch(/^cost/m);
    const chinese = await run(...args, '--lang', 'zh');
    expect(chinese.stdout).toContain('无：按当前设置显存放不下，训练无法开始，也就无从计时和计价');
    // On GPUs it fits in, the run is timed and priced.
    expect(await json('finetune', `${FIXTURES}configs/llama-3.1-8b.json`, '--method', 'full-adam', '--gpus', '8x80GB', '--zero', '3', '--tokens', '100M', '--price', '2.5')).toMatchObject({ fits: true, run: { cost: expect.any(Number) } });
  });
});

describe('models by their Hub id (issue 21), with the Hub simulated', () => {
  it('counts Qwen/Qwen3-30B-A3B from its config and its headers', async () => {
    const counted = (await json('count', 'Qwen/Qwen3-30B-A3B')) as { total: number; checkpoint: { parameters: number } };
    expect(counted.total).toBe(30_532_122_624);
    expect(counted.checkpoint.parameters).toBe(30_532_122_624);
    const inspected = await json('inspect', 'https://huggingface.co/Qwen/Qwen3-30B-A3B/tree/main');
    expect(inspected).toMatchObject({ parameters: 30_532_122_624 });
  });
  it.each([
    [['count', 'meta-llama/Llama-3.1-8B'], /^meta-llama\/Llama-3\.1-8B is gated/],
    [['count', 'nobody/no-such-model'], /^There is no public model nobody\/no-such-model on the Hub/],
    [['count', 'https://example.com/org/name'], /^Only models on huggingface.co/],
  ])('%j says why, with status 2', async (argv, sentence) => {
    const { status, stderr } = await run(...argv);
    expect(status).toBe(2);
    expect(stderr).toMatch(sentence);
  });  // A terminal has no config box below and no file picker above: it says to give a path.
  it('a gated model: what to do in a terminal, in both languages', async () => {
    expect((await run('count', 'meta-llama/Llama-3.1-8B')).stderr).toMatch(/download the files, and give their path\.\n$/);
    expect((await run('count', 'meta-llama/Llama-3.1-8B', '--lang', 'zh')).stderr).toMatch(/下载文件后给出它们的路径。\n$/);
  });
});

describe('llm-scale inspect gives the checkpoint counter’s figures', () => {
  // What the Python safetensors and gguf packages wrote (scripts/fixtures/make-checkpoints.py).
  const { files } = JSON.parse(readFileSync(`${CHECKPOINTS}expected.json`, 'utf8')) as {
    files: Record<string, { parameters?: number; tensorBytes?: number; tensorCount?: number }>;
  };
  const whole = Object.entries(files).filter(([name, file]) => !name.startsWith('bad/') && !name.includes('header-only') && file.parameters !== undefined);

  // The figures the site's checkpoint counter works from (inspectCheckpoints on the same bytes), which
  // for unquantized files are the elements the Python packages wrote.
  it.each(whole)('%s', async (name, file) => {
    const read = await json('inspect', `${CHECKPOINTS}${name}`);
    const site = await inspectCheckpoints([{ name: name.split('/').pop()!, reader: bytesReader(new Uint8Array(readFileSync(`${CHECKPOINTS}${name}`))) }]);
    expect(read).toMatchObject({ parameters: site.parameters, tensorBytes: site.tensorBytes });
    expect(site.tensorBytes).toBe(file.tensorBytes);
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
    [['frob'], 'Unknown command "frob": use count, inspect, serve or finetune (llm-scale --help).'],
    [['count', 'x.json', '--bogus'], 'Unknown option --bogus (llm-scale count --help).'],
    [['serve', 'x.json', '--context', 'abc'], '--context must be a number of tokens, such as 8192 or 32k, not "abc".'],
    [['serve', 'x.json', '--gpus', '80GB'], '--gpus must be a count and a memory size, such as 2x80GB, or a count and a preset (h100-sxm, h100-pcie, h200, b200, a100-40gb, a100-80gb, l40s, rtx-4090, rtx-5090, mi300x, m4-max, m4-pro), such as 8xh100-sxm; not "80GB".'],
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

describe('from a tester’s report', () => {
  /** A safetensors file of zeros with GPTQ's tensors for one 256 × 256 projection, 4 bits in groups of 128 (AutoGPTQ's packing). */
  function gptqFile(): string {
    const tensors: Record<string, [string, number[], number]> = {
      'model.layers.0.self_attn.q_proj.qweight': ['I32', [32, 256], 4],
      'model.layers.0.self_attn.q_proj.qzeros': ['I32', [2, 32], 4],
      'model.layers.0.self_attn.q_proj.scales': ['F16', [2, 256], 2],
      'model.layers.0.self_attn.q_proj.g_idx': ['I32', [256], 4],
    };
    let offset = 0;
    const header: Record<string, unknown> = { __metadata__: { format: 'pt' } };
    for (const [name, [dtype, shape, size]] of Object.entries(tensors)) {
      const bytes = shape.reduce((a, b) => a * b, 1) * size;
      header[name] = { dtype, shape, data_offsets: [offset, offset + bytes] };
      offset += bytes;
    }
    const json = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(json.length));
    const dir = mkdtempSync(join(tmpdir(), 'llm-scale-gptq-'));
    writeFileSync(join(dir, 'model.safetensors'), Buffer.concat([length, json, Buffer.alloc(offset)]));
    return join(dir, 'model.safetensors');
  }
  // The command's by-type lines dropped the role the site shows beside each data type.
  it('names what each data type of a quantized file holds, as the site does', async () => {
    const { status, stdout } = await run('inspect', gptqFile());
    expect(status).toBe(0);
    expect(stdout).toContain('  I32 (packed weights): 65,536 parameters, 32.8 kB = 32 KiB');
    expect(stdout).toContain('  F16 (scales): 1 kB = 1 KiB, no parameters');
    const zhOut = (await run('inspect', gptqFile(), '--lang', 'zh')).stdout;
    expect(zhOut).toContain('I32（打包的权重）：65,536 个参数');
  });
  it('counts the readable files and names the unreadable one, as the site does', async () => {
    const { status, stdout } = await run('inspect', `${CHECKPOINTS}gguf/tiny-q8_0.gguf`, `${CHECKPOINTS}bad/gguf-v4.gguf`);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^gguf-v4\.gguf: /m);
    expect(stdout).toContain('tiny-q8_0.gguf: GGUF');
  });
  it('says the Hub is unreachable with status 1, in words for a terminal', async () => {
    let stderr = '';
    const offline = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const status = await main(['count', 'Qwen/Qwen3-8B'], { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, fetch: offline });
    expect({ status, stderr }).toEqual({ status: 1, stderr: 'The Hub could not be reached: this machine may be offline, or a network filter blocks huggingface.co. Give a config.json or checkpoint files on disk instead.\n' });
  });
  it('refuses a second config instead of ignoring it, and reads a model folder’s config.json', async () => {
    expect(await run('count', `${FIXTURES}configs/gpt2.json`, `${FIXTURES}configs/llama-2-7b.json`)).toMatchObject({ status: 2, stderr: expect.stringMatching(/^Unexpected argument /) });
    const { status, stderr } = await run('count', `${FIXTURES}configs`);
    expect({ status, stderr }).toEqual({ status: 2, stderr: `${FIXTURES}configs is a folder without a config.json: name the config.json, or a folder that has one.\n` });
  });
  it('takes --lang before the command and --help after it', async () => {
    const { status, stdout } = await run('--lang', 'zh', '--help');
    expect(status).toBe(0);
    expect(stdout).toContain('用法');
  });
  it('takes a GPU preset for fine-tuning, and a share over 100 % is refused as a percentage', async () => {
    expect(await json('finetune', `${FIXTURES}configs/llama-3.1-8b.json`, '--gpus', '8xh100-sxm')).toMatchObject({ gpus: 8, gpuBytes: 81_559 * 2 ** 20 });
    expect((await run('serve', `${FIXTURES}configs/gpt2.json`, '--usable', '150')).stderr).toBe('--usable must be a percentage from 1 to 100, not "150".\n');
  });
});

describe('llm-scale serve names the layer kinds of issue 22’s second batch', () => {
  it.each<[string, 'en' | 'zh', string]>([
    ['lfm2-1.2b.json', 'en', '10 layers with a short convolution (LFM2, no attention): no keys or values, but a state of 12,288 bytes per sequence each'],
    ['lfm2-1.2b.json', 'zh', '不用注意力的短卷积层（LFM2）共 10 层'],
    ['nemotron-3-nano-30b-a3b.json', 'en', '23 layers have only a mixture of experts and cache nothing.'],
    ['nemotron-3-nano-30b-a3b.json', 'zh', '23 层只有混合专家（MoE），不缓存任何内容。'],
    // Mamba-Codestral's config holds Python's Infinity, which the command reads as transformers does.
    ['mamba-codestral-7b-v0.1.json', 'en', '64 layers with Mamba (no attention): no keys or values, but a state of 4,276,224 bytes per sequence each'],
  ])('%s (%s)', async (file, lang, line) => {
    const { status, stdout, stderr } = await run('serve', `${FIXTURES}configs/${file}`, '--lang', lang);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toContain(line);
  });
});

describe('llm-scale serve names Falcon-H1’s layers, attention and Mamba side by side (issue 22, types-c)', () => {
  it.each<['en' | 'zh', string]>([
    ['en', '32 layers with attention and Mamba side by side: keys and values for 8192 tokens each, plus a state of 1,060,864 bytes per sequence each'],
    ['zh', '注意力与 Mamba 并列的层共 32 层：键和值每层缓存 8192 个 token，另为每个序列保留 1,060,864 字节的状态'],
  ])('%s', async (lang, line) => {
    const { status, stdout, stderr } = await run('serve', `${FIXTURES}configs/synthetic/falcon-h1-class-defaults.json`, '--context', '8192', '--lang', lang);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toContain(line);
  });
});

describe('from a tester’s second report', () => {
  /** The command run with a fetch that fails as an offline machine's does: any Hub call shows as status 1. */
  async function offline(...argv: string[]) {
    let stderr = '';
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const status = await main(argv, { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, fetch: failing });
    return { status, stderr };
  }
  const UNKNOWN = (() => {
    const dir = mkdtempSync(join(tmpdir(), 'llm-scale-unknown-'));
    const path = join(dir, 'config.json');
    writeFileSync(path, JSON.stringify({ model_type: 'frobnicator', hidden_size: 768, num_hidden_layers: 12, num_attention_heads: 12, intermediate_size: 3072, vocab_size: 50257 }));
    return path;
  })();

  // The recurrent layers of every hybrid were left out of the listed parts (mamba-130m: 38.6M + 19,200 of 129,135,360).
  describe('count lists every part, and the parts add up to the total', () => {
    it.each(COUNTED)('%s', async (path) => {
      const { status, stdout } = await run('count', path);
      if (status === 2) return; // a config the site refuses too (the first describe holds it to that)
      const counted = await json('count', path);
      expect(new Set(PARTS)).toEqual(new Set(Object.keys(counted.breakdown as object)));
      const listed = stdout.split('\n').filter((line) => /^  \S/.test(line));
      if (counted.estimate) {
        for (const line of listed) expect(line).toMatch(/≈ \S+$/);
        return;
      }
      const sum = listed.reduce((total, line) => total + Number(/  ([\d,]+)$/.exec(line)![1]!.replace(/,/g, '')), 0);
      expect(sum).toBe(counted.total);
    });
    it('names the Mamba layers of mamba-130m (en, zh)', async () => {
      expect((await run('count', `${FIXTURES}configs/mamba-130m-hf.json`)).stdout).toMatch(/^ {2}recurrent layers \(Mamba, linear attention, short convolution\) +90,501,120$/m);
      expect((await run('count', `${FIXTURES}configs/mamba-130m-hf.json`, '--lang', 'zh')).stdout).toMatch(/^ {2}循环层（Mamba、线性注意力、短卷积） +90,501,120$/m);
    });
  });

  describe('an unknown model type’s count is an estimate, marked as the site marks it', () => {
    it.each<['en' | 'zh']>([['en'], ['zh']])('count (%s)', async (lang) => {
      const site = viewOf(parameters, { config: readFileSync(UNKNOWN, 'utf8') }, lang);
      const counted = await json('count', UNKNOWN);
      const { stdout } = await run('count', UNKNOWN, '--lang', lang);
      expect(site.outputs.total).toMatch(/^≈ /);
      expect(stdout).toContain(site.outputs.total);
      expect(stdout).not.toContain(formatExact(counted.total as number, lang));
      // Every figure wears its ≈ (a short form may still group its digits: ≈ 19,200).
      for (const line of stdout.split('\n').filter((l) => /\d/.test(l) && !l.startsWith('*'))) expect(line).toContain('≈');
    });
    it('keeps the integers in --json and says they are an estimate', async () => {
      expect(await json('count', UNKNOWN)).toMatchObject({ estimate: true, fellBackToLlama: true, total: expect.any(Number), breakdown: expect.any(Object) });
      expect(await json('count', `${FIXTURES}configs/llama-3.1-8b.json`)).toMatchObject({ estimate: false, total: 8_030_261_248 });
      expect(await json('serve', UNKNOWN)).toMatchObject({ estimate: true, parameters: expect.any(Number) });
      expect(await json('serve', `${FIXTURES}configs/llama-3.1-8b.json`)).toMatchObject({ estimate: false, parameters: 8_030_261_248 });
      expect(await json('finetune', UNKNOWN)).toMatchObject({ estimate: true });
    });
    it.each<['en' | 'zh', string, string]>([
      ['en', 'parameters', 'frobnicator is not a model type this counter knows: counted as a Llama-style decoder'],
      ['zh', '参数量', '本工具不认识 frobnicator 这种模型类型，按 Llama 式解码器计算'],
    ])('serve and finetune (%s)', async (lang, label, note) => {
      const total = ((await json('count', UNKNOWN)) as { total: number }).total;
      const served = (await run('serve', UNKNOWN, '--lang', lang)).stdout;
      expect(served).toMatch(new RegExp(`^${label} +≈ ${formatCountShort(total, lang)}`, 'm'));
      expect(served).not.toContain(formatExact(total, lang));
      expect(served).toContain(note);
      const tuned = (await run('finetune', UNKNOWN, '--lang', lang)).stdout;
      expect(tuned).toContain(`/ ≈ ${formatCountShort(total, lang)}`);
      expect(tuned).not.toContain(formatExact(total, lang));
    });
    it.each<['en' | 'zh', string, string]>([
      ['en', 'only the language model in text_config was counted, not a vision tower or projector', 'only the language model in text_config was counted: a vision tower and projector add their weights on top'],
      ['zh', '只计入 text_config 中的语言模型，不含视觉编码器和投影层', '只计入 text_config 中的语言模型：视觉编码器和投影层的权重还要另算'],
    ])('says only the language model of llava-1.5-7b and Llama 4 Scout is counted (%s)', async (lang, counted, served) => {
      for (const file of ['llava-1.5-7b.json', 'llama-4-scout-17b-16e.json']) {
        expect((await run('count', `${FIXTURES}configs/${file}`, '--lang', lang)).stdout).toContain(counted);
        expect((await run('serve', `${FIXTURES}configs/${file}`, '--lang', lang, '--gpus', '8x80GB')).stdout).toContain(served);
      }
      expect(await json('serve', `${FIXTURES}configs/llava-1.5-7b.json`)).toMatchObject({ nested: true, defaulted: expect.arrayContaining(['text_config.hidden_size = 4096']) });
    });
    it('writes the short form in the language’s own brackets', async () => {
      const zhOut = (await run('count', `${FIXTURES}configs/qwen3-30b-a3b.json`, '--lang', 'zh')).stdout;
      expect(zhOut).toContain(`30,532,122,624（${formatCountShort(30_532_122_624, 'zh')}）`);
      expect(zhOut).not.toMatch(/\d \(|\)$/m);
      expect((await run('count', `${FIXTURES}configs/qwen3-30b-a3b.json`)).stdout).toContain('30,532,122,624 (30.5B)');
    });
  });

  describe('a context longer than the model takes is said, and still worked out', () => {
    it.each<['en' | 'zh', string[], string]>([
      ['en', ['nemotron-h-8b-base-8k.json', '--context', '32k'], 'the context of 32,768 tokens is longer than the model takes: 8192 tokens, its max_position_embeddings'],
      ['zh', ['nemotron-h-8b-base-8k.json', '--context', '32k'], '所选上下文 32,768 个 token 超过了模型支持的最大长度 8192 个 token'],
      ['en', ['llava-1.5-7b.json'], 'the context of 8192 tokens is longer than the model takes: 4096 tokens, its max_position_embeddings'],
      ['zh', ['llava-1.5-7b.json'], '所选上下文 8192 个 token 超过了模型支持的最大长度 4096 个 token'],
    ])('%s %j', async (lang, [file, ...options], line) => {
      const { status, stdout } = await run('serve', `${FIXTURES}configs/${file}`, ...options!, '--lang', lang);
      expect(status).toBe(0);
      // Right under the verdict, so a "fits" is never read alone.
      expect(stdout.split('\n')[1]).toContain(line);
    });
    it('in --json too, and not for a context within the limit', async () => {
      expect(await json('serve', `${FIXTURES}configs/nemotron-h-8b-base-8k.json`, '--context', '32k')).toMatchObject({ contextOverModelLimit: true, maxPositionEmbeddings: 8192, context: 32_768, verdict: 'fits' });
      expect(await json('serve', `${FIXTURES}configs/llama-3.1-8b.json`)).toMatchObject({ contextOverModelLimit: false });
      expect((await run('serve', `${FIXTURES}configs/llama-3.1-8b.json`)).stdout).not.toContain('longer than the model takes');
    });
  });

  describe('a mistyped local path is a missing file, not a Hub id', () => {
    it.each([
      [['count', 'foo/config.json']],
      [['inspect', 'foo/model.safetensors']],
      [['serve', 'models/x.gguf']],
      [['count', './foo/bar']],
      [['finetune', '../foo/bar']],
      [['count', '/no/such/folder']],
      [['count', '~/model']],
    ])('%j', async (argv) => {
      expect(await offline(...argv)).toEqual({ status: 2, stderr: `No such file or folder: ${argv[1]}.\n` });
    });
    it('in Chinese too', async () => {
      expect(await offline('count', 'foo/config.json', '--lang', 'zh')).toEqual({ status: 2, stderr: '找不到文件或文件夹：foo/config.json。\n' });
    });
    it('a bare org/name that is no folder here is still asked of the Hub', async () => {
      expect(await offline('count', 'foo/bar')).toMatchObject({ status: 1, stderr: expect.stringMatching(/^The Hub could not be reached/) });
      expect(await run('count', 'foo/bar')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^There is no public model foo\/bar on the Hub/) });
    });
  });

  describe('percentages are read within the site’s bounds', () => {
    const llama = `${FIXTURES}configs/llama-3.1-8b.json`;
    it('uses the bounds of the site’s fields', () => {
      const field = (spec: { fields: readonly { name: string }[] }, name: string) => spec.fields.find((f) => f.name === name) as unknown as { min: number; max: number };
      expect({ min: field(serving, 'usable').min, max: field(serving, 'usable').max }).toEqual(USABLE_PERCENT_RANGE);
      expect({ min: field(fineTuning, 'utilization').min, max: field(fineTuning, 'utilization').max }).toEqual(UTILIZATION_PERCENT_RANGE);
    });
    it.each<[string[], string]>([
      [['serve', llama, '--usable', '0.9'], '--usable is a percentage: 0.9 would be read as 0.9%; did you mean 90?'],
      [['serve', llama, '--usable', '0.5%'], '--usable must be a percentage from 1 to 100, not "0.5%".'],
      [['finetune', llama, '--tokens', '1B', '--utilization', '0.4'], '--utilization is a percentage: 0.4 would be read as 0.4%; did you mean 40?'],
      [['finetune', llama, '--utilization', '0.4'], '--utilization is a percentage: 0.4 would be read as 0.4%; did you mean 40?'],
      [['finetune', llama, '--utilization', '140'], '--utilization must be a percentage from 0.1 to 100, not "140".'],
      [['finetune', llama, '--tokens', '1B', '--utilization', '140'], '--utilization must be a percentage from 0.1 to 100, not "140".'],
      [['serve', llama, '--usable', '0.9', '--lang', 'zh'], '--usable 按百分比读取：0.9 会被当作 0.9%，是否想输入 90？'],
      [['finetune', llama, '--utilization', '140', '--lang', 'zh'], '--utilization 应为 0.1 到 100 之间的百分比，而不是“140”。'],
    ])('%j', async (argv, sentence) => {
      expect(await run(...argv)).toEqual({ status: 2, stdout: '', stderr: `${sentence}\n` });
    });
    it('refuses a --peak the site refuses with or without --tokens, and takes its unit', async () => {
      expect(await run('finetune', llama, '--peak', '0')).toEqual({ status: 2, stdout: '', stderr: '--peak must be a number greater than 0, not "0".\n' });
      expect(await json('finetune', llama, '--tokens', '1B', '--peak', '989 TFLOP/s')).toEqual(await json('finetune', llama, '--tokens', '1B', '--peak', '989'));
    });
    it('takes a small share written with its sign, and a whole one', async () => {
      expect(await json('finetune', llama, '--tokens', '1B', '--utilization', '0.4%')).toMatchObject({ run: { gpuHours: expect.any(Number) } });
      expect(await json('serve', llama, '--usable', '90')).toMatchObject({ gpus: { usableFraction: 0.9 } });
    });
  });

  describe('inspect', () => {
    it.each<['en' | 'zh', string]>([
      ['en', 'gpt2.json is a config.json, not a checkpoint: it holds no weights, and declares no quantization (no quantization_config).'],
      ['zh', 'gpt2.json 是 config.json，不是检查点：里面没有权重，也没有声明量化方式（没有 quantization_config）。'],
    ])('says a config alone is a config that declares no quantization (%s)', async (lang, sentence) => {
      const { status, stderr } = await run('inspect', `${FIXTURES}configs/gpt2.json`, '--lang', lang);
      expect(status).toBe(2);
      expect(stderr).toContain(sentence);
    });
    it.each<['en' | 'zh', string, string]>([
      ['en', 'split/tiny-00001-of-00002.gguf', '* tiny.gguf has 2 parts; not picked: part 2. The totals cover only the parts read'],
      ['zh', 'split/tiny-00001-of-00002.gguf', '* tiny.gguf 共 2 个分片，未选第 2 个；合计只包含已读的分片'],
      ['en', 'split3/tiny3-00002-of-00003.gguf', '* tiny3.gguf has 3 parts; not picked: parts 1'],
    ])('names the parts not picked as parts (%s, %s)', async (lang, file, line) => {
      const { stdout } = await run('inspect', `${CHECKPOINTS}gguf/${file}`, '--lang', lang);
      expect(stdout).toContain(line);
      expect(stdout).not.toContain('not given');
    });
    it('warns as the site does of safetensors beside GGUF, and refuses parts of two splits with the site’s sentence (en, zh)', async () => {
      const both = await run('inspect', `${CHECKPOINTS}gguf/tiny-q8_0.gguf`, `${CHECKPOINTS}safetensors/small-model.safetensors`);
      expect(both.stdout).toContain('* Both safetensors and GGUF files were given: if they are the same model, it is counted twice.');
      const parts = [`${CHECKPOINTS}gguf/split/tiny-00001-of-00002.gguf`, `${CHECKPOINTS}gguf/split3/tiny3-00002-of-00003.gguf`];
      expect(await run('inspect', ...parts)).toMatchObject({ status: 2, stderr: 'These GGUF files are parts of different splits (their headers disagree on the number of parts or of tensors): tiny-00001-of-00002.gguf, tiny3-00002-of-00003.gguf. They are not counted.\n' });
      expect((await run('inspect', ...parts, '--lang', 'zh')).stderr).toMatch(/^这些 GGUF 文件来自不同的拆分/);
    });
    it.each<['en' | 'zh', string]>([
      ['en', 'these GGUF files are not parts of one split, so each holds a model of its own (tiny-q8_0.gguf, tiny.gguf): each is counted on its own line above, and they are not added up'],
      ['zh', '这些 GGUF 文件不属于同一组拆分文件，各自是一个独立的模型（tiny-q8_0.gguf、tiny.gguf）'],
    ])('does not add up GGUF files of separate models (%s)', async (lang, line) => {
      const args = ['inspect', `${CHECKPOINTS}gguf/tiny-q8_0.gguf`, `${CHECKPOINTS}gguf/split`];
      const { status, stdout } = await run(...args, '--lang', lang);
      expect(status).toBe(0);
      expect(stdout).toContain(line);
      expect(stdout).not.toMatch(new RegExp(`^${lang === 'en' ? 'parameters' : '参数量'} `, 'm'));
      expect(await json(...args)).toMatchObject({ separateModels: ['tiny-q8_0.gguf', 'tiny.gguf'], parameters: null });
      // The parts of one split are one model, added up as before.
      expect(await json('inspect', `${CHECKPOINTS}gguf/split`)).toMatchObject({ separateModels: null, parameters: 10_304 });
    });
  });

  it.each([['$2'], ['2 USD'], ['$ 2'], ['2USD']])('takes a price written as %s, as the site’s price field does', async (price) => {
    const llama = `${FIXTURES}configs/llama-3.1-8b.json`;
    const plain = await json('serve', llama, '--gpus', '1xh100-sxm', '--price', '2');
    expect(await json('serve', llama, '--gpus', '1xh100-sxm', '--price', price)).toMatchObject({ costPerMillionOutputTokens: plain.costPerMillionOutputTokens });
    const tuned = (await json('finetune', llama, '--tokens', '1B', '--price', price)) as { run: { cost: number; gpuHours: number } };
    expect(tuned.run.cost).toBeCloseTo(tuned.run.gpuHours * 2, 9);
  });
});
