// The one way the tests, the audit, the screenshots and the bench find and start Chromium.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** Flags that keep Chromium from phoning home on a machine with a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Chromium to run: CHROMIUM_PATH if set, else Playwright's own where it was installed
 * (`npx playwright install`), else the system's (Debian's `chromium` package), since machines that
 * cannot download a browser use that. Always a path, so Playwright and Lighthouse run the same one.
 */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const own = chromium.executablePath();
  return existsSync(own) ? own : '/usr/bin/chromium';
}

/** Playwright's launch options for that Chromium. */
export const launchOptions = () => ({ args: CHROMIUM_ARGS, executablePath: chromiumPath() });

/** A headless Chromium under Playwright's control; close it when done. */
export const launchBrowser = (): Promise<Browser> => chromium.launch(launchOptions());
