import type { AstroIntegration } from 'astro';

/** The one line a build without SITE_URL prints: what it left out, and what a production deploy sets. */
export const SITE_URL_NOTICE =
  'SITE_URL is not set: no canonical or hreflang addresses, no sitemap, and robots.txt names none. A production deploy sets SITE_URL=https://its.origin';

/** Says once, when the build starts, that the site is built without its public address. */
export function siteUrlNotice(): AstroIntegration {
  return {
    name: 'site-url-notice',
    hooks: {
      'astro:build:start': ({ logger }) => logger.warn(SITE_URL_NOTICE),
    },
  };
}
