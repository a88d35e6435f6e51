import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { whoServes } from './preview';

let server: Server | undefined;
afterEach(() => server?.close());

async function serve(body: string): Promise<string> {
  server = createServer((_, response) => response.end(body));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe('whoServes: what npm start finds on its port before it starts', () => {
  it('recognizes this site', async () => {
    expect(await whoServes(await serve('<title>LLM Parameter Scale · 大模型参数规模</title>'))).toBe('this-site');
  });
  it('tells another program apart', async () => {
    expect(await whoServes(await serve('<h1>Directory listing</h1>'))).toBe('other');
  });
  it('finds nothing on a closed port', async () => {
    const url = await serve('');
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    expect(await whoServes(url)).toBe('none');
  });
});
