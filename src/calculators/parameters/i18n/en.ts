import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { parameters } from '../index';
import { commonFieldWords, configProblems } from '../../../i18n/en/shared';
import { hubOutputs, hubWords, modelFieldStrings, modelFieldWords } from '../../../i18n/en/hub';

/** The parameters calculator's strings in English. */
const strings: CalculatorStrings<typeof parameters> = {
  title: 'Parameter counter: paste a config.json',
  question: 'How many parameters does a model have, counted from its config.json?',
  searchWords: 'parameter count, config.json, Hugging Face, transformers, number of parameters',
  intro: 'Counts a model’s parameters from its Hugging Face config.json the way the transformers library builds the model: every key the config leaves out takes that model type’s default. Nothing leaves your browser.',
  fields: {
    model: modelFieldStrings,
    config: {
      label: 'config.json',
      hint: 'Paste the whole file from a model’s page on Hugging Face. Known model types: llama, mistral, mixtral, qwen2, qwen2_moe, qwen3, qwen3_moe, gemma, gemma2, gemma3_text, phi3, phi, gpt2, deepseek_v2, deepseek_v3, gpt_oss, starcoder2, gpt_bigcode, gpt_neox, cohere, olmo2, ministral3, olmoe, exaone4, qwen3_vl_text, qwen3_next, falcon, jamba, nemotron_h, granite, phimoe, glm4_moe, ministral, olmo, cohere2, olmo3, glm4, granitemoe, granitemoeshared, mamba2, lfm2, llama4_text, mamba, qwen3_5_text, qwen3_5_moe_text, bamba, falcon_h1, granitemoehybrid; others are counted as Llama-style decoders, except mixtures of experts, which get no total.',
    },
  },
  outputs: {
    'hub-status': hubOutputs.status,
    'hub-total': hubOutputs.total,
    'hub-compare': hubOutputs.compare,
    total: 'Parameters in all',
    active: 'Parameters used per token',
    embeddings: 'Token (and position) embeddings',
    'output-head': 'Output head (0 when tied to the embeddings)',
    attention: 'Attention',
    mlp: 'MLP (dense layers)',
    experts: 'Experts (routed and shared) and routers',
    'experts-active': 'Experts used per token (with shared experts and routers)',
    norms: 'Norms',
    recurrent: 'Mamba, linear-attention and short-convolution layers',
    'bar-embeddings': '',
    'bar-output-head': '',
    'bar-attention': '',
    'bar-mlp': '',
    'bar-experts': '',
    'bar-experts-active': '',
    'bar-norms': '',
    'bar-recurrent': '',
    biases: 'Of which biases (inside the parts above)',
    notes: 'How it was counted',
  },
  words: {
    hub: hubWords,
    withShort: '{full} ({short})',
    estimate: '≈ {short}: an estimate, not a count (this model type was read as a Llama-style decoder)',
    approximately: '≈ {short}',
    dense: 'The same as the total, counting the embedding table, of which each token reads one row: a dense model passes every token through all of its other weights.',
    activeBoth: '{with}; {without} without the input embedding table, of which a token reads one row, as some model cards count (gpt-oss’s)',
    part: '{count} · {share}',
    notes: {
      family: 'Counted as {type}, by the rules of transformers’ modeling code for {family}.',
      architecture: 'The model type “{type}” is remote code (the config’s auto_map), but its architectures names {architecture}, a class transformers has: counted by that class, as {family}.',
      fallback: 'The model type “{type}” is not one this counter knows, so it was counted as a Llama-style decoder; the total may be off either way: too low where the family adds parts, too high where its MLP has two matrices instead of three.',
      noModelType: 'The config has no model_type (transformers needs one to pick the model), so it was counted as a Llama-style decoder; the total may be off either way.',
      nested: 'Only the language model in text_config is counted, not a vision tower or projector.',
      tied: 'The output head shares the embedding matrix (tied embeddings), so it is counted once.',
      mtp: 'The checkpoint also holds multi-token-prediction layers ({n}), which transformers does not build and this count leaves out.',
      defaulted: 'Keys the config leaves out took the model type’s default: {keys}.',
    },
    invalid: 'This config cannot be counted: {problems}.',
    problems: configProblems,
    tooLarge: 'This count would pass 2⁵³ parameters, beyond what can be counted exactly here.',
  },
  fieldWords: {
    model: modelFieldWords,
    config: commonFieldWords.config,
  },
};

export default strings;
