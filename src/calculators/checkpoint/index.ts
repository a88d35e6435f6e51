import { dtypeLine, type CoreMessages } from '@llm-scale/core/text/messages';
import type { CheckpointReport } from '@llm-scale/core/checkpoints/inspect';
import { OVERHEAD_ROLES, quantizedBitsPerWeight, type QuantRole, type QuantScheme, type SchemeSource } from '@llm-scale/core/checkpoints/quantization';
import { formatBytesLine, formatCountShort, formatExact, formatExactAmount, formatList, formatNumber, formatSignificant, joinSentences } from '@llm-scale/core/text/format';
import type { Lang } from '@llm-scale/core/text/lang';
import { fill } from '@llm-scale/core/text/template';
import { showInvisible } from '../../lib/visible-text';
import { defineCalculator, type ComputeContext } from '../spec';
import { type HubWords, type ModelValue, hubStatus, modelField } from '../hub-model';

/** The checkpoint counter's words: the core's sentences for a header (core/text/messages, `checkpoint`) and its own. */
type CoreCheckpointWords = CoreMessages['checkpoint'];
export interface CheckpointWords extends CoreCheckpointWords {
  /** Shown before any file is picked. */
  pick: string;
  /** Shown while the headers are read. */
  reading: string;
  /** While a file is read: "Reading the headers… {name} (file {index} of {count}), {bytes} read". */
  readingProgress: string;
  /** After the reader stopped the reading. */
  stopped: string;
  /** "{full} ({short})". */
  withShort: string;
  /** Each scheme's name as its library writes it. */
  schemes: Record<QuantScheme, string>;
  /** Where the scheme was read: "read from config.json". */
  sources: Record<SchemeSource, string>;
  /** "{scheme} ({source}): the packed tensors' {stored} stored elements hold {weights} weights; …". */
  quantized: string;
  /** "{total} bits per weight in the quantized layers ({parts})." */
  quantizedBits: string;
  /** One part of the split: "{bits} for the {role}". */
  bitsPart: string;
  /** MLX without declared bits: the default taken. */
  assumedBits: string;
  /** "The config declares {scheme}, but …". */
  unmatched: string;
  /** "… the count is of stored elements: {example} and {others} may be packed." */
  maybePacked: string;
  /** No quantized layer and nothing that looks packed. */
  notQuantized: string;
  /** "{name}: {declares}". */
  configFile: string;
  /** "declares {scheme}". */
  declares: string;
  declaresNone: string;
  /** "{name}: …", a .json file that is not a readable config. */
  configUnreadable: string;
  /** GGUF parts of two splits: "{names}". */
  splitMixed: string;
  /** One part twice: "{names}", "{part}". */
  splitRepeated: string;
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
  /** The model field: reading a model's headers from the Hugging Face Hub. */
  hub: HubWords;
}

/** Where the reading is: the file being read (0-based of count) and the header bytes read so far. */
export interface ReadingProgress {
  name: string;
  index: number;
  count: number;
  bytesRead: number;
}

/**
 * What the island hands `compute`: nothing picked, headers being read (with progress once the
 * worker reports some), reading stopped by the reader, or the report.
 */
export type CheckpointState = undefined | 'reading' | { reading: ReadingProgress } | 'stopped' | CheckpointReport;

const BITS_DIGITS = 4;
/** Below a million the full digits are short enough on their own. */
const SHORT_FORM_FROM = 1e6;

/**
 * Counts the parameters stored in checkpoint files (.safetensors shards, .gguf) from their headers
 * alone (@llm-scale/core checkpoints, loaded only when a file is picked): the exact count, the bytes per
 * data type, and bits per weight = tensor bytes × 8 ÷ parameters (a GGUF Q4_K_M of Llama 3.1 8B:
 * about 4.89, llama.cpp's tools/quantize/README.md).
 */
/** Between two files' lines, a blank line: each wraps over several lines on a phone, and would run into the next. */
const FILE_GAP = '\n\n';

