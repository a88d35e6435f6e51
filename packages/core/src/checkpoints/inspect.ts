import { type ParseResult, failure } from './errors';
import { type GgufSummary, readGgufHeader } from './gguf';
import { type QuantizationHint, type QuantizationSummary, mergeQuantization, readQuantizationConfig } from './quantization';
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

/** A .json file picked beside the checkpoint: read for the quantization scheme it declares. */
export type ConfigRead =
  | { ok: true; quantization: QuantizationHint | null }
  /** Not JSON, not an object, or larger than MAX_CONFIG_BYTES. */
  | { ok: false };

export interface FileReport {
  name: string;
  /** Bytes. */
  size: number;
  /**
   * Null for a repeat of an earlier file (see duplicateOf), which is neither read nor counted, and
   * for a .json file (see config).
   */
  result: ParseResult<CheckpointSummary> | null;
  /** For a .json file (config.json, quantize_config.json): what it says of quantization. */
  config?: ConfigRead;
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

/** GGUF parts (split.count > 1 in their headers) that cannot be one model: the parts are not counted. */
export type SplitConflict =
  /** Parts whose headers give different split.count or split.tensors.count: two different splits. */
  | { kind: 'mixed'; names: string[] }
  /** Two files whose headers say the same split.no (a copy renamed as another part); part is 1-based. */
  | { kind: 'repeated'; part: number; names: string[] };

export interface CheckpointReport extends TensorTotals {
  /** One report per picked file, in the order given. */
  files: FileReport[];
  /** Files whose header was read and summed into the totals. */
  countedFiles: number;
  /** Formats among the counted files; two means a mix, whose sum may count one model twice. */
  formats: CheckpointFormat[];
  /** Sharded checkpoints with parts not picked: the totals cover only the parts that were. */
  missingShards: MissingShards[];
  /** Quantized safetensors layers summed over the files (the first file's scheme); null when none. */
  quantization: QuantizationSummary | null;
  /** The quantization a picked config.json declares, when one was picked. */
  declared: QuantizationHint | null;
  /** Set when the GGUF parts picked cannot be one split; those parts are left out of the totals. */
  splitConflict: SplitConflict | null;
}

/** Largest .json read for its quantization_config (a config.json is a few kB; an index json of a big model about 100 kB). Bytes. */
export const MAX_CONFIG_BYTES = 4 << 20;

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
export async function inspectCheckpoint(file: CheckpointFile, hint: QuantizationHint | null = null): Promise<ParseResult<CheckpointSummary>> {
  let first: Uint8Array;
  try {
    first = await file.reader.readRange(0, Math.min(file.reader.size, SNIFF_BYTES));
  } catch {
    return failure('read-failed');
  }
  const format = detectFormat(file.name, first);
  if (format === 'gguf') return readGgufHeader(file.reader);
  if (format === 'safetensors') return readSafetensorsHeader(file.reader, { hint });
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
  // config.json first, whatever the order picked: its quantization_config tells how the shards are packed.
  const configs = new Map<number, ConfigRead>();
  let declared: QuantizationHint | null = null;
  for (const [i, file] of files.entries()) {
    if (!isJsonName(file.name)) continue;
    const read = await readConfigFile(file);
    configs.set(i, read);
    if (read.ok && read.quantization && declared === null) declared = read.quantization;
  }
  for (const [i, file] of files.entries()) {
    const config = configs.get(i);
    if (config) {
      reports.push({ name: file.name, size: file.reader.size, result: null, config });
      continue;
    }
    const identity = `${file.reader.size}\u0000${file.name}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      reports.push({ name: file.name, size: file.reader.size, result: null, duplicateOf: earlier });
      continue;
    }
    seen.set(identity, i);
    const result = await inspectCheckpoint(file, declared);
    const report: FileReport = { name: file.name, size: file.reader.size, result };
    const shard = headerSplit(result, file.name) ?? shardPosition(file.name);
    if (shard !== undefined) report.shard = shard;
    reports.push(report);
  }

  const splitConflict = findSplitConflict(reports);
  const counted = reports.flatMap((r) => (r.result?.ok && !(splitConflict && isGgufPart(r.result.value)) ? [r.result.value] : []));
  const formats = (['safetensors', 'gguf'] as const).filter((f) => counted.some((s) => s.format === f));
  const quantization = mergeQuantization(counted.map((s) => (s.format === 'safetensors' ? s.quantization : undefined)));
  return {
    files: reports,
    countedFiles: counted.length,
    formats,
    missingShards: splitConflict ? missingShards(reports.filter((r) => !(r.result?.ok && isGgufPart(r.result.value)))) : missingShards(reports),
    ...sumTotals(counted),
    quantization,
    declared,
    splitConflict,
  };
}

function isJsonName(name: string): boolean {
  return name.toLowerCase().endsWith('.json');
}

async function readConfigFile(file: CheckpointFile): Promise<ConfigRead> {
  if (file.reader.size > MAX_CONFIG_BYTES) return { ok: false };
  try {
    const bytes = await file.reader.readRange(0, file.reader.size);
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false };
    return { ok: true, quantization: readQuantizationConfig(parsed) };
  } catch {
    return { ok: false };
  }
}

function isGgufPart(s: CheckpointSummary): boolean {
  return s.format === 'gguf' && s.split !== undefined && s.split.count > 1;
}

/**
 * A GGUF's place in its split from its own header (split.no, split.count: gguf-split writes them in
 * every part), whatever the file is called: a first part renamed model.gguf is still part 1 of 3.
 * The prefix names the set by the name of its first file picked, or by this file's name.
 */
function headerSplit(result: ParseResult<CheckpointSummary>, name: string): ShardPosition | undefined {
  if (!result.ok || result.value.format !== 'gguf' || !result.value.split || result.value.split.count <= 1) return undefined;
  const { index, count } = result.value.split;
  const byName = shardPosition(name);
  return { prefix: byName?.prefix ?? name, index: index + 1, count };
}

/**
 * GGUF parts that cannot be one split: different split.count or split.tensors.count (gguf-split
 * writes both in every part, llama.cpp examples/gguf-split/gguf-split.cpp), or one split.no twice.
 * Parts of two splits that agree on both counts and repeat no number cannot be told apart here.
 */
function findSplitConflict(reports: readonly FileReport[]): SplitConflict | null {
  const parts = reports.flatMap((r) => (r.result?.ok && r.result.value.format === 'gguf' && isGgufPart(r.result.value) ? [{ name: r.name, s: r.result.value }] : []));
  if (parts.length < 2) return null;
  const key = (s: GgufSummary) => `${s.split?.count}\u0000${s.splitTensorCount ?? ''}`;
  const first = key(parts[0]!.s);
  if (parts.some((p) => key(p.s) !== first)) return { kind: 'mixed', names: parts.map((p) => p.name) };
  const byIndex = new Map<number, string[]>();
  for (const p of parts) byIndex.set(p.s.split!.index, [...(byIndex.get(p.s.split!.index) ?? []), p.name]);
  for (const [index, names] of byIndex) if (names.length > 1) return { kind: 'repeated', part: index + 1, names };
  return null;
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
    // A GGUF split is one set by its header, whatever its parts are called.
    const key = r.result.value.format === 'gguf' && isGgufPart(r.result.value) ? `gguf\u0000${r.shard.count}` : `${r.shard.prefix}\u0000${r.shard.count}`;
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
