import { open, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CheckpointFile } from '@llm-scale/core/checkpoints/inspect';
import { fill } from '@llm-scale/core/text/template';
import { fileError } from './config-input';
import { InputError, type CommandContext } from './output';

const CHECKPOINT_FILE = /\.(safetensors|gguf)$/i;
/** The .json files that say how a quantized checkpoint is packed (its quantization_config), read beside the shards. */
const QUANTIZATION_CONFIG = /^(config|quantize_config|quant_config)\.json$/i;

/** An open file read by byte ranges, as the browser reads a File: only the header's bytes are ever read. */
export interface OpenCheckpoint extends CheckpointFile {
  close(): Promise<void>;
}

/**
 * The checkpoint files the arguments name: each file as given, and each folder's .safetensors and
 * .gguf files in name order (shards then come in order), with its config.json (or AutoGPTQ's
 * quantize_config.json, AutoAWQ's quant_config.json), which says how quantized weights are packed. Throws InputError for a missing path or a
 * folder without checkpoints. The caller closes every returned file.
 */
export async function openCheckpoints(paths: readonly string[], { m }: CommandContext): Promise<OpenCheckpoint[]> {
  if (paths.length === 0) throw new InputError(m.errors.noFiles);
  const names: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      throw fileError(path, e, m);
    }
    if (info.isDirectory()) {
      const all = await readdir(path);
      const inside = all.filter((f) => CHECKPOINT_FILE.test(f)).sort();
      if (inside.length === 0) throw new InputError(fill(m.errors.noCheckpoints, { path }));
      names.push(...all.filter((f) => QUANTIZATION_CONFIG.test(f)).map((f) => join(path, f)), ...inside.map((f) => join(path, f)));
    } else names.push(path);
  }
  const opened: OpenCheckpoint[] = [];
  try {
    for (const path of names) {
      const handle = await open(path, 'r').catch((e: unknown) => {
        throw fileError(path, e, m);
      });
      const { size } = await handle.stat();
      opened.push({
        name: basename(path),
        reader: {
          size,
          async readRange(start, end) {
            const buffer = new Uint8Array(end - start);
            let done = 0;
            while (done < buffer.length) {
              const { bytesRead } = await handle.read(buffer, done, buffer.length - done, start + done);
              if (bytesRead === 0) throw new Error('unexpected end of file');
              done += bytesRead;
            }
            return buffer;
          },
        },
        close: () => handle.close(),
      });
    }
  } catch (e) {
    await Promise.all(opened.map((f) => f.close()));
    throw e;
  }
  return opened;
}
