// The one static host for the built site, used by the end-to-end tests, the audit, the screenshots
// and the bench: serves folders the way a plain static host does (index.html for a folder, the
// folder's 404.html with status 404 for a miss) and gzips text types, as GitHub Pages, Netlify or
// nginx with `gzip on` do. Compressed bodies are cached so the server's CPU does not show up in
// the timings. Starts in a few milliseconds, where `astro preview` loads Vite first.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.ttf']);

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves each URL prefix from its folder: `{ '/': 'dist', '/__bare/': 'bench-out/bare' }`, on
 * 127.0.0.1:`port` (0: a free port the system picks; `origin` names it). A miss gets the 404.html of the folder whose prefix it falls under.
 */
export async function serveStatic(mounts: Record<string, string>, port: number): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const cache = new Map<string, { body: Buffer; gzip: Buffer | undefined }>();

  const resolve = (pathname: string): string | undefined => {
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    if (!prefix) return undefined;
    const root = mounts[prefix]!;
    const file = normalize(join(root, decodeURIComponent(pathname.slice(prefix.length))));
    if (file !== normalize(root) && !file.startsWith(normalize(root) + sep)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
    return file;
  };

  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    let file = resolve(pathname);
    let status = 200;
    if (!file || !existsSync(file)) {
      status = 404;
      const prefix = prefixes.find((p) => pathname.startsWith(p)) ?? prefixes.at(-1)!;
      file = join(mounts[prefix]!, '404.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let entry = cache.get(file);
    if (!entry) {
      const body = readFileSync(file);
      entry = { body, gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 9 }) : undefined };
      cache.set(file, entry);
    }
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = acceptsGzip && entry.gzip ? entry.gzip : entry.body;
    response.writeHead(status, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      ...(body === entry.gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  // Port 0 lets the system pick a free one: the address says which.
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
