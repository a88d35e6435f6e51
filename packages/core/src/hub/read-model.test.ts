import { describe, expect, it } from 'vitest';
import expectedConfigs from '../../fixtures/configs/expected.json';
import { type MockRequest, fixtureRepos, mockFetch, mockHub } from '../../fixtures/hub/mock-hub';
import { compareCounts, sizeInName } from './compare';
import { type FetchLike, HubError, retryAfterSeconds } from './http';
import { parseModelId } from './model-id';
import { FIRST_RANGE_BYTES, MAX_PARALLEL, readHubModel } from './read-model';

const repos = fixtureRepos();
const hub = mockHub(repos);

function idOf(text: string) {
  const parsed = parseModelId(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
}

/** The mock as a fetch that also records how many requests were in flight at most. */
function instrumented() {
  const log: string[] = [];
  const inner = mockFetch(hub, log);
  const state = { inFlight: 0, maxInFlight: 0 };
  const fetch: FetchLike = async (url, init) => {
    state.inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    try {
      await new Promise((r) => setTimeout(r, 0));
      return await inner(url, init);
    } finally {
      state.inFlight -= 1;
    }
  };
  return { fetch, log, state };
}

/** The bytes the limit allows: every header, the config and the index, plus 64 kB per file. */
function byteLimit(repo: string): number {
  const files = repos.get(repo)!.files;
  let limit = 0;
  for (const [name, file] of files) {
    if (name.endsWith('.json')) limit += file.size;
    else if (name.endsWith('.safetensors')) {
      const n = Number(new DataView(file.prefix.buffer, file.prefix.byteOffset, 8).getBigUint64(0, true));
      limit += 8 + n + FIRST_RANGE_BYTES;
    }
  }
  return limit;
}

describe('readHubModel', () => {
  it('reads Qwen/Qwen3-30B-A3B from its 16 shard headers: the exact count, equal to the config count', async () => {
    const { fetch, state } = instrumented();
    const model = await readHubModel(idOf('Qwen/Qwen3-30B-A3B'), { fetch });
    expect(model.source).toBe('safetensors');
    expect(model.report?.countedFiles).toBe(16);
    expect(model.report?.parameters).toBe(expectedConfigs.fixtures['qwen3-30b-a3b.json'].total);
    expect(model.report?.byDtype.map((d) => d.dtype)).toEqual(['BF16']);
    expect(model.report?.bitsPerWeight).toBe(16);
    // Each shard's header (about 120 kB) is longer than the first range: one more request each.
    const long = [...repos.get('Qwen/Qwen3-30B-A3B')!.files.values()].filter((f) => f.lfs && f.prefix.length > FIRST_RANGE_BYTES).length;
    expect(model.traffic.requests).toBeLessThanOrEqual(16 + 2 + long);
    expect(model.traffic.bytes).toBeLessThanOrEqual(byteLimit('Qwen/Qwen3-30B-A3B'));
    expect(state.maxInFlight).toBeLessThanOrEqual(MAX_PARALLEL);
  });

  it('answers the 191-shard layout of Llama 3.1 405B within S + 2 requests and the byte limit, 6 at once', async () => {
    const { fetch, state } = instrumented();
    const progress: string[] = [];
    const model = await readHubModel(idOf('llm-scale-mock/Llama-3.1-405B-layout'), { fetch, onProgress: (p) => progress.push(`${p.phase} ${p.done}/${p.total}`) });
    expect(model.report?.countedFiles).toBe(191);
    expect(model.report?.parameters).toBe(405_853_388_800);
    expect(model.traffic.requests).toBeLessThanOrEqual(191 + 2);
    expect(model.traffic.bytes).toBeLessThanOrEqual(byteLimit('llm-scale-mock/Llama-3.1-405B-layout'));
    expect(state.maxInFlight).toBe(MAX_PARALLEL);
    expect(progress).toContain('headers 37/191');
    expect(progress.at(-1)).toBe('headers 191/191');
  });

  it('reads a single model.safetensors in three requests (config, the missing index, the file)', async () => {
    const { fetch, log } = instrumented();
    const model = await readHubModel(idOf('llm-scale-mock/single-file'), { fetch });
    // Its 33 scale elements are overhead, not parameters (checkpoints/quantization.ts): 6241 stored, 6208 counted.
    expect(model.report?.parameters).toBe(6208);
    expect(model.traffic.requests).toBe(3);
    expect(log.some((l) => l.startsWith('bytes=0-65535 https://cas-bridge.xethub.hf.co/'))).toBe(true);
  });

  it('reads a GGUF-only repository from its file list and the GGUF header', async () => {
    const model = await readHubModel(idOf('llm-scale-mock/Llama-3.1-8B-GGUF'), { fetch: mockFetch(hub) });
    expect(model.config).toBeNull();
    expect(model.source).toBe('gguf');
    expect(model.ggufFiles).toEqual(['Llama-3.1-8B-Q4_K_M.gguf']);
    expect(model.report?.parameters).toBe(8_030_261_312);
  });

  it('lists the GGUF files of a repository that has several, and reads the one whose address is given, every part of a split one', async () => {
    const none = await readHubModel(idOf('llm-scale-mock/tiny-GGUF'), { fetch: mockFetch(hub) });
    expect(none.source).toBe('none');
    expect(none.ggufFiles).toEqual(['tiny-q8_0.gguf', 'tiny-q4_0.gguf', 'split/tiny-00001-of-00002.gguf']);
    const one = await readHubModel(idOf('https://huggingface.co/llm-scale-mock/tiny-GGUF/blob/main/tiny-q8_0.gguf'), { fetch: mockFetch(hub) });
    expect(one.source).toBe('gguf');
    expect(one.report?.parameters).toBe(5184);
    const split = await readHubModel(idOf('hf.co/llm-scale-mock/tiny-GGUF/resolve/main/split/tiny-00001-of-00002.gguf'), { fetch: mockFetch(hub) });
    expect(split.report?.countedFiles).toBe(2);
    expect(split.report?.parameters).toBe(6144 + 4160);
    expect(split.report?.missingShards).toEqual([]);
  });

  it('says what a repository with only pytorch_model.bin has, with its config', async () => {
    const model = await readHubModel(idOf('llm-scale-mock/pytorch-only'), { fetch: mockFetch(hub) });
    expect(model.source).toBe('none');
    expect(model.report).toBeNull();
    expect(model.otherWeights).toEqual(['pytorch_model.bin']);
    expect(model.config?.model_type).toBe('gpt2');
  });

  it('refuses a header over the format limit as it refuses a local file', async () => {
    const model = await readHubModel(idOf('llm-scale-mock/header-too-large'), { fetch: mockFetch(hub) });
    expect(model.report?.files[0]?.result).toEqual({ ok: false, error: 'safetensors-header-too-large', detail: '200000000' });
    expect(model.traffic.requests).toBe(3);
  });

  it.each([
    ['meta-llama/Llama-3.1-8B', 'gated'],
    ['nobody/does-not-exist', 'not-found'],
    ['Qwen/Qwen3-30B-A3B@no-such-branch', 'revision-not-found'],
    ['llm-scale-mock/rate-limited', 'rate-limited'],
  ])('%s: %s', async (text, code) => {
    const error = await readHubModel(idOf(text), { fetch: mockFetch(hub) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubError);
    expect((error as HubError).code).toBe(code);
    if (code === 'rate-limited') expect((error as HubError).retryAfter).toBe(30);
  });

  it('turns a fetch that cannot connect into a network error', async () => {
    const offline: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(readHubModel(idOf('Qwen/Qwen3-30B-A3B'), { fetch: offline })).rejects.toMatchObject({ code: 'network' });
  });

  it('stops asking when cancelled, and says so', async () => {
    const controller = new AbortController();
    const { fetch, log } = instrumented();
    const reading = readHubModel(idOf('llm-scale-mock/Llama-3.1-405B-layout'), {
      fetch,
      signal: controller.signal,
      onProgress: (p) => p.phase === 'headers' && p.done === 10 && controller.abort(),
    });
    await expect(reading).rejects.toMatchObject({ code: 'aborted' });
    expect(log.length).toBeLessThan(40);
  });

  it('never sends anything but the Hub requests it needs: no Authorization, no other host', async () => {
    const seen: MockRequest[] = [];
    const spy = (request: MockRequest) => {
      seen.push(request);
      return hub(request);
    };
    await readHubModel(idOf('Qwen/Qwen3-30B-A3B'), { fetch: mockFetch(spy) });
    expect(seen.every((r) => !('authorization' in r.headers))).toBe(true);
    expect(new Set(seen.map((r) => new URL(r.url).hostname))).toEqual(new Set(['huggingface.co', 'cas-bridge.xethub.hf.co']));
  });
});

describe('compareCounts and sizeInName', () => {
  it('names multi-token-prediction layers, quantization scales and a head stored twice', () => {
    const tensors = [
      { name: 'model.layers.0.mlp.weight', elements: 100 },
      { name: 'model.layers.61.mlp.weight', elements: 7 },
      { name: 'model.layers.0.mlp.weight_scale_inv', elements: 3 },
      { name: 'lm_head.weight', elements: 50 },
      { name: 'h.0.attn.bias', elements: 11 },
    ];
    const c = compareCounts(171, 100, tensors, 61, true);
    expect(c).toMatchObject({ difference: 71, mtp: 7, quantization: 3, headStoredTwice: 50, buffers: 11, unexplained: 0, tiedStoredOnce: false });
  });

  it.each([
    ['Qwen/Qwen3-30B-A3B', { total: '30B', active: '3B', value: 30e9 }],
    ['meta-llama/Llama-3.1-405B', { total: '405B', value: 405e9 }],
    ['mistralai/Mixtral-8x7B-v0.1', { total: '8x7B', value: 56e9 }],
    ['Qwen/Qwen2.5-0.5B', { total: '0.5B', value: 0.5e9 }],
    ['openai-community/gpt2', undefined],
  ])('%s says %o', (repo, expected) => {
    expect(sizeInName(repo)).toEqual(expected);
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterSeconds('120')).toBe(120);
    expect(retryAfterSeconds('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30);
    expect(retryAfterSeconds(null)).toBeUndefined();
  });
});
