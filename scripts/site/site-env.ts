/** The deployment settings the build used (see astro.config.mjs), read the same way. */
export function siteEnv(): { base: string; siteOrigin: string } {
  const base = process.env.BASE_PATH ?? '/';
  return {
    base: base.endsWith('/') ? base : `${base}/`,
    siteOrigin: new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin,
  };
}
