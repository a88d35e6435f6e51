import { dtypeLine } from '@llm-scale/core/text/messages';
import { inspectCheckpoints, type CheckpointReport, type SplitConflict } from '@llm-scale/core/checkpoints/inspect';
import type { ParseError } from '@llm-scale/core/checkpoints/errors';
import { formatBytesLine, formatExact, formatExactAmount, formatList, formatNumber } from '@llm-scale/core/text/format';
import { fill } from '@llm-scale/core/text/template';
import { existsSync } from 'node:fs';
import { openCheckpoints } from '../files';
import { resolveModel } from '../model-input';
import { InputError, table, type Command, type CommandContext } from '../output';

/**
 * `llm-scale inspect <file or folder>...`: exact parameters, bytes per data type and bits per weight
 * from .safetensors and .gguf headers (packages/core checkpoints/inspect.ts). A file whose header
 * cannot be read is bad input (exit 2), with the site's sentence for its fault.
 */
export const inspect: Command = async (paths, _options, context) => {
  const { lang, m } = context;
  let report: CheckpointReport;
  // One argument that is no file on disk is a Hub model, or nothing: resolveModel says which.
  const hub = paths.length === 1 && !existsSync(paths[0]!) ? await resolveModel(paths[0], 'inspect', context) : null;
  if (hub?.kind === 'hub') {
    if (!hub.model.report) throw new InputError(fill(m.core.hub.noCheckpoint, { repo: hub.model.id.repo, files: formatList(hub.model.otherWeights, lang) }));
    report = hub.model.report;
  } else {
    const files = await openCheckpoints(paths, context);
    try {
      report = await inspectCheckpoints(files);
    } finally {
      await Promise.all(files.map((f) => f.close()));
    }
  }
  // As the site's counter does: the readable files are counted and each unreadable one is named;
  // only when none can be read is it bad input.
  const failures = report.files.filter((f) => f.result !== null && !f.result.ok);
  const failed = report.countedFiles === 0 ? failures[0] : undefined;
  const configFailed = report.files.find((f) => f.config && !f.config.ok);
  if (configFailed) throw new InputError(fill(m.errors.configText, { path: configFailed.name, reason: m.configReasons['not-json'] }));
  if (failed) throw new InputError(fill(m.errors.checkpoint, { name: failed.name, reason: checkpointReason(failed.result as ParseError, context) }));
  if (report.countedFiles === 0) {
    // Only a config.json was given: the site names it as a config and what it declares.
    const config = report.files.find((f) => f.config?.ok);
    if (config?.config?.ok) {
      const q = config.config.quantization;
      throw new InputError(q ? fill(m.configOnlyDeclares, { name: config.name, scheme: q.scheme }) : fill(m.configOnly, { name: config.name }));
    }
    // Parts of two splits, or one part twice: the site's sentence for it, not "nothing could be read".
    const conflict = report.splitConflict;
    if (conflict) throw new InputError(conflictSentence(conflict, context));
    throw new InputError(m.errors.nothingCounted);
  }
  const separate = separateGgufModels(report);

  const exact = (n: number) => formatExact(n, lang);
  // Four significant digits, as the site's checkpoint counter (src/calculators/checkpoint, BITS_DIGITS).
  const bits = (b: number | null) => (b === null ? '—' : formatNumber(b, lang, 4));
  const text: string[] = [];
  for (const f of report.files) {
    if (f.config) continue;
    if (f.result !== null && !f.result.ok) {
      text.push(fill(m.errors.checkpoint, { name: f.name, reason: checkpointReason(f.result as ParseError, context) }));
      continue;
    }
    if (f.result === null) {
      text.push(`${f.name}: ${fill(m.duplicate, { name: report.files[f.duplicateOf!]!.name })}`);
      continue;
    }
    if (!f.result.ok) continue;
    const s = f.result.value;
    const format = s.format === 'gguf' ? `GGUF${s.fileTypeName ? ` ${s.fileTypeName}` : ''}` : 'safetensors';
    text.push(fill(m.core.checkpoint.file, { name: f.name, format, params: exact(s.parameters), bits: bits(s.bitsPerWeight) }));
  }
  if (separate) text.push(`* ${fill(m.otherModels, { models: formatList(separate, lang) })}`);
  else {
    text.push(
      ...table([
        [m.parameters, exact(report.parameters)],
        [m.tensors, exact(report.tensorCount)],
        [m.tensorBytes, formatBytesLine(report.tensorBytes, lang)],
        [m.bitsPerWeight, bits(report.bitsPerWeight)],
      ]),
      m.byDtype,
      ...report.byDtype.map((t) => `  ${dtypeLine(t, m.core.checkpoint, lang)}`),
    );
  }
  // The site's warnings about what was summed (src/calculators/checkpoint: mixed, splitMixed, splitRepeated).
  const conflict = report.splitConflict;
  if (report.formats.length > 1) text.push(`* ${m.mixedFormats}`);
  if (conflict) text.push(`* ${conflictSentence(conflict, context)}`);
  text.push(
    ...report.missingShards.map(
      (s) => `* ${fill(s.missing.length === 1 ? m.missingShards : m.missingShardsMany, { prefix: s.prefix, count: exact(s.count), missing: formatList(s.missing.map((i) => exact(i)), lang) })}`,
    ),
  );
  return {
    text,
    json: {
      files: report.files.filter((f) => !f.config).map((f) =>
        f.result === null
          ? { name: f.name, size: f.size, duplicateOf: f.duplicateOf }
          : f.result.ok
            ? {
                name: f.name,
                size: f.size,
                format: f.result.value.format,
                parameters: f.result.value.parameters,
                tensorBytes: f.result.value.tensorBytes,
                bitsPerWeight: f.result.value.bitsPerWeight,
                ...(f.result.value.format === 'gguf' && f.result.value.fileTypeName ? { fileType: f.result.value.fileTypeName } : {}),
              }
            : { name: f.name, size: f.size, error: f.result.error },
      ),
      // Files of separate models have no total: null, and `separateModels` names them.
      separateModels: separate,
      parameters: separate ? null : report.parameters,
      tensorCount: separate ? null : report.tensorCount,
      tensorBytes: separate ? null : report.tensorBytes,
      bitsPerWeight: separate ? null : report.bitsPerWeight,
      byDtype: separate ? null : report.byDtype,
      formats: report.formats,
      splitConflict: report.splitConflict,
      missingShards: report.missingShards,
    },
  };
};

