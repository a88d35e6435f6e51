import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/site/browser';

const PORT = Number(process.env.E2E_PORT ?? 4322);
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? 4324);

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
      // look the same at any width: run them once, on the desktop.
      grepInvert: /@any-width/,
      testIgnore: ['**/every-page.spec.ts', '**/subpath.spec.ts', '**/keyboard.spec.ts', '**/hub.spec.ts'],
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
