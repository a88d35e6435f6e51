import type { Root } from 'hast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { buildError } from './build-error';

type VFileMessage = VFile['messages'][number];

/**
 * Where a KaTeX failure sits in the article. rehype-katex places its message on the formula's
 * `<code>` element; for a display formula ($$ … $$) that element is made by remark-math without a
 * position, so the line comes from the nearest ancestor that has one (the `<pre>` of the formula).
 */
function placeOf(message: VFileMessage): { line?: number; column?: number } {
  if (message.line != null) return { line: message.line, column: message.column ?? undefined };
  const placed = [...(message.ancestors ?? [])].reverse().find((node: Node) => node.position);
  return { line: placed?.position?.start.line, column: placed?.position?.start.column };
}

/**
 * rehype-katex reports a formula it cannot parse as a warning and prints red TeX on the page.
 * A broken formula on a published page is a bug, so the build stops instead, naming the file,
 * the line and KaTeX's reason.
 */
export function rehypeFailOnMathError() {
  return (_tree: Root, file: VFile) => {
    const failures = file.messages.filter((message) => message.source === 'rehype-katex');
    if (failures.length === 0) return;
    throw buildError(
      failures.map((m) => ({ path: file.path, ...placeOf(m), text: m.cause instanceof Error ? m.cause.message : m.reason })),
      `KaTeX could not render ${failures.length} formula(s); fix the TeX at these lines:`,
    );
  };
}
