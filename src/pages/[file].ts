import type { APIRoute, GetStaticPaths } from 'astro';
import { CSP_HEADER } from '../utils/security';
import { withBase } from '../utils/paths';

// Astro skips page files whose names start with "_", so the file name comes in as a parameter.
export const getStaticPaths = (() => [{ params: { file: '_headers' } }]) satisfies GetStaticPaths;

/** Response headers for static hosts that read a _headers file; the same policy as the pages' meta tag. */
export const GET: APIRoute = () =>
  new Response(
    [
      withBase('*'),
      `  Content-Security-Policy: ${CSP_HEADER}`,
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      // Hashed file names: safe to cache for a year.
      withBase('_astro/*'),
      '  Cache-Control: public, max-age=31536000, immutable',
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
