import { stat } from 'node:fs/promises';
import { HubError, parseModelId, readHubModel, type HubModel } from '@llm-scale/core/hub';
import type { JsonObject } from '@llm-scale/core/configs/types';
import { fill } from '@llm-scale/core/text/template';
import { readConfigFile } from './config-input';
import { InputError, RunError, type CommandContext } from './output';

/** What an argument names: a file on disk, or a model on the Hugging Face Hub read by its headers. */
export type ModelSource = { kind: 'file'; path: string } | { kind: 'hub'; model: HubModel };

/**
 * A path that exists is a file; anything else that parses as a Hub id (org/name, org/name@revision,
 * a huggingface.co or hf.co address: core/hub/model-id.ts) is read from the Hub with the fetch the
 * command was given, as the site's model field reads it; anything else is a missing file. Hub
 * failures throw InputError with the site's sentence for them (src/i18n/<lang>/hub.ts).
 */
export async function resolveModel(arg: string | undefined, command: string, context: CommandContext): Promise<ModelSource> {
  const { m } = context;
  if (arg === undefined) throw new InputError(fill(m.errors.noInput, { command }));
  if (await stat(arg).then(() => true, () => false)) return { kind: 'file', path: arg };
  // A path that is not there is a missing file, not a model to ask the Hub for (foo/config.json).
  if (looksLikePath(arg)) throw new InputError(fill(m.errors.notFound, { path: arg }));
  const id = parseModelId(arg);
  if (!id.ok) {
    // Neither a file nor a model id: say which it looked like.
    if (!arg.includes('/')) throw new InputError(fill(m.errors.notFound, { path: arg }));
    throw new InputError(m.core.modelErrors[`model-${id.error}`] ?? fill(m.errors.notFound, { path: arg }));
  }
  if (!context.fetch) throw new InputError(fill(m.errors.notFound, { path: arg }));
  try {
    return { kind: 'hub', model: await readHubModel(id.value, { fetch: context.fetch }) };
  } catch (e) {
    if (!(e instanceof HubError)) throw e;
    // Offline or blocked is no fault of the input: status 1, with what to do in a terminal.
    if (e.code === 'network') throw new RunError(m.errors.offline);
    // Node sees the Hub's Retry-After (a browser is not shown it): its seconds are said.
    const seconds = e.retryAfter;
    const template =
      e.code === 'rate-limited' && seconds === undefined
        ? m.core.hub.rateLimitedNoTime
        : e.code === 'gated'
          ? m.errors.gated
          : e.code === 'bad-response'
            ? m.errors.badResponse
            : m.core.hub.errors[e.code];
    throw new InputError(fill(template, { repo: id.value.repo, revision: id.value.revision, seconds: String(seconds ?? '') }));
  }
}

/**
 * Whether an argument can only be a path on disk: it ends in .json, .safetensors or .gguf (the files
 * the commands read; no Hub id has a dot-suffix there) or starts with ./, ../, / or ~. A Hub
 * address (https://…) is never one; a bare org/name is read as a Hub id when no such folder exists.
 */
export function looksLikePath(arg: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return false;
  return /\.(json|safetensors|gguf)$/i.test(arg) || /^(\.{1,2}[\\/]|[\\/]|~)/.test(arg) || arg === '.' || arg === '..';
}

/** The config.json a command works from: the file's, or the Hub model's (an error when it has none). */
export async function configOf(source: ModelSource, command: string, context: CommandContext): Promise<{ config: JsonObject; name: string }> {
  if (source.kind === 'file') return { config: await readConfigFile(source.path, command, context), name: source.path };
  const { model } = source;
  if (!model.config) throw new InputError(fill(context.m.core.hub.noConfig, { repo: model.id.repo }));
  return { config: model.config, name: model.id.repo };
}
