/// <reference lib="webworker" />
/**
 * Reads picked checkpoint files' headers off the main thread (issue 27: a safetensors header of a
 * million tensors, 68.7 MB of JSON, or a GGUF of ten million metadata pairs blocked the page for
 * seconds). Loaded by calculator-driver.ts only when files are picked, as a module Worker of the
 * site's own origin (the CSP's script-src 'self' covers it). Posts progress as bytes are read, then
 * the report; the page stops it with terminate(), which is the cancel.
 */
import { blobReader, inspectCheckpoints, type CheckpointReport, type RangeReader } from '@llm-scale/core/checkpoints/index';

/** What the page sends: the files picked. */
export interface CheckpointWorkerRequest {
  files: File[];
}

/** What the worker sends back: progress while reading, then the report. */
export type CheckpointWorkerMessage =
  | { type: 'progress'; name: string; index: number; count: number; bytesRead: number }
  | { type: 'done'; report: CheckpointReport };

/** Progress at most this often, ms: enough for a reader to see it move, cheap for the page. */
const PROGRESS_EVERY_MS = 100;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<CheckpointWorkerRequest>) => {
  void read(event.data.files);
});

async function read(files: readonly File[]): Promise<void> {
  let bytesRead = 0;
  let lastPost = 0;
  const post = (message: CheckpointWorkerMessage) => scope.postMessage(message);
  const counted = (file: File, index: number): RangeReader => {
    const inner = blobReader(file);
    return {
      size: inner.size,
      async readRange(start, end) {
        const now = Date.now();
        if (now - lastPost >= PROGRESS_EVERY_MS) {
          lastPost = now;
          post({ type: 'progress', name: file.name, index, count: files.length, bytesRead });
        }
        const bytes = await inner.readRange(start, end);
        bytesRead += bytes.length;
        return bytes;
      },
    };
  };
  const report = await inspectCheckpoints(files.map((file, index) => ({ name: file.name, reader: counted(file, index) })));
  post({ type: 'done', report });
}
