import { createHash } from 'node:crypto';
import { minifySync } from 'rolldown/utils';
import source from '../scripts/theme.js?raw';

/**
 * The colour-scheme script (src/scripts/theme.js), minified with Vite's own bundler (rolldown) for
 * inlining in each page's <head>: about 0.5 kB gzipped on every page, against a request of its own
 * that would block the first paint.
 */
export const THEME_SCRIPT = minifySync('theme.js', source).code.trim();

/** The CSP source that allows exactly THEME_SCRIPT and no other inline script: 'sha256-<base64>'. */
export const THEME_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;
