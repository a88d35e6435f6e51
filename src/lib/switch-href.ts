/**
 * The other language's address for the reader's place: `target` (the twin page, absolute or
 * root-relative, without query or hash) plus the current query, and the current #hash or, when
 * there is none, the #section being read. Query and hash carry over unchanged: both languages
 * use the same calculator keys and section ids.
 */
export function switchHref(target: string, search: string, hash: string, section: string): string {
  const base = target.split(/[?#]/)[0];
  const place = hash !== '' && hash !== '#' ? hash : section;
  return `${base}${search}${place}`;
}
