import type { Lang } from '../lang';
import type { KeyProblem } from '../../configs/types';
import { fill } from '../template';
import { formatBytesLine, formatExact, formatExactAmount } from '../format';
import type { LayerTypeBytes } from '../../memory/kv-cache-layout';
import type { DtypeTotals } from '../../checkpoints/summary';
import { messages as en } from './en';
import { messages as zh } from './zh';
import type { CoreMessages } from './types';

export type { CoreMessages, HubWords } from './types';

/** The core's sentences in every language of the site (a language without them is a type error). */
export const MESSAGES: Record<Lang, CoreMessages> = { en, zh };

/**
 * A config's key problems (counter or layout reader, configs/types.ts KeyProblem) as one phrase:
 * each problem's sentence with its key (and the key it must be a multiple of), joined by the
 * language's separator: "num_hidden_layers is missing; head_dim is not a whole number". Takes the
 * sentences rather than a language, so a browser chunk carries only its page's language (the site
 * sends them with the calculator's words).
 */
export function describeKeyProblems(problems: readonly KeyProblem[], sentences: Pick<CoreMessages, 'keyProblems' | 'problemSeparator'>): string {
  return problems.map((p) => fill(sentences.keyProblems[p.problem], { key: p.key, of: p.of ?? '' })).join(sentences.problemSeparator);
}

/**
 * One line per kind of layer of a cache (memory/kv-cache-layout.ts, KvCacheBreakdown.byType), in
 * the language of `sentences`: key/value layers with the tokens each keeps, Mamba, linear-attention
 * and short-convolution layers with their state per sequence, Falcon-H1's layers (attention and
 * Mamba side by side) with both, MLP-only and mixture-of-experts-only
 * layers (Nemotron-H) as caching nothing. Sizes in bytes, written
 * as formatBytesLine writes them in `lang`.
 */
export function cacheLines(groups: readonly LayerTypeBytes[], sentences: CoreMessages['cache'], lang: Lang): string[] {
  const amount = (forms: CoreMessages['cache']['layers'], n: number) => formatExactAmount(n, forms, lang);
  return groups.map((group) =>
    group.type === 'hybrid'
      ? fill(sentences.hybridLine, {
          layers: amount(sentences.layers, group.layerCount),
          type: sentences.layerTypes.hybrid,
          tokens: amount(sentences.tokens, group.cachedTokens),
          state: amount(sentences.bytes, group.stateBytesPerSequence),
          bytes: formatBytesLine(group.bytes, lang),
        })
      : group.type === 'mamba' || group.type === 'linear_attention' || group.type === 'conv'
      ? fill(sentences.stateLine, {
          layers: amount(sentences.layers, group.layerCount),
          type: sentences.layerTypes[group.type],
          state: amount(sentences.bytes, group.stateBytesPerSequence),
          bytes: formatBytesLine(group.bytes, lang),
        })
      : group.type === 'mlp' || group.type === 'moe'
        ? fill(group.type === 'moe' ? sentences.noCacheMoeLine : sentences.noCacheLine, { layers: amount(sentences.layers, group.layerCount) })
        : fill(sentences.layerLine, {
            layers: amount(sentences.layers, group.layerCount),
            type: fill(sentences.layerTypes[group.type], { window: group.window === null ? '' : formatExact(group.window, lang) }),
            bytes: formatBytesLine(group.bytes, lang),
            tokens: amount(sentences.tokens, group.cachedTokens),
          }),
  );
}

/**
 * One data type's line of a checkpoint's totals (checkpoints/summary.ts DtypeTotals): its
 * parameters and bytes; in a quantized checkpoint, with its role (packed weights, or scales and
 * other tensors that hold no parameters). Bytes written as formatBytesLine writes them in `lang`.
 */
export function dtypeLine(totals: DtypeTotals, sentences: CoreMessages['checkpoint'], lang: Lang): string {
  const slots = { dtype: totals.dtype, params: formatExact(totals.parameters, lang), bytes: formatBytesLine(totals.bytes, lang) };
  if (totals.role === undefined) return fill(sentences.dtype, slots);
  return fill(totals.role === 'values' ? sentences.dtypeRole : sentences.dtypeOverhead, { ...slots, role: sentences.roles[totals.role] });
}
