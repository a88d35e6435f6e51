import { ConfigReader } from './config-reader';
import { FALLBACK, FAMILIES, familyOfArchitectures, type BiasSource, type Family } from './families';
import { firstMoeKey } from './moe-keys';
import { isJsonObject, parseConfigJson } from './parse-config';
import { nestsTextConfig, textConfigModelType } from './text-config';
import { countBamba, countFalcon, countFalconH1, countGraniteMoeHybrid, countJamba, countLfm2, countLlama4, countMamba, countMamba2, countNemotronH, countQwen3Next } from './hybrid';
import type { ConfigResult, JsonObject, KeyProblem, ParameterBreakdown, ParameterCount } from './types';

/*
 * Counts parameters the way transformers' AutoModelForCausalLM.from_config builds the model
 * (sources: families.ts). Every weight is a product of config integers; the sum is checked
 * against Number.MAX_SAFE_INTEGER, so a result is always exact. Parts are added with their
 * biases and the biases are also tallied apart.
 */

/** A model_type as transformers writes them: "llama", "qwen2_moe", "gemma3_text". */
const MODEL_TYPE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export class Tally {
  readonly parts: ParameterBreakdown = {
    embeddings: 0,
    positionEmbeddings: 0,
    outputHead: 0,
    attention: 0,
    mlp: 0,
    routedExperts: 0,
    sharedExperts: 0,
    router: 0,
    norms: 0,
    recurrent: 0,
  };
  biases = 0;

  /** Adds `weights` plus `biases` parameters to `part`, `times` over (layers). */
  add(part: keyof ParameterBreakdown, weights: number, biases = 0, times = 1): void {
    this.parts[part] += (weights + biases) * times;
    this.biases += biases * times;
  }
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function invalid(problems: readonly KeyProblem[]): ConfigResult<never> {
  return { ok: false, error: 'invalid-keys', problems };
}

interface Located {
  model: JsonObject;
  prefix: string;
  outer: JsonObject | null;
  outerModelType: string | null;
}

/** A string model_type, or a problem; undefined when the key is absent. */
function modelTypeOf(obj: JsonObject, path: string, problems: KeyProblem[], readKeys: string[]): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(obj, 'model_type')) return undefined;
  readKeys.push(path);
  const value = obj.model_type;
  if (typeof value === 'string' && MODEL_TYPE.test(value)) return value;
  problems.push({ key: path, problem: 'not-a-model-type' });
  return undefined;
}

/**
 * A multimodal config (Gemma 3, LLaVA, Mistral 3...) keeps the language model in text_config and
 * has no layer count of its own: then the language model is what gets counted (text-config.ts,
 * shared with the attention-layout reader).
 */
function locate(input: JsonObject, problems: KeyProblem[], readKeys: string[]): Located | null {
  if (!nestsTextConfig(input)) {
    return { model: input, prefix: '', outer: null, outerModelType: null };
  }
  const text = input.text_config;
  if (!isJsonObject(text)) {
    problems.push({ key: 'text_config', problem: 'not-an-object' });
    return null;
  }
  const outerModelType = modelTypeOf(input, 'model_type', problems, readKeys) ?? null;
  return { model: text, prefix: 'text_config.', outer: input, outerModelType };
}

/**
 * The first mixture-of-experts key (moe-keys.ts) of a config the Llama-style fallback would count,
 * in the counted object or, for a config with a text_config, in either level; null when there is none.
 */
function unknownMixtureOfExperts(input: JsonObject, located: Located): string | null {
  const text = input.text_config;
  const inner = located.outer === null && isJsonObject(text) ? firstMoeKey(text, 'text_config.') : null;
  return firstMoeKey(located.model, located.prefix) ?? (located.outer ? firstMoeKey(located.outer) : null) ?? inner;
}

/** GPT-2's names for the sizes (GPT2Config.attribute_map), which a Llama-style reading cannot read. */
const GPT2_STYLE_KEYS = ['n_embd', 'n_layer', 'n_head'];

function flag(r: ConfigReader, source: BiasSource | 'lm_head_bias'): boolean {
  return typeof source === 'boolean' ? source : r.bool(source);
}

