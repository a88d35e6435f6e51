import { switchHref } from '../lib/switch-href';

/**
 * Keeps the reader's place across the language switch: the query (calculator state, a search),
 * the #hash, or without one the section the contents box marks as being read. The link is brought
 * up to date whenever it could be followed or copied.
 */
class LanguageSwitch extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    if (!link) return;
    const target = link.href;
    const sync = () => {
      const current = document.querySelector<HTMLAnchorElement>('toc-highlight a[aria-current]');
      link.href = switchHref(target, location.search, location.hash, current?.hash ?? '');
    };
    for (const event of ['pointerenter', 'focus', 'click', 'contextmenu']) link.addEventListener(event, sync);
    sync();
  }
}
customElements.define('language-switch', LanguageSwitch);
