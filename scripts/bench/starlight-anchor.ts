// The anchor the build is measured against: Starlight (pinned in devDependencies) building the same
// synthetic articles, in both languages, with the same math pipeline (remark-math, rehype-katex in
// strict mode, MathML beside the HTML). Pagefind is off on both sides: `astro build` of the site does
// not run it either (it runs after, in `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticContent } from './synthetic-content.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Anchor',
      defaultLocale: 'en',
      locales: { en: { label: 'English' }, zh: { label: '简体中文', lang: 'zh-CN' } },
      pagefind: false,
    }),
  ],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }]],
    }),
  },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * The site's correction note as Starlight writes one: an Aside. The rest of a synthetic article is
 * plain MDX that both build as it is.
 */
export function asStarlightArticle(mdx: string): string {
  const [, frontMatter, body] = mdx.split(/^---$/m);
  const aside = body!.split('<Note kind="correction">').join('<Aside type="caution">').split('</Note>').join('</Aside>');
  return `---${frontMatter}---\n\nimport { Aside } from '@astrojs/starlight/components';\n${aside}`;
}

/** Writes a Starlight project with `perLang` synthetic articles per language into `dir` (node_modules aside). */
export function writeStarlightProject(dir: string, perLang: number): { bytes: number } {
  // Astro bundles (rather than leaves to Node) the packages the project's package.json names as
  // dependencies, which Starlight's components need.
  const dependencies = { astro: '*', '@astrojs/starlight': '*', 'remark-math': '*', 'rehype-katex': '*' };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'starlight-anchor', private: true, type: 'module', dependencies }, null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  return writeSyntheticContent(join(dir, 'src', 'content', 'docs'), perLang, asStarlightArticle);
}
