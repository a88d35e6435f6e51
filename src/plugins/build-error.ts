import { relative } from 'node:path';

/** One thing wrong in an article: where it is, and a sentence saying what to write instead. */
export interface ArticleProblem {
  /** The article's path, absolute or relative to the project folder. */
  path: string;
  /** 1-based line and column in the article file, when known. */
  line?: number;
  column?: number;
  text: string;
}

/**
 * "content/en/some-article.mdx:12: text", or without the line for a problem of the whole file: the
 * form of every build message about an article.
 */
export function problemLine(problem: ArticleProblem): string {
  const where = relative(process.cwd(), problem.path) || problem.path;
  return problem.line === undefined ? `${where}: ${problem.text}` : `${where}:${problem.line}: ${problem.text}`;
}

/** An error about articles, made by buildError(). */
export type ArticleError = Error & { line?: number; column?: number; articleProblems: readonly ArticleProblem[] };

/**
 * The error that stops the build over problems in articles: an optional headline, then one line per
 * problem naming file and line. The first problem's line and column go on the error, where
 * @astrojs/mdx reads them for Astro's "Location:". The stack is emptied because it only ever points
 * into Astro's and Vite's code, never at the article, and Astro prints no empty stack; for errors
 * raised while compiling MDX, whose stack @astrojs/mdx captures again, src/integrations/article-errors.ts
 * empties it at the end of the build.
 */
export function buildError(problems: readonly ArticleProblem[], headline?: string): ArticleError {
  const lines = problems.map(problemLine);
  const message = headline ? [headline, ...lines.map((line) => `  ${line}`)].join('\n') : lines.join('\n');
  const error = Object.assign(new Error(message), { line: problems[0]?.line, column: problems[0]?.column, articleProblems: problems });
  error.stack = '';
  return error;
}

export function isArticleError(error: unknown): error is ArticleError {
  return error instanceof Error && Array.isArray((error as Partial<ArticleError>).articleProblems);
}
