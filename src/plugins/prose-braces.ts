import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { ArticleProblem } from './build-error';

/** The mdast nodes MDX makes of `{…}` in text (mdast-util-mdx-expression), with the parsed code. */
interface Expression extends Node {
  type: 'mdxTextExpression' | 'mdxFlowExpression';
  value: string;
  data?: { estree?: { body: unknown[]; comments?: unknown[] } | null };
}

const isExpression = (node: Node): node is Expression => node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression';

/** `{/* a note for writers *\/}` is MDX's comment: it renders nothing, on purpose. */
const isComment = (node: Expression) => node.data?.estree?.body.length === 0 && (node.data.estree.comments?.length ?? 0) > 0;

const MAX_QUOTE = 40;

/**
 * Braces in an article's text, each with a message saying to escape them. MDX reads `{…}` as
 * JavaScript, so "sizes {64, 128, 256}" would show "sizes 256" (the value of the comma expression)
 * and "{n}" would break the page. The articles use no expressions, so every one is a slip; heading
 * ids are escaped the same way (\{#id\}). Braces inside $…$ belong to the formula and never reach
 * here; JSX attributes (`<Note kind="info">`) are not text either.
 */
export function proseBraceProblems(tree: Root, file: VFile): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  visit(tree as Node, isExpression, (node: Expression) => {
    if (isComment(node)) return;
    const written = `{${node.value}}`.replace(/\s+/g, ' ');
    const quote = written.length > MAX_QUOTE ? `${written.slice(0, MAX_QUOTE - 2)}…}` : written;
    problems.push({
      path: file.path,
      line: node.position?.start.line,
      column: node.position?.start.column,
      text:
        `MDX reads "${quote}" as JavaScript, so the page would show the code's result instead of the braces. ` +
        `Write braces in text as \\{ and \\}, as in "${quote.replace(/^\{/, '\\{').replace(/\}$/, '\\}')}".`,
    });
  });
  return problems;
}
