import type { JsonObject, JsonValue } from './types';

/*
 * Signs that a config describes a mixture of experts. The counter's Llama-style fallback builds one
 * dense MLP per layer, so for a mixture of experts of a model_type it has no rules for it would give
 * a total 10–40× too low (gpt-oss-120b, before it had rules of its own: 3.0B for 116.8B). Such a
 * config is refused instead.
 */

/**
 * Config keys that only a mixture of experts has, as transformers 5.18.0 names them: the fields and
 * attribute_map names of src/transformers/models/<dir>/configuration_<dir>.py (read 2026, every
 * file grepped for expert, moe, router and routed), plus the few kwargs those files pop by hand
 * (moe_layer_freq, moe_layers_enum) and gpt-oss's experts_per_token, which its Hub config.json
 * carries. Every one of those with "expert", "moe", "router", "routed" or "routing" in its name is
 * caught by MOE_WORDS (so is a remote-code config's own spelling of them: moe_num_experts,
 * n_routed_experts, num_experts_per_token); the keys listed here are the ones without those words.
 * Each of them appears only in configuration files of mixtures of experts.
 */
export const MOE_KEYS: ReadonlySet<string> = new Set([
  // Qwen2-MoE, Qwen3-MoE, SwitchTransformers...: which layers are sparse.
  'decoder_sparse_step',
  'mlp_only_layers',
  'encoder_sparse_step',
  'num_sparse_decoder_layers',
  'num_sparse_encoder_layers',
  // DeepSeek and its descendants: dense layers first, grouped routing.
  'first_k_dense_replace',
  'n_group',
  'topk_group',
  'topk_method',
  'norm_topk_prob',
]);

/** Words that only mixture-of-experts keys contain: num_local_experts, moe_intermediate_size, router_aux_loss_coef... */
const MOE_WORDS = /expert|moe|router|routed|routing/i;

/**
 * null, false, 0, "" and [] switch a feature off (num_experts: 0 builds dense layers in Qwen's
 * code; output_router_logits: false), so a dense config may carry them harmlessly: the same rule
 * as the attention-layout reader's isInert, with empty lists and strings added.
 */
function isInert(value: JsonValue | undefined): boolean {
  return value === null || value === false || value === 0 || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Whether a config key (without its text_config. prefix) is a mixture-of-experts key. */
export function isMoeKey(key: string): boolean {
  return MOE_KEYS.has(key) || MOE_WORDS.test(key);
}

/**
 * The first key of `config` (in the config's own order) that says it is a mixture of experts with a
 * value that is not inert, as its path ("text_config.num_local_experts"), or null if there is none.
 * Looks at the object's own keys only (not vision_config or other sub-configs).
 *
 * @param config the object holding the model's keys
 * @param prefix how its keys are named in messages: "" or "text_config."
 */
export function firstMoeKey(config: JsonObject, prefix = ''): string | null {
  for (const [key, value] of Object.entries(config)) {
    if (isMoeKey(key) && !isInert(value)) return prefix + key;
  }
  return null;
}
