/**
 * `npm start` (with --build) and `npm run preview`: serves dist/ with `astro preview` on port 4321,
 * after checking the port first. If this site's preview already answers there, it says so in one
 * line and exits (Astro would refuse too, with a stack trace that looks like a crash); if another
 * program holds the port, Astro serves on the next free one and prints its address.
 */
import { spawnSync } from 'node:child_process';

const PORT = 4321;
const ADDRESS = `http://localhost:${PORT}/`;

/** What answers on the port: this site, another program, or nothing. */
export async function whoServes(url: string): Promise<'this-site' | 'other' | 'none'> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'follow' });
    const text = await response.text();
    return /LLM Parameter Scale|大模型参数规模/.test(text) ? 'this-site' : 'other';
  } catch {
    return 'none';
  }
}

const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit', shell: false }).status ?? 1;

if (import.meta.url === `file://${process.argv[1]}`) {
  if ((await whoServes(ADDRESS)) === 'this-site') {
    console.log(`This site's preview is already running at ${ADDRESS}: stop it with Ctrl-C in its terminal to start another.`);
    process.exit(0);
  }
  if (process.argv.includes('--build')) {
    const built = run('npm', ['run', 'build']);
    if (built !== 0) process.exit(built);
  }
  process.exit(run('npx', ['astro', 'preview', '--port', String(PORT)]));
}
