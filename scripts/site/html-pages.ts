import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as URL paths under `base` ("/llm-scale/en/index.html"). */
export function listFiles(dir: string, base = '/'): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(base + relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** The HTML pages of a built site: URL path of the file → its markup. */
export function readHtmlPages(dir: string, base = '/'): Map<string, string> {
  const pages = new Map<string, string>();
  for (const path of listFiles(dir, base)) {
    if (path.endsWith('.html')) pages.set(path, readFileSync(join(dir, path.slice(base.length)), 'utf8'));
  }
  return pages;
}
