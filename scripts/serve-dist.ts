import { spawn, type ChildProcess } from 'node:child_process';

/** Starts `astro preview` on `port` (serving dist/ as a static host would) and waits until it answers. */
export async function serveDist(port: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn('npx', ['astro', 'preview', '--ignore-lock', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`astro preview did not answer on ${url} within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, stop: () => process.kill(-child.pid!, 'SIGTERM') };
}
