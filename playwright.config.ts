import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser';

const PORT = Number(process.env.E2E_PORT ?? 4322);
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? 4324);
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 375, height: 740 } },
      // Whole-site sweeps (every page, budgets, sub-path) look the same at any width: run them once.
      testIgnore: ['**/every-page.spec.ts', '**/budgets.spec.ts', '**/subpath.spec.ts', '**/keyboard.spec.ts'],
    },
  ],
  // The built sites, served as a static host serves them (`npm test` builds both first).
  webServer: [
    {
      command: `npx astro preview --ignore-lock --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx astro preview --ignore-lock --port ${SUBPATH_PORT}`,
      env: { BASE_PATH: '/llm-scale/', SITE_URL: 'https://example.org', OUT_DIR: 'dist-subpath' },
      url: `http://localhost:${SUBPATH_PORT}/llm-scale/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
