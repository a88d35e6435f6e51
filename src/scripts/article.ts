// The script of every article page; pages with calculators also load calculator-island.
import './language-switch';
import './toc-highlight';
import './copy-math';
