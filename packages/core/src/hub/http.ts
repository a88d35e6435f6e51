import type { ModelId } from './model-id';

/**
 * The one way this module reaches the network: a `fetch` the caller passes in (the browser's, or
 * Node's in the command line), as huggingface.js packages/hub does with its `fetch` option. Nothing
 * here reads or sends a token: only public repositories are read, anonymously.
 */
export type FetchLike = (input: string, init?: { headers?: Record<string, string>; signal?: AbortSignal; credentials?: 'omit' }) => Promise<Response>;

/** https://huggingface.co, the Hub's endpoint (huggingface_hub constants.ENDPOINT). */
export const HUB_ENDPOINT = 'https://huggingface.co';

/**
 * What went wrong talking to the Hub, as the reader is told it:
 * - 'not-found': no such repository, or a private one (the Hub answers both with 401 and
 *   X-Error-Code: RepoNotFound when no token is sent; huggingface_hub utils/_http.py
 *   hf_raise_for_status treats them alike), or a 404;
 * - 'revision-not-found': 404 with X-Error-Code: RevisionNotFound;
 * - 'gated': 401/403 with X-Error-Code: GatedRepo, or a 401/403 whose code says nothing else: the
 *   model's terms must be accepted on its page, which needs an account and a token we never ask for;
 * - 'rate-limited': 429, with the seconds of Retry-After when it says so;
 * - 'network': fetch rejected: offline, DNS, a network filter, a browser extension, CORS or CSP;
 * - 'aborted': the reader cancelled, or asked for another model;
 * - 'bad-response': an answer of a shape the Hub does not give (HTML for JSON, no Content-Range…).
 */
export type HubErrorCode = 'not-found' | 'revision-not-found' | 'gated' | 'rate-limited' | 'network' | 'aborted' | 'bad-response';

export class HubError extends Error {
  constructor(
    readonly code: HubErrorCode,
    readonly status?: number,
    /** Seconds to wait before asking again (Retry-After), for 'rate-limited'. */
    readonly retryAfter?: number,
  ) {
    super(status === undefined ? code : `${code} (HTTP ${status})`);
    this.name = 'HubError';
  }
}

/** Requests made and response body bytes received: what the bench prints and the tests bound. */
export interface Traffic {
  requests: number;
  bytes: number;
}

/** Path segments encoded one by one, so "/" between folders stays a separator. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** /{repo}/resolve/{revision}/{file}: hf_hub_url in huggingface_hub (file_download.py). */
export function resolveUrl(endpoint: string, id: ModelId, file: string): string {
  return `${endpoint}/${id.repo}/resolve/${encodeURIComponent(id.revision)}/${encodePath(file)}`;
}

/** /api/models/{repo}/revision/{revision}: the model API, whose `siblings` list the files (huggingface.js modelInfo). */
export function modelApiUrl(endpoint: string, id: ModelId): string {
  return `${endpoint}/api/models/${id.repo}/revision/${encodeURIComponent(id.revision)}`;
}

/** Retry-After as seconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The error a failed response stands for (see HubErrorCode for the Hub's codes and their source). */
export function errorOf(response: Response): HubError {
  const code = response.headers.get('X-Error-Code');
  const status = response.status;
  if (status === 429) return new HubError('rate-limited', status, retryAfterSeconds(response.headers.get('Retry-After')));
  if (code === 'RevisionNotFound') return new HubError('revision-not-found', status);
  if (code === 'GatedRepo') return new HubError('gated', status);
  if (code === 'RepoNotFound' || status === 404) return new HubError('not-found', status);
  if (status === 401 || status === 403) return new HubError('gated', status);
  return new HubError('bad-response', status);
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && (error as { name: unknown }).name === 'AbortError';
}

/**
 * One request, counted in `traffic`; network failures and aborts become HubErrors. The response is
 * returned whatever its status: callers decide which statuses they expect.
 */
