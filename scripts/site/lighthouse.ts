// The one Lighthouse launcher: a headless Chromium (the one Playwright uses, see browser.ts) started
// by chrome-launcher, and Lighthouse runs against it. Used by the audit and the bench.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config, type RunnerResult } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './browser.ts';

export type LighthouseReport = RunnerResult['lhr'];

export interface LighthouseSession {
  /** Lighthouse's version, as its report gives it. */
  version: string;
  /** One Lighthouse run on `url`; fails on a runtime error rather than returning a hollow report. */
  run: (url: string, config: Config) => Promise<LighthouseReport>;
}

/**
 * Starts Chromium (on `port`, or a free one), hands `use` a session that runs Lighthouse in it, and
 * stops Chromium when `use` settles.
 */
export async function withLighthouse<T>(use: (session: LighthouseSession) => Promise<T>, port?: number): Promise<T> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
    ...(port ? { port } : {}),
  });
  let version = '';
  const run = async (url: string, config: Config): Promise<LighthouseReport> => {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.code} ${runtimeError.message}`);
    version = result.lhr.lighthouseVersion;
    return result.lhr;
  };
  try {
    return await use({ get version() { return version; }, run });
  } finally {
    chrome.kill();
  }
}