/**
 * Counts the parameters of the model a Hugging Face config.json describes, exactly as
 * transformers (5.18) builds it with AutoModelForCausalLM.from_config.
 *
 * Input: the parsed config (any value; a non-object is an error). Families counted by their own
 * rules: see KNOWN_MODEL_TYPES (families.ts); any other model_type, or none, is counted as a
 * Llama-style decoder with fellBackToLlama = true, unless it is a mixture of experts (a key of
 * moe-keys.ts with a value that is not null, false, 0 or empty, in the config or its text_config):
 * then the fallback's dense count would be many times too low, and it is refused. A config that keeps its language model in
 * text_config (and has no layer count of its own) has that language model counted: vision
 * tower and projector are left out, and `nested` says so. A text_config without a model_type
 * takes the one its wrapper gives it (TEXT_CONFIG_MODEL_TYPES in text-config.ts: LLaVA's is llama).
 *
 * Output: parameter counts (elements, not bytes), split by part; `total` includes persistent
 * buffers saved in the checkpoint (DeepSeek-V3's e_score_correction_bias), so total −
 * persistentBuffers is what model.parameters() sums (a tied head counted once). DeepSeek-V3's
 * multi-token-prediction module is not counted (transformers does not build it); its layer count
 * is reported in mtpLayersNotCounted. A quantization_config is ignored: the count is of the
 * model's weights as built, whatever format a checkpoint stores them in.
 *
 * Errors (never throws): 'not-an-object'; 'invalid-keys' with every problem found (missing keys
 * that have no default, strings or null where numbers belong, fractions, values out of range,
 * non-boolean flags, a bad model_type or text_config, hidden_size not a multiple of the heads
 * where transformers refuses it, num_key_value_heads that does not divide num_attention_heads:
 * 'heads-not-divisible', as the attention-layout reader says; a Mamba-2 mixer whose heads do not
 * split its width (Mamba-2, Bamba, Falcon-H1, GraniteMoeHybrid): 'mamba-heads-mismatch', as
 * transformers' validate_architecture refuses it; 'unsupported-moe' on the first
 * mixture-of-experts key of a model_type not in KNOWN_MODEL_TYPES, the only problem then given
 * besides a bad model_type or text_config; 'unknown-model-type' on model_type for a config of a
 * model_type not known that names its sizes GPT-2's way, n_embd, n_layer, n_head, and has no
 * hidden_size); 'too-large' when the total would
 * exceed 2^53 − 1.
 */