export async function request(fetchFn: FetchLike, url: string, traffic: Traffic, init: { headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<Response> {
  if (init.signal?.aborted) throw new HubError('aborted');
  traffic.requests += 1;
  try {
    // No cookies either: the reader's Hub login, if any, is never sent (credentials: 'omit').
    return await fetchFn(url, { ...init, credentials: 'omit' });
  } catch (error) {
    if (isAbort(error) || init.signal?.aborted) throw new HubError('aborted');
    throw new HubError('network');
  }
}

/** A body as bytes, counted in `traffic`. */
export async function bodyBytes(response: Response, traffic: Traffic, signal?: AbortSignal): Promise<Uint8Array> {
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    traffic.bytes += bytes.length;
    return bytes;
  } catch (error) {
    if (isAbort(error) || signal?.aborted) throw new HubError('aborted');
    throw new HubError('network');
  }
}

/** Largest JSON file (config, index, model info) we read: 16 MB; real ones are under 1 MB. */
export const MAX_JSON_BYTES = 16_000_000;

/**
 * GETs a JSON file; null for a 404 of a missing file (X-Error-Code: EntryNotFound, or a 404 that
 * names no other code), so the caller can try the next file. Other failures throw HubError.
 */
export async function getJson(fetchFn: FetchLike, url: string, traffic: Traffic, signal?: AbortSignal): Promise<unknown | null> {
  const response = await request(fetchFn, url, traffic, signal ? { signal } : {});
  if (!response.ok) {
    const error = errorOf(response);
    await response.body?.cancel().catch(() => undefined);
    if (response.status === 404 && error.code === 'not-found' && response.headers.get('X-Error-Code') !== 'RepoNotFound') return null;
    throw error;
  }
  const bytes = await bodyBytes(response, traffic, signal);
  if (bytes.length > MAX_JSON_BYTES) throw new HubError('bad-response', response.status);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new HubError('bad-response', response.status);
  }
}

/** A byte range of a file and the file's whole size, from a 206's Content-Range (or a 200's body). */
export interface RangeAnswer {
  bytes: Uint8Array;
  /** The whole file's size, bytes. */
  size: number;
}

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/;

/**
 * GETs bytes [start, end) of a file with `Range: bytes=start-(end-1)` (RFC 9110 §14). The Hub's
 * /resolve/ answers 302 to its storage host for large files and the fetch follows it; the storage
 * answers 206 Partial Content with Content-Range: bytes a-b/size. A 200 (a server that ignores
 * Range) is taken only for a small body: its length is the size. Null for a missing file (404).
 */
export async function getRange(fetchFn: FetchLike, url: string, start: number, end: number, traffic: Traffic, signal?: AbortSignal): Promise<RangeAnswer | null> {
  const init: { headers: Record<string, string>; signal?: AbortSignal } = { headers: { Range: `bytes=${start}-${end - 1}` } };
  if (signal) init.signal = signal;
  const response = await request(fetchFn, url, traffic, init);
  if (response.status === 404 && response.headers.get('X-Error-Code') !== 'RepoNotFound' && response.headers.get('X-Error-Code') !== 'RevisionNotFound') {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (response.status === 416) {
    // Range not satisfiable: the file is shorter than `start` (an empty file when start is 0).
    await response.body?.cancel().catch(() => undefined);
    const total = /\/(\d+)$/.exec(response.headers.get('Content-Range') ?? '');
    if (total) return { bytes: new Uint8Array(0), size: Number(total[1]) };
    throw new HubError('bad-response', 416);
  }
  if (response.status === 200) {
    // Never read a whole large file by mistake: stop when its length says it is not small.
    const length = Number(response.headers.get('Content-Length') ?? NaN);
    if (!(length <= end - start) || start !== 0) {
      await response.body?.cancel().catch(() => undefined);
      throw new HubError('bad-response', 200);
    }
    const bytes = await bodyBytes(response, traffic, signal);
    return { bytes, size: bytes.length };
  }
  if (response.status !== 206) {
    await response.body?.cancel().catch(() => undefined);
    throw errorOf(response);
  }
  const match = CONTENT_RANGE.exec(response.headers.get('Content-Range') ?? '');
  if (!match || Number(match[1]) !== start) {
    await response.body?.cancel().catch(() => undefined);
    throw new HubError('bad-response', 206);
  }
  const bytes = await bodyBytes(response, traffic, signal);
  if (bytes.length !== Number(match[2]) - start + 1) throw new HubError('bad-response', 206);
  return { bytes, size: Number(match[3]) };
}
