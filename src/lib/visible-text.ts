/**
 * Characters that change how the rest of a line is shown, or are not shown at all: C0 and C1
 * controls, DEL, the bidirectional controls (Unicode UAX #9: ALM U+061C, LRM/RLM U+200E-U+200F,
 * LRE..RLO U+202A-U+202E, LRI..PDI U+2066-U+2069), zero-width characters (U+200B-U+200D, U+2060,
 * U+FEFF), the line and paragraph separators (U+2028, U+2029) and unpaired surrogates.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A name from a file (a file name, a tensor name, general.name) as it can safely be shown: each
 * character of INVISIBLE written as its escape, \u202E, so a right-to-left override cannot reverse
 * the rest of the line and a newline cannot forge one (issue 27). Everything else is left as it is.
 */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