/** Fraction digits of the bits-per-weight parts: 0.25 and 0.0313 (GPTQ's zeros at group 128) both show. */
const PART_DIGITS = 4;

/**
 * What the quantized layers hold: the scheme and where it was read, the logical weights against the
 * stored elements, and bits per weight split into values and each kind of overhead ("4.25 bits per
 * weight (4 for the values, 0.25 for the group scales)"). Where no scheme could be told but integer
 * tensors look packed, says the count is of stored elements.
 */
function quantizationText(report: CheckpointReport, words: CheckpointWords, lang: Lang): string {
  const q = report.quantization;
  const sentences: string[] = [];
  if (report.declared && (!q || q.scheme !== report.declared.scheme)) sentences.push(fill(words.unmatched, { scheme: words.schemes[report.declared.scheme] }));
  if (q) {
    const stored = report.byDtype.filter((d) => d.role === 'values').reduce((sum, d) => sum + d.elements, 0);
    sentences.push(
      fill(words.quantized, { scheme: words.schemes[q.scheme], source: words.sources[q.source], weights: formatExact(q.weights, lang), stored: formatExact(stored, lang) }),
    );
    const bits = quantizedBitsPerWeight(q);
    if (bits) {
      const part = (role: QuantRole) => {
        const b = bits.byRole[role];
        if (b === undefined) return '';
        // A per-tensor table is a few hundred bytes: shown to two significant digits rather than as 0.
        const shown = b > 0 && b < 0.5 * 10 ** -PART_DIGITS ? formatSignificant(b, lang, 2) : formatNumber(b, lang, PART_DIGITS);
        return fill(words.bitsPart, { bits: shown, role: words.roles[role] });
      };
      const parts = [part('values'), ...OVERHEAD_ROLES.map(part)].filter((p) => p !== '');
      sentences.push(fill(words.quantizedBits, { total: formatNumber(bits.total, lang, PART_DIGITS), parts: formatList(parts, lang) }));
    }
    if (q.assumedBits) sentences.push(words.assumedBits);
  }
  const packed = report.files.flatMap((f) => (f.result?.ok && f.result.value.format === 'safetensors' && f.result.value.maybePacked ? [f.result.value.maybePacked] : []));
  if (packed.length > 0) {
    const count = packed.reduce((sum, p) => sum + p.tensors, 0);
    sentences.push(fill(words.maybePacked, { example: showInvisible(packed[0]!.example), count: formatExact(count, lang) }));
  }
  return sentences.length > 0 ? joinSentences(sentences) : words.notQuantized;
}

