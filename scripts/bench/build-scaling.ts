// Build cost as content grows: copies the project (src, public, config) into a temporary folder,
// fills content/ with N synthetic articles per language, runs `astro build` there, and records wall
// time, peak memory and output size; then builds the same articles with Starlight in another
// temporary folder, right after, as the anchor the site's build is compared with. The project's own
// content/ is never touched.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeStarlightProject } from './starlight-anchor.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

export interface BuildRun {
  /** Articles per language. */
  perLang: number;
  /** HTML pages written (articles in both languages, plus index and 404 pages). */
  pages: number;
  wallMs: number;
  msPerPage: number;
  /**
   * CPU seconds (user + system) of the build and its children, from GNU time. Unlike wall time it
   * hardly moves when other work shares the machine: the same Starlight build took 57 s and 205 s of
   * wall time in two runs on a busy 2-core machine.
   */
  cpuSeconds?: number;
  /** Peak resident memory in MB: GNU time's maximum RSS of the build process, or the sampled sum over its process tree. */
  peakRssMb: number;
  peakRssSource: 'gnu-time' | 'proc-sampling';
  outputBytes: number;
  contentBytes: number;
  /** Starlight's build of the same articles in the same run, when measured. */
  starlight?: { pages: number; wallMs: number; cpuSeconds?: number; peakRssMb: number };
}

const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
// Caches Astro and Vite keep inside node_modules; each temporary copy gets its own, so that every
// build starts cold and never writes into the project's caches.
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

const temporaryDirs = new Set<string>();

/** Removes temporary copies still on disk (after Ctrl-C, say). */
export function removeTemporaryProjects(): void {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
  temporaryDirs.clear();
}

/**
 * A copy of the project whose node_modules links each package of the original one by one; or, when
 * not `copyProject`, an empty folder inside the project's bench-out/, which finds the project's
 * node_modules by Node's lookup through parent folders (Starlight's components fail to build
 * through linked packages).
 */
function temporaryProject(projectDir: string, label: string, copyProject: boolean): string {
  if (!copyProject) {
    mkdirSync(join(projectDir, 'bench-out'), { recursive: true });
    const dir = mkdtempSync(join(projectDir, 'bench-out', `build-${label}-`));
    temporaryDirs.add(dir);
    return dir;
  }
  const dir = mkdtempSync(join(tmpdir(), `bench-build-${label}-`));
  temporaryDirs.add(dir);
  for (const name of PROJECT_FILES) {
    if (existsSync(join(projectDir, name))) cpSync(join(projectDir, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(projectDir, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(entry)) symlinkSync(join(projectDir, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

function folderStats(dir: string): { bytes: number; html: number } {
  let bytes = 0;
  let html = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, html };
}

/** Resident memory of a process and all its descendants, in kB, from /proc. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `astro build` in `dir`, with the Astro of `modulesDir` (dir's own node_modules by default);
 * the Node running the bench runs Astro too.
 */
export async function astroBuild(dir: string, log: (line: string) => void = () => {}, modulesDir = join(dir, 'node_modules')): Promise<{ wallMs: number; cpuSeconds?: number; peakRssMb: number; peakRssSource: BuildRun['peakRssSource'] }> {
  const astro = join(modulesDir, 'astro', 'bin', 'astro.mjs');
  const gnuTime = existsSync('/usr/bin/time');
  // GNU time's report goes to a temporary folder, never into the project, where git would see it.
  const timeDir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(timeDir, 'max-rss');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const args = gnuTime ? ['-f', '%M %U %S', '-o', timeFile, process.execPath, astro, 'build'] : [astro, 'build'];
  // The bench measures the site at the root path, whatever BASE_PATH the shell has.
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.BASE_PATH;
  const started = performance.now();
  const child = spawn(command, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let sampledPeak = 0;
  const sampler = setInterval(() => {
    if (child.pid) sampledPeak = Math.max(sampledPeak, treeRssKb(child.pid));
  }, 200);
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`astro build failed in ${dir} (exit ${code}):\n${output.split('\n').slice(-40).join('\n')}`);
  log(output.split('\n').filter((l) => /page\(s\) built|Complete/.test(l)).join(' / '));
  // GNU time's last line: "maximum RSS in kB, user seconds, system seconds".
  const [gnuKb = NaN, user = NaN, system = NaN] = gnuTime ? readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [];
  rmSync(timeDir, { recursive: true, force: true });
  const cpu = Number.isFinite(user + system) ? { cpuSeconds: user + system } : {};
  return Number.isFinite(gnuKb) && gnuKb > 0
    ? { wallMs, ...cpu, peakRssMb: gnuKb / 1024, peakRssSource: 'gnu-time' }
    : { wallMs, ...cpu, peakRssMb: sampledPeak / 1024, peakRssSource: 'proc-sampling' };
}

/** Runs `build` in a fresh temporary project and removes it after. */
async function inTemporaryProject<T>(projectDir: string, label: string, copyProject: boolean, build: (dir: string) => Promise<T>): Promise<T> {
  const dir = temporaryProject(projectDir, label, copyProject);
  try {
    return await build(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    temporaryDirs.delete(dir);
  }
}

/**
 * Builds the project once per size with only synthetic content, each in a fresh temporary copy,
 * and, when `starlight`, Starlight on the same articles right after it.
 */
export async function measureBuildScaling(projectDir: string, sizes: number[], log: (line: string) => void = () => {}, starlight = true): Promise<BuildRun[]> {
  const runs: BuildRun[] = [];
  for (const perLang of sizes) {
    const run: BuildRun = await inTemporaryProject(projectDir, `site-${perLang}`, true, async (dir): Promise<BuildRun> => {
      const { bytes: contentBytes } = writeSyntheticContent(join(dir, 'content'), perLang);
      log(`building ${perLang} synthetic articles per language in ${dir}`);
      const build = await astroBuild(dir, log);
      const { bytes, html } = folderStats(join(dir, 'dist'));
      log(`  ${html} pages in ${(build.wallMs / 1000).toFixed(1)} s, peak ${build.peakRssMb.toFixed(0)} MB`);
      return { perLang, pages: html, wallMs: build.wallMs, ...(build.cpuSeconds === undefined ? {} : { cpuSeconds: build.cpuSeconds }), msPerPage: build.wallMs / html, peakRssMb: build.peakRssMb, peakRssSource: build.peakRssSource, outputBytes: bytes, contentBytes };
    });
    if (starlight) {
      run.starlight = await inTemporaryProject(projectDir, `starlight-${perLang}`, false, async (dir) => {
        writeStarlightProject(dir, perLang);
        log(`building the same articles with Starlight in ${dir}`);
        const build = await astroBuild(dir, log, join(projectDir, 'node_modules'));
        const { html } = folderStats(join(dir, 'dist'));
        log(`  Starlight: ${html} pages in ${(build.wallMs / 1000).toFixed(1)} s, peak ${build.peakRssMb.toFixed(0)} MB`);
        return { pages: html, wallMs: build.wallMs, ...(build.cpuSeconds === undefined ? {} : { cpuSeconds: build.cpuSeconds }), peakRssMb: build.peakRssMb };
      });
    }
    runs.push(run);
  }
  return runs;
}
