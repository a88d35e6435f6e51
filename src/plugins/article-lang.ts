import type { VFile } from 'vfile';
import type { Lang } from '@llm-scale/core/text/lang';

/** Articles live in content/<lang>/<slug>.mdx; the folder names the language. */
export function langOfFile(file: VFile): Lang {
  return /[\\/]content[\\/]zh[\\/]/.test(file.path) ? 'zh' : 'en';
}
