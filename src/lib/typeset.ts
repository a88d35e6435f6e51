/*
 * Line breaks a reader should never see: a model name split at its hyphen ("GPT-" / "4o"), a
 * number parted from its unit ("4.91" / "GB", "1.6 / TB", "约 2000" / "亿"). The build applies this
 * to the articles' text (src/plugins/rehype-typeset.ts) and components to the names they render.
 */

/** A run of text, and whether it must stay on one line. */
export interface TypesetPiece {
  text: string;
  keep: boolean;
}

const NBSP = '\u00a0';

/**
 * Units and counted words that follow a number after a space: the space becomes a no-break space.
 * Longest first within each alternation is not needed: each ends at a word boundary.
 */
const SPACED_UNIT =
  /(\d)[ \u2009]((?:[KMGTP]i?B|kB|bytes?|bits?|tokens?|(?:[kMGTPE])?FLOP(?:s|\/s)?|FLOPs|[BTMK]|billion|trillion|million|params|parameters|GPUs?|layers?|heads?|experts?|days?|hours?|minutes?|seconds?|years?|%|个|张|层|字节|比特|天|小时|秒|年)(?![A-Za-z0-9]))/g;

/**
 * Runs kept whole: a model name with a hyphen and a digit (GPT-4o, GPT-4o-mini, Llama-3.1-8B,
 * gpt-oss-120b, DeepSeek-V3, Qwen2.5-32B), and a number with a Chinese unit after it (2000亿,
 * 1.5万亿), where the browser may otherwise break before the ideograph.
 */
const KEEP = /[A-Za-z][A-Za-z0-9._]*(?:-[A-Za-z0-9._]+)+|\d[\d,.]*(?:万亿|千亿|百亿|十亿|亿|万|千)/g;

const hasDigit = (text: string) => /\d/.test(text);

/** `text` with a no-break space between each number and the unit after it ("4.91 GB" → "4.91\u00a0GB"). */
export function joinUnits(text: string): string {
  return text.replace(SPACED_UNIT, `$1${NBSP}$2`);
}

/**
 * `text` (units joined, as joinUnits) cut into pieces, the ones that must not break marked `keep`.
 * A hyphenated word without a digit ("well-known") may break as usual. Concatenating the pieces'
 * text gives joinUnits(text).
 */
export function typesetPieces(text: string): TypesetPiece[] {
  const joined = joinUnits(text);
  const pieces: TypesetPiece[] = [];
  let at = 0;
  for (const match of joined.matchAll(KEEP)) {
    // A full stop after a name ends the sentence, not the name.
    const run = match[0].replace(/[._]+$/, '');
    if (!hasDigit(run) || !/[-万亿千]/.test(run)) continue;
    if (match.index > at) pieces.push({ text: joined.slice(at, match.index), keep: false });
    pieces.push({ text: run, keep: true });
    at = match.index + run.length;
  }
  if (at < joined.length) pieces.push({ text: joined.slice(at), keep: false });
  return pieces;
}
