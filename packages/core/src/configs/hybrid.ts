import type { ConfigReader } from './config-reader';
import type { Counted, FeedForward, Tally } from './count-parameters';
import type { Structure } from './families';

/*
 * Hybrids whose layers differ in kind, counted layer by layer as transformers 5.18.0 builds them:
 * Nemotron-H, Qwen3-Next and Qwen3.5, Jamba, LFM2, Llama 4's text model, Falcon, Mamba and Mamba-2
 * (below), and Bamba, Falcon-H1 and Granite 4.0's granitemoehybrid (at the end of the file, checked
 * on synthetic configs only).
 *
 * Nemotron-H (src/transformers/models/nemotron_h/configuration_nemotron_h.py and
 * modeling_nemotron_h.py): each layer is one block, a norm (NemotronHRMSNorm, hidden_size) and one
 * mixer, by its kind in layers_block_type, or in the older hybrid_override_pattern string that
 * __post_init__ turns into that list ('M' linear_attention, '*' full_attention, '-' mlp, 'E' moe):
 * - 'linear_attention', a Mamba-2 mixer (NemotronHMamba2Mixer), with I = mamba_num_heads ·
 *   mamba_head_dim, G = n_groups, N = ssm_state_size, conv_dim = I + 2·G·N:
 *   in_proj hidden → I + conv_dim + mamba_num_heads (bias: mamba_proj_bias), conv1d [conv_dim, 1,
 *   conv_kernel] (bias: use_conv_bias), dt_bias, A_log and D of mamba_num_heads each, a gated
 *   RMSNorm of I, out_proj I → hidden (bias: use_bias);
 * - 'full_attention': q/k/v/o of num_attention_heads and num_key_value_heads heads of head_dim
 *   (bias: attention_bias), no rotary embedding parameters;
 * - 'mlp': up_proj hidden → intermediate_size and down_proj back (bias: mlp_bias), no gate (relu²);
 * plus the embedding table, the final norm (norm_f) and the output head (untied by default).
 */

/** transformers' names for the kinds of a Nemotron-H layer, by hybrid_override_pattern's characters. */
const PATTERN_KINDS: Readonly<Record<string, string>> = {
  M: 'linear_attention',
  '*': 'full_attention',
  '-': 'mlp',
  E: 'moe',
};

const KINDS = new Set(['linear_attention', 'full_attention', 'mlp', 'moe']);

/**
 * A Nemotron-H config's layer kinds, by transformers' names, from its layers_block_type list (when
 * `listed`) or its hybrid_override_pattern string; null when the value is neither (an empty or
 * unknown entry, a character outside M, *, - and E). Shared by the counter and the layout reader.
 */
export function parseNemotronLayerKinds(value: unknown, listed: boolean): string[] | null {
  if (listed) {
    const ok = Array.isArray(value) && value.length > 0 && value.every((k) => typeof k === 'string' && KINDS.has(k));
    return ok ? (value as string[]) : null;
  }
  if (typeof value !== 'string' || value.length === 0 || ![...value].every((c) => c in PATTERN_KINDS)) return null;
  return [...value].map((c) => PATTERN_KINDS[c]!);
}

/**
 * The kind of each layer: layers_block_type when the config lists it, else hybrid_override_pattern
 * read character by character; null (with a problem recorded) when neither is usable.
 */
export function nemotronLayerKinds(r: ConfigReader): string[] | null {
  const listed = r.rawValue('layers_block_type');
  const found = listed ?? r.rawValue('hybrid_override_pattern');
  if (found === undefined) {
    r.report({ key: 'hybrid_override_pattern', problem: 'missing' });
    return null;
  }
  const kinds = parseNemotronLayerKinds(found.value, listed !== undefined);
  if (kinds === null) r.report({ key: found.path, problem: 'not-a-list' });
  return kinds;
}

/**
 * What one layer without attention keeps per sequence, whatever the context, as transformers 5.18.0
 * allocates it (NemotronHMamba2Mixer; cache_utils.LinearAttentionLayer), checked by
 * scripts/model-config/count_with_transformers.py on a forward pass (expected.json, "cache"):
 * - conv_states [conv_dim, conv_kernel], conv_dim = mamba_num_heads · mamba_head_dim + 2 ·
 *   n_groups · ssm_state_size, in the model's dtype (2 bytes, bf16);
 * - recurrent_states (the SSM state) [mamba_num_heads, mamba_head_dim, ssm_state_size], in
 *   mamba_ssm_cache_dtype, float32 by default (4 bytes).
 * For a Gated DeltaNet layer (gatedDeltaNetState) the same two tensors, of other shapes.
 */
export interface RecurrentState {
  convValues: number;
  convBytesPerValue: number;
  recurrentValues: number;
  recurrentBytesPerValue: number;
  /** convValues · convBytesPerValue + recurrentValues · recurrentBytesPerValue. */
  bytesPerSequence: number;
}

export function mambaState(s: {
  heads: number;
  headDim: number;
  groups: number;
  stateSize: number;
  convKernel: number;
  recurrentBytesPerValue: number;
}): RecurrentState {
  const convValues = (s.heads * s.headDim + 2 * s.groups * s.stateSize) * s.convKernel;
  const recurrentValues = s.heads * s.headDim * s.stateSize;
  const convBytesPerValue = 2;
  return {
    convValues,
    convBytesPerValue,
    recurrentValues,
    recurrentBytesPerValue: s.recurrentBytesPerValue,
    bytesPerSequence: convValues * convBytesPerValue + recurrentValues * s.recurrentBytesPerValue,
  };
}

/**
 * What one Gated DeltaNet layer (Qwen3-Next's linear_attention, Qwen3NextGatedDeltaNet) keeps per
 * sequence, as transformers 5.18.0 allocates it (probed: expected.json, "cache"), with K = Hk · dk
 * (linear_num_key_heads · linear_key_head_dim) and V = Hv · dv:
 * - conv_states [2K + V, linear_conv_kernel_dim] in the model's dtype (2 bytes, bf16);
 * - recurrent_states [Hv, dk, dv] in float32 (4 bytes).
 */
export function gatedDeltaNetState(s: { keyHeads: number; valueHeads: number; keyDim: number; valueDim: number; convKernel: number }): RecurrentState {
  const convValues = (2 * s.keyHeads * s.keyDim + s.valueHeads * s.valueDim) * s.convKernel;
  const recurrentValues = s.valueHeads * s.keyDim * s.valueDim;
  return { convValues, convBytesPerValue: 2, recurrentValues, recurrentBytesPerValue: 4, bytesPerSequence: convValues * 2 + recurrentValues * 4 };
}

