import type { Lang } from '@llm-scale/core/text/lang';
import type { Catalog } from './messages/index';

/** Bad input: the command exits with status 2 and prints the message, one sentence, on stderr. */
export class InputError extends Error {}

/** Trouble outside the input (the Hub unreachable): exit status 1, with this sentence on stderr. */
export class RunError extends Error {}

/** What a command prints: `text` lines, or `json` (numbers as plain integers) under --json. */
export interface Output {
  text: string[];
  json: Record<string, unknown>;
}

export interface CommandContext {
  lang: Lang;
  m: Catalog;
  fetch?: typeof fetch;
}

/** The options as parseArgs gives them: strings, or true for flags. */
export type Options = Readonly<Record<string, string | boolean | undefined>>;

export type Command = (positionals: readonly string[], options: Options, context: CommandContext) => Promise<Output>;

/** "label  value" lines with the labels padded to one width (by UTF-16 length: CJK labels stay aligned among themselves). */
export function table(rows: readonly (readonly [string, string])[], indent = ''): string[] {
  const width = Math.max(0, ...rows.map(([label]) => displayWidth(label)));
  return rows.map(([label, value]) => `${indent}${label}${' '.repeat(width - displayWidth(label) + 2)}${value}`);
}

/** Columns a string takes in a terminal: wide (CJK) characters count twice. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}
