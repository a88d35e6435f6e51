import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page of the built site (dist/), as the URL a reader opens: "/en/", "/404.html". */
export function builtPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const path = '/' + relative(dir, full).split(sep).join('/');
        pages.push(path.replace(/index\.html$/, ''));
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** The article pages: /en/<slug>/ and /zh/<slug>/ with prose (not /en/search/). */
export const builtArticles = (dir = 'dist') =>
  builtPages(dir).filter(
    (p) => /^\/(en|zh)\/[^/]+\/$/.test(p) && readFileSync(join(dir, p, 'index.html'), 'utf8').includes('class="prose"'),
  );