export function countParameters(input: unknown): ConfigResult<ParameterCount> {
  if (!isJsonObject(input)) return { ok: false, error: 'not-an-object', problems: [] };
  const problems: KeyProblem[] = [];
  const readKeys: string[] = [];
  const located = locate(input, problems, readKeys);
  if (located === null) return invalid(problems);
  const nested = located.outer !== null;

  const ownType = modelTypeOf(located.model, `${located.prefix}model_type`, problems, readKeys) ?? null;
  // A text_config that names no model_type is the type its wrapper's config class gives it.
  const modelType = nested ? textConfigModelType(ownType, located.outerModelType) : ownType;
  const ownFamily = modelType === null ? undefined : own(FAMILIES, modelType);
  // Remote code (auto_map) of a model_type with no rules, whose architectures names a class transformers has.
  const byClass = ownFamily === undefined && !nested ? familyOfArchitectures(input) : undefined;
  const known = ownFamily ?? (byClass ? FAMILIES[byClass.modelType] : undefined);
  const family: Family = known ?? FALLBACK;
  const fellBack = known === undefined;
  if (fellBack) {
    const moeKey = unknownMixtureOfExperts(input, located);
    if (moeKey !== null) return invalid([...problems, { key: moeKey, problem: 'unsupported-moe' }]);
    // GPT-2-style names (gpt_bigcode, falcon's n_layer, ...) of a type with no rules here: the
    // Llama-style reading would only say hidden_size is missing, when the type is what is unknown.
    const gpt2Key = GPT2_STYLE_KEYS.find((key) => Object.prototype.hasOwnProperty.call(located.model, key));
    if (gpt2Key !== undefined && !Object.prototype.hasOwnProperty.call(located.model, 'hidden_size')) {
      return invalid([...problems, { key: `${located.prefix}model_type`, problem: 'unknown-model-type' }]);
    }
  }
  const r = new ConfigReader(located.model, located.prefix, family, !nested || fellBack, located.outer);

  const counted =
    family.structure.hybrid === 'nemotron_h'
      ? countNemotronH(r, new Tally())
      : family.structure.hybrid === 'qwen3_next'
        ? countQwen3Next(r, new Tally(), family.structure, countFeedForward)
        : family.structure.hybrid === 'jamba'
          ? countJamba(r, new Tally())
          : family.structure.hybrid === 'falcon'
            ? countFalcon(r, new Tally())
            : family.structure.hybrid === 'mamba2'
              ? countMamba2(r, new Tally())
              : family.structure.hybrid === 'lfm2'
                ? countLfm2(r, new Tally())
                : family.structure.hybrid === 'llama4'
                  ? countLlama4(r, new Tally())
                  : family.structure.hybrid === 'mamba'
                    ? countMamba(r, new Tally())
                    : family.structure.hybrid === 'bamba'
                      ? countBamba(r, new Tally())
                      : family.structure.hybrid === 'falcon_h1'
                        ? countFalconH1(r, new Tally())
                        : family.structure.hybrid === 'granitemoehybrid'
                          ? countGraniteMoeHybrid(r, new Tally())
                          : countWith(family, r);
  problems.push(...r.problems);
  if (problems.length > 0) return invalid(problems);
  if (!Number.isSafeInteger(counted.total)) return { ok: false, error: 'too-large', problems: [] };

  return {
    ok: true,
    value: {
      modelType,
      family: family.modelType,
      fellBackToLlama: fellBack,
      architecture: byClass?.architecture ?? null,
      nested: nested ? { key: 'text_config', outerModelType: located.outerModelType } : null,
      ...counted,
      resolved: r.resolved,
      defaulted: r.defaulted,
      readKeys: [...readKeys, ...r.readKeys],
    },
  };
}

/** parseConfigJson, then countParameters: the text of a config.json to its count, or an error. */
export function countParametersFromJson(text: string): ConfigResult<ParameterCount> {
  const parsed = parseConfigJson(text);
  return parsed.ok ? countParameters(parsed.value) : parsed;
}

export type Counted = Pick<
  ParameterCount,
  | 'breakdown'
  | 'total'
  | 'active'
  | 'activeWithoutEmbeddings'
  | 'biases'
  | 'tiedEmbeddings'
  | 'persistentBuffers'
  | 'layers'
  | 'experts'
  | 'mtpLayersNotCounted'
  | 'layerKinds'
>;

