/**
 * On the 404 page (src/pages/404.astro), which answers every unknown address: under another
 * language's folder (/zh/…), puts that language's header and footer, kept in a <template>, in
 * place of the English ones, each marked with its language. The theme button keeps the state the
 * colour-scheme script gave the one it replaces.
 */
export function localizeNotFound(): void {
  const template = [...document.querySelectorAll<HTMLTemplateElement>('template[data-chrome]')].find((t) =>
    location.pathname.startsWith(t.dataset.chrome ?? '\0'),
  );
  if (!template) return;
  const lang = template.dataset.lang ?? '';
  for (const selector of ['.site-header', '.site-footer']) {
    const current = document.querySelector(selector);
    const replacement = template.content.querySelector<HTMLElement>(selector);
    if (!current || !replacement) continue;
    replacement.lang = lang;
    const oldButton = current.querySelector<HTMLElement>('[data-theme-toggle]');
    const newButton = replacement.querySelector<HTMLElement>('[data-theme-toggle]');
    if (oldButton && newButton) {
      newButton.hidden = oldButton.hidden;
      newButton.dataset.choice = oldButton.dataset.choice ?? 'system';
    }
    current.replaceWith(replacement);
  }
  const skip = document.querySelector<HTMLElement>('.skip-link');
  if (skip) {
    skip.textContent = template.dataset.skip ?? skip.textContent;
    skip.lang = lang;
  }
}
