import { messages } from '@llm-scale/core/text/messages/en';

/*
 * The model field's strings in English (the parameter counter, the serving calculator and the
 * checkpoint counter share it): src/calculators/hub-model.ts.
 */

export const modelFieldStrings = {
  label: 'Model on Hugging Face',
  hint: 'org/name, org/name@revision or its address. Read from huggingface.co only when you press Enter or Read, or open a link that names a model; no token, no account.',
};

export const modelFieldWords = { noun: 'model', example: 'Qwen/Qwen3-30B-A3B' };

export const hubOutputs = {
  status: 'From the Hub',
  total: 'Parameters stored in the checkpoint (exact, from its headers)',
  compare: 'Headers, config and name compared',
};

/** The model field's sentences for a refused id and the Hub's answers: the core package's, which the command says too. */
export const modelErrors = messages.modelErrors;
export const hubWords = messages.hub;
