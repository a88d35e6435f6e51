import type { VFile } from 'vfile';
import { DEFAULT_LANG, isLang, type Lang } from '@llm-scale/core/text/lang';

const LANG_FOLDER = /[\\/]content[\\/]([^\\/]+)[\\/]/;

/**
 * Articles live in content/<lang>/<slug>.mdx; the folder names the language, for every language the
 * site declares (lang.ts). A file outside such a folder (a test's snippet) is in the default language.
 */
export function langOfFile(file: VFile): Lang {
  const folder = LANG_FOLDER.exec(file.path ?? '')?.[1] ?? '';
  return isLang(folder) ? folder : DEFAULT_LANG;
}
