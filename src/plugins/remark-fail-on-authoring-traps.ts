import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { buildError } from './build-error';
import { moneyDollarProblems } from './money-dollars';
import { proseBraceProblems } from './prose-braces';
import { wordSubscriptProblems } from './word-subscripts';

/**
 * Stops the build at the authoring slips that change what readers see without any error: a
 * dollar sign meant as money that would be typeset as a formula, braces that MDX would run as
 * code, and a word in a formula's subscript written as bare (italic) letters. Every such place in
 * the file is listed at once, by line, with what to write instead.
 * Runs after remark-math and before any plugin that rewrites the text.
 */
export function remarkFailOnAuthoringTraps() {
  return (tree: Root, file: VFile) => {
    const problems = [...moneyDollarProblems(tree, file), ...proseBraceProblems(tree, file), ...wordSubscriptProblems(tree, file)].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    );
    if (problems.length > 0) throw buildError(problems);
  };
}
