// First step of `npm test`: make sure the Chromium the end-to-end tests launch (see e2e/browser.ts)
// is there and starts. If it is missing, install it where the machine allows (scripts/browser-setup.ts);
// if that fails too, stop at once with one line saying what is missing and the command that fixes it,
// instead of after minutes of type checks and builds.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './site/browser.ts';
import { INSTALL_COMMANDS, brokenBrowserMessage, installsToTry, missingBrowserMessage, type Machine } from './browser-setup.ts';

const hasCommand = (name: string) => {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

/** The executable Playwright will launch (scripts/site/browser.ts decides, for every tool alike). */
const browserPath = chromiumPath;

function stop(line: string): never {
  console.error(line);
  process.exit(1);
}

const machine: Machine = {
  chromiumPath: process.env.CHROMIUM_PATH,
  isRoot: process.getuid?.() === 0,
  hasApt: hasCommand('apt-get'),
};

for (const install of installsToTry(machine)) {
  if (existsSync(browserPath())) break;
  console.log(`browser: no Chromium found; installing: ${INSTALL_COMMANDS[install]}`);
  try {
    execSync(INSTALL_COMMANDS[install], { stdio: 'inherit', shell: '/bin/sh' });
  } catch {
    console.log(`browser: that did not work${install === 'apt' ? '; trying the next way' : ''}.`);
  }
}

const path = browserPath();
if (!existsSync(path)) stop(missingBrowserMessage(machine));

try {
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, executablePath: path });
  await browser.close();
} catch (error) {
  stop(brokenBrowserMessage(path, String((error as Error).message).split('\n')[0]!.trim()));
}
console.log(`browser: ${path}`);
