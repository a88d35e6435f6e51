import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installsToTry, missingBrowserMessage } from './browser-setup';

describe('installsToTry: how npm test gets a browser on each kind of machine', () => {
  it.each([
    ['root on Debian: its chromium package, then Playwright', { isRoot: true, hasApt: true }, ['apt', 'playwright']],
    ['a user on Debian: Playwright, which needs no root', { isRoot: false, hasApt: true }, ['playwright']],
    ['root without apt (macOS, Alpine): Playwright', { isRoot: true, hasApt: false }, ['playwright']],
    ['CHROMIUM_PATH set: nothing, the person chose a browser', { chromiumPath: '/opt/chrome', isRoot: true, hasApt: true }, []],
  ] as const)('%s', (_name, machine, expected) => {
    expect(installsToTry(machine)).toEqual(expected);
  });
});

describe('missingBrowserMessage', () => {
  it('is one line with the commands that fix it', () => {
    const line = missingBrowserMessage({ isRoot: false, hasApt: false });
    expect(line).not.toContain('\n');
    expect(line).toContain('npx playwright install chromium');
    expect(line).toContain('apt-get install chromium');
  });
});

describe('scripts/ensure-browser.ts', () => {
  it('stops at once, in one line, when CHROMIUM_PATH names no file', () => {
    const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(import.meta.dirname, 'ensure-browser.ts')], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(missingBrowserMessage({ chromiumPath: '/nonexistent/chromium', isRoot: false, hasApt: false }));
    expect(result.stdout).not.toContain('installing');
    // Starting tsx takes seconds on a busy machine: the test waits for the child, not for a clock.
  }, 60_000);
});
