// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { katexFonts } from './src/integrations/katex-fonts.ts';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkHeadingIds } from './src/plugins/remark-heading-ids.ts';
import { rehypeHeadingLinks } from './src/plugins/rehype-heading-links.ts';
import { rehypeScrollBoxes } from './src/plugins/rehype-scroll-boxes.ts';
import { rehypeFailOnMathError } from './src/plugins/rehype-fail-on-math-error.ts';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.ts';

// BASE_PATH deploys the site under a sub-path (e.g. /llm-scale/ on a project page);
// SITE_URL is the public origin used for canonical and hreflang URLs.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// A second output folder lets the tests build and serve the sub-path deployment beside the main one.
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'ignore',
  // katexFonts first: it renames the font and CSS files that later hooks may list.
  integrations: [mdx({ optimize: true }), katexFonts(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkHeadingIds],
      rehypePlugins: [
        // KaTeX's default output is HTML for the eye plus MathML for screen readers.
        [rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }],
        rehypeFailOnMathError,
        rehypeHeadingLinks,
        rehypeScrollBoxes,
        [rehypeBaseLinks, { base }],
      ],
    }),
  },
  build: {
    // External files only: the Content-Security-Policy allows no inline script or style.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
