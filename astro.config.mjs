// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { katexFonts } from './src/integrations/katex-fonts.ts';
import { unified } from '@astrojs/markdown-remark';
import { markdownPlugins } from './src/plugins/markdown-plugins.ts';
import { sameSections } from './src/integrations/same-sections.ts';
import { articleErrors } from './src/integrations/article-errors.ts';
import { DEFAULT_LANG, LANGS, LANGUAGE_TAGS } from '@llm-scale/core/text/lang';
import { siteUrlNotice } from './src/integrations/site-url-notice.ts';

// BASE_PATH deploys the site under a sub-path (e.g. /llm-scale/ on a project page);
// SITE_URL is the public origin used for canonical and hreflang URLs, the sitemap and robots.txt.
// Without it the build writes none of these absolute addresses (a guessed origin such as
// localhost would send search engines nowhere) and says so in one line; a production deploy sets it.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL || undefined;
// A second output folder lets the tests build and serve the sub-path deployment beside the main one.
const outDir = process.env.OUT_DIR ?? 'dist';
// Each article's section ids, noted as it compiles, so sameSections() can compare the two languages.
/** @type {import('./src/plugins/remark-record-section-ids.ts').SectionIdsByFile} */
const sections = new Map();

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'ignore',
  // Every page lives under its language (/en/, /zh/); the root page lets the reader choose.
  i18n: {
    locales: LANGS,
    defaultLocale: DEFAULT_LANG,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // katexFonts first: it renames the font and CSS files that later hooks may list.
  integrations: [
    mdx({ optimize: true }),
    katexFonts(),
    ...(site
      ? [sitemap({ filter: (page) => !page.endsWith('/404/'), i18n: { defaultLocale: DEFAULT_LANG, locales: LANGUAGE_TAGS } })]
      : [siteUrlNotice()]),
    sameSections({ sections }),
    articleErrors(),
  ],
  markdown: {
    // No article has a code block. Shiki (Astro's default highlighter) is built lazily inside the
    // first MDX transform, and every article compiling at the same time waits for it with its whole
    // tree in memory: 3.4 GB at the peak of a 500-articles-per-language build, 2.3 GB without it.
    // Starlight turns it off too (its code blocks are Expressive Code's). A code block would still
    // render, uncoloured.
    syntaxHighlight: false,
    // The plugin list (src/plugins/markdown-plugins.ts) is shared with the plugins' tests.
    processor: unified(markdownPlugins({ base, sections })),
  },
  build: {
    // Stylesheets as files: the Content-Security-Policy allows no inline style.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro wraps each MDX article in a module that starts with "use astro:head-inject", and the
        // bundler warns, once per article, that it may not keep the directive. The warning is about
        // Astro's own code and changes nothing in the output (withastro/astro#18087), so it is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
