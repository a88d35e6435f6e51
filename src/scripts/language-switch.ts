// Keeps the reader's place: the link to the other language carries the current #section.
class LanguageSwitch extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    if (!link) return;
    const base = link.href.split('#')[0];
    const sync = () => {
      link.href = base + location.hash;
    };
    sync();
    window.addEventListener('hashchange', sync);
  }
}
customElements.define('language-switch', LanguageSwitch);