export const checkpoint = defineCalculator({
  name: 'checkpoint',
  // The model field's status comes first in the form, but the result a reader watches is this one.
  headline: 'total',
  fields: [modelField, { name: 'files', kind: 'files', accept: '.safetensors,.gguf,.json', default: '' }],
  outputs: [
    { name: 'hub-status', from: ['model'] },
    { name: 'total', from: ['files'] },
    { name: 'bits-per-weight', from: ['files'] },
    { name: 'bytes', from: ['files'] },
    { name: 'by-dtype', from: ['files'] },
    { name: 'quantization', from: ['files'], explains: true },
    { name: 'files-read', from: ['files'], explains: true },
  ],
  compute({ files, model }, { lang, words }: ComputeContext<CheckpointWords>): Record<string, string> {
    const hub = (model as ModelValue).hub;
    const status = hubStatus(hub, words.hub, lang);
    // A model read from the Hub answers like picked files: the same report, from its headers.
    const state = hub?.kind === 'done' && hub.model.report ? hub.model.report : (files as CheckpointState);
    if (state === undefined || state === 'reading' || state === 'stopped' || 'reading' in state) {
      const text =
        state === undefined
          ? hub?.kind === 'loading'
            ? words.reading
            : words.pick
          : state === 'reading'
            ? words.reading
            : state === 'stopped'
              ? words.stopped
              : fill(words.readingProgress, {
                  name: showInvisible(state.reading.name),
                  index: formatExact(state.reading.index + 1, lang),
                  count: formatExact(state.reading.count, lang),
                  bytes: formatBytesLine(state.reading.bytesRead, lang),
                });
      return { 'hub-status': status, total: text, 'bits-per-weight': '—', bytes: '—', 'by-dtype': '—', quantization: '—', 'files-read': '—' };
    }
    const report = state;
    // Names come from the files: control and bidi characters are shown as escapes (issue 27).
    const fileLines = report.files.map((file) => {
      const name = showInvisible(file.name);
      if (file.config) {
        if (!file.config.ok) return fill(words.configUnreadable, { name });
        const q = file.config.quantization;
        return fill(words.configFile, { name, declares: q ? fill(words.declares, { scheme: words.schemes[q.scheme] }) : words.declaresNone });
      }
      if (file.result === null) return fill(words.duplicate, { name, first: showInvisible(report.files[file.duplicateOf ?? 0]?.name ?? '') });
      if (!file.result.ok) {
        const { detail = '', sizes } = file.result;
        // A file whose size does not match its header: both sizes exactly (they may differ by a few
        // bytes), and from a million bytes in units as well.
        // Exact to the byte, also past 2^53 (a bigint from a corrupt header); the units line is rounded anyway.
        const size = (n: number | bigint | undefined) => {
          if (n === undefined) return '';
          const exact = formatExactAmount(n, words.bytes, lang);
          return Number(n) >= SHORT_FORM_FROM ? fill(words.bytesLine, { line: formatBytesLine(Number(n), lang), exact }) : exact;
        };
        const error = fill(words.errors[file.result.error], { detail: showInvisible(detail), described: size(sizes?.described), file: size(sizes?.file) });
        return fill(words.fileError, { name, error });
      }
      const summary = file.result.value;
      // As each format's own project writes its name: GGUF in capitals, safetensors in lower case.
      const format = summary.format === 'gguf' ? ['GGUF', summary.fileTypeName].filter(Boolean).join(' ') : summary.format;
      return fill(words.file, {
        name,
        format,
        params: formatExact(summary.parameters, lang),
        bits: summary.bitsPerWeight === null ? '—' : formatNumber(summary.bitsPerWeight, lang, BITS_DIGITS),
      });
    });
    const conflict = report.splitConflict;
    const names = (list: readonly string[]) => formatList(list.map(showInvisible), lang);
    const warnings = [
      report.formats.length > 1 ? words.mixed : '',
      conflict?.kind === 'mixed' ? fill(words.splitMixed, { names: names(conflict.names) }) : '',
      conflict?.kind === 'repeated' ? fill(words.splitRepeated, { names: names(conflict.names), part: formatExact(conflict.part, lang) }) : '',
      ...report.missingShards.map((m) =>
        fill(words.missing, { prefix: showInvisible(m.prefix), missing: formatList(m.missing.map(String), lang), count: formatExact(m.count, lang) }),
      ),
    ].filter((w) => w !== '');
    if (report.countedFiles === 0) {
      return { 'hub-status': status, total: words.none, 'bits-per-weight': '—', bytes: '—', 'by-dtype': '—', quantization: '—', 'files-read': [...fileLines, ...warnings].join(FILE_GAP) };
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
        .map((d) => dtypeLine(d, words, lang))
        .join('\n'),
      quantization: quantizationText(report, words, lang),
      'files-read': [...fileLines, ...warnings].join(FILE_GAP),
    };
  },
});

/** "{line} ({exact})", or the line alone when it already is the exact count ("40 bytes", not "40 bytes (40 bytes)"). */
function bytesLine(line: string, exact: string, template: string): string {
  return line === exact ? line : fill(template, { line, exact });
}

/** The spec the registries find in this folder (src/calculators/registry.ts). */
export default checkpoint;
