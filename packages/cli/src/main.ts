import { parseArgs } from 'node:util';
import { isLang, type Lang } from '@llm-scale/core/text/lang';
import { fill } from '@llm-scale/core/text/template';
import { count } from './commands/count';
import { inspect } from './commands/inspect';
import { serve } from './commands/serve';
import { finetune } from './commands/finetune';
import { InputError, RunError, type Output } from './output';
import { catalog, type Catalog } from './messages/index';

/** Where the command writes, and the fetch it would use for Hub ids: injected so tests run it in-process. */
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  fetch?: typeof fetch;
}

const COMMANDS = { count, inspect, serve, finetune } as const;
type CommandName = keyof typeof COMMANDS;

/** Options every command takes, and those of serve. Strings, parsed by the command with the site's parsers. */
const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  context: { type: 'string' },
  batch: { type: 'string' },
  weights: { type: 'string' },
  kv: { type: 'string' },
  gpus: { type: 'string' },
  bits: { type: 'string' },
  tp: { type: 'string' },
  pp: { type: 'string' },
  usable: { type: 'string' },
  bandwidth: { type: 'string' },
  peak: { type: 'string' },
  'peak-fp8': { type: 'string' },
  method: { type: 'string' },
  rank: { type: 'string' },
  targets: { type: 'string' },
  sequence: { type: 'string' },
  'micro-batch': { type: 'string' },
  zero: { type: 'string' },
  attention: { type: 'string' },
  'no-checkpointing': { type: 'boolean' },
  tokens: { type: 'string' },
  utilization: { type: 'string' },
  price: { type: 'string' },
} as const;

/**
 * `--context -5` as `--context=-5`: Node's parseArgs takes a value that starts with "-" for an
 * option of its own and reports the value as missing, so a negative number would be refused with
 * the wrong sentence. Joined, the option's own reader refuses it for what it is (not positive).
 */
export function joinNegativeValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    const next = args[i + 1];
    const takesValue = name !== null && Object.hasOwn(OPTIONS, name) && OPTIONS[name as keyof typeof OPTIONS].type === 'string';
    if (takesValue && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/**
 * Runs `llm-scale <command> [args]`. Returns the exit status: 0 on success, 2 for bad input (a
 * missing file, a config or header that cannot be read, a bad option), 1 for anything else. Errors
 * are one sentence on stderr; with --json, stdout gets one JSON object and nothing else.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  // The language is read first, so that even a bad option is reported in it.
  const langIndex = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langValue = langIndex < 0 ? 'en' : argv[langIndex]!.includes('=') ? argv[langIndex]!.split('=')[1]! : (argv[langIndex + 1] ?? '');
  if (!isLang(langValue)) {
    io.stderr.write(fill(catalog('en').errors.badLang, { lang: langValue }) + '\n');
    return 2;
  }
  const lang: Lang = langValue;
  const m = catalog(lang);
  // --lang and its value are read above; the command and its own arguments are the rest.
  const args = langIndex < 0 ? [...argv] : argv.filter((_, i) => i !== langIndex && !(i === langIndex + 1 && !argv[langIndex]!.includes('=')));
  const [name, ...rest] = args;
  try {
    if (name === undefined || name === '--help' || name === '-h') {
      (name === undefined ? io.stderr : io.stdout).write(m.usage + '\n');
      return name === undefined ? 2 : 0;
    }
    if (name.startsWith('-')) throw new InputError(m.errors.noCommand);
    if (!Object.hasOwn(COMMANDS, name)) throw new InputError(fill(m.errors.unknownCommand, { command: name }));
    const command = name as CommandName;
    let parsed;
    try {
      parsed = parseArgs({ args: joinNegativeValues([...rest, ...(langIndex < 0 ? [] : ['--lang', langValue])]), options: OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw new InputError(optionError(e, command, m));
    }
    const { values, positionals } = parsed;
    if (command !== 'inspect' && positionals.length > 1) throw new InputError(fill(m.errors.extraArgument, { option: positionals[1]!, command }));
    if (values.help) {
      io.stdout.write(helpOf(command, m) + '\n');
      return 0;
    }
    const output: Output = await COMMANDS[command](positionals, values, { lang, m, fetch: io.fetch });
    io.stdout.write(values.json ? JSON.stringify(output.json) + '\n' : output.text.join('\n') + '\n');
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr.write(e.message + '\n');
      return 2;
    }
    if (e instanceof RunError) {
      io.stderr.write(e.message + '\n');
      return 1;
    }
    io.stderr.write(fill(m.errors.internal, { detail: e instanceof Error ? e.message : String(e) }) + '\n');
    return 1;
  }
}

function helpOf(command: CommandName, m: Catalog): string {
  return { count: m.countHelp, inspect: m.inspectHelp, serve: m.serveHelp, finetune: m.finetuneHelp }[command];
}

/** parseArgs' own errors are English and long: the option it names, in the reader's language. */
function optionError(e: unknown, command: CommandName, m: Catalog): string {
  const message = e instanceof Error ? e.message : String(e);
  // Node names the option as "--context <value>" when its value is missing at the end.
  const option = (/'([^']+)'/.exec(message)?.[1] ?? '').replace(/ <value>$/, '');
  const code = (e as { code?: string }).code;
  const template =
    code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? m.errors.optionValue : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? m.errors.extraArgument : m.errors.unknownOption;
  return fill(template, { option, command });
}
