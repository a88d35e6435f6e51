import type { KeyProblemKind } from '../../configs/types';
import type { LayerType } from '../../configs/attention-layout';
import type { ShippedFormat } from '../../memory/shipped-format';
import type { CheckpointErrorCode } from '../../checkpoints/errors';
import type { FineTuningConfigError } from '../../training/from-config';
import type { HubErrorCode } from '../../hub/http';
import type { HubProgress } from '../../hub/read-model';
import type { ModelIdError } from '../../hub/model-id';
import type { PluralForms } from '../template';
import type { QuantRole } from '../../checkpoints/quantization';

/**
 * The sentences the core's codes need in each language, kept here so the site and the `llm-scale`
 * command say the same thing without the command reaching into the site: one file per language
 * (en.ts, zh.ts), listed in index.ts. Slots are `{name}`; src/i18n/placeholders.test.ts checks
 * that every language has the English placeholders.
 */
export interface CoreMessages {
  /** One key's problem, by kind: "{key} is missing", "{key} is not a multiple of {of}". */
  keyProblems: Record<KeyProblemKind, string>;
  /** Between two problems in one sentence: "; " in English. */
  problemSeparator: string;
  /** One line per kind of layer of a model's cache (memory/kv-cache-layout.ts, cacheByLayerType). */
  cache: {
    /** By layer type: "full attention", "a sliding window of {window} tokens", "Mamba (no attention)". */
    layerTypes: Record<LayerType, string>;
    /** Layers that cache keys and values: "{layers} with {type}: {bytes} ({tokens} cached each)." */
    layerLine: string;
    /** Mamba and linear-attention layers: "{layers} with {type}: … a state of {state} per sequence each …: {bytes}." */
    stateLine: string;
    /** Falcon-H1's layers, attention and Mamba side by side: "{layers} with {type}: keys and values for {tokens} each, plus a state of {state} …: {bytes}." */
    hybridLine: string;
    /** MLP-only layers, which cache nothing: "{layers} have only an MLP …". */
    noCacheLine: string;
    /** Nemotron-H's mixture-of-experts layers: "{layers} have only a mixture of experts and cache nothing". */
    noCacheMoeLine: string;
    layers: PluralForms;
    tokens: PluralForms;
    bytes: PluralForms;
  };
  /** The formats a checkpoint's quantization_config ships its weights in (memory/shipped-format.ts). */
  shippedFormats: Record<ShippedFormat, string>;
  /** A checkpoint file's header, read (checkpoints/): its faults by code ({detail}, {file}, {described}) and its lines. */
  checkpoint: {
    errors: Record<CheckpointErrorCode, string>;
    /** "{name}: {format}, {params} parameters, {bits} bits per weight". */
    file: string;
    /** "{dtype}: {params} parameters, {bytes}". */
    dtype: string;
    bytes: PluralForms;
    /** A quantized checkpoint's packed weights: "{dtype} ({role}): {params} parameters, {bytes}". */
    dtypeRole: string;
    /** Its scales, zero points, indices and tables, which hold no parameters: "{dtype} ({role}): {bytes}, no parameters". */
    dtypeOverhead: string;
    /** By checkpoints/quantization.ts QuantRole: "packed weights", "scales", … */
    roles: Record<QuantRole, string>;
    /** A size in units beside its exact bytes: "{line} ({exact})". */
    bytesLine: string;
  };
  /** Why a config cannot be sized for fine-tuning, by training/from-config.ts FineTuningConfigError. */
  fineTuningRefusals: Record<FineTuningConfigError, string>;
  /** A refused model id, by 'model-' + hub/model-id.ts ModelIdError. */
  modelErrors: Record<`model-${ModelIdError}`, string>;
  /** The Hub reader's progress and answers (hub/). */
  hub: HubWords;
}

/** The Hub reader's sentences: progress, errors by HubErrorCode, and the headers, config and name compared. */
export interface HubWords {
  /** Before anything was asked. */
  idle: string;
  loading: Record<HubProgress['phase'], string>;
  /** "{repo}: {requests} requests, {bytes} downloaded." */
  done: string;
  /** By error: {repo}, {revision}, {seconds}. */
  errors: Record<HubErrorCode | 'load-failed', string>;
  /** Rate limited without a Retry-After. */
  rateLimitedNoTime: string;
  /** {repo}, {files}: only weights the header reader cannot read. */
  noCheckpoint: string;
  /** {repo}, {files}: several GGUF files; the reader picks one by its address. */
  ggufChoose: string;
  /** {repo}: no config.json. */
  noConfig: string;
  /** "{full} ({short}) in {files}". */
  headerTotal: string;
  files: { one: string; other: string };
  /** "The name says {total}." / "…{total}, {active} active." */
  name: string;
  nameActive: string;
  /** "The config counts {config}; the headers hold the same." */
  same: string;
  /** "The headers hold {difference} more than the config counts ({config}): {parts}." */
  more: string;
  fewer: string;
  parts: { mtp: string; quantization: string; buffers: string; headStoredTwice: string; unexplained: string };
  tiedOnce: string;
  packed: string;
  /** "{dtype}: {params} parameters, {bytes}". */
  dtype: string;
  /** "{bits} bits per weight". */
  bits: string;
  /** The config count could not be had (the config box's error). */
  noConfigCount: string;
  /** {files}: files whose header was refused (malformed, over the format's limit), as a local file's would be. */
  unreadable: string;
}

