// The mock Hugging Face Hub (packages/core/fixtures/hub/mock-hub.ts, whose comment lists the Hub
// behaviour it copies and the sources) served over HTTPS on a port the OS picks, for Chromium to
// reach under the Hub's own host names (--host-resolver-rules) so that CORS, the CSP, the 302 to the
// storage host and Range requests all run as they do against the real Hub. The certificate is
// self-signed, made by openssl at test time, and trusted by its SPKI hash only
// (--ignore-certificate-errors-spki-list), never by turning certificate checks off.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureRepos, mockHub } from '../../packages/core/fixtures/hub/mock-hub';

export interface HttpsHub {
  port: number;
  /** Chromium flags that send the Hub's hosts to this server and trust its certificate. */
  chromiumArgs: string[];
  /** Every request served: "METHOD host path [range]". */
  log: string[];
  close(): Promise<void>;
}

/** Delay of each storage answer for the 191-shard repository, ms. */
const SLOW_MS = 30;

/** The host names the site's CSP allows for the Hub, mapped to the local server. */
const HOSTS = ['huggingface.co', '*.hf.co', '*.huggingface.co'];

export async function startHttpsHub(): Promise<HttpsHub> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=huggingface.co', '-addext', 'subjectAltName=DNS:huggingface.co,DNS:*.hf.co,DNS:*.xethub.hf.co,DNS:*.huggingface.co',
    '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  // base64(sha256(SubjectPublicKeyInfo DER)): the form --ignore-certificate-errors-spki-list takes.
  const spki = execFileSync('sh', ['-c', `openssl x509 -in "${cert}" -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`]).toString().trim();
  const handler = mockHub(fixtureRepos());
  const log: string[] = [];
  const server: Server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
    log.push(`${req.method} ${host}${req.url}${req.headers.range ? ` ${req.headers.range}` : ''}`);
    const answer = handler({ method: req.method ?? 'GET', url: `https://${host}${req.url}`, headers });
    // The 191-shard repository's file bytes come slowly, as from a distant CDN: long enough for a
    // reader to cancel or ask for another model while its headers load.
    const slow = host.endsWith('.hf.co') && (req.url ?? '').includes('405B-layout') ? SLOW_MS : 0;
    setTimeout(() => {
      res.writeHead(answer.status, answer.headers);
      res.end(Buffer.from(answer.body));
    }, slow);
  });
  rmSync(dir, { recursive: true, force: true });
  // Keep connections open across a test's bursts, as a CDN does: no request is retried on a closed socket.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const rules = HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  return {
    port,
    chromiumArgs: [`--host-resolver-rules=${rules}`, `--ignore-certificate-errors-spki-list=${spki}`],
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