/**
 * Qwen3-Next's layer kinds: layer_types when the config lists it (each "linear_attention" or
 * "full_attention"), else one full-attention layer every full_attention_interval layers
 * (configuration_qwen3_next.py __post_init__: linear if (i + 1) % interval, default 4). Null when
 * layer_types is not such a list of `layers` entries or the interval is not a whole number ≥ 1.
 */
export function qwen3NextLayerKinds(layerTypes: unknown, interval: unknown, layers: number): string[] | null {
  if (layerTypes !== undefined && layerTypes !== null) {
    const ok = Array.isArray(layerTypes) && layerTypes.length === layers && layerTypes.every((k) => k === 'linear_attention' || k === 'full_attention');
    return ok ? (layerTypes as string[]) : null;
  }
  const every = interval === undefined ? 4 : interval;
  if (typeof every !== 'number' || !Number.isInteger(every) || every < 1) return null;
  return Array.from({ length: layers }, (_, i) => ((i + 1) % every !== 0 ? 'linear_attention' : 'full_attention'));
}

/**
 * Counts a Qwen3-Next config (modeling_qwen3_next.py, transformers 5.18.0): per layer two RMSNorms
 * and either a Gated DeltaNet (in_proj_qkvz hidden → 2K + 2V, in_proj_ba hidden → 2·Hv, conv1d
 * [2K + V, 1, kernel] without bias, dt_bias and A_log of Hv, a gated norm of dv, out_proj V →
 * hidden) or gated attention (q_proj hidden → 2 · heads · head_dim, its output gate; k_proj,
 * v_proj, o_proj; q_norm and k_norm of head_dim; biases when attention_bias), then Qwen's sparse MoE
 * block with a shared expert (countFeedForward's 'qwen' rules).
 */
export function countQwen3Next(r: ConfigReader, t: Tally, structure: Structure, feedForward: FeedForward): Counted {
  const V = r.int('vocab_size');
  const H = r.int('hidden_size');
  const L = r.int('num_hidden_layers');
  const listed = r.rawValue('layer_types');
  const interval = listed === undefined ? r.rawValue('full_attention_interval') : undefined;
  const kinds = qwen3NextLayerKinds(listed?.value, interval?.value, L);
  if (kinds === null) r.report({ key: (listed ?? interval)!.path, problem: 'not-a-list' });
  const linear = (kinds ?? []).filter((k) => k === 'linear_attention').length;
  const full = (kinds ?? []).length - linear;

  t.add('embeddings', V * H);
  t.add('norms', H, 0, 2 * L); // input_layernorm, post_attention_layernorm
  t.add('norms', H); // the final norm
  if (full > 0) {
    const heads = r.int('num_attention_heads');
    const kvHeads = r.int('num_key_value_heads');
    r.requireKeyValueHeadsDivide('num_key_value_heads', 'num_attention_heads');
    const headDim = r.int('head_dim');
    const q = heads * headDim;
    const kv = kvHeads * headDim;
    const bias = r.bool('attention_bias');
    t.add('attention', H * 2 * q + 2 * H * kv + q * H, bias ? 2 * q + 2 * kv + H : 0, full);
    t.add('norms', 2 * headDim, 0, full); // q_norm, k_norm
  }
  if (linear > 0) {
    const hk = r.int('linear_num_key_heads');
    const hv = r.int('linear_num_value_heads');
    const dk = r.int('linear_key_head_dim');
    const dv = r.int('linear_value_head_dim');
    const kernel = r.int('linear_conv_kernel_dim');
    const K = hk * dk;
    const Vd = hv * dv;
    t.add('recurrent', H * (2 * K + 2 * Vd) + H * 2 * hv, 0, linear); // in_proj_qkvz, in_proj_ba
    t.add('recurrent', (2 * K + Vd) * kernel + 2 * hv + dv + Vd * H, 0, linear); // conv1d, dt_bias, A_log, norm, out_proj
  }
  const ff = feedForward(structure, r, t, H, L);
  const tied = r.bool('tie_word_embeddings');
  t.add('outputHead', tied ? 0 : V * H);

  return countedOf(t, tied, {
    routedActive: ff.routedActive,
    layers: { dense: ff.dense, moe: ff.moe },
    layerKinds: kindCounts(kinds ?? []),
    experts: ff.experts,
  });
}

/** Jamba's layer kinds (JambaConfig.layers_block_type): attention when i % attn_layer_period == attn_layer_offset, else Mamba. */
export function jambaLayerKinds(layers: number, period: number, offset: number): ('attention' | 'mamba')[] {
  return Array.from({ length: layers }, (_, i) => (i % period === offset ? 'attention' : 'mamba'));
}

/**
 * What one Mamba (v1) layer keeps per sequence (JambaMambaMixer; transformers 5.18.0, probed:
 * expected.json, "cache"), with I = mamba_expand · hidden_size: conv_states [I, mamba_d_conv] in the
 * model's dtype (2 bytes) and the SSM's recurrent_states [I, mamba_d_state] in float32 (4 bytes).
 */
export function mamba1State(s: { inner: number; convKernel: number; stateSize: number }): RecurrentState {
  const convValues = s.inner * s.convKernel;
  const recurrentValues = s.inner * s.stateSize;
  return { convValues, convBytesPerValue: 2, recurrentValues, recurrentBytesPerValue: 4, bytesPerSequence: convValues * 2 + recurrentValues * 4 };
}

/**
 * Counts a Jamba config (modeling_jamba.py, transformers 5.18.0). Each layer has two RMSNorms
 * (input_layernorm, pre_ff_layernorm) and either attention (q/k/v/o of num_attention_heads and
 * num_key_value_heads heads of hidden_size / heads, no biases) or a Mamba mixer, with I = mamba_expand ·
 * hidden, R = mamba_dt_rank ("auto": ceil(hidden / 16)), N = mamba_d_state: in_proj hidden → 2I and
 * out_proj I → hidden (biases: mamba_proj_bias), conv1d [I, 1, mamba_d_conv] (bias: mamba_conv_bias),
 * x_proj I → R + 2N, dt_proj R → I with its bias, A_log [I, N], D [I], and RMSNorms of R, N and N
 * on dt, B and C. Then a gated MLP of intermediate_size, or on layers i % expert_layer_period ==
 * expert_layer_offset a router (hidden → num_experts) and num_experts such MLPs.
 */
