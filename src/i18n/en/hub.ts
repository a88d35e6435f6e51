import type { HubWords } from '../../calculators/hub-model';

/*
 * The model field's strings in English (the parameter counter, the serving calculator and the
 * checkpoint counter share it): src/calculators/hub-model.ts.
 */

export const modelFieldStrings = {
  label: 'Model on Hugging Face',
  hint: 'org/name, org/name@revision or its address. Read from huggingface.co only when you press Enter or Read, or open a link that names a model; no token, no account.',
};

export const modelFieldWords = { noun: 'model', example: 'Qwen/Qwen3-30B-A3B' };

export const modelErrors = {
  'model-other-site': 'Only models on huggingface.co (or hf.co) are read, and nothing else is requested. Write org/name, for example Qwen/Qwen3-30B-A3B.',
  'model-not-a-model': 'That is a Hugging Face address, but not a model’s (a dataset, a Space or a page of the site). Paste the address of a model’s page, or write org/name.',
  'model-no-organisation': 'Write the model with its organisation, as on its page: org/name, for example openai-community/gpt2.',
  'model-malformed': 'Not a model id. Write org/name (Qwen/Qwen3-30B-A3B), org/name@revision, or paste the model’s address on huggingface.co.',
};

export const hubOutputs = {
  status: 'From the Hub',
  total: 'Parameters stored in the checkpoint (exact, from its headers)',
  compare: 'Headers, config and name compared',
};

export const hubWords: HubWords = {
  idle: 'No model read yet.',
  loading: {
    config: '{repo}: reading config.json…',
    files: '{repo}: looking for the weights…',
    headers: '{repo}: header {done} of {total}…',
  },
  done: 'Read {repo}: {requests} requests, {bytes} downloaded.',
  errors: {
    'not-found': 'There is no public model {repo} on the Hub. Check the spelling against its page (org/name); a private repository answers the same way, and is not read.',
    'revision-not-found': '{repo} has no branch, tag or commit “{revision}”. Leave out the @… part to read main.',
    gated: '{repo} is gated: its publisher asks each reader to accept its terms on the model’s page first, and this site never asks for, sends or stores a token. Accept them on its page and paste its config.json below, or pick the files you downloaded in the checkpoint counter.',
    'rate-limited': 'The Hub is limiting requests from your connection. Try again in {seconds} seconds.',
    network: 'The Hub could not be reached: you may be offline, or a network filter or a browser extension blocks huggingface.co. Paste the model’s config.json below instead.',
    aborted: 'Stopped: nothing more is requested. Press Enter to read it again.',
    'bad-response': 'The Hub answered in a way this reader does not expect. Try again later, or paste the config.json below.',
    'load-failed': 'The Hub reader could not be loaded (the network dropped since the page was opened). Reload the page to try again.',
  },
  rateLimitedNoTime: 'The Hub is limiting requests from your connection. Try again in a few minutes.',
  noCheckpoint:
    '{repo} has no safetensors or GGUF files, only {files}: those hold no header to read without downloading them whole, so the count here is the config’s alone.',
  ggufChoose: '{repo} has only GGUF files, several of them: paste the address of the one to read (its page on huggingface.co). Files: {files}.',
  noConfig: '{repo} has no config.json (GGUF repositories often have none): the config count here is of the config in the box, not of this model.',
  headerTotal: '{full} ({short}) in {files}',
  files: { one: '{n} file', other: '{n} files' },
  name: 'The name says {total}: the publisher’s rounding, not a count.',
  nameActive: 'The name says {total}, {active} active: the publisher’s rounding, not a count.',
  same: 'The config counts {config}: the same as the headers.',
  more: 'The headers hold {difference} more than the config counts ({config}): {parts}.',
  fewer: 'The headers hold {difference} fewer than the config counts ({config}): {parts}.',
  parts: {
    mtp: '{n} in multi-token-prediction layers, which transformers does not build',
    quantization: '{n} in quantization scales and zero points stored beside the weights',
    buffers: '{n} in buffers saved with the weights, which are not parameters',
    headStoredTwice: '{n} in an output head stored beside the embedding table it is tied to',
    unexplained: '{n} this reader cannot name',
  },
  tiedOnce: 'The output head is tied to the embeddings and stored once, so both counts hold it once.',
  packed: 'The headers hold packed quantized weights, each element several weights, so their count is not the number of weights; the config counts {config}.',
  dtype: '{dtype}: {params} parameters, {bytes}',
  bits: '{bits} bits per weight',
  unreadable: 'The header of {files} could not be read: it is malformed or larger than its format allows, as the checkpoint counter would say of the same file on your disk.',
  noConfigCount: 'The config could not be counted, so only the headers’ count is given.',
};
