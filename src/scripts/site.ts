// The one script of the site's pages (articles and search), one entry so a page makes one request
// for it and the loader of the lazily loaded chunks needs no file of its own. Each part is a
// custom element or listener that does nothing on a page without its markup. What is heavier loads
// as its own chunk only where it is used: a calculator's driver and arithmetic on first use
// (calculator-island.ts), the search page's driver and Pagefind on the search page.
import './language-switch';
import './toc-highlight';
import './copy-math';
import './calculator-island';
import './scroll-cue';

if (document.querySelector('site-search')) void import('./search-driver');
if (document.querySelector('template[data-chrome]')) void import('./not-found-chrome').then((m) => m.localizeNotFound());
