import { zhStyleRules, type ZhStyleRule } from '../data/zh-style';

/** One breach of a rule in src/data/zh-style.ts. `line` is 1-based in the checked file. */
export interface ZhStyleProblem {
  file: string;
  line: number;
  rule: string;
  /** The text that matched, as written (after prepareText). */
  found: string;
  preferred: string;
}

/**
 * The line as a reader sees it, so rules look at words rather than markup: a link keeps its text
 * and loses its target and brackets, a heading loses its \{#id\}, a bare URL goes, and KaTeX's
 * digit-group braces {,} become a plain comma (16{,}384 is the reader's 16,384).
 */
export function prepareText(line: string): string {
  return line
    .replace(/\]\((?:[^()\s]|\([^()\s]*\))*\)/g, ']')
    .replace(/[[\]]/g, '')
    .replace(/\\\{#[^}\\]*\\\}/g, '')
    .replace(/https?:\/\/[^\s"')]+/g, '')
    .replace(/\{,\}/g, ',');
}

/** Sentences of a prepared line, for rules that look at one sentence at a time. */
function sentences(text: string): string[] {
  return text.split(/(?<=[。！？；])/u);
}

/**
 * Every match of every rule in `text`, line by line. `lines` limits the check to 1-based line
 * numbers in [from, to] (for the Chinese half of a file that holds both languages). Lines without a
 * Han character are skipped (front matter, code, English) unless `everyLine` is set, as for a
 * Chinese page's calculator result such as "0.02%–0.133%", which is Chinese text without a Han
 * character. Pure; the caller reads files. Returns [] for clean text.
 */
export function checkZhStyle(
  file: string,
  text: string,
  rules: readonly ZhStyleRule[] = zhStyleRules,
  lines: { from: number; to: number } = { from: 1, to: Number.MAX_SAFE_INTEGER },
  everyLine = false,
): ZhStyleProblem[] {
  const problems: ZhStyleProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (line < lines.from || line > lines.to || (!everyLine && !/\p{Script=Han}/u.test(raw))) return;
    const prepared = prepareText(raw);
    for (const rule of rules) {
      const parts = rule.id === 'bits-one-sentence' ? sentences(prepared) : [prepared];
      for (const part of parts) {
        for (const match of part.matchAll(rule.pattern)) {
          problems.push({ file, line, rule: rule.id, found: match[0].trim() || match[0], preferred: rule.preferred });
        }
      }
    }
  });
  return problems;
}

/** "content/zh/a.mdx:12: 内存 → 显存（…） [gpu-memory]": the form of every message. */
export function problemMessage(p: ZhStyleProblem): string {
  const found = p.found.length > 40 ? `${p.found.slice(0, 40)}…` : p.found;
  return `${p.file}:${p.line}: "${found}" → ${p.preferred} [${p.rule}]`;
}
