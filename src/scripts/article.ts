// The one script of an article page: a single small file, so the page makes one request for it.
import './language-switch';
import './toc-highlight';
import './calculator-island';
import './copy-math';
