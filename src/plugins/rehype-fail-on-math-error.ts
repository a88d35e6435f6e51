import type { Root } from 'hast';
import type { VFile } from 'vfile';

/**
 * rehype-katex reports a formula it cannot parse as a warning and prints red TeX on the page.
 * A broken formula on a published page is a bug, so the build stops instead, naming the file,
 * the line and KaTeX's reason.
 */
export function rehypeFailOnMathError() {
  return (_tree: Root, file: VFile) => {
    const failures = file.messages.filter((message) => message.source === 'rehype-katex');
    if (failures.length === 0) return;
    const lines = failures.map((m) => `  ${file.path}:${m.line ?? '?'}: ${m.cause instanceof Error ? m.cause.message : m.reason}`);
    throw new Error(`KaTeX could not render ${failures.length} formula(s):\n${lines.join('\n')}`);
  };
}
