/**
 * Where the section being read begins: a heading counts as read once its top has scrolled past
 * this fraction of the viewport's height, from the top. The contents box marks it and the
 * language switch keeps it.
 */
export const READING_LINE = 0.2;

/**
 * The index of the section being read, given its headings' tops in CSS px from the top of the
 * viewport, in document order: the last heading at or above `line` (px from the top of the
 * viewport), or -1 while the reader is above the first one.
 */
export function sectionInView(tops: readonly number[], line: number): number {
  let current = -1;
  for (const [i, top] of tops.entries()) {
    if (top > line) break;
    current = i;
  }
  return current;
}