export function countJamba(r: ConfigReader, t: Tally): Counted {
  const V = r.int('vocab_size');
  const H = r.int('hidden_size');
  const L = r.int('num_hidden_layers');
  const kinds = jambaLayerKinds(L, r.int('attn_layer_period'), r.int('attn_layer_offset'));
  const attention = kinds.filter((k) => k === 'attention').length;
  const mamba = L - attention;
  t.add('embeddings', V * H);
  t.add('norms', H, 0, 2 * L);
  t.add('norms', H); // final_layernorm
  if (attention > 0) {
    const heads = r.int('num_attention_heads');
    const kvHeads = r.int('num_key_value_heads');
    r.requireKeyValueHeadsDivide('num_key_value_heads', 'num_attention_heads');
    const headDim = Math.floor(H / heads);
    t.add('attention', 2 * H * heads * headDim + 2 * H * kvHeads * headDim, 0, attention);
  }
  if (mamba > 0) {
    const inner = r.int('mamba_expand') * H;
    const rankRaw = r.rawValue('mamba_dt_rank');
    const rank = rankRaw === undefined || rankRaw.value === 'auto' ? Math.ceil(H / 16) : r.int('mamba_dt_rank');
    const N = r.int('mamba_d_state');
    const kernel = r.int('mamba_d_conv');
    const projBias = r.bool('mamba_proj_bias');
    t.add('recurrent', 2 * H * inner + inner * H, projBias ? 2 * inner + H : 0, mamba); // in_proj, out_proj
    t.add('recurrent', inner * kernel, r.bool('mamba_conv_bias') ? inner : 0, mamba); // conv1d
    t.add('recurrent', inner * (rank + 2 * N) + rank * inner, inner, mamba); // x_proj, dt_proj (+ its bias)
    t.add('recurrent', inner * N + inner + rank + 2 * N, 0, mamba); // A_log, D, dt/B/C layernorms
  }
  const I = r.int('intermediate_size');
  const experts = r.int('num_experts');
  const perToken = r.int('num_experts_per_tok', experts);
  const period = r.int('expert_layer_period');
  const offset = r.int('expert_layer_offset');
  const moe = Array.from({ length: L }, (_, i) => i % period === offset && experts > 1).filter(Boolean).length;
  const dense = L - moe;
  t.add('mlp', 3 * H * I, 0, dense);
  t.add('routedExperts', experts * 3 * H * I, 0, moe);
  t.add('router', experts * H, 0, moe);
  const tied = r.bool('tie_word_embeddings');
  t.add('outputHead', tied ? 0 : V * H);

  return countedOf(t, tied, {
    routedActive: perToken * 3 * H * I * moe,
    layers: { dense, moe },
    layerKinds: { attention, mamba },
    experts: moe > 0 ? { routed: experts, perToken, shared: 0 } : null,
  });
}

/**
 * Falcon's key/value heads (modeling_falcon.py FalconAttention): num_kv_heads with
 * new_decoder_architecture (Falcon-40B, -180B), one with multi_query (Falcon-7B), else one per head.
 */
export function falconKeyValueHeads(newArchitecture: boolean, multiQuery: boolean, kvHeads: number, heads: number): number {
  if (newArchitecture) return kvHeads;
  return multiQuery ? 1 : heads;
}

/**
 * Counts a Falcon config (modeling_falcon.py, transformers 5.18.0): head_dim = hidden /
 * num_attention_heads; a fused query_key_value of (heads + 2 · kv heads) · head_dim outputs
 * (new_decoder_architecture; hidden + 2 · head_dim with multi_query; 3 · hidden otherwise) and a
 * dense output, an MLP dense_h_to_4h / dense_4h_to_h of ffn_hidden_size (4 · hidden when unset), all
 * with biases when `bias`; LayerNorms (weight and bias): two per layer unless parallel_attn with one
 * (num_ln_in_parallel_attn, 2 by default with new_decoder_architecture), and ln_f. Tied by default.
 */
export function countFalcon(r: ConfigReader, t: Tally): Counted {
  const V = r.int('vocab_size');
  const H = r.int('hidden_size');
  const L = r.int('num_hidden_layers');
  const heads = r.int('num_attention_heads');
  const headDim = Math.floor(H / heads);
  const newArchitecture = r.bool('new_decoder_architecture');
  const multiQuery = r.bool('multi_query');
  const kvHeads = falconKeyValueHeads(newArchitecture, multiQuery, newArchitecture ? r.int('num_kv_heads') : heads, heads);
  const qkv = newArchitecture ? (heads + 2 * kvHeads) * headDim : multiQuery ? H + 2 * headDim : 3 * H;
  const bias = r.bool('bias');
  const ffn = r.int('ffn_hidden_size');
  t.add('embeddings', V * H);
  t.add('attention', H * qkv + H * H, bias ? qkv + H : 0, L);
  t.add('mlp', 2 * H * ffn, bias ? ffn + H : 0, L);
  const parallel = r.bool('parallel_attn');
  // num_ln_in_parallel_attn: None (or absent) means 2 with new_decoder_architecture, else 1.
  const lnGiven = r.intIfPresentOrNone('num_ln_in_parallel_attn');
  const lnInParallel = lnGiven ?? (newArchitecture ? 2 : 1);
  const normsPerLayer = !parallel || lnInParallel === 2 ? 2 : 1;
  t.add('norms', H, H, normsPerLayer * L);
  t.add('norms', H, H); // ln_f
  const tied = r.bool('tie_word_embeddings');
  t.add('outputHead', tied ? 0 : V * H);
  return countedOf(t, tied, { layers: { dense: L, moe: 0 }, layerKinds: null });
}

