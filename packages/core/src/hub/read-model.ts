import { type CheckpointReport, inspectCheckpoints } from '../checkpoints/inspect';
import type { RangeReader } from '../checkpoints/range-reader';
import { MAX_SAFETENSORS_HEADER_BYTES } from '../checkpoints/safetensors';
import type { JsonObject } from '../configs/types';
import { type FetchLike, HUB_ENDPOINT, HubError, type Traffic, getJson, getRange, modelApiUrl, resolveUrl } from './http';
import type { ModelId } from './model-id';

/**
 * Bytes asked for in the first request of each checkpoint file: enough for the 8-byte length and the
 * header of most shards, so one request answers both; a longer header costs one more request for the
 * rest of it (never more). 64 kB, the bound per file the project set itself (issue 21).
 */
export const FIRST_RANGE_BYTES = 64 * 1024;

/** Header requests in flight at once: 6, the connections per host a browser opens over HTTP/1.1. */
export const MAX_PARALLEL = 6;

/** Where reading stands: "header 37 of 191". */
export interface HubProgress {
  phase: 'config' | 'files' | 'headers';
  done: number;
  total: number;
}

export interface ReadHubOptions {
  /** The fetch to use: the browser's, or Node's (the command line). */
  fetch: FetchLike;
  /** https://huggingface.co unless a test or a mirror says otherwise. */
  endpoint?: string;
  signal?: AbortSignal;
  onProgress?: (progress: HubProgress) => void;
  /** For a repository with several GGUF files: the one to read (its path in the repository). */
  ggufFile?: string;
  /** Parallel header requests, at most MAX_PARALLEL. */
  parallel?: number;
}

/** One tensor as its safetensors header names it, with its element count: for telling differences apart. */
export interface TensorElements {
  name: string;
  elements: number;
}

/** What the Hub said about a model. */
export interface HubModel {
  id: ModelId;
  /** config.json, or null when the repository has none (GGUF-only repositories often do not). */
  config: JsonObject | null;
  /**
   * Which weights were read: safetensors (sharded with its index, or one model.safetensors), GGUF
   * (a file, or all parts of a split one), or none: then `otherWeights` says what the repository has.
   */
  source: 'safetensors' | 'gguf' | 'none';
  /** The headers' totals (the same report a reader's own files get), or null when no weights were read. */
  report: CheckpointReport | null;
  /** Every tensor of the safetensors headers (empty for GGUF), for naming what the config does not count. */
  tensors: TensorElements[];
  /** GGUF files of the repository (their paths), when it has no safetensors. */
  ggufFiles: string[];
  /** The GGUF file read, when one was (the first part, for a split one). */
  ggufRead?: string;
  /** Weight files of other formats when no safetensors or GGUF were found (pytorch_model.bin…). */
  otherWeights: string[];
  traffic: Traffic;
}

/** A file whose first bytes (up to the whole header) are already here; later ranges are fetched. */
interface Prefetched {
  name: string;
  size: number;
  prefix: Uint8Array;
}

const SAFETENSORS_INDEX = 'model.safetensors.index.json';
const SAFETENSORS_SINGLE = 'model.safetensors';
/** Files that hold weights in formats the header reader does not read: what a repository without safetensors or GGUF has. */
const OTHER_WEIGHTS = /\.(bin|pt|pth|ckpt|h5|msgpack|onnx|npz|mlmodel|tflite)$/i;
/** gguf-split part names: "-00001-of-00003.gguf". */
const GGUF_PART = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A path from a response that we will put in a URL: relative, no "." or ".." segments. */
function safePath(path: unknown): path is string {
  return typeof path === 'string' && path !== '' && path.length < 1024 && !path.startsWith('/') && !path.split('/').some((s) => s === '' || s === '.' || s === '..');
}

/** Runs `work` on every item, at most `limit` at once, in order of start; rejects with the first failure. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  });
  await Promise.all(runners);
  return results;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

interface Context {
  fetch: FetchLike;
  endpoint: string;
  id: ModelId;
  traffic: Traffic;
  signal: AbortSignal | undefined;
  /** The first HubError a reader met while the core readers read: rethrown rather than shown as 'read-failed'. */
  readError?: HubError;
}

/**
 * A safetensors file's header in at most two requests: bytes [0, 64 kB), then, when the 8-byte
 * length says the header runs past them, the rest of the header in one more. Null for a missing file.
 */
