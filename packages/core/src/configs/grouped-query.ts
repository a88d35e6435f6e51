/**
 * Whether `numKeyValueHeads` key/value heads can serve `numAttentionHeads` query heads, as
 * transformers' grouped-query attention requires: every attention module of the families read here
 * (llama, mistral, mixtral, qwen2, qwen2_moe, qwen3, qwen3_moe, gemma, gemma2, gemma3, phi, phi3;
 * transformers 5.18.0, modeling_<type>.py) sets num_key_value_groups = num_attention_heads //
 * num_key_value_heads and repeat_kv repeats each key/value head that many times, which gives back
 * every query head only when num_key_value_heads divides num_attention_heads. More key/value heads
 * than query heads (64 against 32) make zero groups; 6 against 32 make 30 heads where 32 are needed.
 * None of those families' configuration files accepts anything else on purpose. Both the parameter
 * counter and the attention-layout reader refuse such a config with this one check
 * ('heads-not-divisible' on num_key_value_heads).
 */
export function keyValueHeadsDivide(numAttentionHeads: number, numKeyValueHeads: number): boolean {
  return numKeyValueHeads >= 1 && numAttentionHeads % numKeyValueHeads === 0;
}
