/** Where the reader is on the page, as the language switch keeps it. */
export interface ReadingPlace {
  /** location.hash: '' or '#' for none. */
  hash: string;
  /** Whether the element the hash names is on screen now. */
  hashInView: boolean;
  /** '#id' of the section being read (sectionInView), '' above the first heading. */
  section: string;
}

/**
 * The other language's address for the reader's place: `target` (the twin page, absolute or
 * root-relative; a query or hash on it is dropped) plus the current query, and the #hash while
 * what it names is on screen, else the #section being read. A calculator writes its own #id into
 * the hash as the reader types, so a hash scrolled out of view is where the reader was, not is.
 * Query and hash carry over unchanged: both languages use the same calculator keys and section ids.
 */
export function switchHref(target: string, search: string, place: ReadingPlace): string {
  const base = target.split(/[?#]/)[0];
  const hasHash = place.hash !== '' && place.hash !== '#';
  return `${base}${search}${hasHash && place.hashInView ? place.hash : place.section}`;
}

/**
 * The element id a `#hash` names (without the "#"), percent-escapes decoded as the browser decodes
 * them; the text as it stands when an escape is broken ("#%E0%A4%A" from a hand-edited link),
 * where decodeURIComponent would throw and stop whatever was reading the hash.
 */
export function idOfHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