/** Counts a Nemotron-H config (see the file comment). Problems go to the reader. */
export function countNemotronH(r: ConfigReader, t: Tally): Counted {
  const V = r.int('vocab_size');
  const H = r.int('hidden_size');
  const kinds = nemotronLayerKinds(r) ?? [];
  const count = (kind: string) => kinds.filter((k) => k === kind).length;
  const mamba = count('linear_attention');
  const attention = count('full_attention');
  const mlp = count('mlp');
  const moe = count('moe');

  t.add('embeddings', V * H);
  t.add('norms', H, 0, kinds.length); // each block's norm
  t.add('norms', H); // norm_f

  if (mamba > 0) {
    const heads = r.int('mamba_num_heads');
    const inner = heads * r.int('mamba_head_dim');
    const groups = r.int('n_groups');
    const state = r.int('ssm_state_size');
    const kernel = r.int('conv_kernel');
    const convDim = inner + 2 * groups * state;
    const projection = inner + convDim + heads;
    t.add('recurrent', H * projection, r.bool('mamba_proj_bias') ? projection : 0, mamba); // in_proj
    t.add('recurrent', convDim * kernel, r.bool('use_conv_bias') ? convDim : 0, mamba); // conv1d
    t.add('recurrent', 3 * heads, 0, mamba); // dt_bias, A_log, D
    t.add('recurrent', inner, 0, mamba); // the gated RMSNorm
    t.add('recurrent', inner * H, r.bool('use_bias') ? H : 0, mamba); // out_proj
  }
  if (attention > 0) {
    const heads = r.int('num_attention_heads');
    const kvHeads = r.int('num_key_value_heads');
    r.requireKeyValueHeadsDivide('num_key_value_heads', 'num_attention_heads');
    const headDim = r.int('head_dim');
    const q = heads * headDim;
    const kv = kvHeads * headDim;
    const bias = r.bool('attention_bias');
    t.add('attention', H * q + 2 * H * kv + q * H, bias ? q + 2 * kv + H : 0, attention);
  }
  if (mlp > 0) {
    const inner = r.int('intermediate_size');
    t.add('mlp', 2 * H * inner, r.bool('mlp_bias') ? inner + H : 0, mlp);
  }
  // 'moe' (NemotronHMoE): n_routed_experts experts, each up_proj and down_proj without a gate
  // (NemotronHExperts: [experts, moe_intermediate_size, in] and [experts, in, moe_intermediate_size],
  // in = moe_latent_size or hidden), a router (NemotronHTopkRouter: weight [experts, hidden] and the
  // persistent buffer e_score_correction_bias [experts]), one shared expert (NemotronHMLP of
  // moe_shared_expert_intermediate_size, biases: mlp_bias) and, with moe_latent_size, the projections
  // hidden → latent → hidden around the experts (used by every token: counted with the MLPs).
  let experts = 0;
  let perToken = 0;
  let routedPerExpert = 0;
  let buffers = 0;
  if (moe > 0) {
    experts = r.int('n_routed_experts');
    perToken = r.int('num_experts_per_tok');
    const width = r.int('moe_intermediate_size');
    const shared = r.int('moe_shared_expert_intermediate_size');
    const latent = r.intIfPresentOrNone('moe_latent_size');
    const bias = r.bool('mlp_bias');
    routedPerExpert = 2 * width * (latent ?? H);
    t.add('routedExperts', experts * routedPerExpert, 0, moe);
    t.add('router', experts * H + experts, 0, moe); // weight, e_score_correction_bias
    t.add('sharedExperts', 2 * H * shared, bias ? shared + H : 0, moe);
    if (latent !== null) t.add('mlp', 2 * H * latent, bias ? latent + H : 0, moe);
    buffers = experts * moe;
  }
  const tied = r.bool('tie_word_embeddings');
  t.add('outputHead', tied ? 0 : V * H);

  return countedOf(t, tied, {
    routedActive: perToken * routedPerExpert * moe,
    layers: { dense: mlp, moe },
    layerKinds: kindCounts(kinds),
    experts: moe > 0 ? { routed: experts, perToken, shared: 1 } : null,
    persistentBuffers: buffers,
  });
}

/*
 * Issue 22, second batch (branch types-b).
 */

/**
 * Counts a Mamba-2 config (modeling_mamba2.py, transformers 5.18.0): the embedding table
 * (backbone.embeddings), per layer an RMSNorm of hidden_size and a Mamba2Mixer, with I = expand ·
 * hidden_size (the config refuses I ≠ num_heads · head_dim, and so does this counter:
 * 'mamba-heads-mismatch' on head_dim), G = n_groups, N = state_size and
 * conv_dim = I + 2·G·N: in_proj hidden → I + conv_dim + num_heads (bias: use_bias), conv1d
 * [conv_dim, 1, conv_kernel] (bias: use_conv_bias), dt_bias, A_log and D of num_heads each, a gated
 * RMSNorm of I, out_proj I → hidden (bias: use_bias); then norm_f and the output head (untied by
 * default). No attention and no MLP: every layer keeps a fixed state (mamba2State).
 */
export function countMamba2(r: ConfigReader, t: Tally): Counted {
  const V = r.int('vocab_size');
  const H = r.int('hidden_size');
  const L = r.int('num_hidden_layers');
  const heads = r.int('num_heads');
  const headDim = r.int('head_dim');
  const inner = r.int('expand') * H;
  // Mamba2Config.validate_architecture refuses hidden_size · expand ≠ num_heads · head_dim.
  if (heads * headDim !== inner) r.report({ key: 'head_dim', problem: 'mamba-heads-mismatch' });
  const groups = r.int('n_groups');
  const state = r.int('state_size');
  const kernel = r.int('conv_kernel');
  const bias = r.bool('use_bias');
  const convDim = inner + 2 * groups * state;
  const projection = inner + convDim + heads;
  t.add('embeddings', V * H);
  t.add('norms', H, 0, L); // each block's norm
  t.add('norms', H); // norm_f
  t.add('recurrent', H * projection, bias ? projection : 0, L); // in_proj
  t.add('recurrent', convDim * kernel, r.bool('use_conv_bias') ? convDim : 0, L); // conv1d
  t.add('recurrent', 3 * heads + inner, 0, L); // dt_bias, A_log, D, the gated RMSNorm
  t.add('recurrent', inner * H, bias ? H : 0, L); // out_proj
  const tied = r.bool('tie_word_embeddings');
  t.add('outputHead', tied ? 0 : V * H);
  return countedOf(t, tied, { layers: { dense: 0, moe: 0 }, layerKinds: { linear_attention: L } });
}

/**
 * LFM2's layer kinds (configuration_lfm2.py Lfm2Config.__post_init__): layer_types when the config
 * lists it (each "conv" or "full_attention"), else "full_attention" for the indices in
 * full_attn_idxs (every layer when it is absent or null) and "conv" for the others. Null when
 * layer_types is not such a list of `layers` entries, or full_attn_idxs is not a list of indices.
 */
export function lfm2LayerKinds(layerTypes: unknown, fullAttentionIndices: unknown, layers: number): ('conv' | 'full_attention')[] | null {
  if (layerTypes !== undefined && layerTypes !== null) {
    const ok = Array.isArray(layerTypes) && layerTypes.length === layers && layerTypes.every((k) => k === 'conv' || k === 'full_attention');
    return ok ? (layerTypes as ('conv' | 'full_attention')[]) : null;
  }
  if (fullAttentionIndices === undefined || fullAttentionIndices === null) return Array.from({ length: layers }, () => 'full_attention');
  if (!Array.isArray(fullAttentionIndices) || !fullAttentionIndices.every((i) => Number.isInteger(i))) return null;
  const attention = new Set(fullAttentionIndices as number[]);
  return Array.from({ length: layers }, (_, i) => (attention.has(i) ? 'full_attention' : 'conv'));
}

/**
 * What one LFM2 short-convolution layer keeps per sequence (Lfm2ShortConv; transformers 5.18.0,
 * probed: expected.json "cache"): conv_states [hidden_size, conv_L_cache] in the model's dtype
 * (2 bytes, bf16), and no recurrent state.
 */
