import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { ArticleProblem } from './build-error';

/**
 * True when an inline formula, as written in the source ("$2 to $", with `next` the character after
 * it), breaks pandoc's rule for TeX math between single dollar signs: the opening $ must have a
 * non-space character right after it, the closing $ a non-space character right before it, and the
 * closing $ must not be followed by a digit. remark-math is looser, so "$2 to $3 per hour" becomes
 * the formula "2 to " and the page reads "2to3 per hour"; pandoc's rule exists to read such money
 * amounts as text, so a formula that breaks it is almost always prices.
 * Source: https://pandoc.org/MANUAL.html#extension-tex_math_dollars
 * Double-dollar formulas ($$…$$) are left alone: pandoc reads those as display math, spaces and all.
 */
export function breaksDollarRule(source: string, next: string): boolean {
  if (!/^\$[^$]/.test(source) || !/[^$]\$$/.test(source)) return false;
  return /\s/.test(source[1]!) || /\s/.test(source.at(-2)!) || /[0-9]/.test(next);
}

const MAX_QUOTE = 40;

/**
 * Dollar signs meant as money that remark-math has read as a formula, each with a message saying to
 * write \$. `tree` must come from remark-math, and `file.value` hold the source it was parsed from.
 */
export function moneyDollarProblems(tree: Root, file: VFile): ArticleProblem[] {
  const source = String(file.value);
  const problems: ArticleProblem[] = [];
  visit(tree as Node, 'inlineMath', (node: Node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const written = source.slice(start, end);
    if (!breaksDollarRule(written, source.charAt(end))) return;
    const quote = written.length > MAX_QUOTE ? `${written.slice(0, MAX_QUOTE - 1)}…` : written;
    problems.push({
      path: file.path,
      line: node.position?.start.line,
      column: node.position?.start.column,
      text:
        `"${quote}" would be typeset as a formula, not read as money. ` +
        'Write a dollar sign in prose as \\$, as in "\\$2 to \\$3 per hour". ' +
        '(A formula has no space just inside its $ signs and no digit right after the closing one.)',
    });
  });
  return problems;
}
