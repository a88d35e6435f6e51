import type { Lang } from '@llm-scale/core/text/lang';
import { MESSAGES, type CoreMessages } from '@llm-scale/core/text/messages';
import { en, type Messages } from './en';
import { zh } from './zh';

/**
 * The command's catalog in one language: its own sentences (en.ts, zh.ts) and the core package's
 * for the core's codes (a config's key problems, a header's faults, the Hub's answers: core/text/
 * messages), which the site says too, so the two never word one fault differently.
 */
export interface Catalog extends Messages {
  core: CoreMessages;
}

/** The command's catalog in one language. */
export function catalog(lang: Lang): Catalog {
  return { ...({ en, zh } as const)[lang], core: MESSAGES[lang] };
}
