/**
 * Checkpoint header reader: exact parameter counts, bytes per data type and bits per weight from the
 * headers of .safetensors and .gguf files, read through byte ranges so nothing is uploaded and a
 * 100 GB file costs what its header costs. Pure TypeScript with no dependencies, meant to be loaded
 * with a dynamic import() when a reader picks files.
 */
export { blobReader, bytesReader, type RangeReader } from './range-reader';
export { type CheckpointErrorCode, type ParseError, type ParseResult, type SizeMismatch } from './errors';
export { type DtypeTotals, type TensorTotals, bitsPerWeight } from './summary';
export { MAX_SAFETENSORS_HEADER_BYTES, type SafetensorsSummary, readSafetensorsHeader } from './safetensors';
export { MAX_GGUF_HEADER_BYTES, type GgufReadOptions, type GgufSummary, readGgufHeader } from './gguf';
export { GGML_TYPES, type GgmlType, LLAMA_FILE_TYPES } from './ggml-types';
export { SAFETENSORS_DTYPE_BITS } from './safetensors-dtypes';
export {
  OVERHEAD_ROLES,
  type QuantizationHint,
  type QuantizationSummary,
  type QuantRole,
  type QuantScheme,
  type SchemeSource,
  quantizedBitsPerWeight,
  readMetadataHint,
  readQuantization,
  readQuantizationConfig,
} from './quantization';
export {
  type CheckpointFile,
  type CheckpointFormat,
  type CheckpointReport,
  type CheckpointSummary,
  type ConfigRead,
  type FileReport,
  type SplitConflict,
  type MissingShards,
  type ShardPosition,
  detectFormat,
  inspectCheckpoint,
  inspectCheckpoints,
  shardPosition,
} from './inspect';
