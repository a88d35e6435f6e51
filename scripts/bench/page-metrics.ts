// What a first visit costs: loads each page in a fresh browser context (empty cache) on a phone-sized
// viewport and records every request through the DevTools protocol. Transfer sizes are the bytes on
// the wire (headers plus the gzipped body, CDP `encodedDataLength`); body sizes come from Resource
// Timing (`encodedBodySize`, the compressed body).
import type { Browser } from '@playwright/test';
import { launchBrowser } from '../site/browser.ts';
import type { Kind } from '../site/budgets.ts';

export type { Kind };

export interface Request {
  url: string;
  kind: Kind;
  status: number;
  /** Bytes on the wire: headers plus encoded (gzipped) body. */
  transfer: number;
  /** The encoded (gzipped where the server gzips) body alone. */
  body: number;
}

export interface KatexFont {
  /** "Main-Regular", from the file name KaTeX_Main-Regular.<hash>.woff2 */
  name: string;
  file: string;
  transfer: number;
  body: number;
}

export interface PageMetrics {
  url: string;
  requests: number;
  failed: number;
  transfer: Record<Kind, number> & { total: number };
  /** Sum of the gzipped bodies of every script the page loaded. */
  jsGzip: number;
  domElements: number;
  katexFonts: KatexFont[];
  requestList: Request[];
}

function kindOf(resourceType: string, url: string): Kind {
  switch (resourceType) {
    case 'Document':
      return 'html';
    case 'Stylesheet':
      return 'css';
    case 'Script':
      return 'js';
    case 'Font':
      return 'font';
  }
  if (/\.m?js(\?|$)/.test(url)) return 'js';
  return 'other';
}

async function measure(browser: Browser, url: string): Promise<PageMetrics> {
  // Lighthouse's mobile viewport; which fonts load depends on what is laid out, not on the width.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

  const seen = new Map<string, { url: string; type: string; status: number; transfer: number; done: boolean }>();
  let inFlight = 0;
  let lastActivity = Date.now();
  let failed = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    if (!seen.has(e.requestId)) inFlight++;
    seen.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other', status: 0, transfer: 0, done: false });
    lastActivity = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = seen.get(e.requestId);
    if (r) Object.assign(r, { status: e.response.status, type: e.type });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = seen.get(e.requestId);
    if (r && !r.done) Object.assign(r, { transfer: e.encodedDataLength, done: true }), inFlight--;
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = seen.get(e.requestId);
    if (r && !r.done) (r.done = true), inFlight--, failed++;
    lastActivity = Date.now();
  });

  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Quiet for 500 ms: late font and module requests have landed.
  const deadline = Date.now() + 10_000;
  while ((inFlight > 0 || Date.now() - lastActivity < 500) && Date.now() < deadline) await page.waitForTimeout(100);

  const { domElements, bodies } = await page.evaluate(() => {
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ] as PerformanceResourceTiming[];
    return {
      domElements: document.querySelectorAll('*').length,
      bodies: entries.map((e) => [e.name, e.encodedBodySize] as [string, number]),
    };
  });
  await context.close();

  const bodyOf = new Map(bodies);
  const requestList: Request[] = [...seen.values()].map((r) => ({
    url: r.url,
    kind: kindOf(r.type, r.url),
    status: r.status,
    transfer: r.transfer,
    body: bodyOf.get(r.url) ?? 0,
  }));
  const transfer = { html: 0, css: 0, js: 0, font: 0, other: 0, total: 0 };
  for (const r of requestList) {
    transfer[r.kind] += r.transfer;
    transfer.total += r.transfer;
  }
  const katexFonts = requestList
    .filter((r) => r.kind === 'font' && /KaTeX_/.test(r.url))
    .map((r) => {
      const file = r.url.split('/').pop()!;
      return { name: /KaTeX_([A-Za-z0-9]+-[A-Za-z0-9]+)/.exec(file)?.[1] ?? file, file, transfer: r.transfer, body: r.body };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    url,
    requests: requestList.length,
    failed,
    transfer,
    jsGzip: requestList.filter((r) => r.kind === 'js').reduce((sum, r) => sum + r.body, 0),
    domElements,
    katexFonts,
    requestList,
  };
}

/** Measures each URL once, in order, each in its own fresh context. */
export async function measurePages(urls: string[]): Promise<{ browser: string; pages: PageMetrics[] }> {
  const browser = await launchBrowser();
  try {
    const pages: PageMetrics[] = [];
    for (const url of urls) pages.push(await measure(browser, url));
    return { browser: `Chromium ${browser.version()}`, pages };
  } finally {
    await browser.close();
  }
}
