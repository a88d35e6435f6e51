/**
 * Pure text handling for the search page (src/scripts/search-driver.ts): the query as Pagefind should
 * see it, the excerpt Pagefind returns as plain pieces, and messages filled in without any
 * pattern syntax of String.prototype.replace.
 */

/**
 * The query as the index is searched for it: NFKC, as the calculators read their fields, so
 * full-width letters and digits ("ＧＰＴ－４ｏ") find what their ASCII forms find, and runs of
 * spaces (the ideographic space too) become one.
 */
export function normalizeQuery(query: string): string {
  return wellFormed(query).normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * `text` with each lone surrogate (half of an emoji, pasted or typed) replaced by U+FFFD, as
 * String.prototype.toWellFormed does: encodeURIComponent throws on a lone surrogate, which stopped
 * the search before it searched.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Han characters (the CJK ideographs and their extensions). */
const HAN = /\p{Script=Han}/u;

/**
 * The language whose pages a query on `lang`'s search page is written for, when it is not `lang`:
 * 'zh' for a query with Chinese characters on the English page ("显存"), whose index cannot have
 * them; null otherwise (Latin words are searched on both sites, as the Chinese pages use them).
 */
export function otherLanguageOfQuery(query: string, lang: string): 'zh' | null {
  return lang !== 'zh' && HAN.test(query) ? 'zh' : null;
}

/** One run of an excerpt: text, and whether the search highlighted it. */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/**
 * Pagefind's excerpt, an HTML string in which only <mark> is markup and only "<" and ">" are
 * escaped (pagefind.js writes &lt; and &gt;, and leaves "&" as it is), as pieces of plain text.
 * Spaces are kept exactly where they are, beside a highlight too ("KV cache" stays two words).
 */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  for (const [i, part] of excerpt.split(/<\/?mark>/).entries()) {
    const text = part.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (text === '') continue;
    // split() alternates: even parts lie outside <mark>…</mark>, odd parts inside.
    const marked = i % 2 === 1;
    const last = pieces.at(-1);
    if (last && last.marked === marked) last.text += text;
    else pieces.push({ text, marked });
  }
  return tidyPieces(pieces);
}

/**
 * Pagefind ends every heading and table cell that has no punctuation of its own with ". " (its
 * indexer counts a Chinese character as a word character), which showed as "存储需求. 所有…" and as
 * an excerpt that starts with ". ". After a Chinese character that full stop becomes "。", and
 * punctuation at the very start of an excerpt is dropped.
 */
function tidyPieces(pieces: ExcerptPiece[]): ExcerptPiece[] {
  let before = '';
  for (const piece of pieces) {
    if (/\p{Script=Han}[\u200b]*$/u.test(before) && /^[\u200b]*\. ?/.test(piece.text)) piece.text = piece.text.replace(/^[\u200b]*\. ?/, '。');
    piece.text = piece.text.replace(/(\p{Script=Han})[\u200b]*\.(?: |$)/gu, '$1。');
    before = piece.text;
  }
  const first = pieces[0];
  if (first && !first.marked) {
    first.text = first.text.replace(/^[\s\u200b]*[.。,，;；:：、][\s\u200b]*/u, '');
    if (first.text === '') pieces.shift();
  }
  return pieces;
}

/*
 * The search page's own copies of core/text/template.ts `fill` and `plural` (the one message
 * syntax): the search driver is the only script on its page besides the site script, and sharing a
 * module with the calculator driver would make Vite add a preload map to the site script that
 * every page loads first (+93 bytes gzipped, measured). search-text.test.ts checks that the copies
 * and the originals give the same text.
 */

/** core/text/template.ts `fill`: each `{name}` replaced by values[name] in one pass, a reader's "$&" or "{n}" kept as typed. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z][\w-]*)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? values[name]! : slot));
}

/** core/text/template.ts `plural`: the form Intl.PluralRules picks for `count` in `locale` (a BCP 47 tag), `{n}` filled with `shown`. */
export function pluralTemplate(forms: Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>, count: number, shown: string, locale: string): string {
  return fillTemplate(forms[new Intl.PluralRules(locale).select(count)] ?? forms.other, { n: shown });
}
