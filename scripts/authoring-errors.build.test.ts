// The build's own checks on articles, run through a real `astro build` of a tiny site: each case
// writes one small article pair with one kind of mistake into a temporary copy of the project and
// expects the build to fail with the file, the line and what to write instead, and with no stack
// trace into node_modules. The project's own content/ is never touched. About 15 s per build, two
// at a time; run with `npm run test:build-errors` (part of `npm test`).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const PROJECT = join(import.meta.dirname, '..');
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
// Caches Astro and Vite keep inside node_modules: each copy gets its own, so no build sees another's.
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);
const copies: string[] = [];

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of the project with `files` (path under content/ → MDX) as its only articles. */
function tinySite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'authoring-errors-'));
  copies.push(dir);
  for (const name of PROJECT_FILES) cpSync(join(PROJECT, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(entry)) symlinkSync(join(PROJECT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'content', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'content', path), text);
  }
  return dir;
}

/** `astro build` in `dir`, with the Node that runs the tests: its exit code and everything it printed. */
function build(dir: string): Promise<{ code: number | null; output: string }> {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const child = spawn(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

/** An article in the shape the schema wants; line 12 is the first line of `body`. */
function article(body: string, order = 1): string {
  return [
    '---',
    'title: "A tiny article"',
    'description: "A tiny article that the build checks of the site must refuse."',
    'keywords: ["test"]',
    'date: 2026-11-29',
    `order: ${order}`,
    'sources:',
    '  - title: "A source"',
    '    url: "https://example.org/"',
    '---',
    '',
    body,
    '',
  ].join('\n');
}

const FIRST_LINE = 12;
const section = (id: string) => `## A section \\{#${id}\\}\n\nSome text.\n`;

/** What every failure must look like: exit code 1, no stack trace into the project's dependencies. */
function expectCleanFailure(result: { code: number | null; output: string }): void {
  expect(result.code, result.output).not.toBe(0);
  expect(result.output).not.toMatch(/Stack trace|node_modules/);
}

describe.concurrent('astro build stops on mistakes in articles, naming file and line', { timeout: 180_000 }, () => {
  it('money written with $ (en) and braces in text (zh)', async () => {
    const dir = tinySite({
      'en/a.mdx': article(`${section('one')}\nIt costs $2 to $3 per hour.`),
      'zh/a.mdx': article(`${section('one')}\n常见的块大小有 {64, 128, 256}。`),
    });
    const result = await build(dir);
    expectCleanFailure(result);
    const line = FIRST_LINE + 4;
    expect(result.output).toContain(`content/en/a.mdx:${line}: "$2 to $" would be typeset as a formula, not read as money. Write a dollar sign in prose as \\$`);
    expect(result.output).toContain(`content/zh/a.mdx:${line}: MDX reads "{64, 128, 256}" as JavaScript`);
    expect(result.output).toContain('Write braces in text as \\{ and \\}, as in "\\{64, 128, 256\\}".');
  });

  it('a display formula KaTeX cannot parse', async () => {
    const dir = tinySite({
      'en/a.mdx': article(section('one')),
      'zh/a.mdx': article(`${section('one')}\n$$\n\\frac{1}{2\n$$`),
    });
    const result = await build(dir);
    expectCleanFailure(result);
    expect(result.output).toContain(`content/zh/a.mdx:${FIRST_LINE + 4}: KaTeX parse error:`);
  });

  it('section ids that differ between the two languages', async () => {
    const dir = tinySite({
      'en/a.mdx': article(`${section('one')}\n${section('storage')}`),
      'zh/a.mdx': article(`${section('one')}\n${section('storge')}`),
    });
    const result = await build(dir);
    expectCleanFailure(result);
    const line = FIRST_LINE + 4;
    expect(result.output).toContain('The two languages of an article must have the same sections');
    expect(result.output).toContain(`content/en/a.mdx:${line}: section "storage" is not in content/zh/a.mdx`);
    expect(result.output).toContain(`content/zh/a.mdx:${line}: section "storge" is not in content/en/a.mdx`);
  });

  it('an article in one language only', async () => {
    const dir = tinySite({
      'en/a.mdx': article(section('one')),
      'zh/a.mdx': article(section('one')),
      'zh/b.mdx': article(section('one'), 2),
    });
    const result = await build(dir);
    expectCleanFailure(result);
    expect(result.output).toContain('content/zh/b.mdx: no en version: write content/en/b.mdx too, or remove this file.');
  });

  it('two articles with the same order', async () => {
    const dir = tinySite({
      'en/a.mdx': article(section('one'), 1),
      'en/b.mdx': article(section('one'), 1),
      'zh/a.mdx': article(section('one'), 1),
      'zh/b.mdx': article(section('one'), 2),
    });
    const result = await build(dir);
    expectCleanFailure(result);
    expect(result.output).toContain('content/en/a.mdx:6: order: 1, the same as content/en/b.mdx.');
    expect(result.output).toContain('content/en/b.mdx:6: order: 1, the same as content/en/a.mdx.');
  });
});
