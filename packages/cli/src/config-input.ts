import { describeKeyProblems } from '@llm-scale/core/text/messages';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfigJson } from '@llm-scale/core/configs/parse-config';
import type { ConfigResult, JsonObject, KeyProblem } from '@llm-scale/core/configs/types';
import { fill } from '@llm-scale/core/text/template';
import { InputError, type CommandContext } from './output';

/** Reads and parses a config.json named on the command line; bad input throws InputError with the sentence to print. */
export async function readConfigFile(path: string | undefined, command: string, { m }: CommandContext): Promise<JsonObject> {
  if (path === undefined) throw new InputError(fill(m.errors.noInput, { command }));
  let text: string;
  try {
    // A model's folder names its config.json.
    const folder = (await stat(path).catch(() => null))?.isDirectory() ?? false;
    text = await readFile(folder ? join(path, 'config.json') : path, 'utf8').catch((e: unknown) => {
      throw folder ? new InputError(fill(m.errors.noConfigInFolder, { path })) : fileError(path, e, m);
    });
  } catch (e) {
    throw e instanceof InputError ? e : fileError(path, e, m);
  }
  const parsed = parseConfigJson(text);
  if (!parsed.ok) throw new InputError(configError(path, parsed, m));
  return parsed.value;
}

/** The one sentence for a config that cannot be read or counted, with the site's words for each key problem. */
export function configError(path: string, failed: Extract<ConfigResult<unknown>, { ok: false }>, m: CommandContext['m']): string {
  if (failed.error === 'invalid-keys') {
    return fill(m.errors.config, { path, problems: describeProblems(failed.problems, m) });
  }
  return fill(m.errors.configText, { path, reason: m.configReasons[failed.error] });
}

export function describeProblems(problems: readonly KeyProblem[], m: CommandContext['m']): string {
  return describeKeyProblems(problems, m.core);
}

/** A file-system failure as the sentence a reader needs: not found, or why it cannot be read. */
export function fileError(path: string, e: unknown, m: CommandContext['m']): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(fill(m.errors.notFound, { path }));
  return new InputError(fill(m.errors.unreadable, { path, reason: code ?? String(e) }));
}
