// Compiles one article the way the build does, for the plugins' tests: Astro's own MDX renderer
// (`unified().createMdxRenderer`, what @astrojs/mdx calls) with the site's plugin list.
import { unified } from '@astrojs/markdown-remark';
import { markdownPlugins } from './markdown-plugins';
import type { SectionIdsByFile } from './remark-record-section-ids';

/**
 * Compiles `body` (MDX without front matter) as the file at `path`, e.g. "content/zh/x.mdx" (the
 * folder sets the language). Resolves to the compiled JavaScript module as text; rejects with the
 * error the build would stop on.
 */
export async function compileArticle(path: string, body: string, sections: SectionIdsByFile = new Map()): Promise<string> {
  const renderer = await unified(markdownPlugins({ base: '/', sections })).createMdxRenderer!(
    { gfm: true, smartypants: true },
    { optimize: false, srcDir: new URL('../', import.meta.url), sourcemap: false },
  );
  const { code } = await renderer.process(body, path, {});
  return code;
}
