import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { ArticleProblem } from './build-error';

/** An inline ($…$) or display ($$…$$) formula as remark-math parses it. */
interface MathNode extends Node {
  type: 'inlineMath' | 'math';
  value: string;
}

const isMath = (node: Node): node is MathNode => node.type === 'inlineMath' || node.type === 'math';

/** Two indices written together: x_{ij}, A_{mn}, w_{kl}. */
const INDEX_PAIR = /^[i-n]{2}$/;

/**
 * The brace-group subscripts of `tex` (`_{…}`, nested braces kept whole) that hold a word written
 * as bare letters: "head" in `d_{head}`, "kv" in `n_{kv}`. TeX sets such a word as a product of
 * italic variables (h·e·a·d); the field writes it upright, `d_{\text{head}}`, as the articles do.
 * Letters inside a command's argument (`\text{…}`, `\mathrm{…}`) and command names (`\max`) are
 * not counted; single letters and numbers (`d_h`, `x_{i+1}`, `n_{2}`) are symbols, not words.
 * Two index letters side by side (`x_{ij}`, `A_{mn}`, any two of i–n) are the usual notation for
 * two indices, not a word, and pass; `n_{kv}` and `d_{ff}` do not.
 * Each entry is [offset of the `_` in tex, the subscript as written].
 */
export function wordSubscripts(tex: string): [number, string][] {
  const found: [number, string][] = [];
  for (const match of tex.matchAll(/_\s*\{/g)) {
    const open = match.index + match[0].length - 1;
    let depth = 0;
    let close = -1;
    for (let i = open; i < tex.length; i++) {
      if (tex[i] === '\\') i++;
      else if (tex[i] === '{') depth++;
      else if (tex[i] === '}' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) continue;
    const inner = tex.slice(open + 1, close);
    // Drop command arguments innermost first, then command names, and look at what letters remain.
    let bare = inner;
    for (let before = ''; before !== bare; ) {
      before = bare;
      bare = bare.replace(/\\[A-Za-z]+\s*\{[^{}]*\}/g, ' ');
    }
    bare = bare.replace(/\\[A-Za-z]+/g, ' ');
    const words = bare.match(/[A-Za-z]{2,}/g) ?? [];
    if (words.some((word) => !INDEX_PAIR.test(word))) found.push([match.index, tex.slice(match.index, close + 1)]);
  }
  return found;
}

/**
 * Formulas with a word as a bare-letter subscript, each with a message saying to write it in
 * \text{}. `tree` must come from remark-math, and `file.value` hold the source it was parsed from.
 */
export function wordSubscriptProblems(tree: Root, file: VFile): ArticleProblem[] {
  const source = String(file.value);
  const problems: ArticleProblem[] = [];
  visit(tree as Node, isMath, (node: MathNode) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const written = source.slice(start, end);
    for (const [offset, subscript] of wordSubscripts(written)) {
      const word = subscript.replace(/^_\s*\{|\}$/g, '');
      problems.push({
        path: file.path,
        line: (node.position?.start.line ?? 1) + (written.slice(0, offset).match(/\n/g)?.length ?? 0),
        text:
          `"${subscript}" sets the word "${word}" as italic letters multiplied together. ` +
          `Write a word in a subscript as \\text{}, as in "_{\\text{${word}}}".`,
      });
    }
  });
  return problems;
}
