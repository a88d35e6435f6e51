/**
 * Every sentence and label the command prints, in English. A template's {slots} are filled by
 * `fill` (../format.ts); messages/zh.ts must have the same keys and the same slots (messages.test.ts).
 */
export const en = {
  usage: `llm-scale: exact parameter counts, checkpoint headers and serving memory of language models.

Usage:
  llm-scale count <config.json>              parameters as Hugging Face transformers builds the model
  llm-scale inspect <file or folder>...      parameters, bytes per data type and bits per weight from
                                             .safetensors and .gguf headers (shards and splits too)
  llm-scale serve <config.json> [options]    weights, KV cache by layer type, total, and what fits

Options for every command:
  --json         one JSON object on standard output, numbers as plain integers
  --lang zh      sentences in Chinese (en, zh)
  --help         help for the command

Exit status: 0 on success, 2 for bad input (a missing file, a config that cannot be read, a bad
option), 1 for anything else.`,
  countHelp: `llm-scale count <config.json> [--json] [--lang zh]

Counts the parameters of the model a config.json describes, as Hugging Face transformers builds it:
the total, the active parameters of a mixture of experts, and the count of each part.`,
  inspectHelp: `llm-scale inspect <file or folder>... [--json] [--lang zh]

Reads only the headers of .safetensors and .gguf files (a folder: every such file in it): the exact
parameter count, the bytes stored in each data type, and bits per weight. Shards of one checkpoint
("-00001-of-00004") are added up, and missing shards are named.`,
  serveHelp: `llm-scale serve <config.json> [options]

Memory to serve the model: weights, KV cache per layer type (grouped-query, sliding-window and latent
attention as the config says), their total, and what fits on the accelerators given.

  --context <tokens>    context length per sequence (default 8192; 32k = 32,768)
  --batch <n>           sequences served at once (default 1)
  --weights <format>    weight format: fp32, bf16, fp16, fp8, int8, int4 (default bf16)
  --kv <format>         KV cache format: bf16, fp16, fp8, int8, int4 (default bf16)
  --gpus <N>x<GB>       accelerators and the memory of each, e.g. 2x80GB (default 2x80GB)`,
  // Labels of the text output.
  modelType: 'model type',
  countedAs: 'counted as',
  fallback: '{type} is not a model type this counter knows: counted as a Llama-style decoder, which may be off either way',
  noModelType: 'the config names no model_type: counted as a Llama-style decoder, which may be off either way',
  nested: 'only the language model in text_config was counted',
  tied: 'the output head shares the embedding matrix (tied), so it is counted once',
  defaulted: 'keys the config leaves out took their default: {keys}',
  total: 'total parameters',
  active: 'active parameters per token',
  activeWithoutEmbeddings: 'active, without the embedding table',
  parts: {
    embeddings: 'embeddings',
    positionEmbeddings: 'position embeddings',
    attention: 'attention',
    mlp: 'MLP',
    routedExperts: 'routed experts',
    sharedExperts: 'shared experts',
    router: 'router',
    norms: 'norms',
    outputHead: 'output head',
  },
  file: 'file',
  tensors: 'tensors',
  parameters: 'parameters',
  tensorBytes: 'tensor bytes',
  bitsPerWeight: 'bits per weight',
  byDtype: 'by data type:',
  duplicate: 'the same file as {name}: not counted twice',
  missingShards: '{prefix}: parts {missing} of {count} were not given; the totals cover only the parts read',
  weights: 'weights',
  kvPerToken: 'KV cache per token',
  kvCache: 'KV cache',
  servingTotal: 'weights + KV cache',
  layerLine: '{layers} layers with {type}: {bytes} ({tokens} tokens each)',
  layerTypes: {
    full_attention: 'full attention',
    sliding_attention: 'a sliding window of {window} tokens',
    chunked_attention: 'chunked attention of {window} tokens',
  },
  maxContext: 'longest context at batch {batch}',
  maxBatch: 'most sequences of {context} tokens',
  doesNotFit: 'the weights alone do not fit',
  unbounded: 'no limit from memory',
  modelLimit: '{tokens} tokens: the model’s own limit (max_position_embeddings)',
  // Errors: one sentence each, on standard error.
  errors: {
    unknownCommand: 'Unknown command "{command}": use count, inspect or serve (llm-scale --help).',
    noCommand: 'Name a command: count, inspect or serve (llm-scale --help).',
    unknownOption: 'Unknown option {option} (llm-scale {command} --help).',
    optionValue: 'Option {option} needs a value (llm-scale {command} --help).',
    extraArgument: 'Unexpected argument {option} (llm-scale {command} --help).',
    noInput: 'Name a config.json file (llm-scale {command} --help).',
    noFiles: 'Name one or more .safetensors or .gguf files, or a folder that holds them.',
    notFound: 'No such file or folder: {path}.',
    unreadable: 'Cannot read {path}: {reason}.',
    noCheckpoints: 'No .safetensors or .gguf file in {path}.',
    badLang: 'Unknown language "{lang}": use en or zh.',
    badNumber: '{option} must be {what}, not "{value}".',
    badFormat: '{option} must be one of {formats}, not "{value}".',
    badGpus: '--gpus must be written as a count and a memory size, such as 2x80GB, not "{value}".',
    config: '{path} cannot be counted: {problems}.',
    configText: '{path} is not a config.json that can be read: {reason}.',
    layout: '{path}: the attention layout cannot be read: {problem}.',
    checkpoint: '{name}: {reason}',
    nothingCounted: 'No header could be read.',
    tooLarge: 'The result is larger than this tool can give exactly.',
    internal: 'Something went wrong inside llm-scale: {detail}.',
  },
  whats: {
    positiveInteger: 'a whole number of at least 1',
    context: 'a number of tokens, such as 8192 or 32k',
  },
  configReasons: {
    empty: 'the file is empty',
    'too-long': 'the file is too long for a config.json',
    'not-json': 'it is not valid JSON',
    'not-an-object': 'it is not a JSON object',
    'too-large': 'the count is larger than can be given exactly',
  },
} as const;

/** The shape every language's catalog has: the English one's keys, with strings for values. */
export type Messages = Widen<typeof en>;
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
