import { idOfHash } from '../lib/switch-href';
import { READING_LINE, sectionInView } from '../lib/section-in-view';
import { followScroll } from './follow-scroll';

// Marks the table-of-contents entry of the section being read with aria-current, so both the
// eye (styled) and a screen reader ("current location") know where the reader is.
//
// The contents are a <details>: open beside the text on a wide screen, one closed line under the
// title on a phone, where choosing an entry closes it again so the section is what shows.
const WIDE = '(min-width: 64rem)';

class TocHighlight extends HTMLElement {
  connectedCallback() {
    const details = this.querySelector('details');
    if (details) {
      const wide = matchMedia(WIDE);
      const summary = details.querySelector('summary');
      const fit = () => {
        details.open = wide.matches;
        // Wide, the list always stands open: its summary is a label, not a stop for the Tab key.
        if (summary) summary.tabIndex = wide.matches ? -1 : 0;
      };
      wide.addEventListener('change', fit);
      fit();
      this.addEventListener('click', (event) => {
        if (!wide.matches && event.target instanceof Element && event.target.closest('a')) details.open = false;
      });
    }
    const links = new Map<string, HTMLAnchorElement>();
    for (const a of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      links.set(idOfHash(a.hash), a);
    }
    const headings = [...links.keys()]
      .map((id) => document.getElementById(id))
      .filter((h): h is HTMLElement => h !== null);
    if (headings.length === 0) return;

    const mark = () => {
      // Above the first heading, the contents still mark where the reading starts.
      const tops = headings.map((h) => h.getBoundingClientRect().top);
      const current = headings[Math.max(0, sectionInView(tops, window.innerHeight * READING_LINE))];
      for (const [id, a] of links) {
        if (id === current?.id) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
      }
    };
    followScroll(mark, ['hashchange']);
  }
}
customElements.define('toc-highlight', TocHighlight);