export function shortConvState(s: { hidden: number; convKernel: number }): RecurrentState {
  const convValues = s.hidden * s.convKernel;
  return { convValues, convBytesPerValue: 2, recurrentValues: 0, recurrentBytesPerValue: 4, bytesPerSequence: convValues * 2 };
}

/**
 * LFM2's MLP width (modeling_lfm2.py Lfm2MLP): intermediate_size (which block_ff_dim replaces,
 * Lfm2Config.__post_init__); with block_auto_adjust_ff_dim, int(2 · it / 3), then with a
 * block_ffn_dim_multiplier int(multiplier · it) rounded up to a multiple of block_multiple_of.
 * LFM2-1.2B: block_ff_dim 12,288 → 8,192.
 */
export function lfm2FeedForwardWidth(s: { intermediate: number; autoAdjust: boolean; multiplier: number | null; multipleOf: number }): number {
  if (!s.autoAdjust) return s.intermediate;
  let width = Math.trunc((2 * s.intermediate) / 3);
  if (s.multiplier === null) return width;
  width = Math.trunc(s.multiplier * width);
  return s.multipleOf * Math.ceil(width / s.multipleOf);
}

/**
 * Counts an LFM2 config (modeling_lfm2.py, transformers 5.18.0): the embedding table and an RMSNorm
 * after it (embedding_norm, which also ends the stack); per layer two RMSNorms (operator_norm,
 * ffn_norm), a SwiGLU MLP (w1, w3 hidden → width, w2 back, no biases; lfm2FeedForwardWidth) and
 * either attention (q_proj, k_proj, v_proj, out_proj of num_attention_heads and num_key_value_heads
 * heads of head_dim, which only a config that sets it has, else hidden_size // num_attention_heads; no biases, with q_layernorm and k_layernorm of
 * head_dim) or a short convolution (in_proj hidden → 3 · hidden, a depthwise conv [hidden, 1,
 * conv_L_cache], out_proj hidden → hidden, biases when conv_bias). The output head is tied by default.
 */
export function countLfm2(r: ConfigReader, t: Tally): Counted {
  const V = r.int('vocab_size');
  const H = r.int('hidden_size');
  const L = r.int('num_hidden_layers');
  const listed = r.rawValue('layer_types');
  const indices = listed === undefined ? r.rawValue('full_attn_idxs') : undefined;
  const kinds = lfm2LayerKinds(listed?.value, indices?.value, L);
  if (kinds === null) r.report({ key: (listed ?? indices)!.path, problem: 'not-a-list' });
  const attention = (kinds ?? []).filter((k) => k === 'full_attention').length;
  const conv = (kinds ?? []).length - attention;

  t.add('embeddings', V * H);
  t.add('norms', H); // embedding_norm
  t.add('norms', H, 0, 2 * L); // operator_norm, ffn_norm
  if (attention > 0) {
    const heads = r.int('num_attention_heads');
    const kvHeads = r.int('num_key_value_heads');
    r.requireKeyValueHeadsDivide('num_key_value_heads', 'num_attention_heads');
    const headDim = r.int('head_dim');
    t.add('attention', 2 * H * heads * headDim + 2 * H * kvHeads * headDim, 0, attention);
    t.add('norms', 2 * headDim, 0, attention); // q_layernorm, k_layernorm
  }
  if (conv > 0) {
    const kernel = r.int('conv_L_cache');
    const bias = r.bool('conv_bias');
    t.add('recurrent', 3 * H * H + H * kernel + H * H, bias ? 3 * H + H + H : 0, conv);
  }
  const ownWidth = r.rawValue('block_ff_dim');
  const multiplierRaw = r.rawValue('block_ffn_dim_multiplier');
  const multiplier = multiplierRaw === undefined ? 1 : typeof multiplierRaw.value === 'number' && Number.isFinite(multiplierRaw.value) ? multiplierRaw.value : null;
  if (multiplierRaw !== undefined && multiplierRaw.value !== null && multiplier === null) r.report({ key: multiplierRaw.path, problem: 'not-a-number' });
  const width = lfm2FeedForwardWidth({
    intermediate: ownWidth !== undefined ? r.int('block_ff_dim') : r.int('intermediate_size'),
    autoAdjust: r.bool('block_auto_adjust_ff_dim'),
    multiplier,
    multipleOf: r.int('block_multiple_of'),
  });
  t.add('mlp', 3 * H * width, 0, L);
  const tied = r.bool('tie_word_embeddings');
  t.add('outputHead', tied ? 0 : V * H);

  return countedOf(t, tied, { layers: { dense: L, moe: 0 }, layerKinds: { full_attention: attention, conv } });
}

/**
 * Llama 4's mixture-of-experts layers (configuration_llama4.py Llama4TextConfig.__post_init__): the
 * indices in moe_layers when the config lists them, else every interleave_moe_layer_step-th layer
 * (range(step − 1, layers, step): every layer for Scout, every other one for Maverick). Null when
 * moe_layers is neither absent, null nor a list of whole numbers.
 */
export function llama4MoeLayers(moeLayers: unknown, step: number, layers: number): Set<number> | null {
  if (moeLayers === undefined || moeLayers === null) {
    const found = new Set<number>();
    for (let i = step - 1; i < layers; i += step) found.add(i);
    return found;
  }
  if (!Array.isArray(moeLayers) || !moeLayers.every((i) => Number.isInteger(i))) return null;
  return new Set(moeLayers as number[]);
}

/**
 * Counts Llama 4's text model (modeling_llama4.py, transformers 5.18.0): the embedding table; per
 * layer two RMSNorms and attention (q_proj, k_proj, v_proj, o_proj of num_attention_heads and
 * num_key_value_heads heads of head_dim, biases when attention_bias; its query/key norm is an L2 norm
 * without weights), then on a mixture-of-experts layer (llama4MoeLayers) Llama4TextMoe:
 * Llama4TextExperts' gate_up_proj [experts, hidden, 2 · intermediate_size] and down_proj [experts,
 * intermediate_size, hidden], a router hidden → num_local_experts without bias, and a shared expert,
 * a gated MLP of intermediate_size; on the other layers a gated MLP of intermediate_size_mlp. Then
 * the final norm and the output head (untied). Each token uses num_experts_per_tok routed experts.
 */
