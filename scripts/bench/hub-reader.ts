// The Hub reader's cost for a 191-shard repository (Llama 3.1 405B's layout), measured in Node
// against the mock Hub (packages/core/fixtures/hub/mock-hub.ts) on a local HTTP server: requests
// made and bytes downloaded, beside the limits the project set itself (issue 21): at most S + 2
// requests plus one per header longer than the first 64 kB range, and at most the headers, the
// config and the index plus 64 kB per file. Nothing here reaches the internet.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixtureRepos, mockHub } from '../../packages/core/fixtures/hub/mock-hub.ts';
import { FIRST_RANGE_BYTES, MAX_PARALLEL, readHubModel } from '../../packages/core/src/hub/read-model.ts';
import { parseModelId } from '../../packages/core/src/hub/model-id.ts';

export const BENCH_REPO = 'llm-scale-mock/Llama-3.1-405B-layout';

export interface HubReaderResult {
  repo: string;
  shards: number;
  parameters: number;
  requests: number;
  /** S + 2, plus one per header longer than the first range. */
  requestLimit: number;
  /** Response bytes received. */
  bytes: number;
  /** Headers + config + index + 64 kB per file. */
  byteLimit: number;
  /** The headers alone (8-byte length + JSON), bytes. */
  headerBytes: number;
  /** Most requests in flight at once. */
  maxInFlight: number;
  wallMs: number;
}

export async function measureHubReader(repoName = BENCH_REPO): Promise<HubReaderResult> {
  const repos = fixtureRepos();
  const repo = repos.get(repoName);
  if (!repo) throw new Error(`no mock repository ${repoName}`);
  let handler: ReturnType<typeof mockHub> | undefined;
  const server = createServer((req, res) => {
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
    const answer = handler!({ method: req.method ?? 'GET', url: `http://${req.headers.host}${req.url}`, headers });
    res.writeHead(answer.status, answer.headers);
    res.end(Buffer.from(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handler = mockHub(repos, { storageOrigin: origin });
  try {
    const id = parseModelId(repoName);
    if (!id.ok) throw new Error(repoName);
    const started = performance.now();
    // Requests in flight, counted where the reader makes them (each with the 302 it follows).
    let inFlight = 0;
    let maxInFlight = 0;
    const counted = async (url: string, init?: Parameters<typeof fetch>[1]) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      try {
        const response = await fetch(url, init);
        // The body is read by the reader; hold the count until it has been.
        const body = new Uint8Array(await response.arrayBuffer());
        return new Response(response.status === 204 ? null : body, { status: response.status, headers: response.headers });
      } finally {
        inFlight -= 1;
      }
    };
    const model = await readHubModel(id.value, { fetch: counted, endpoint: origin });
    const wallMs = performance.now() - started;
    let headerBytes = 0;
    let jsonBytes = 0;
    let files = 0;
    let longHeaders = 0;
    for (const [name, file] of repo.files) {
      if (name.endsWith('.json')) jsonBytes += file.size;
      if (!name.endsWith('.safetensors')) continue;
      files += 1;
      const length = 8 + Number(new DataView(file.prefix.buffer, file.prefix.byteOffset, 8).getBigUint64(0, true));
      headerBytes += length;
      if (length > FIRST_RANGE_BYTES) longHeaders += 1;
    }
    return {
      repo: repoName,
      shards: files,
      parameters: model.report?.parameters ?? 0,
      requests: model.traffic.requests,
      requestLimit: files + 2 + longHeaders,
      bytes: model.traffic.bytes,
      byteLimit: headerBytes + jsonBytes + FIRST_RANGE_BYTES * files,
      headerBytes,
      maxInFlight,
      wallMs,
    };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** The bench's lines for it. */
export function formatHubReader(r: HubReaderResult): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  return [
    `Hub reader, ${r.repo} (${r.shards} shards, mock Hub on a local server, Node's fetch):`,
    `  requests   ${r.requests} (limit ${r.requestLimit}: S + 2${r.requestLimit > r.shards + 2 ? ' + long headers' : ''})  ${r.requests <= r.requestLimit ? 'ok' : 'OVER'}`,
    `  downloaded ${kb(r.bytes)} (limit ${kb(r.byteLimit)}: headers ${kb(r.headerBytes)} + config and index + 64 kB per file)  ${r.bytes <= r.byteLimit ? 'ok' : 'OVER'}`,
    `  at most ${r.maxInFlight} requests at once (limit ${MAX_PARALLEL}); ${r.parameters.toLocaleString('en-US')} parameters in ${r.wallMs.toFixed(0)} ms`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(formatHubReader(await measureHubReader()));
