import type { Lang } from '@llm-scale/core/text/lang';
import { charts as en } from './en/charts';
import { charts as zh } from './zh/charts';

/**
 * The widened shape of the English strings: each language must give every key, as `{slot}`
 * templates (filled with core/text/template.ts `fill`). Model names and code names (q_proj,
 * lm_head) are the same in both languages and are not strings here.
 */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ChartStringsShape = Widen<typeof en>;

/** Every string of the build-time charts (src/components/charts/), by language. */
export const chartStrings: Record<Lang, ChartStringsShape> = { en, zh };
