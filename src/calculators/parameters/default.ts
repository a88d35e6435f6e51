/**
 * Meta Llama 3.1 8B's config.json (meta-llama/Llama-3.1-8B, transformers 4.43), keys that decide
 * the count and the KV cache: the calculators' starting point, 8,030,261,248 parameters.
 */
export const LLAMA_3_1_8B_CONFIG = `{
  "architectures": [
    "LlamaForCausalLM"
  ],
  "hidden_size": 4096,
  "intermediate_size": 14336,
  "max_position_embeddings": 131072,
  "model_type": "llama",
  "num_attention_heads": 32,
  "num_hidden_layers": 32,
  "num_key_value_heads": 8,
  "rms_norm_eps": 1e-05,
  "tie_word_embeddings": false,
  "torch_dtype": "bfloat16",
  "vocab_size": 128256,
  "attention_bias": false,
  "mlp_bias": false
}`;
