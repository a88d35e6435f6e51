import type { CheckpointErrorCode } from '@llm-scale/core/checkpoints/errors';
import type { CheckpointReport } from '@llm-scale/core/checkpoints/inspect';
import { formatBytesLine, formatCountShort, formatExact, formatExactAmount, formatList, formatNumber } from '@llm-scale/core/text/format';
import { fill, type PluralForms } from '@llm-scale/core/text/template';
import { defineCalculator, type ComputeContext } from './spec';
import { type HubWords, type ModelValue, hubStatus, modelField } from './hub-model';

export interface CheckpointWords {
  /** Shown before any file is picked. */
  pick: string;
  /** Shown while the headers are read. */
  reading: string;
  /** "{full} ({short})". */
  withShort: string;
  /** "{line} ({exact})": the bytes in units, then exactly. */
  bytesLine: string;
  /** "{dtype}: {params} parameters, {bytes}". */
  dtype: string;
  /** "{name}: {format}, {params} parameters, {bits} bits per weight". */
  file: string;
  /** "{name}: {error}". */
  fileError: string;
  /** "{name}: the same file as {first}; counted once". */
  duplicate: string;
  /** Warnings under the totals. */
  mixed: string;
  /** "{prefix}: parts {missing} of {count} not picked; the totals cover only the parts picked". */
  missing: string;
  /** When no picked file could be read. */
  none: string;
  errors: Record<CheckpointErrorCode, string>;
  bytes: PluralForms;
  /** The model field: reading a model's headers from the Hugging Face Hub. */
  hub: HubWords;
}

/** What the island hands `compute`: nothing picked, headers being read, or the report. */
export type CheckpointState = undefined | 'reading' | CheckpointReport;

const BITS_DIGITS = 4;
/** Below a million the full digits are short enough on their own. */
const SHORT_FORM_FROM = 1e6;

/**
 * Counts the parameters stored in checkpoint files (.safetensors shards, .gguf) from their headers
 * alone (src/lib/checkpoint, loaded only when a file is picked): the exact count, the bytes per
 * data type, and bits per weight = tensor bytes × 8 ÷ parameters (a GGUF Q4_K_M of Llama 3.1 8B:
 * about 4.89, llama.cpp's tools/quantize/README.md).
 */
/** Between two files' lines, a blank line: each wraps over several lines on a phone, and would run into the next. */
const FILE_GAP = '\n\n';

export const checkpoint = defineCalculator({
  name: 'checkpoint',
  // The model field's status comes first in the form, but the result a reader watches is this one.
  headline: 'total',
  fields: [modelField, { name: 'files', kind: 'files', accept: '.safetensors,.gguf', default: '' }],
  outputs: [
    { name: 'hub-status', from: ['model'] },
    { name: 'total', from: ['files'] },
    { name: 'bits-per-weight', from: ['files'] },
    { name: 'bytes', from: ['files'] },
    { name: 'by-dtype', from: ['files'] },
    { name: 'files-read', from: ['files'], explains: true },
  ],
  compute({ files, model }, { lang, words }: ComputeContext<CheckpointWords>): Record<string, string> {
    const hub = (model as ModelValue).hub;
    const status = hubStatus(hub, words.hub, lang);
    // A model read from the Hub answers like picked files: the same report, from its headers.
    const state = hub?.kind === 'done' && hub.model.report ? hub.model.report : (files as CheckpointState);
    if (state === undefined || state === 'reading') {
      const text = state === 'reading' || hub?.kind === 'loading' ? words.reading : words.pick;
      return { 'hub-status': status, total: text, 'bits-per-weight': '—', bytes: '—', 'by-dtype': '—', 'files-read': '—' };
    }
    const report = state;
    const fileLines = report.files.map((file) => {
      if (file.result === null) return fill(words.duplicate, { name: file.name, first: report.files[file.duplicateOf ?? 0]?.name ?? '' });
      if (!file.result.ok) {
        const { detail = '', sizes } = file.result;
        // A file whose size does not match its header: both sizes exactly (they may differ by a few
        // bytes), and from a million bytes in units as well.
        const size = (n: number | undefined) => {
          if (n === undefined) return '';
          const exact = formatExactAmount(n, words.bytes, lang);
          return n >= SHORT_FORM_FROM ? fill(words.bytesLine, { line: formatBytesLine(n, lang), exact }) : exact;
        };
        const error = fill(words.errors[file.result.error], { detail, described: size(sizes?.described), file: size(sizes?.file) });
        return fill(words.fileError, { name: file.name, error });
      }
      const summary = file.result.value;
      // As each format's own project writes its name: GGUF in capitals, safetensors in lower case.
      const format = summary.format === 'gguf' ? ['GGUF', summary.fileTypeName].filter(Boolean).join(' ') : summary.format;
      return fill(words.file, {
        name: file.name,
        format,
        params: formatExact(summary.parameters, lang),
        bits: summary.bitsPerWeight === null ? '—' : formatNumber(summary.bitsPerWeight, lang, BITS_DIGITS),
      });
    });
    const warnings = [
      report.formats.length > 1 ? words.mixed : '',
      ...report.missingShards.map((m) =>
        fill(words.missing, { prefix: m.prefix, missing: formatList(m.missing.map(String), lang), count: formatExact(m.count, lang) }),
      ),
    ].filter((w) => w !== '');
    if (report.countedFiles === 0) {
      return { 'hub-status': status, total: words.none, 'bits-per-weight': '—', bytes: '—', 'by-dtype': '—', 'files-read': [...fileLines, ...warnings].join(FILE_GAP) };
    }
    return {
      'hub-status': status,
      // A short form only where it says something the digits do not (8.03B beside 8,030,261,248).
      total:
        report.parameters >= SHORT_FORM_FROM
          ? fill(words.withShort, { full: formatExact(report.parameters, lang), short: formatCountShort(report.parameters, lang) })
          : formatExact(report.parameters, lang),
      'bits-per-weight': report.bitsPerWeight === null ? '—' : formatNumber(report.bitsPerWeight, lang, BITS_DIGITS),
      bytes: bytesLine(formatBytesLine(report.tensorBytes, lang), formatExactAmount(report.tensorBytes, words.bytes, lang), words.bytesLine),
      'by-dtype': report.byDtype
        .map((d) => fill(words.dtype, { dtype: d.dtype, params: formatExact(d.parameters, lang), bytes: formatBytesLine(d.bytes, lang) }))
        .join('\n'),
      'files-read': [...fileLines, ...warnings].join(FILE_GAP),
    };
  },
});

/** "{line} ({exact})", or the line alone when it already is the exact count ("40 bytes", not "40 bytes (40 bytes)"). */
function bytesLine(line: string, exact: string, template: string): string {
  return line === exact ? line : fill(template, { line, exact });
}
