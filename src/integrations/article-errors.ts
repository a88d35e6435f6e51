// Readable build errors for problems in articles. An error a remark or rehype plugin raises while
// MDX compiles an article reaches the build log with a stack trace into @astrojs/mdx and rolldown
// (@astrojs/mdx captures it again, and Astro's CLI prints every stack in full), and when several
// articles fail only the first is shown. At the end of a failed build this Vite plugin empties the
// stack of each error made by buildError() and gathers all their messages into the first, so the
// log lists every broken article, each by file and line, and nothing else.
import type { AstroIntegration } from 'astro';
import { isArticleError } from '../plugins/build-error';

/** The errors of a failed build: rolldown reports several as one error with an `errors` list. */
const errorsOf = (error: Error & { errors?: unknown[] }): unknown[] => (Array.isArray(error.errors) ? error.errors : [error]);

export function articleErrors(): AstroIntegration {
  return {
    name: 'article-errors',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'article-errors',
                buildEnd(error?: Error) {
                  if (!error) return;
                  const all = errorsOf(error);
                  const ours = all.filter(isArticleError);
                  for (const e of ours) e.stack = '';
                  // The log shows the first error only: make it carry every article's message.
                  const shown = all[0];
                  if (ours.length > 1 && isArticleError(shown)) {
                    shown.message = [...new Set(ours.map((e) => e.message))].sort().join('\n');
                  }
                },
              },
            ],
          },
        });
      },
    },
  };
}