/**
 * The models of the GGUF files counted, when they are more than one: each file that is no part of a
 * split is a whole model (llama.cpp's gguf-split names the parts "-00001-of-00003"; any other GGUF
 * holds a model of its own, whatever its general.name), and the parts of one split are one model.
 * Their sum would be no model's count, so they are listed per file instead. Each is named by its
 * file (a split by its name without the part number). Null when the counted files make one model.
 */
export function separateGgufModels(report: CheckpointReport): string[] | null {
  const models = new Map<string, string>();
  for (const f of report.files) {
    if (!f.result?.ok || f.result.value.format !== 'gguf') continue;
    models.set(f.shard ? `split:${f.shard.prefix}` : `file:${f.name}`, f.shard?.prefix ?? f.name);
  }
  return models.size > 1 ? [...models.values()] : null;
}

/** The site's sentence for GGUF parts that cannot be one split (src/calculators/checkpoint: splitMixed, splitRepeated). */
function conflictSentence(conflict: SplitConflict, { lang, m }: CommandContext): string {
  const names = formatList(conflict.names, lang);
  return conflict.kind === 'mixed' ? fill(m.splitMixed, { names }) : fill(m.splitRepeated, { names, part: formatExact(conflict.part, lang) });
}

/** The site's sentence for a header fault, with its detail and sizes filled in. */
function checkpointReason(error: ParseError, { lang, m }: CommandContext): string {
  const template = m.core.checkpoint.errors[error.error] ?? error.error;
  // As the site's counter says a size: exact to the byte (a corrupt header's may pass 2^53), with units beside it.
  const size = (n: number | bigint | undefined) => {
    if (n === undefined) return '';
    const exact = formatExactAmount(n, m.core.checkpoint.bytes, lang);
    return Number(n) >= 1e6 ? fill(m.core.checkpoint.bytesLine, { line: formatBytesLine(Number(n), lang), exact }) : exact;
  };
  return fill(template, { detail: error.detail ?? '', described: size(error.sizes?.described), file: size(error.sizes?.file) });
}
