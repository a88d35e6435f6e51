// What `npm test` does when the machine has no Chromium for the end-to-end tests: which installs
// to try, and the one line it prints when none works. Pure, so every kind of machine is tested.

export type BrowserInstall = 'apt' | 'playwright';

export interface Machine {
  /** CHROMIUM_PATH, when set: the person chose a browser, so nothing is installed for them. */
  chromiumPath?: string;
  /** Running as root (uid 0), so apt-get may install packages. */
  isRoot: boolean;
  /** apt-get is on the PATH (Debian and its derivatives). */
  hasApt: boolean;
}

/**
 * The installs to try, in order. As root with apt, Debian's `chromium` package comes first: it
 * brings the system libraries it needs, and apt works on machines that cannot download
 * Playwright's build. Elsewhere Playwright's own Chromium is downloaded into the user's cache.
 */
export function installsToTry(machine: Machine): BrowserInstall[] {
  if (machine.chromiumPath !== undefined) return [];
  return machine.isRoot && machine.hasApt ? ['apt', 'playwright'] : ['playwright'];
}

/** The commands behind each install; `playwright` is the project's own Playwright CLI. */
export const INSTALL_COMMANDS: Record<BrowserInstall, string> = {
  apt: 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk',
  playwright: 'npx playwright install chromium',
};

/** The one line `npm test` stops with when no browser could be found or installed. */
export function missingBrowserMessage(machine: Machine): string {
  if (machine.chromiumPath !== undefined) {
    return `npm test: CHROMIUM_PATH is "${machine.chromiumPath}", which does not exist; point it at a Chromium binary or unset it.`;
  }
  return (
    'npm test: no Chromium for the end-to-end tests, and none could be installed here; ' +
    'run `npx playwright install chromium` (needs the internet), or as root on Debian `apt-get install chromium`, ' +
    'or set CHROMIUM_PATH to a Chromium binary.'
  );
}

/** The one line `npm test` stops with when the browser exists but cannot start. */
export function brokenBrowserMessage(path: string, reason: string): string {
  return (
    `npm test: the Chromium at ${path} does not start (${reason}); ` +
    'install its system libraries with `npx playwright install-deps chromium` as root, or set CHROMIUM_PATH to a Chromium that runs.'
  );
}
