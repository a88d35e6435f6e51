// The one script of the site's pages (articles and search), one entry so a page makes one request
// for it and the loader of the lazily loaded chunks needs no file of its own. Each part is a
// custom element that does nothing on a page without it; the heavier calculators and Pagefind
// load as their own chunks on first use.
import './language-switch';
import './toc-highlight';
import './copy-math';
import './calculator-island';
import './site-search';