async function prefetchSafetensors(ctx: Context, name: string): Promise<Prefetched | null> {
  const url = resolveUrl(ctx.endpoint, ctx.id, name);
  const first = await getRange(ctx.fetch, url, 0, FIRST_RANGE_BYTES, ctx.traffic, ctx.signal);
  if (first === null) return null;
  let prefix = first.bytes;
  if (prefix.length >= 8) {
    const n = new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true);
    // A length over the format's limit or past the file is left to the reader to refuse, as it does a local file's.
    if (n <= BigInt(MAX_SAFETENSORS_HEADER_BYTES)) {
      const end = 8 + Number(n);
      if (end > prefix.length && end <= first.size) {
        const rest = await getRange(ctx.fetch, url, prefix.length, end, ctx.traffic, ctx.signal);
        if (rest === null) throw new HubError('bad-response', 404);
        prefix = concat(prefix, rest.bytes);
      }
    }
  }
  return { name, size: first.size, prefix };
}

/** The file as a RangeReader: ranges within the prefetched bytes cost nothing; others are fetched. */
function hubReader(ctx: Context, file: Prefetched): RangeReader {
  const url = resolveUrl(ctx.endpoint, ctx.id, file.name);
  let cached = file.prefix;
  return {
    size: file.size,
    firstReadBytes: Math.max(cached.length, 8),
    async readRange(start, end) {
      if (end <= cached.length) return cached.subarray(start, end);
      try {
        // Reads go front to back (the GGUF cursor): keep what was fetched when it extends the prefix.
        const from = start <= cached.length ? cached.length : start;
        const answer = await getRange(ctx.fetch, url, from, end, ctx.traffic, ctx.signal);
        if (answer === null) throw new HubError('bad-response', 404);
        if (from === cached.length) {
          cached = concat(cached, answer.bytes);
          return cached.subarray(start, end);
        }
        return answer.bytes;
      } catch (error) {
        if (error instanceof HubError) ctx.readError ??= error;
        throw error;
      }
    },
  };
}

/** Names and element counts of a safetensors header's tensors; empty when it is not one the reader accepted. */
function tensorsOf(file: Prefetched): TensorElements[] {
  const p = file.prefix;
  if (p.length < 8) return [];
  const n = Number(new DataView(p.buffer, p.byteOffset, 8).getBigUint64(0, true));
  if (8 + n > p.length) return [];
  try {
    const header: unknown = JSON.parse(new TextDecoder().decode(p.subarray(8, 8 + n)));
    if (!isRecord(header)) return [];
    return Object.entries(header).flatMap(([name, info]) => {
      if (name === '__metadata__' || !isRecord(info) || !Array.isArray(info.shape)) return [];
      const elements = (info.shape as unknown[]).reduce<number>((product, d) => product * (typeof d === 'number' ? d : NaN), 1);
      return Number.isSafeInteger(elements) ? [{ name, elements }] : [];
    });
  } catch {
    return [];
  }
}

/** The shard files an index names, in order: the values of its weight_map. */
function shardsOfIndex(index: unknown): string[] {
  if (!isRecord(index) || !isRecord(index.weight_map)) throw new HubError('bad-response');
  const files = new Set<string>();
  for (const file of Object.values(index.weight_map)) {
    if (!safePath(file)) throw new HubError('bad-response');
    files.add(file);
  }
  return [...files].sort();
}

async function readFiles(ctx: Context, files: Prefetched[]): Promise<CheckpointReport> {
  const report = await inspectCheckpoints(files.map((f) => ({ name: f.name.split('/').pop() ?? f.name, reader: hubReader(ctx, f) })));
  if (ctx.signal?.aborted) throw new HubError('aborted');
  if (ctx.readError) throw ctx.readError;
  return report;
}

/** The GGUF files to read for the chosen one: all parts of a split file, else the file itself. */
export function ggufPartsOf(chosen: string, files: readonly string[]): string[] {
  const match = GGUF_PART.exec(chosen);
  if (!match) return [chosen];
  const [, prefix = '', , count = ''] = match;
  return Array.from({ length: Number(count) }, (_, k) => `${prefix}-${String(k + 1).padStart(5, '0')}-of-${count}.gguf`).filter(
    (name) => name === chosen || files.includes(name),
  );
}

/** GGUF files a reader can choose among: one entry per file, split files by their first part. */
export function ggufChoices(files: readonly string[]): string[] {
  return files.filter((f) => f.toLowerCase().endsWith('.gguf')).filter((f) => {
    const match = GGUF_PART.exec(f);
    return !match || Number(match[2]) === 1;
  });
}

