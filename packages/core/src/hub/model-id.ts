/**
 * A Hugging Face model repository as a reader names it: `org/name`, `org/name@revision`, or the
 * address of its page or one of its files as pasted from the browser. Anything else is refused, so
 * that nothing but the Hub's own endpoints is ever requested.
 */
export interface ModelId {
  /** "Qwen/Qwen3-30B-A3B". */
  repo: string;
  /** A branch, tag or commit ("main" unless the id names one); may hold "/" (refs/pr/1). */
  revision: string;
  /** A file named by the address (/blob/main/x.gguf, /resolve/main/config.json), if any. */
  file?: string;
}

/**
 * Why a text is not a model id:
 * - 'other-site': an address of another host (only huggingface.co and hf.co are read);
 * - 'not-a-model': a Hub address of something else (a dataset, a Space, the docs, a user page);
 * - 'no-organisation': a bare name ("gpt2"): the Hub now keeps every model under an organisation;
 * - 'malformed': characters or a shape no repository id has.
 */
export type ModelIdError = 'other-site' | 'not-a-model' | 'no-organisation' | 'malformed';

export type ModelIdResult = { ok: true; value: ModelId } | { ok: false; error: ModelIdError };

/** The Hub's own host names for model pages (hf.co is its short domain). */
const HUB_HOSTS = new Set(['huggingface.co', 'www.huggingface.co', 'hf.co']);

/**
 * First path segments of the Hub that are not an organisation: datasets, Spaces, docs, API and
 * account pages. A model URL never starts with one of these.
 */
const RESERVED_SEGMENTS = new Set([
  'datasets', 'spaces', 'docs', 'api', 'models', 'collections', 'papers', 'blog', 'learn', 'settings', 'login', 'join',
  'organizations', 'posts', 'chat', 'pricing', 'enterprise', 'tasks', 'buckets',
]);

/**
 * One part of a repository id: letters, digits, "-", "_", "." up to 96 characters, not starting or
 * ending with "-" or ".", without "--" or ".." (validate_repo_id in huggingface_hub
 * utils/_validators.py: REPO_ID_REGEX and its extra checks).
 */
const ID_PART = /^(?![-.])[\w.-]{1,96}(?<![-.])$/;

/** Branch, tag or commit names: git ref characters we accept; no "..", no leading "/" (git check-ref-format). */
const REVISION = /^(?!.*\.\.)(?!\/)[\w.\-/]{1,256}(?<!\/)$/;

function part(text: string): boolean {
  return ID_PART.test(text) && !text.includes('--') && !text.includes('..') && !text.endsWith('.git');
}

function fromParts(org: string, name: string, revision: string, file?: string): ModelIdResult {
  if (!part(org) || !part(name) || !REVISION.test(revision)) return { ok: false, error: 'malformed' };
  if (file !== undefined && (file === '' || file.split('/').some((s) => s === '' || s === '.' || s === '..'))) {
    return { ok: false, error: 'malformed' };
  }
  const value: ModelId = { repo: `${org}/${name}`, revision };
  if (file !== undefined) value.file = file;
  return { ok: true, value };
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** A Hub address: https://huggingface.co/org/name[/tree|blob|resolve/rev[/path]]; hf.co likewise. */
function fromUrl(url: URL): ModelIdResult {
  if (!HUB_HOSTS.has(url.hostname.toLowerCase()) || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.port !== '') {
    return { ok: false, error: 'other-site' };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, error: 'other-site' };
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const decoded = segments.map(decode);
  if (decoded.some((s) => s === null)) return { ok: false, error: 'malformed' };
  const [org, name, kind, ...rest] = decoded as string[];
  if (org === undefined || RESERVED_SEGMENTS.has(org.toLowerCase())) return { ok: false, error: 'not-a-model' };
  if (name === undefined) return { ok: false, error: 'not-a-model' };
  if (kind === undefined) return fromParts(org, name, 'main');
  // tree/<rev>, blob/<rev>/<file>, resolve/<rev>/<file>: the revision is one segment (a revision
  // with "/" appears URL-encoded as one segment: refs%2Fpr%2F1).
  if ((kind === 'tree' || kind === 'blob' || kind === 'resolve' || kind === 'raw') && rest.length > 0) {
    const [revision = '', ...path] = rest;
    const file = kind !== 'tree' && path.length > 0 ? path.join('/') : undefined;
    return fromParts(org, name, revision, file);
  }
  // /discussions, /commits/main, /settings…: still the model's page family.
  return fromParts(org, name, 'main');
}

/**
 * Reads what a reader typed or pasted as a model id. Accepts `org/name`, `org/name@revision`, and
 * Hub addresses with or without the scheme (https://huggingface.co/org/name, …/tree/main,
 * …/blob/main/config.json, …/resolve/main/model.safetensors, hf.co/org/name), surrounding spaces and
 * a trailing slash. Pure; never throws.
 */
export function parseModelId(input: string): ModelIdResult {
  const text = input.normalize('NFKC').trim();
  if (text === '' || text.length > 2048 || /\s/.test(text)) return { ok: false, error: 'malformed' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return { ok: false, error: 'malformed' };
    }
    return fromUrl(url);
  }
  // A host without its scheme: "huggingface.co/org/name", "hf.co/org/name", "example.com/x".
  const firstSegment = text.split('/')[0] ?? '';
  if (firstSegment.includes('.') && text.includes('/') && /\.[a-z]{2,}$/i.test(firstSegment) && text.split('/').length >= 2) {
    const host = firstSegment.toLowerCase();
    if (HUB_HOSTS.has(host)) return fromUrl(new URL(`https://${text}`));
    // "org.name/model" could be an organisation with a dot: only refuse when it is not an id.
    if (text.split('/').length > 2 || !part(firstSegment)) return { ok: false, error: 'other-site' };
  }
  const at = text.indexOf('@');
  const path = at === -1 ? text : text.slice(0, at);
  const revision = at === -1 ? 'main' : text.slice(at + 1);
  const segments = path.split('/');
  if (segments.length === 1) return part(path) ? { ok: false, error: 'no-organisation' } : { ok: false, error: 'malformed' };
  if (segments.length !== 2) return { ok: false, error: 'malformed' };
  const [org = '', name = ''] = segments;
  if (RESERVED_SEGMENTS.has(org.toLowerCase())) return { ok: false, error: 'not-a-model' };
  return fromParts(org, name, revision);
}

/** The id as the field shows it and the URL keeps it: "org/name", or "org/name@rev". */
export function formatModelId(id: ModelId): string {
  return id.revision === 'main' ? id.repo : `${id.repo}@${id.revision}`;
}