export function countLlama4(r: ConfigReader, t: Tally): Counted {
  const V = r.int('vocab_size');
  const H = r.int('hidden_size');
  const L = r.int('num_hidden_layers');
  const heads = r.int('num_attention_heads');
  const kvHeads = r.int('num_key_value_heads');
  r.requireKeyValueHeadsDivide('num_key_value_heads', 'num_attention_heads');
  const headDim = r.int('head_dim');
  const I = r.int('intermediate_size');
  const experts = r.int('num_local_experts');
  const perToken = r.int('num_experts_per_tok');
  const step = r.int('interleave_moe_layer_step');
  const listed = r.rawValue('moe_layers');
  const moeSet = llama4MoeLayers(listed?.value, step, L);
  if (moeSet === null) r.report({ key: listed!.path, problem: 'not-a-list' });
  // transformers builds a mixture only on indices that are layers of the model.
  const moe = moeSet === null ? 0 : Array.from({ length: L }, (_, i) => moeSet.has(i)).filter(Boolean).length;
  const dense = L - moe;

  const q = heads * headDim;
  const kv = kvHeads * headDim;
  t.add('embeddings', V * H);
  t.add('attention', 2 * H * q + 2 * H * kv, r.bool('attention_bias') ? q + 2 * kv + H : 0, L);
  t.add('norms', H, 0, 2 * L); // input_layernorm, post_attention_layernorm
  t.add('norms', H); // the final norm
  if (moe > 0) {
    t.add('routedExperts', experts * 3 * H * I, 0, moe);
    t.add('router', experts * H, 0, moe);
    t.add('sharedExperts', 3 * H * I, 0, moe);
  }
  if (dense > 0) t.add('mlp', 3 * H * r.int('intermediate_size_mlp'), 0, dense);
  const tied = r.bool('tie_word_embeddings');
  t.add('outputHead', tied ? 0 : V * H);

  return countedOf(t, tied, {
    routedActive: perToken * 3 * H * I * moe,
    layers: { dense, moe },
    layerKinds: null,
    experts: moe > 0 ? { routed: experts, perToken, shared: 1 } : null,
  });
}

/**
 * Counts a Mamba (v1) config (modeling_mamba.py, transformers 5.18.0), with I = expand ·
 * hidden_size (MambaConfig sets intermediate_size so, whatever the config says), R = time_step_rank
 * ("auto": ceil(hidden_size / 16)) and N = state_size: the embedding table (backbone.embeddings), per
 * layer an RMSNorm of hidden_size and a MambaMixer: in_proj hidden → 2I and out_proj I → hidden
 * (biases: use_bias), conv1d [I, 1, conv_kernel] (bias: use_conv_bias), x_proj I → R + 2N, dt_proj
 * R → I with its bias, A_log [I, N] and D [I]; then norm_f and the output head, tied by default.
 */
export function countMamba(r: ConfigReader, t: Tally): Counted {
  const V = r.int('vocab_size');
  const H = r.int('hidden_size');
  const L = r.int('num_hidden_layers');
  const N = r.int('state_size');
  const inner = r.int('expand') * H;
  const kernel = r.int('conv_kernel');
  const rankRaw = r.rawValue('time_step_rank');
  const rank = rankRaw === undefined || rankRaw.value === 'auto' ? Math.ceil(H / 16) : r.int('time_step_rank');
  const bias = r.bool('use_bias');
  t.add('embeddings', V * H);
  t.add('norms', H, 0, L); // each block's norm
  t.add('norms', H); // norm_f
  t.add('recurrent', 2 * H * inner + inner * H, bias ? 2 * inner + H : 0, L); // in_proj, out_proj
  t.add('recurrent', inner * kernel, r.bool('use_conv_bias') ? inner : 0, L); // conv1d
  t.add('recurrent', inner * (rank + 2 * N) + rank * inner, inner, L); // x_proj, dt_proj (+ its bias)
  t.add('recurrent', inner * N + inner, 0, L); // A_log, D
  const tied = r.bool('tie_word_embeddings');
  t.add('outputHead', tied ? 0 : V * H);
  return countedOf(t, tied, { layers: { dense: 0, moe: 0 }, layerKinds: { linear_attention: L } });
}

/*
 * Issue 22, third batch (branch types-c): the Mamba-2 hybrids whose keys are named mamba_* (Bamba,
 * Falcon-H1, IBM Granite 4.0's granitemoehybrid). No real config.json of a released model of these
 * types was found, so their rules are checked against transformers 5.18.0 on synthetic configs only
 * (fixtures/configs/synthetic/bamba-*, falcon-h1-*, granitemoehybrid-*; the fixtures README).
 */

/**
 * The Mamba-2 mixer's sizes in a Bamba, Falcon-H1 or GraniteMoeHybrid config (BambaMixer,
 * FalconH1Mixer, GraniteMoeHybridMambaLayer, transformers 5.18.0): inner = mamba_expand ·
 * hidden_size (Falcon-H1: mamba_d_ssm when set), heads = mamba_n_heads, headDim = mamba_d_head
 * ("auto" or absent: inner // heads, the config's __post_init__), groups = mamba_n_groups, stateSize
 * = mamba_d_state, convKernel = mamba_d_conv.
 */
export interface MambaMixerSizes {
  inner: number;
  heads: number;
  headDim: number;
  groups: number;
  stateSize: number;
  convKernel: number;
}

/**
 * What the config classes' validate_architecture refuses (configuration_bamba.py,
 * configuration_falcon_h1.py, configuration_granitemoehybrid.py): mamba_n_heads that do not divide
 * the mixer's width ('mamba_n_heads'), or a mamba_d_head given whose product with the heads is not
 * that width ('mamba_d_head'); null when the sizes build. `headDim` null means "auto".
 */
export function mambaMixerMismatch(s: { inner: number; heads: number; headDim: number | null }): 'mamba_n_heads' | 'mamba_d_head' | null {
  if (s.inner % s.heads !== 0) return 'mamba_n_heads';
  if (s.headDim !== null && s.headDim * s.heads !== s.inner) return 'mamba_d_head';
  return null;
}

/**
 * Reads the mixer's sizes (MambaMixerSizes) with the counter's reader, reporting
 * 'mamba-heads-mismatch' where transformers refuses them (mambaMixerMismatch). `inner` is the
 * mixer's width, already read by the caller.
 */
function readMambaMixer(r: ConfigReader, inner: number): MambaMixerSizes {
  const heads = r.int('mamba_n_heads');
  const given = r.rawValue('mamba_d_head');
  const headDim = given === undefined || given.value === 'auto' ? null : r.int('mamba_d_head');
  const mismatch = mambaMixerMismatch({ inner, heads, headDim });
  if (mismatch !== null) r.report({ key: mismatch === 'mamba_d_head' ? given!.path : 'mamba_n_heads', problem: 'mamba-heads-mismatch' });
  return {
    inner,
    heads,
    headDim: headDim ?? Math.floor(inner / heads),
    groups: r.int('mamba_n_groups'),
    stateSize: r.int('mamba_d_state'),
    convKernel: r.int('mamba_d_conv'),
  };
}

