/**
 * The page's scripts change its address in place (a calculator writes its fields into the query,
 * the search page its ?q=) with history.replaceState, which fires no event. They do it through
 * replaceUrl, which then fires URL_REPLACED on window, so a link built from the address (the
 * language switch) is current before anyone hovers it, copies it or middle-clicks it.
 */
export const URL_REPLACED = 'url-replaced';

/** history.replaceState(history.state, '', url), then URL_REPLACED on window. */
export function replaceUrl(url: string): void {
  history.replaceState(history.state, '', url);
  window.dispatchEvent(new Event(URL_REPLACED));
}
