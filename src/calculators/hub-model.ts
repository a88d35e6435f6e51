import { compareCounts, sizeInName } from '@llm-scale/core/hub/compare';
import type { HubErrorCode } from '@llm-scale/core/hub/http';
import type { HubModel, HubProgress } from '@llm-scale/core/hub/read-model';
import type { ParameterCount } from '@llm-scale/core/configs/types';
import { formatBytesLine, formatCountShort, formatExact, formatList, formatNumber, joinSentences } from '@llm-scale/core/text/format';
import type { Lang } from '@llm-scale/core/text/lang';
import { fill } from '@llm-scale/core/text/template';

/*
 * The model field shared by the parameter counter, the serving calculator and the checkpoint
 * counter: a Hugging Face model id (org/name, org/name@revision, a Hub address). Its text goes into
 * the URL; what the Hub said about it (the island reads it only when the reader presses Enter or the
 * button, or opens a link naming a model) reaches `compute` as a HubState. Strings: src/i18n/<lang>/hub.ts.
 */

/** What the island hands `compute` for the model field. */
export type HubState =
  | undefined
  | { kind: 'loading'; repo: string; progress: HubProgress | null }
  | { kind: 'failed'; repo: string; revision: string; error: HubErrorCode | 'load-failed'; retryAfter?: number }
  | { kind: 'done'; model: HubModel };

/** The model field's value in `compute`: the id as read from the field, and the Hub's answer. */
export interface ModelValue {
  /** The canonical id ("Qwen/Qwen3-8B"), or undefined for an empty field. */
  id: string | undefined;
  hub: HubState;
}

export const modelField = { name: 'model', kind: 'model', default: '' } as const;

import type { HubWords } from '@llm-scale/core/text/messages';
export type { HubWords };

const plural = (n: number, forms: { one: string; other: string }, lang: Lang) => fill(n === 1 ? forms.one : forms.other, { n: formatExact(n, lang) });

/** One line on where the reading stands, or why it stopped: the model field's status. */
export function hubStatus(state: HubState, words: HubWords, lang: Lang): string {
  if (state === undefined) return words.idle;
  if (state.kind === 'loading') {
    const p = state.progress;
    return fill(words.loading[p?.phase ?? 'config'], { repo: state.repo, done: formatExact(p?.done ?? 0, lang), total: formatExact(p?.total ?? 0, lang) });
  }
  if (state.kind === 'failed') {
    if (state.error === 'rate-limited' && state.retryAfter === undefined) return fill(words.rateLimitedNoTime, { repo: state.repo });
    return fill(words.errors[state.error], { repo: state.repo, revision: state.revision, seconds: formatExact(state.retryAfter ?? 0, lang) });
  }
  const m = state.model;
  const read = fill(words.done, { repo: m.id.repo, requests: formatExact(m.traffic.requests, lang), bytes: formatBytesLine(m.traffic.bytes, lang) });
  if (m.source === 'none') {
    const files = m.ggufFiles.length > 1 ? m.ggufFiles : m.otherWeights;
    const template = m.ggufFiles.length > 1 ? words.ggufChoose : words.noCheckpoint;
    return joinSentences([read, fill(template, { repo: m.id.repo, files: formatList(files.slice(0, 12), lang) })]);
  }
  const refused = m.report?.files.filter((f) => f.result !== null && !f.result.ok).map((f) => f.name) ?? [];
  return joinSentences([
    read,
    m.config === null ? fill(words.noConfig, { repo: m.id.repo }) : '',
    refused.length > 0 ? fill(words.unreadable, { files: formatList(refused.slice(0, 12), lang) }) : '',
  ]);
}

/** The exact count from the headers, or "—" when none were read. */
export function hubTotal(state: HubState, words: HubWords, lang: Lang): string {
  if (state?.kind !== 'done' || !state.model.report || state.model.report.countedFiles === 0) return '—';
  const r = state.model.report;
  const full = formatExact(r.parameters, lang);
  return fill(words.headerTotal, { full, short: formatCountShort(r.parameters, lang), files: plural(r.countedFiles, words.files, lang) });
}

/**
 * The headers' count beside the config's and the name's, every difference named, and the bytes per
 * data type: the lines under the counter's results. `count` is the config's count (null when the
 * config could not be counted).
 */
export function hubComparison(state: HubState, count: ParameterCount | null, words: HubWords, lang: Lang): string {
  if (state?.kind !== 'done') return '—';
  const m = state.model;
  const lines: string[] = [];
  const named = sizeInName(m.id.repo);
  if (named) lines.push(named.active ? fill(words.nameActive, { total: named.total, active: named.active }) : fill(words.name, { total: named.total }));
  const r = m.report;
  if (r && r.countedFiles > 0) {
    if (count && m.config !== null) {
      const c = compareCounts(r.parameters, count.total, m.tensors, count.layers.dense + count.layers.moe, count.tiedEmbeddings);
      const n = (x: number) => formatExact(Math.abs(x), lang);
      if (c.packed > 0) lines.push(fill(words.packed, { config: n(c.config) }));
      else if (c.difference === 0) lines.push(fill(words.same, { config: n(c.config) }));
      else {
        const parts = [
          c.mtp ? fill(words.parts.mtp, { n: n(c.mtp) }) : '',
          c.quantization ? fill(words.parts.quantization, { n: n(c.quantization) }) : '',
          c.buffers ? fill(words.parts.buffers, { n: n(c.buffers) }) : '',
          c.headStoredTwice ? fill(words.parts.headStoredTwice, { n: n(c.headStoredTwice) }) : '',
          c.unexplained ? fill(words.parts.unexplained, { n: n(c.unexplained) }) : '',
        ].filter((p) => p !== '');
        lines.push(fill(c.difference > 0 ? words.more : words.fewer, { difference: n(c.difference), config: n(c.config), parts: formatList(parts, lang) }));
      }
      if (c.tiedStoredOnce) lines.push(words.tiedOnce);
    } else if (m.config !== null) {
      lines.push(words.noConfigCount);
    }
    for (const d of r.byDtype) lines.push(fill(words.dtype, { dtype: d.dtype, params: formatExact(d.parameters, lang), bytes: formatBytesLine(d.bytes, lang) }));
    if (r.bitsPerWeight !== null) lines.push(fill(words.bits, { bits: formatNumber(r.bitsPerWeight, lang, 4) }));
  }
  return lines.length === 0 ? '—' : lines.join('\n');
}
