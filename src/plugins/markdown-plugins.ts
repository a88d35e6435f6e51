import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { rehypeBaseLinks } from './rehype-base-links';
import { rehypeFailOnMathError } from './rehype-fail-on-math-error';
import { rehypeHeadingLinks } from './rehype-heading-links';
import { rehypePagefind } from './rehype-pagefind';
import { rehypeScrollBoxes } from './rehype-scroll-boxes';
import { rehypeTypeset } from './rehype-typeset';
import { remarkFailOnAuthoringTraps } from './remark-fail-on-authoring-traps';
import { remarkCalculatorPlaces } from './remark-calculator-places';
import { remarkHeadingIds } from './remark-heading-ids';
import { remarkRecordSectionIds, type SectionIdsByFile } from './remark-record-section-ids';

/**
 * The remark and rehype plugins every article goes through, in order; astro.config.mjs hands them
 * to `unified()` and the plugin tests compile articles with the very same list.
 * `base` is the sub-path the site is deployed under; `sections` collects each article's section ids.
 */
export function markdownPlugins(options: { base: string; sections: SectionIdsByFile }): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} {
  return {
    remarkPlugins: [
      remarkMath,
      // The authoring traps read the parsed source, so they run before anything rewrites it.
      remarkFailOnAuthoringTraps,
      remarkHeadingIds,
      [remarkRecordSectionIds, { into: options.sections }],
      remarkCalculatorPlaces,
    ],
    rehypePlugins: [
      // KaTeX's default output is HTML for the eye plus MathML for screen readers.
      [rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }],
      rehypeFailOnMathError,
      rehypeHeadingLinks,
      rehypeScrollBoxes,
      // Model names and numbers with units stay on one line.
      rehypeTypeset,
      rehypePagefind,
      [rehypeBaseLinks, { base: options.base }],
    ],
  };
}
