/**
 * Every sentence and label the command prints, in English. A template's {slots} are filled by
 * `fill` (../format.ts); messages/zh.ts must have the same keys and the same slots (messages.test.ts).
 */
export const en = {
  usage: `llm-scale: exact parameter counts, checkpoint headers and serving memory of language models.

Usage:
  llm-scale count <config.json | org/name>   parameters as Hugging Face transformers builds the model
  llm-scale inspect <file, folder or org/name> parameters, bytes per data type and bits per weight from
                                             .safetensors and .gguf headers (shards and splits too)
  llm-scale serve <config.json | org/name>   weights, KV cache, what fits, the split over GPUs, speed bounds
  llm-scale finetune <config.json | org/name> memory per GPU to fine-tune (full, LoRA, QLoRA; ZeRO)

Options for every command:
  --json         one JSON object on standard output, numbers as plain integers
  --lang zh      sentences in Chinese (en, zh)
  --help         help for the command

Exit status: 0 on success, 2 for bad input (a missing file, a config that cannot be read, a bad
option), 1 for anything else.`,
  countHelp: `llm-scale count <config.json | folder | org/name> [--json] [--lang zh]

Counts the parameters of the model a config.json describes, as Hugging Face transformers builds it:
the total, the active parameters of a mixture of experts, and the count of each part.`,
  inspectHelp: `llm-scale inspect <file or folder>... | <org/name> [--json] [--lang zh]

Reads only the headers of .safetensors and .gguf files (a folder: every such file in it): the exact
parameter count, the bytes stored in each data type, and bits per weight. Shards of one checkpoint
("-00001-of-00004") are added up, and missing shards are named.`,
  finetuneHelp: `llm-scale finetune <config.json | org/name> [options]

Memory per GPU to fine-tune the model, as the site's fine-tuning calculator works it out: weights,
gradients, optimizer states and activations (Korthikanti et al. 2022), sharded by ZeRO over the GPUs.

  --method <m>          full-adam, full-adam-8bit, lora (default), qlora
  --rank <r>            LoRA rank (default 16)
  --targets <t>         qv, attention, all-linear (default)
  --sequence <tokens>   sequence length (default 2048)
  --micro-batch <n>     sequences per GPU per step (default 1)
  --attention <a>       flash (default: no s² score matrix kept) or standard
  --no-checkpointing    keep every layer's activations (default: gradient checkpointing on)
  --gpus <N>[x<GB>]     data-parallel GPUs, and the memory of each to say whether it fits (default 1)
  --zero <0-3>          ZeRO stage (3 = FSDP full sharding; default 0)
  --tokens <n>          tokens to train on, for FLOP, time and GPU-hours
  --peak <TFLOP/s>      dense peak per GPU (default 989, an H100 SXM at bf16)
  --utilization <%>     share of the peak reached, 0.1 to 100 (default 40; 40, not 0.4)
  --price <per hour>    price per GPU-hour, for the cost (an example you supply: 2.5, $2.5, 2.5 USD)`,
  serveHelp: `llm-scale serve <config.json | org/name> [options]

Memory and speed to serve the model, as the site's serving calculator works them out (vLLM's rules):
weights in the format the checkpoint ships in, the KV cache per layer type (grouped-query,
sliding-window, latent attention and the states of hybrid layers), what fits in the engine's share of
each GPU, the split over the GPUs, and the decode and prefill bounds.

  --context <tokens>    context length per sequence (default 8192; 32k = 32,768)
  --batch <n>           sequences served at once (default 1)
  --weights <format>    weight format: fp32, bf16, fp16, fp8, int8, int4 (default: as the checkpoint
                        ships, from its quantization_config; else bf16)
  --bits <n>            bits per weight instead, for GGUF types: 8.5 (Q8_0), 4.89 (Q4_K_M)
  --kv <format>         KV cache format: bf16, fp16, fp8, int8, int4 (default bf16)
  --gpus <N>x<GB>       GPUs and the memory of each, e.g. 2x80GB (default), or a preset with its
                        memory, bandwidth and peak: 8xh100-sxm, 1xrtx-4090, 8xh200, 1xm4-max ...
  --usable <percent>    share of each GPU the engine may use, 1 to 100 (default 92, vLLM's)
  --tp <n>, --pp <n>    tensor- and pipeline-parallel degrees (default: tensor parallel over all)
  --bandwidth <TB/s>    memory bandwidth per GPU, for the decode bound
  --peak <TFLOP/s>      dense bf16 peak per GPU, for the prefill bound (--peak-fp8 for fp8 weights)
  --price <per hour>    price per GPU-hour, to price output tokens at the decode bound`,
  // Labels of the text output.
  modelType: 'model type',
  countedAs: 'counted as',
  fallback: '{type} is not a model type this counter knows: counted as a Llama-style decoder, which may be off either way',
  noModelType: 'the config names no model_type: counted as a Llama-style decoder, which may be off either way',
  nested: 'only the language model in text_config was counted, not a vision tower or projector',
  nestedServe: 'only the language model in text_config was counted: a vision tower and projector add their weights on top',
  architecture: 'the model type {type} is remote code (the config’s auto_map), but its architectures names {architecture}, a class transformers has: counted by that class, as {family}',
  mtp: 'the checkpoint also holds multi-token-prediction layers ({n}), which transformers does not build and this count leaves out',
  withShort: '{full} ({short})',
  estimate: '≈ {short}: an estimate, not a count (this model type was read as a Llama-style decoder)',
  approximately: '≈ {short}',
  tied: 'the output head shares the embedding matrix (tied), so it is counted once',
  defaulted: 'keys the config leaves out took their default: {keys}',
  total: 'total parameters',
  stored: 'stored in the checkpoint (its headers)',
  active: 'active parameters per token',
  activeWithoutEmbeddings: 'active, without the embedding table',
  parts: {
    embeddings: 'embeddings',
    positionEmbeddings: 'position embeddings',
    attention: 'attention',
    recurrent: 'recurrent layers (Mamba, linear attention, short convolution)',
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
  missingShards: '{prefix} has {count} parts; not picked: part {missing}. The totals cover only the parts read',
  missingShardsMany: '{prefix} has {count} parts; not picked: parts {missing}. The totals cover only the parts read',
  configOnly: '{name} is a config.json, not a checkpoint: it holds no weights, and declares no quantization (no quantization_config). llm-scale count counts its parameters.',
  configOnlyDeclares: '{name} is a config.json, not a checkpoint: it holds no weights, and declares {scheme} quantization (its quantization_config). Give it with the checkpoint files to count their weights.',
  mixedFormats: 'Both safetensors and GGUF files were given: if they are the same model, it is counted twice.',
  splitMixed: 'These GGUF files are parts of different splits (their headers disagree on the number of parts or of tensors): {names}. They are not counted.',
  splitRepeated: '{names} all say in their headers that they are part {part} of the same split: one is a copy under another name. The split is not counted.',
  otherModels: 'these GGUF files are not parts of one split, so each holds a model of its own ({models}): each is counted on its own line above, and they are not added up',
  weights: 'weights',
  kvPerToken: 'KV cache per token',
  kvCache: 'KV cache',
  servingTotal: 'weights + KV cache',
  verdict: 'verdict',
  note: 'note',
  verdicts: {
    fits: 'fits: {needed} per GPU of the {usable} usable ({share}), with room for {spare} more tokens of cache',
    fitsNoKvCache: 'fits: {needed} per GPU of the {usable} usable ({share}); no layer caches keys and values, so a longer context needs no more memory',
    'cache-does-not-fit': 'does not fit: weights and cache need {needed} per GPU, {usable} is usable ({share})',
    'weights-do-not-fit': 'does not fit: the weights alone need more than the {usable} usable per GPU ({share})',
  },
  withFormat: '{value} ({format})',
  bitsValue: '{bits} bits per weight',
  asShipped: '{format}, as the checkpoint ships',
  split: 'split over the GPUs',
  splitValue: 'tensor parallel {tp} × pipeline parallel {pp}; key/value heads per GPU: {kvHeads}',
  perGpu: 'per GPU (the fullest)',
  perGpuValue: '{weights} of weights + {kv} of cache = {total}, of {usable} usable ({share})',
  decode: 'decode, upper bound',
  decodeValue: '{one} for one sequence ({weightsOnly} before the cache); {batch} for the batch',
  prefill: 'prefill of the context, lower bound',
  seconds: '{n} s',
  tokensPerSecond: '{n} tokens/s',
  trainable: 'trainable / all parameters',
  gradients: 'gradients',
  optimizer: 'optimizer states',
  activations: 'activations',
  perGpuTotal: 'total per GPU',
  fitsIn: 'fits: {free} left of {capacity}',
  overBy: 'does not fit: {over} over {capacity}',
  gpuHours: 'GPU-hours',
  cost: 'cost',
  costValue: '{cost} at the price given per GPU-hour (an example price, not a quote)',
  noRun: 'none: the run does not fit in memory as configured, so it has no time or price',
  costPerMillion: 'lowest cost per million output tokens (in the --price currency)',
  maxContext: 'longest context at batch {batch}',
  maxBatch: 'most sequences of {context} tokens',
  doesNotFit: 'the weights alone do not fit',
  unbounded: 'no limit from memory',
  modelLimit: '{tokens} tokens: the model’s own limit (max_position_embeddings)',
  contextOverLimit: 'the context of {context} tokens is longer than the model takes: {limit} tokens, its max_position_embeddings (vLLM refuses a longer max_model_len); every figure here is still worked out for {context} tokens',
  // Errors: one sentence each, on standard error.
  errors: {
    unknownCommand: 'Unknown command "{command}": use count, inspect, serve or finetune (llm-scale --help).',
    noCommand: 'Name a command: count, inspect, serve or finetune (llm-scale --help).',
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
    badGpus: '--gpus must be a count and a memory size, such as 2x80GB, or a count and a preset ({presets}), such as 8xh100-sxm; not "{value}".',
    finetune: '{path} cannot be sized for fine-tuning. {reason}',
    tpDegree: 'vLLM cannot split {heads} attention heads over tensor parallel {tp}: valid degrees are {valid}; combine one with --pp for other GPU counts.',
    ppDegree: 'Pipeline parallel {pp} would leave a stage without a layer: the model has {layers}.',
    degrees: 'Tensor parallel {tp} × pipeline parallel {pp} must equal the {devices} GPUs.',
    config: '{path} cannot be counted: {problems}.',
    configText: '{path} is not a config.json that can be read: {reason}.',
    layout: '{path}: the attention layout cannot be read: {problem}.',
    checkpoint: '{name}: {reason}',
    nothingCounted: 'No header could be read.',
    percentFraction: '{option} is a percentage: {value} would be read as {value}%; did you mean {meant}?',
    percentRange: '{option} must be a percentage from {min} to {max}, not "{value}".',
    offline: 'The Hub could not be reached: this machine may be offline, or a network filter blocks huggingface.co. Give a config.json or checkpoint files on disk instead.',
    // The Hub's answers as a terminal needs them: the site's say to paste below or pick files above.
    gated: '{repo} is gated: its publisher asks each reader to accept its terms on the model’s page first, and this command never asks for, sends or stores a token. Accept them on its page, download the files, and give their path.',
    badResponse: 'The Hub answered in a way this reader does not expect. Try again later, or give a config.json or checkpoint files on disk.',
    noConfigInFolder: '{path} is a folder without a config.json: name the config.json, or a folder that has one.',
    tooLarge: 'The result is larger than this tool can give exactly.',
    internal: 'Something went wrong inside llm-scale: {detail}.',
  },
  whats: {
    positiveInteger: 'a whole number of at least 1',
    context: 'a number of tokens, such as 8192 or 32k',
    positiveNumber: 'a number greater than 0',
    price: 'a price per GPU-hour from 0.001 to 1,000,000, such as 2.5, $2.5 or 2.5 USD',
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