function countWith(family: Family, r: ConfigReader): Counted {
  const s = family.structure;
  const gpt2 = s.attention.kind === 'gpt2';
  const t = new Tally();
  const norm = (size: number, times = 1): void => {
    if (!s.normsWithoutWeights) t.add('norms', size, s.layerNorm ? size : 0, times);
  };

  const V = r.int('vocab_size');
  const H = r.int(gpt2 ? 'n_embd' : 'hidden_size');
  const L = r.int(gpt2 ? 'n_layer' : 'num_hidden_layers');
  const heads = r.int(gpt2 ? 'n_head' : 'num_attention_heads');
  if (s.hiddenMultipleOfHeads)
    r.requireMultiple(gpt2 ? 'n_embd' : 'hidden_size', gpt2 ? 'n_head' : 'num_attention_heads');

  t.add('embeddings', V * H);
  if (s.positionEmbeddings) t.add('positionEmbeddings', r.int('n_positions') * H);

  // Attention, identical in every layer.
  const a = s.attention;
  if (a.kind === 'qkvo' || a.kind === 'fused-qkv') {
    const kvHeads = s.multiHeadOnly ? heads : r.int('num_key_value_heads');
    if (!s.multiHeadOnly) r.requireKeyValueHeadsDivide('num_key_value_heads', 'num_attention_heads');
    const headDim = s.multiHeadOnly ? Math.floor(H / heads) : r.int('head_dim');
    const q = heads * headDim;
    const kv = kvHeads * headDim;
    const qkvBias = a.kind === 'qkvo' && flag(r, a.qkvBias) ? q + 2 * kv : 0;
    const oBias = a.kind === 'qkvo' && flag(r, a.oBias) ? H : 0;
    t.add('attention', H * q + 2 * H * kv + q * H, qkvBias + oBias, L);
    if (s.attentionSinks) t.add('attention', heads, 0, L); // gpt-oss's sinks: a logit per head, not a bias
    if (s.qkNorm === 'head_dim' || (s.qkNorm === 'head_dim-use-qk-norm' && r.bool('use_qk_norm'))) norm(2 * headDim, L);
    if (s.qkNorm === 'full' || (s.qkNorm === 'cohere-use-qk-norm' && r.bool('use_qk_norm'))) norm(q + kv, L);
    // Phi's q_layernorm/k_layernorm are sized hidden_size // heads even when head_dim is set.
    if (s.qkNorm === 'phi-qk-layernorm' && r.bool('qk_layernorm')) norm(2 * Math.floor(H / heads), L);
  } else if (a.kind === 'gpt2') {
    // GPTBigCode's multi-query c_attn: hidden → hidden + 2 · head_dim (one key and one value head).
    const qkv = a.multiQuery && r.bool('multi_query') ? H + 2 * Math.floor(H / heads) : 3 * H;
    t.add('attention', qkv * H + H * H, qkv + H, L); // c_attn, c_proj
    if (!a.multiQuery && r.bool('add_cross_attention')) {
      t.add('attention', 2 * H * H + H * H + H * H, 2 * H + H + H, L); // c_attn, q_attn, c_proj
      norm(H, L); // ln_cross_attn
    }
  } else {
    const qLora = r.intOrNone('q_lora_rank');
    const kvLora = r.int('kv_lora_rank');
    const nope = r.int('qk_nope_head_dim');
    const rope = r.int('qk_rope_head_dim');
    const v = r.int('v_head_dim');
    const bias = r.bool('attention_bias');
    const qHead = heads * (nope + rope);
    if (qLora === null) {
      t.add('attention', H * qHead, 0, L); // q_proj
    } else {
      t.add('attention', H * qLora + qLora * qHead, bias ? qLora : 0, L); // q_a_proj, q_b_proj
      norm(qLora, L); // q_a_layernorm
    }
    t.add('attention', H * (kvLora + rope), bias ? kvLora + rope : 0, L); // kv_a_proj_with_mqa
    norm(kvLora, L); // kv_a_layernorm
    t.add('attention', kvLora * heads * (nope + v), 0, L); // kv_b_proj
    t.add('attention', heads * v * H, bias ? H : 0, L); // o_proj
  }

  const { dense, moe, experts, persistentBuffers, routedActive } = countFeedForward(s, r, t, H, L);

  norm(H, s.normsPerLayer * L);
  norm(H); // final norm
  const tied = r.bool('tie_word_embeddings');
  t.add('outputHead', tied ? 0 : V * H, flag(r, s.lmHeadBias) ? V : 0);
  const mtp = 'num_nextn_predict_layers' in family.keys ? (r.intIfPresent('num_nextn_predict_layers') ?? 0) : 0;

  const total = Object.values(t.parts).reduce((sum, n) => sum + n, 0);
  const active = total - t.parts.routedExperts + routedActive;
  return {
    breakdown: t.parts,
    total,
    active,
    activeWithoutEmbeddings: active - (tied ? 0 : t.parts.embeddings) - t.parts.positionEmbeddings,
    biases: t.biases,
    tiedEmbeddings: tied,
    persistentBuffers,
    layers: { dense, moe },
    layerKinds: null,
    experts,
    mtpLayersNotCounted: mtp,
  };
}

/** countFeedForward's type, for the hybrids' counters (hybrid.ts). */
export type FeedForward = typeof countFeedForward;

