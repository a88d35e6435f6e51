import { type ParseResult, failure } from './errors';
import { type GgufSummary, readGgufHeader } from './gguf';
import type { RangeReader } from './range-reader';
import { type SafetensorsSummary, readSafetensorsHeader } from './safetensors';
import { type TensorTotals, sumTotals } from './summary';

export type CheckpointFormat = 'safetensors' | 'gguf';
export type CheckpointSummary = SafetensorsSummary | GgufSummary;

/** A picked file: its name (for the format and shard pattern) and a way to read ranges of it. */
export interface CheckpointFile {
  name: string;
  reader: RangeReader;
}

/**
 * The n-th of count parts of a sharded checkpoint (1-based), from the file name, which is what groups
 * shards across both formats (a GGUF's own split.no / split.count are in its GgufSummary.split).
 */
export interface ShardPosition {
  /** The name with the "-00001-of-00004" part removed, which groups a checkpoint's shards. */
  prefix: string;
  index: number;
  count: number;
}

export interface FileReport {
  name: string;
  /** Bytes. */
  size: number;
  /** Null for a repeat of an earlier file (see duplicateOf), which is neither read nor counted. */
  result: ParseResult<CheckpointSummary> | null;
  /** Index in the list of the earlier file with the same name and size, when this one repeats it. */
  duplicateOf?: number;
  shard?: ShardPosition;
}

/** A set of shards some of which were not picked (1-based indices). */
export interface MissingShards {
  prefix: string;
  count: number;
  missing: number[];
}

export interface CheckpointReport extends TensorTotals {
  /** One report per picked file, in the order given. */
  files: FileReport[];
  /** Files whose header was read and summed into the totals. */
  countedFiles: number;
  /** Formats among the counted files; two means a mix, whose sum may count one model twice. */
  formats: CheckpointFormat[];
  /** Sharded checkpoints with parts not picked: the totals cover only the parts that were. */
  missingShards: MissingShards[];
}

/** "model-00001-of-00004.safetensors" (transformers) and "name-00001-of-00003.gguf" (gguf-split): 5-digit parts. */
const SHARD_NAME = /^(.*)-(\d{5})-of-(\d{5})\.(safetensors|gguf)$/i;

/** Bytes read to tell the formats apart: the GGUF magic, or the safetensors length and its "{". */
const SNIFF_BYTES = 9;

/**
 * Which reader a file needs: GGUF by its magic "GGUF"; otherwise by its extension; otherwise
 * safetensors when byte 8 opens its JSON header with "{". Null for neither.
 */
export function detectFormat(name: string, firstBytes: Uint8Array): CheckpointFormat | null {
  const [g0, g1, u, f] = firstBytes;
  if (g0 === 0x47 && g1 === 0x47 && u === 0x55 && f === 0x46) return 'gguf';
  const lower = name.toLowerCase();
  if (lower.endsWith('.gguf')) return 'gguf';
  if (lower.endsWith('.safetensors')) return 'safetensors';
  if (firstBytes[8] === 0x7b) return 'safetensors';
  return null;
}

/**
 * Reads one checkpoint file's header: parameters, tensor bytes, bits per weight and the per-dtype
 * breakdown, or an error value. Reads only the header; never throws for a bad file.
 */
export async function inspectCheckpoint(file: CheckpointFile): Promise<ParseResult<CheckpointSummary>> {
  let first: Uint8Array;
  try {
    first = await file.reader.readRange(0, Math.min(file.reader.size, SNIFF_BYTES));
  } catch {
    return failure('read-failed');
  }
  const format = detectFormat(file.name, first);
  if (format === 'gguf') return readGgufHeader(file.reader);
  if (format === 'safetensors') return readSafetensorsHeader(file.reader);
  return failure('unknown-format');
}

/**
 * Reads every picked file's header and sums the readable ones: one shard or all shards of a model,
 * safetensors, GGUF or both. A file with the same name and size as an earlier one is taken for the
 * same file picked twice: it is reported with duplicateOf and not read or counted. Files that are not
 * checkpoints (config.json, the index json) are reported with an error and left out of the totals.
 * Shards are recognised by name ("-00001-of-00004"), and sets with parts missing are listed so the
 * caller can say the total is partial.
 *
 * Files are read one after another; each costs its header, never its tensor data.
 */
export async function inspectCheckpoints(files: readonly CheckpointFile[]): Promise<CheckpointReport> {
  const reports: FileReport[] = [];
  const seen = new Map<string, number>();
  for (const [i, file] of files.entries()) {
    const identity = `${file.reader.size}\u0000${file.name}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      reports.push({ name: file.name, size: file.reader.size, result: null, duplicateOf: earlier });
      continue;
    }
    seen.set(identity, i);
    const result = await inspectCheckpoint(file);
    const report: FileReport = { name: file.name, size: file.reader.size, result };
    const shard = shardPosition(file.name);
    if (shard !== undefined) report.shard = shard;
    reports.push(report);
  }

  const counted = reports.flatMap((r) => (r.result?.ok ? [r.result.value] : []));
  const formats = (['safetensors', 'gguf'] as const).filter((f) => counted.some((s) => s.format === f));
  return { files: reports, countedFiles: counted.length, formats, missingShards: missingShards(reports), ...sumTotals(counted) };
}

/** The shard a file name says it is; undefined for a name without "-00001-of-00004". */
export function shardPosition(name: string): ShardPosition | undefined {
  const match = SHARD_NAME.exec(name);
  if (!match) return undefined;
  const [, prefix = '', index = '', count = '', extension = ''] = match;
  return { prefix: `${prefix}.${extension.toLowerCase()}`, index: Number(index), count: Number(count) };
}

function missingShards(reports: readonly FileReport[]): MissingShards[] {
  const groups = new Map<string, { prefix: string; count: number; present: Set<number> }>();
  for (const r of reports) {
    if (!r.shard || !r.result?.ok) continue;
    const key = `${r.shard.prefix}\u0000${r.shard.count}`;
    const group = groups.get(key) ?? { prefix: r.shard.prefix, count: r.shard.count, present: new Set<number>() };
    group.present.add(r.shard.index);
    groups.set(key, group);
  }
  const result: MissingShards[] = [];
  for (const g of groups.values()) {
    const missing = Array.from({ length: g.count }, (_, k) => k + 1).filter((k) => !g.present.has(k));
    if (missing.length > 0) result.push({ prefix: g.prefix, count: g.count, missing });
  }
  return result;
}
