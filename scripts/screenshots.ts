// Screenshots of every article in both languages at phone and desktop width, for a person to look
// at before calling visual work done: `npm run screenshots` (after `npm run build`), PNGs in screenshots/:
// the whole page, plus one screen per section (a whole phone page is too tall to look at).
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './site/browser.ts';
import { findArticles } from './site/pages.ts';
import { serveStatic } from './site/server.ts';

const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : findArticles('dist').map((a) => a.path);
const viewports = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];

mkdirSync('screenshots', { recursive: true });
const server = await serveStatic({ '/': 'dist' }, Number(process.env.SCREENSHOTS_PORT ?? 0));
const browser = await launchBrowser();
try {
  for (const path of pages) {
    for (const viewport of viewports) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
      await page.goto(server.origin + path);
      const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '')}-${viewport.name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      for (const id of await page.locator('h2[id]').evaluateAll((hs) => hs.map((h) => h.id))) {
        await page.evaluate((target) => document.getElementById(target)?.scrollIntoView(), id);
        await page.screenshot({ path: file.replace(/\.png$/, `-${id}.png`) });
      }
      for (const name of await page.locator('form[data-calculator]').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-calculator')))) {
        await page.locator(`form[data-calculator="${name}"]`).screenshot({ path: file.replace(/\.png$/, `-calculator-${name}.png`) });
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