/**
 * Adds `layers` Mamba-2 mixers to the 'recurrent' part: in_proj hidden → inner + conv_dim + heads
 * (bias: inProjBias), conv1d [conv_dim, 1, mamba_d_conv] (bias: mamba_conv_bias), dt_bias, A_log and
 * D of heads each, the gated RMSNorm of inner when `gatedNorm`, out_proj inner → hidden (bias:
 * outProjBias); conv_dim = inner + 2 · groups · state size.
 */
function addMambaMixers(t: Tally, m: MambaMixerSizes, hidden: number, layers: number, bias: { inProj: boolean; conv: boolean; outProj: boolean; gatedNorm: boolean }): void {
  const convDim = m.inner + 2 * m.groups * m.stateSize;
  const projection = m.inner + convDim + m.heads;
  t.add('recurrent', hidden * projection, bias.inProj ? projection : 0, layers); // in_proj
  t.add('recurrent', convDim * m.convKernel, bias.conv ? convDim : 0, layers); // conv1d
  t.add('recurrent', 3 * m.heads + (bias.gatedNorm ? m.inner : 0), 0, layers); // dt_bias, A_log, D, the gated norm
  t.add('recurrent', m.inner * hidden, bias.outProj ? hidden : 0, layers); // out_proj
}

/**
 * What one of these Mamba-2 mixers keeps per sequence (probed: expected.json "cache"): conv_states
 * [inner + 2 · groups · state size, mamba_d_conv] in the model's dtype (2 bytes) and recurrent_states
 * [heads, head_dim, state size] in float32 (4 bytes), as mambaState.
 */
export function mambaMixerState(m: MambaMixerSizes): RecurrentState {
  return mambaState({ heads: m.heads, headDim: m.headDim, groups: m.groups, stateSize: m.stateSize, convKernel: m.convKernel, recurrentBytesPerValue: 4 });
}

/**
 * Bamba's layer kinds (configuration_bamba.py BambaConfig.layers_block_type): "full_attention" for
 * the indices in attn_layer_indices, "linear_attention" (a Mamba-2 mixer) for the others, and for
 * every layer when the list is absent, null or empty. Null when it is not a list of whole numbers.
 */
export function bambaLayerKinds(attentionIndices: unknown, layers: number): ('full_attention' | 'linear_attention')[] | null {
  if (attentionIndices === undefined || attentionIndices === null) return Array.from({ length: layers }, () => 'linear_attention');
  if (!Array.isArray(attentionIndices) || !attentionIndices.every((i) => Number.isInteger(i))) return null;
  const attention = new Set(attentionIndices as number[]);
  return Array.from({ length: layers }, (_, i) => (attention.has(i) ? 'full_attention' : 'linear_attention'));
}

/**
 * GraniteMoeHybrid's layer kinds (configuration_granitemoehybrid.py): layer_types, whose older
 * names "mamba" and "attention" transformers reads as "linear_attention" and "full_attention"
 * (configuration_utils._LEGACY_LAYER_TYPE_REMAP), also read under the name layers_block_type (the
 * class's attribute_map); absent or null, every layer is a Mamba-2 mixer.
 * Null when layer_types is not a list of `layers` such names.
 */
export function graniteHybridLayerKinds(layerTypes: unknown, layers: number): ('full_attention' | 'linear_attention')[] | null {
  if (layerTypes === undefined || layerTypes === null) return Array.from({ length: layers }, () => 'linear_attention');
  if (!Array.isArray(layerTypes) || layerTypes.length !== layers) return null;
  const kinds: ('full_attention' | 'linear_attention')[] = [];
  for (const entry of layerTypes) {
    if (entry === 'linear_attention' || entry === 'mamba') kinds.push('linear_attention');
    else if (entry === 'full_attention' || entry === 'attention') kinds.push('full_attention');
    else return null;
  }
  return kinds;
}

/** q/k/v/o of num_attention_heads and num_key_value_heads heads of head_dim, biases on all four when attention_bias. */
function addAttention(r: ConfigReader, t: Tally, hidden: number, layers: number): void {
  const heads = r.int('num_attention_heads');
  const kvHeads = r.int('num_key_value_heads');
  r.requireKeyValueHeadsDivide('num_key_value_heads', 'num_attention_heads');
  const headDim = r.int('head_dim');
  const q = heads * headDim;
  const kv = kvHeads * headDim;
  t.add('attention', 2 * hidden * q + 2 * hidden * kv, r.bool('attention_bias') ? q + 2 * kv + hidden : 0, layers);
}

