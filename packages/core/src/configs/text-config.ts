/*
 * Where a config.json keeps its language model, read the same way by the parameter counter
 * (count-parameters.ts) and the attention-layout reader (src/lib/attention-layout.ts), so that a
 * config one of them accepts the other reads with the same model_type and the same defaults.
 */

/**
 * The model_type transformers gives a text_config that names none, by the wrapper's model_type.
 * Source: transformers' configuration_<wrapper>.py, where the wrapper's config class builds its
 * text_config (read 2026): LlavaConfig and LlavaNextConfig `text_config.get("model_type", "llama")`,
 * Mistral3Config `"mistral"`, PaliGemmaConfig `"gemma"`, Qwen3VLConfig its Qwen3VLTextConfig, Llama4Config its Llama4TextConfig; Gemma3Config builds Gemma3TextConfig(**text_config)
 * whatever it says. Only wrappers whose text model is a family the counter knows are listed; a
 * text_config of any other wrapper that names no model_type is read as a Llama-style decoder.
 */
export const TEXT_CONFIG_MODEL_TYPES: Readonly<Record<string, string>> = {
  gemma3: 'gemma3_text',
  llava: 'llama',
  llava_next: 'llama',
  mistral3: 'mistral',
  paligemma: 'gemma',
  qwen3_vl: 'qwen3_vl_text',
  llama4: 'llama4_text',
};

const has = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key);

/**
 * True when the language model is in text_config: the config has a text_config and no layer count
 * of its own (num_hidden_layers, or GPT-2's n_layer). A multimodal wrapper (LLaVA, Gemma 3,
 * Mistral 3...) keeps only its vision settings at the top level.
 */
export function nestsTextConfig(config: Readonly<Record<string, unknown>>): boolean {
  const hasOwnLayers = has(config, 'num_hidden_layers') || has(config, 'n_layer');
  return !hasOwnLayers && has(config, 'text_config');
}

/**
 * The model_type of a nested text_config: its own when it names one, else the one its wrapper's
 * config class gives it (TEXT_CONFIG_MODEL_TYPES); null when neither says.
 */
export function textConfigModelType(ownModelType: string | null, outerModelType: string | null): string | null {
  if (ownModelType !== null) return ownModelType;
  if (outerModelType === null || !has(TEXT_CONFIG_MODEL_TYPES, outerModelType)) return null;
  return TEXT_CONFIG_MODEL_TYPES[outerModelType] ?? null;
}