/**
 * Reads a public model on the Hugging Face Hub from its headers alone, through its public endpoints:
 * /{repo}/resolve/{revision}/config.json; then model.safetensors.index.json and each shard's header,
 * or the single model.safetensors; for a repository without safetensors, the model API's file list
 * (/api/models/{repo}/revision/{revision}, `siblings`) and the chosen GGUF file (every part of a
 * split one). Each header costs a 64 kB range request, and one more only when it is longer; headers
 * are fetched up to `parallel` (6) at once, with progress. A repository with S shards costs at most
 * S + 2 requests plus one per header longer than 64 kB, and the bytes of the headers, the config and
 * the index, plus at most 64 kB per file.
 *
 * Throws HubError ('not-found', 'revision-not-found', 'gated', 'rate-limited', 'network',
 * 'aborted', 'bad-response'); a malformed or oversized header is not an error here: it is in the
 * report, as a local file's is. Never sends a token or a cookie of its own.
 */
export async function readHubModel(id: ModelId, options: ReadHubOptions): Promise<HubModel> {
  const ctx: Context = { fetch: options.fetch, endpoint: options.endpoint ?? HUB_ENDPOINT, id, traffic: { requests: 0, bytes: 0 }, signal: options.signal };
  const parallel = Math.max(1, Math.min(MAX_PARALLEL, options.parallel ?? MAX_PARALLEL));
  const progress = (phase: HubProgress['phase'], done: number, total: number) => options.onProgress?.({ phase, done, total });
  const model: HubModel = { id, config: null, source: 'none', report: null, tensors: [], ggufFiles: [], otherWeights: [], traffic: ctx.traffic };

  progress('config', 0, 1);
  const config = await getJson(ctx.fetch, resolveUrl(ctx.endpoint, id, 'config.json'), ctx.traffic, ctx.signal);
  if (config !== null && !isRecord(config)) throw new HubError('bad-response');
  model.config = config as JsonObject | null;

  const explicitGguf = options.ggufFile ?? (id.file?.toLowerCase().endsWith('.gguf') ? id.file : undefined);
  if (explicitGguf === undefined) {
    progress('files', 0, 1);
    const index = await getJson(ctx.fetch, resolveUrl(ctx.endpoint, id, SAFETENSORS_INDEX), ctx.traffic, ctx.signal);
    let prefetched: Prefetched[];
    if (index !== null) {
      const shards = shardsOfIndex(index);
      let done = 0;
      progress('headers', 0, shards.length);
      prefetched = await pool(shards, parallel, async (name) => {
        const file = await prefetchSafetensors(ctx, name);
        if (file === null) throw new HubError('bad-response', 404);
        progress('headers', ++done, shards.length);
        return file;
      });
    } else {
      progress('headers', 0, 1);
      const single = await prefetchSafetensors(ctx, SAFETENSORS_SINGLE);
      prefetched = single === null ? [] : [single];
      if (single) progress('headers', 1, 1);
    }
    if (prefetched.length > 0) {
      model.source = 'safetensors';
      model.report = await readFiles(ctx, prefetched);
      model.tensors = prefetched.flatMap(tensorsOf);
      return model;
    }
  }

  // No safetensors: the file list says whether there are GGUF files, or only other formats.
  progress('files', 0, 1);
  const info = await getJson(ctx.fetch, modelApiUrl(ctx.endpoint, id), ctx.traffic, ctx.signal);
  const siblings = isRecord(info) && Array.isArray(info.siblings) ? info.siblings : [];
  const files = siblings.flatMap((s) => (isRecord(s) && safePath(s.rfilename) ? [s.rfilename] : []));
  model.ggufFiles = ggufChoices(files);
  model.otherWeights = files.filter((f) => OTHER_WEIGHTS.test(f));
  const chosen = explicitGguf ?? (model.ggufFiles.length === 1 ? model.ggufFiles[0] : undefined);
  if (chosen === undefined) return model;
  const parts = ggufPartsOf(chosen, files);
  let done = 0;
  progress('headers', 0, parts.length);
  const prefetched = await pool(parts, parallel, async (name) => {
    const answer = await getRange(ctx.fetch, resolveUrl(ctx.endpoint, id, name), 0, FIRST_RANGE_BYTES, ctx.traffic, ctx.signal);
    if (answer === null) throw new HubError('not-found', 404);
    progress('headers', ++done, parts.length);
    return { name, size: answer.size, prefix: answer.bytes };
  });
  model.source = 'gguf';
  model.ggufRead = chosen;
  model.report = await readFiles(ctx, prefetched);
  return model;
}
