import { THEME_SCRIPT_SOURCE } from './theme-script';

/**
 * The Content-Security-Policy every page satisfies: everything from the site's own origin, one
 * inline script allowed by its hash (the colour scheme, before the first paint) and no inline <style>
 * elements. KaTeX positions glyphs with style attributes, so those (and only those) are allowed inline.
 */
/** The Hub's hosts the browser may fetch from (src/scripts/hub-field.ts, @llm-scale/core/hub). */
export const HUB_CONNECT_SOURCES = ['https://huggingface.co', 'https://*.hf.co', 'https://*.huggingface.co'] as const;

const CSP_DIRECTIVES = [
  "default-src 'self'",
  // wasm-unsafe-eval lets the search page run Pagefind's WebAssembly; it allows no JavaScript eval.
  `script-src 'self' ${THEME_SCRIPT_SOURCE} 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  // The model field reads public models from the Hugging Face Hub: huggingface.co for config.json,
  // the index and the file list, and the hosts its /resolve/ redirects large files to (today
  // cas-bridge.xethub.hf.co, before it cdn-lfs*.hf.co and cdn-lfs*.huggingface.co). Nothing else.
  `connect-src 'self' ${HUB_CONNECT_SOURCES.join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** For the <meta http-equiv> tag, which cannot carry frame-ancestors. */
export const CSP_META = CSP_DIRECTIVES.join('; ');

/** For hosts that read a _headers file (Netlify, Cloudflare Pages), where frame-ancestors works. */
export const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
