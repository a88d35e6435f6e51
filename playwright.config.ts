import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/site/browser';

/**
 * Two ports the system reports free, chosen once by the runner and handed to its workers through the
 * environment (they load this file again), so a port some other program holds never fails a run.
 */
if (!process.env.E2E_PORT || !process.env.E2E_SUBPATH_PORT) {
  const script = `const net = require('node:net');
const servers = [net.createServer(), net.createServer()];
let ready = 0;
for (const s of servers) s.listen(0, '127.0.0.1', () => {
  if (++ready < 2) return;
  console.log(servers.map((t) => t.address().port).join(' '));
  for (const t of servers) t.close();
});`;
  const [port, subpathPort] = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(' ');
  process.env.E2E_PORT ??= port;
  process.env.E2E_SUBPATH_PORT ??= subpathPort;
}
const PORT = Number(process.env.E2E_PORT);
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: launchOptions(),
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }, testIgnore: ['**/hub.spec.ts'] },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 375, height: 740 } },
      // Whole-site sweeps (every page with its budget, sub-path) and tests tagged ANY_WIDTH (e2e/fixtures.ts)
      // look the same at any width: run them once, on the desktop. So do the search results' wording
      // and the calculators' arithmetic, URL state and refusals (search-results, calculators-more); what
      // a phone changes (the layout, the answer line, a calculator at 375 px) has its own phone tests
      // (layout, phone-headline, reader-pass, counters, calculator-platform). Keeps npm test within 7
      // minutes on 2 cores.
      grepInvert: /@any-width/,
      testIgnore: ['**/every-page.spec.ts', '**/subpath.spec.ts', '**/keyboard.spec.ts', '**/hub.spec.ts', '**/search-results.spec.ts', '**/calculators-more.spec.ts'],
    },
    // The Hub mocked over HTTPS under its own host names: its own browser, launched by the spec.
    { name: 'hub', testMatch: '**/hub.spec.ts' },
  ],
  // The built sites, served as a static host serves them (`npm test` builds both first).
  webServer: [
    {
      command: `npx tsx scripts/serve.ts dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx tsx scripts/serve.ts dist-subpath ${SUBPATH_PORT}`,
      env: { BASE_PATH: '/llm-scale/' },
      url: `http://127.0.0.1:${SUBPATH_PORT}/llm-scale/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
