import { READING_LINE, sectionInView } from '../lib/section-in-view';
import { idOfHash, switchHref } from '../lib/switch-href';
import { followScroll } from './follow-scroll';
import { URL_REPLACED } from './url-state';

const onScreen = (el: Element) => {
  const box = el.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
};

/**
 * Keeps the reader's place across the language switch: the query (calculator values, a search),
 * and the #hash while what it names is on screen, else the section being read (the headings the
 * contents box lists). The href is rewritten whenever any of these change, so the link is
 * current however it is followed or copied: clicked, middle-clicked, copied from its menu.
 */
class LanguageSwitch extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    if (!link) return;
    const target = link.href;
    const headings = [...document.querySelectorAll<HTMLAnchorElement>('toc-highlight a[href^="#"]')]
      .map((a) => document.getElementById(idOfHash(a.hash)))
      .filter((h): h is HTMLElement => h !== null);
    const sync = () => {
      const hash = location.hash;
      const named = hash.length > 1 ? document.getElementById(idOfHash(hash)) : null;
      const i = sectionInView(
        headings.map((h) => h.getBoundingClientRect().top),
        window.innerHeight * READING_LINE,
      );
      link.href = switchHref(target, location.search, {
        hash,
        // A calculator's #id names its heading; the reader may be far down its fields, still in it.
        hashInView: named !== null && onScreen(named.closest('calculator-island') ?? named),
        section: i >= 0 ? `#${headings[i]!.id}` : '',
      });
    };
    for (const event of ['hashchange', 'popstate', URL_REPLACED]) window.addEventListener(event, sync);
    // Before it is followed, whatever happened since the last frame.
    for (const event of ['pointerenter', 'pointerdown', 'focus', 'click', 'contextmenu']) link.addEventListener(event, sync);
    followScroll(sync);
  }
}
customElements.define('language-switch', LanguageSwitch);
