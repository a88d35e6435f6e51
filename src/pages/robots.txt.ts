import type { APIRoute } from 'astro';

/**
 * Names the sitemap, at the address the site is deployed to (SITE_URL and BASE_PATH); a build
 * without SITE_URL has no sitemap and names none.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site && new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap.href}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