/** Dense MLPs and MoE blocks: which layers get which, and their weights. */
function countFeedForward(
  s: Family['structure'],
  r: ConfigReader,
  t: Tally,
  H: number,
  L: number,
): { dense: number; moe: number; experts: Counted['experts']; persistentBuffers: number; routedActive: number } {
  let moeLayers = 0;
  let routed = 0;
  if (s.moe.kind === 'mixtral') {
    moeLayers = L;
    routed = r.int(s.moe.expertsKey ?? 'num_local_experts');
  } else if (s.moe.kind === 'qwen') {
    routed = r.int('num_experts');
    const step = r.int('decoder_sparse_step');
    const mlpOnly = new Set(r.intList('mlp_only_layers'));
    for (let i = 0; i < L; i++) if (!mlpOnly.has(i) && routed > 0 && (i + 1) % step === 0) moeLayers++;
  } else if (s.moe.kind === 'deepseek') {
    moeLayers = Math.max(0, L - r.int('first_k_dense_replace'));
  } else if (s.moe.kind === 'gpt-oss') {
    moeLayers = L;
    routed = r.int('num_local_experts');
  }
  const dense = L - moeLayers;

  if (dense > 0) {
    const m = s.mlp;
    if (m.kind === 'two-layer') {
      const inner = r.int(s.attention.kind === 'gpt2' ? 'n_inner' : 'intermediate_size');
      t.add('mlp', 2 * H * inner, flag(r, m.bias ?? true) ? inner + H : 0, dense);
    } else {
      const inner = r.int('intermediate_size');
      const bias = m.kind === 'gated' && flag(r, m.bias) ? 2 * inner + H : 0;
      t.add('mlp', 3 * H * inner, bias, dense);
    }
  }
  if (moeLayers === 0) return { dense, moe: 0, experts: null, persistentBuffers: 0, routedActive: 0 };

  if (s.moe.kind === 'deepseek') routed = r.int('n_routed_experts');
  const perToken = r.int('num_experts_per_tok', routed);
  const allExperts = s.moe.kind === 'mixtral' || s.moe.kind === 'gpt-oss';
  const expertSize = r.int(allExperts ? 'intermediate_size' : 'moe_intermediate_size');
  const perExpert = 3 * H * expertSize; // gate_up_proj (2·size × hidden) + down_proj (hidden × size)
  // gpt-oss: gate_up_proj_bias (2·size) and down_proj_bias (hidden) per expert; its router has a bias.
  const gptOss = s.moe.kind === 'gpt-oss';
  const perExpertBias = gptOss ? 2 * expertSize + H : 0;
  t.add('routedExperts', routed * perExpert, routed * perExpertBias, moeLayers);
  t.add('router', routed * H, gptOss ? routed : 0, moeLayers);

  let shared = 0;
  let persistentBuffers = 0;
  const sharedWidth = s.moe.kind === 'mixtral' && s.moe.sharedKey !== undefined ? r.int(s.moe.sharedKey) : 0;
  if (sharedWidth > 0) {
    shared = 1;
    t.add('sharedExperts', 3 * H * sharedWidth, 0, moeLayers); // shared_mlp: input_linear (2 · width × hidden), output_linear
  } else if (s.moe.kind === 'qwen' && s.moe.sharedExpert) {
    shared = 1;
    const size = r.int('shared_expert_intermediate_size');
    t.add('sharedExperts', 3 * H * size + H, 0, moeLayers); // shared_expert MLP + shared_expert_gate (hidden → 1)
  } else if (s.moe.kind === 'deepseek') {
    shared = r.int('n_shared_experts');
    const size = shared * expertSize;
    const bias = flag(r, s.moe.sharedExpertBias) ? 2 * size + H : 0;
    t.add('sharedExperts', 3 * H * size, bias, moeLayers);
    if (s.moe.scoreCorrectionBias) {
      t.add('router', routed, 0, moeLayers); // e_score_correction_bias: a persistent buffer
      persistentBuffers = routed * moeLayers;
    }
  }
  return {
    dense,
    moe: moeLayers,
    experts: { routed, perToken, shared },
    persistentBuffers,
    routedActive: perToken * (perExpert + perExpertBias) * moeLayers,
  };
}