/** How many layers of each kind `kinds` lists, one entry per layer: ['mamba', 'attention', 'mamba'] → { mamba: 2, attention: 1 }. */
function kindCounts(kinds: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/**
 * What every hybrid counter returns, from its tally: the total of the parts; the parameters a token
 * uses, which is the total but for the routed experts it is not sent to (`routedActive`: the routed
 * experts' parameters one token uses, over all layers; absent, every one of them); the same without
 * the input embedding table, which a token reads one row of, unless the output head is tied to it;
 * and the model's shape as the caller found it. `persistentBuffers`: values saved with the weights
 * that are not parameters (e_score_correction_bias), 0 unless given.
 */
function countedOf(
  t: Tally,
  tied: boolean,
  shape: {
    routedActive?: number;
    layers: Counted['layers'];
    layerKinds: Counted['layerKinds'];
    experts?: Counted['experts'];
    persistentBuffers?: number;
  },
): Counted {
  const total = Object.values(t.parts).reduce((sum, n) => sum + n, 0);
  const active = total - t.parts.routedExperts + (shape.routedActive ?? t.parts.routedExperts);
  return {
    breakdown: t.parts,
    total,
    active,
    activeWithoutEmbeddings: active - (tied ? 0 : t.parts.embeddings),
    biases: t.biases,
    tiedEmbeddings: tied,
    persistentBuffers: shape.persistentBuffers ?? 0,
    layers: shape.layers,
    layerKinds: shape.layerKinds,
    experts: shape.experts ?? null,
    mtpLayersNotCounted: 0,
  };
}

/**
 * Counts a Bamba config (modeling_bamba.py, transformers 5.18.0): the embedding table; per layer two
 * RMSNorms (input_layernorm, pre_ff_layernorm), a SwiGLU MLP of intermediate_size (gate, up, down;
 * biases when mlp_bias) and either attention (addAttention; head_dim, which BambaConfig has no field
 * for, is hidden_size // num_attention_heads unless the config sets it) on the layers in
 * attn_layer_indices, or a Mamba-2 mixer (BambaMixer; in_proj and out_proj biased when
 * mamba_proj_bias, the gated norm always); final_layernorm and the output head, untied by default.
 */
export function countBamba(r: ConfigReader, t: Tally): Counted {
  const V = r.int('vocab_size');
  const H = r.int('hidden_size');
  const L = r.int('num_hidden_layers');
  const listed = r.rawValue('attn_layer_indices');
  const kinds = bambaLayerKinds(listed?.value, L);
  if (kinds === null) r.report({ key: listed!.path, problem: 'not-a-list' });
  const attention = (kinds ?? []).filter((k) => k === 'full_attention').length;
  const mamba = (kinds ?? []).length - attention;
  t.add('embeddings', V * H);
  t.add('norms', H, 0, 2 * L);
  t.add('norms', H); // final_layernorm
  if (attention > 0) addAttention(r, t, H, attention);
  if (mamba > 0) {
    const m = readMambaMixer(r, r.int('mamba_expand') * H);
    const projBias = r.bool('mamba_proj_bias');
    addMambaMixers(t, m, H, mamba, { inProj: projBias, conv: r.bool('mamba_conv_bias'), outProj: projBias, gatedNorm: true });
  }
  const I = r.int('intermediate_size');
  t.add('mlp', 3 * H * I, r.bool('mlp_bias') ? 2 * I + H : 0, L);
  const tied = r.bool('tie_word_embeddings');
  t.add('outputHead', tied ? 0 : V * H);
  return countedOf(t, tied, { layers: { dense: L, moe: 0 }, layerKinds: { full_attention: attention, linear_attention: mamba } });
}

/**
 * Counts a Falcon-H1 config (modeling_falcon_h1.py, transformers 5.18.0). Every layer ("hybrid")
 * runs attention and a Mamba-2 mixer side by side on the same input, then a SwiGLU MLP: two RMSNorms
 * (input_layernorm, pre_ff_layernorm); attention (addAttention; head_dim as the config sets it, else
 * hidden_size // num_attention_heads); FalconH1Mixer, of width mamba_d_ssm (mamba_expand ·
 * hidden_size when null), in_proj biased when mamba_proj_bias, out_proj when projectors_bias, its
 * gated RMSNorm only when mamba_rms_norm; the MLP (biases: mlp_bias). Then final_layernorm and the
 * output head, untied by default. The µP multipliers (embedding_multiplier, mlp_multipliers,
 * ssm_multipliers …) scale activations and add no parameters: the mixer's mup_vector is a buffer
 * that is not saved (register_buffer(persistent=False)).
 */
export function countFalconH1(r: ConfigReader, t: Tally): Counted {
  const V = r.int('vocab_size');
  const H = r.int('hidden_size');
  const L = r.int('num_hidden_layers');
  t.add('embeddings', V * H);
  t.add('norms', H, 0, 2 * L);
  t.add('norms', H); // final_layernorm
  addAttention(r, t, H, L);
  const ssm = r.intOrNone('mamba_d_ssm');
  const m = readMambaMixer(r, ssm ?? r.int('mamba_expand') * H);
  addMambaMixers(t, m, H, L, { inProj: r.bool('mamba_proj_bias'), conv: r.bool('mamba_conv_bias'), outProj: r.bool('projectors_bias'), gatedNorm: r.bool('mamba_rms_norm') });
  const I = r.int('intermediate_size');
  t.add('mlp', 3 * H * I, r.bool('mlp_bias') ? 2 * I + H : 0, L);
  const tied = r.bool('tie_word_embeddings');
  t.add('outputHead', tied ? 0 : V * H);
  return countedOf(t, tied, { layers: { dense: L, moe: 0 }, layerKinds: { hybrid: L } });
}

/**
 * Counts a GraniteMoeHybrid config (IBM Granite 4.0; modeling_granitemoehybrid.py, transformers
 * 5.18.0): the embedding table; per layer two RMSNorms (input_layernorm, post_attention_layernorm),
 * either attention (addAttention) or a Mamba-2 mixer (GraniteMoeHybridMambaLayer: in_proj and
 * out_proj biased when mamba_proj_bias, the gated norm always) by layer_types
 * (graniteHybridLayerKinds), then the shared MLP (input_linear hidden → 2 · shared_intermediate_size,
 * output_linear back, no biases) and, when num_local_experts > 0, a router (hidden →
 * num_local_experts, no bias) and num_local_experts experts (gate_up_proj [2 · intermediate_size,
 * hidden] and down_proj [hidden, intermediate_size] each). With no experts the shared MLP is the
 * layer's only MLP and is counted as one. Then the final norm and the output head, untied by default.
 */
export function countGraniteMoeHybrid(r: ConfigReader, t: Tally): Counted {
  const V = r.int('vocab_size');
  const H = r.int('hidden_size');
  const L = r.int('num_hidden_layers');
  // GraniteMoeHybridConfig's attribute_map reads layers_block_type as layer_types.
  const listed = r.rawValue('layer_types', 'layers_block_type');
  const kinds = graniteHybridLayerKinds(listed?.value, L);
  if (kinds === null) r.report({ key: listed!.path, problem: 'not-a-list' });
  const attention = (kinds ?? []).filter((k) => k === 'full_attention').length;
  const mamba = (kinds ?? []).length - attention;
  t.add('embeddings', V * H);
  t.add('norms', H, 0, 2 * L);
  t.add('norms', H); // the final norm
  if (attention > 0) addAttention(r, t, H, attention);
  if (mamba > 0) {
    const m = readMambaMixer(r, r.int('mamba_expand') * H);
    const projBias = r.bool('mamba_proj_bias');
    addMambaMixers(t, m, H, mamba, { inProj: projBias, conv: r.bool('mamba_conv_bias'), outProj: projBias, gatedNorm: true });
  }
  const shared = r.int('shared_intermediate_size');
  const experts = r.int('num_local_experts');
  const perToken = r.int('num_experts_per_tok');
  t.add(experts > 0 ? 'sharedExperts' : 'mlp', 3 * H * shared, 0, L);
  let routedActive = 0;
  if (experts > 0) {
    const I = r.int('intermediate_size');
    t.add('routedExperts', experts * 3 * H * I, 0, L);
    t.add('router', experts * H, 0, L);
    routedActive = Math.min(perToken, experts) * 3 * H * I * L;
  }
  const tied = r.bool('tie_word_embeddings');
  t.add('outputHead', tied ? 0 : V * H);
  return countedOf(t, tied, {
    routedActive,
    layers: experts > 0 ? { dense: 0, moe: L } : { dense: L, moe: 0 },
    layerKinds: { full_attention: attention, linear_attention: mamba },
    experts: experts > 0 ? { routed: experts, perToken, shared: 1 } : null,
  });
}
