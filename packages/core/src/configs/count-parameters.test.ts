import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countParameters, countParametersFromJson } from './count-parameters';
import { KNOWN_MODEL_TYPES } from './families';
import { parseConfigJson } from './parse-config';
import type { JsonObject, ParameterBreakdown, ParameterCount } from './types';

/** A fixture read as transformers reads it: Python's json module, so Mamba-Codestral's `Infinity` too (parse-config.ts). */
const readFixture = (url: URL): JsonObject => {
  const parsed = parseConfigJson(readFileSync(url, 'utf8'));
  if (!parsed.ok) throw new Error(`${url.pathname}: ${parsed.error}`);
  return parsed.value;
};

const fixture = (name: string): JsonObject => readFixture(new URL(`../../fixtures/configs/${name}`, import.meta.url));

/** What transformers 5.18 builds from each fixture (scripts/model-config/count_with_transformers.py). */
interface Expected {
  total: number;
  parameters: number;
  persistentBuffers: number;
  active: number;
  moeLayers: number;
  biases: number;
  tied: boolean;
  breakdown: ParameterBreakdown;
  fallback?: boolean;
  nested?: string;
  languageModelInFullModel?: number;
}
const EXPECTED: Record<string, Expected> = fixture('expected.json').fixtures as never;

function count(config: unknown): ParameterCount {
  const result = countParameters(config);
  if (!result.ok) throw new Error(`${result.error}: ${JSON.stringify(result.problems)}`);
  return result.value;
}

describe('published parameter counts', () => {
  it.each<[string, string, number, number]>([
    // facts.md: Hugging Face's safetensors total and GGUF general.parameter_count.
    ['Llama 3.1 8B', 'llama-3.1-8b.json', 8_030_261_248, 8_030_261_248],
    // facts.md: Mixtral 8x7B, 46.7B total, 12.9B used per token (Jiang et al., arXiv:2401.04088).
    ['Mixtral 8x7B', 'mixtral-8x7b.json', 46_702_792_704, 12_879_925_248],
    // Mistral AI's Mixtral 8x22B announcement: 141B total, 39B active.
    ['Mixtral 8x22B', 'mixtral-8x22b.json', 140_620_634_112, 39_152_031_744],
    // The 124M GPT-2 checkpoint; exact figure from transformers (wte tied, so counted once).
    ['GPT-2', 'gpt2.json', 124_439_808, 124_439_808],
    // Mistral 7B (arXiv:2310.06825) is "7B"; the exact figure is transformers' count of its config.
    ['Mistral 7B v0.1', 'mistral-7b-v0.1.json', 7_241_732_096, 7_241_732_096],
    // Llama 2 7B (arXiv:2307.09288) is "7B", commonly 6.74B.
    ['Llama 2 7B', 'llama-2-7b.json', 6_738_415_616, 6_738_415_616],
    // Qwen2.5-7B model card: 7.61B parameters.
    ['Qwen2.5-7B', 'qwen2.5-7b.json', 7_615_616_512, 7_615_616_512],
    // Qwen3-8B model card: 8.2B parameters.
    ['Qwen3-8B', 'qwen3-8b.json', 8_190_735_360, 8_190_735_360],
    // Qwen1.5-MoE-A2.7B: 14.3B total, 2.7B activated (Qwen's release notes).
    ['Qwen1.5-MoE-A2.7B', 'qwen1.5-moe-a2.7b.json', 14_315_784_192, 2_689_173_504],
    // Qwen3-30B-A3B model card: 30.5B total, 3.3B activated.
    ['Qwen3-30B-A3B', 'qwen3-30b-a3b.json', 30_532_122_624, 3_353_032_704],
    // Gemma 2 9B: 9,241,705,984 (transformers; the Gemma 2 report, arXiv:2408.00118, calls it 9B).
    ['Gemma 2 9B', 'gemma-2-9b.json', 9_241_705_984, 9_241_705_984],
    // Gemma 2B: 2.5B; head tied to the embeddings by Gemma's default.
    ['Gemma 2B', 'gemma-2b.json', 2_506_172_416, 2_506_172_416],
    // keras-team/keras-hub keras_hub/src/models/gemma3/gemma3_presets.py: gemma3_1b "params": 999885952,
    // an implementation independent of transformers.
    ['Gemma 3 1B', 'gemma-3-1b-it.json', 999_885_952, 999_885_952],
    // Phi-3 technical report (arXiv:2404.14219): phi-3-mini has 3.8B parameters.
    ['Phi-3-mini-4k', 'phi-3-mini-4k-instruct.json', 3_821_079_552, 3_821_079_552],
    // Phi-4-mini: 3.8B, tie_word_embeddings true in its config.
    ['Phi-4-mini', 'phi-4-mini-instruct.json', 3_836_021_760, 3_836_021_760],
    // DeepSeek-V2 (arXiv:2405.04434): 236B total, 21B activated per token.
    ['DeepSeek-Coder-V2 (DeepSeek-V2 236B)', 'deepseek-coder-v2-instruct.json', 235_741_434_880, 21_375_800_320],
    // facts.md, DeepSeek-V3 (arXiv:2412.19437): 671B total, 37B active, main model only (no MTP module).
    ['DeepSeek-V3', 'deepseek-v3.json', 671_026_419_200, 37_552_297_472],
    // gpt-oss model card (arXiv:2508.10925, table 1): 116.83B total. Its 5.13B active leaves the
    // embedding table out (activeWithoutEmbeddings, tested below); this active keeps it, as Mixtral's.
    ['gpt-oss-120b', 'gpt-oss-120b.json', 116_829_156_672, 5_711_982_912],
    // The same table: gpt-oss-20b, 20.91B total, 3.61B active without the embedding table.
    ['gpt-oss-20b', 'gpt-oss-20b.json', 20_914_757_184, 4_187_440_704],
  ])('%s: %d total, %d active', (_name, file, total, active) => {
    const counted = count(fixture(file));
    expect(counted.total).toBe(total);
    expect(counted.active).toBe(active);
    expect(EXPECTED[file].total).toBe(total); // and transformers agrees
  });

  it('Llama 3.1 8B term by term (facts.md)', () => {
    const { breakdown } = count(fixture('llama-3.1-8b.json'));
    expect(breakdown).toEqual({
      embeddings: 525_336_576,
      positionEmbeddings: 0,
      outputHead: 525_336_576,
      attention: 41_943_040 * 32,
      mlp: 176_160_768 * 32,
      routedExperts: 0,
      sharedExperts: 0,
      router: 0,
      norms: 8192 * 32 + 4096,
      recurrent: 0,
    });
  });

  it('DeepSeek-V3: 36.6B active without the input embedding (its README_WEIGHTS.md, copied in tenstorrent/tt-metal)', () => {
    const counted = count(fixture('deepseek-v3.json'));
    expect(Math.round((counted.active - counted.breakdown.embeddings) / 1e8) / 10).toBe(36.6);
    expect(counted.mtpLayersNotCounted).toBe(1);
    expect(counted.persistentBuffers).toBe(58 * 256); // e_score_correction_bias in the 58 MoE layers
    expect(counted.layers).toEqual({ dense: 3, moe: 58 });
    expect(counted.experts).toEqual({ routed: 256, perToken: 8, shared: 1 });
  });
});

describe('gpt-oss, against OpenAI’s model card (arXiv:2508.10925, table 1)', () => {
  // The card gives each figure to two decimals, in billions: MLP (experts and router), attention,
  // embedding plus unembedding, active per token (without the embedding table), total.
  it.each<[string, string, Record<string, number>]>([
    ['gpt-oss-120b', 'gpt-oss-120b.json', { mlp: 114.71, attention: 0.96, embedUnembed: 1.16, active: 5.13, total: 116.83 }],
    ['gpt-oss-20b', 'gpt-oss-20b.json', { mlp: 19.12, attention: 0.64, embedUnembed: 1.16, active: 3.61, total: 20.91 }],
  ])('%s', (_name, file, card) => {
    const c = count(fixture(file));
    const billions = (n: number): number => Math.round(n / 1e7) / 100;
    expect({
      mlp: billions(c.breakdown.routedExperts + c.breakdown.router),
      attention: billions(c.breakdown.attention),
      embedUnembed: billions(c.breakdown.embeddings + c.breakdown.outputHead),
      active: billions(c.activeWithoutEmbeddings),
      total: billions(c.total),
    }).toEqual(card);
  });

  it('gpt-oss-120b term by term (modeling_gpt_oss.py, transformers 5.18)', () => {
    const counted = count(fixture('gpt-oss-120b.json'));
    const [V, H, L, E, I] = [201_088, 2880, 36, 128, 2880];
    // q (64 heads) and o: 4096 × 2880 each; k and v (8 heads): 512 × 2880 each; all four with biases; 64 sinks.
    const attention = 2 * (4096 * H) + 2 * (512 * H) + (4096 + 512 + 512 + H) + 64;
    // Per expert: gate_up_proj 2880 × 5760 with its 5760 biases, down_proj 2880 × 2880 with 2880 biases.
    const expert = H * 2 * I + 2 * I + I * H + H;
    expect(counted.breakdown).toEqual({
      embeddings: V * H,
      positionEmbeddings: 0,
      outputHead: V * H, // tie_word_embeddings false
      attention: attention * L,
      mlp: 0,
      routedExperts: E * expert * L,
      sharedExperts: 0,
      router: (E * H + E) * L,
      norms: 2 * H * L + H,
      recurrent: 0,
    });
    expect(attention).toBe(26_550_144);
    expect(expert).toBe(24_891_840);
    expect(counted.activeWithoutEmbeddings).toBe(counted.total - V * H - (E - 4) * expert * L);
    expect(counted.biases).toBe((4096 + 512 + 512 + H + E + E * (2 * I + H)) * L);
    expect(counted.experts).toEqual({ routed: 128, perToken: 4, shared: 0 });
    expect(counted.layers).toEqual({ dense: 0, moe: 36 });
  });

  it('counts the same gpt-oss-120b config as the KV-cache fixtures keep it', () => {
    expect(count(sharedFixture('gpt-oss-120b.json')).total).toBe(116_829_156_672);
  });

  it.each<[string, boolean, number]>([
    // A tied table is the output head too: it stays in activeWithoutEmbeddings.
    ['Gemma 2B (tied)', true, 2_506_172_416],
    ['Llama 3.1 8B (untied)', false, 8_030_261_248 - 525_336_576],
  ])('activeWithoutEmbeddings of %s', (name, tied, expected) => {
    const counted = count(fixture(tied ? 'gemma-2b.json' : 'llama-3.1-8b.json'));
    expect(counted.tiedEmbeddings, name).toBe(tied);
    expect(counted.activeWithoutEmbeddings).toBe(expected);
  });
});

describe('every fixture, part by part, as transformers builds it', () => {
  it.each(Object.keys(EXPECTED))('%s', (file) => {
    const expected = EXPECTED[file];
    const counted = count(fixture(file));
    expect(counted.breakdown).toEqual(expected.breakdown);
    expect(counted.total).toBe(expected.total);
    expect(counted.total - counted.persistentBuffers).toBe(expected.parameters); // sum(p.numel() for p in model.parameters())
    expect(counted.persistentBuffers).toBe(expected.persistentBuffers);
    expect(counted.active).toBe(expected.active);
    expect(counted.layers.moe).toBe(expected.moeLayers);
    expect(counted.biases).toBe(expected.biases);
    expect(counted.tiedEmbeddings).toBe(expected.tied);
    expect(counted.fellBackToLlama).toBe(expected.fallback === true);
    expect(counted.nested !== null).toBe(expected.nested === 'text_config');
    if (expected.languageModelInFullModel !== undefined) expect(counted.total).toBe(expected.languageModelInFullModel);
  });

  it('covers every family it knows', () => {
    const families = new Set(Object.keys(EXPECTED).map((file) => count(fixture(file)).family));
    const untested = KNOWN_MODEL_TYPES.filter((type) => !families.has(type));
    expect(
      untested,
      'a model type with no fixture in expected.json: add a real config to packages/core/fixtures/configs and run scripts/model-config/count_with_transformers.py (README: Adding a model type)',
    ).toEqual([]);
    expect([...families].sort()).toEqual([...KNOWN_MODEL_TYPES].sort());
  });
});

describe('what the result says about the count', () => {
  it.each<[string, string, boolean]>([
    ['Gemma ties by default', 'gemma-2b.json', true],
    ['Gemma 2 ties by default', 'gemma-2-9b.json', true],
    ['GPT-2 ties by default', 'gpt2.json', true],
    ['Llama does not tie by default', 'llama-2-7b.json', false],
    ['Llama 3.2 3B ties because its config says so', 'llama-3.2-3b.json', true],
  ])('%s', (_name, file, tied) => {
    const counted = count(fixture(file));
    expect(counted.tiedEmbeddings).toBe(tied);
    expect(counted.breakdown.outputHead).toBe(tied ? 0 : counted.breakdown.embeddings);
  });

  it('counts an unknown model_type as a Llama-style decoder and says so', () => {
    const counted = count({ ...fixture('olmo-2-7b.json'), model_type: 'olmo9' });
    expect(counted).toMatchObject({ modelType: 'olmo9', family: 'llama', fellBackToLlama: true });
  });

  it('counts a config without model_type as a Llama-style decoder and says so', () => {
    const { model_type: _dropped, ...config } = fixture('llama-3.1-8b.json');
    expect(count(config)).toMatchObject({ modelType: null, fellBackToLlama: true, total: 8_030_261_248 });
  });

  it('counts the language model of a nested config, with the class defaults transformers writes out of it', () => {
    const counted = count(fixture('llava-1.5-7b.json'));
    expect(counted).toMatchObject({ modelType: 'llama', nested: { key: 'text_config', outerModelType: 'llava' } });
    expect(counted.defaulted).toEqual(
      expect.arrayContaining(['hidden_size', 'num_hidden_layers', 'intermediate_size']),
    );
    expect(counted.resolved).toMatchObject({ hidden_size: 4096, num_hidden_layers: 32, vocab_size: 32064 });
  });

  // transformers builds a text_config that names no model_type as its wrapper's text model
  // (Gemma3Config: Gemma3TextConfig(**text_config); LlavaConfig: "llama"): the same count as with it.
  it.each<[string, string, string, number]>([
    ['a Gemma 3 wrapper', 'synthetic/gemma3-nested-sparse.json', 'gemma3_text', 199_283_328],
    ['LLaVA 1.5 7B', 'llava-1.5-7b.json', 'llama', 6_738_939_904],
  ])('%s whose text_config names no model_type counts as %s would', (_name, file, textType, total) => {
    const config = fixture(file);
    const { model_type: _dropped, ...text } = config.text_config as JsonObject;
    const counted = count({ ...config, text_config: text });
    expect(counted).toMatchObject({ modelType: textType, family: textType, fellBackToLlama: false, total });
    expect(EXPECTED[file].total).toBe(total); // what transformers builds with the model_type written out
  });

  it('takes an explicit head_dim over hidden_size / num_attention_heads', () => {
    // Llama 3.2 3B: 3072 / 24 = 128 as well; Qwen3-30B-A3B: 2048 / 32 = 64, but head_dim is 128.
    const counted = count(fixture('qwen3-30b-a3b.json'));
    expect(counted.resolved.head_dim).toBe(128);
    expect(counted.breakdown.attention).toBe(48 * (2048 * 32 * 128 * 2 + 2 * 2048 * 4 * 128));
  });

  it('reports the qwen2 q/k/v biases inside attention and in the bias total', () => {
    const counted = count(fixture('qwen2.5-7b.json'));
    expect(counted.biases).toBe(28 * (3584 + 2 * 4 * 128));
  });

  it('reads GPT-2 names and the Llama-style names transformers maps to them', () => {
    const counted = count(fixture('synthetic/gpt2-hidden-size-alias.json'));
    expect(counted.resolved).toMatchObject({ n_embd: 64, n_layer: 3, n_head: 4, n_positions: 256, n_inner: 256 });
    expect(counted.readKeys).toEqual(
      expect.arrayContaining(['hidden_size', 'num_hidden_layers', 'max_position_embeddings']),
    );
  });

  it('gives dense models active = total and no experts', () => {
    const counted = count(fixture('qwen3-8b.json'));
    expect(counted.active).toBe(counted.total);
    expect(counted.experts).toBeNull();
  });

  it('keeps every count an exact integer', () => {
    for (const file of Object.keys(EXPECTED)) {
      const counted = count(fixture(file));
      for (const n of [counted.total, counted.active, counted.biases, ...Object.values(counted.breakdown)]) {
        expect(Number.isSafeInteger(n)).toBe(true);
      }
    }
  });
});

/** A config of the project's KV-cache fixtures (packages/core/fixtures/kv-configs). */
const sharedFixture = (name: string): JsonObject =>
  JSON.parse(readFileSync(existsSync(new URL(`../../fixtures/kv-configs/${name}`, import.meta.url)) ? new URL(`../../fixtures/kv-configs/${name}`, import.meta.url) : new URL(`../../fixtures/configs/${name}`, import.meta.url), 'utf8'));

describe('a mixture of experts of a model type it has no rules for', () => {
  // The Llama-style fallback counts one dense MLP per layer: for these it gave 4,121,694,208
  // (Phi-3.5-MoE, 41.9B, before phimoe had rules of its own) and 11.1B (Llama 4 Scout, 109B).
  it.each<[string, JsonObject, string]>([
    ['ERNIE-4.5-21B-A3B (ernie4_5_moe)', fixture('unknown-moe/ernie-4.5-21b-a3b.json'), 'moe_intermediate_size'],
  ])('%s: no total, the first mixture-of-experts key named', (_name, config, key) => {
    expect(countParameters(config)).toEqual({ ok: false, error: 'invalid-keys', problems: [{ key, problem: 'unsupported-moe' }] });
  });

  const llama = fixture('llama-3.1-8b.json');
  const unknown = (more: JsonObject): JsonObject => ({ ...llama, model_type: 'my_moe', ...more });

  // One key of each kind transformers' configuration files use (transformers 5.18, moe-keys.ts).
  it.each<[string, JsonObject]>([
    ['num_local_experts (Mixtral, PhiMoE, gpt-oss)', { num_local_experts: 8 }],
    ['num_experts (Qwen MoE, OLMoE)', { num_experts: 64 }],
    ['n_routed_experts (DeepSeek)', { n_routed_experts: 256 }],
    ['moe_num_experts (ERNIE 4.5 MoE)', { moe_num_experts: 64 }],
    ['num_experts_per_tok', { num_experts_per_tok: 2 }],
    ['experts_per_token (gpt-oss)', { experts_per_token: 4 }],
    ['moe_topk (Hunyuan)', { moe_topk: 8 }],
    ['moe_intermediate_size', { moe_intermediate_size: 1408 }],
    ['n_shared_experts', { n_shared_experts: 1 }],
    ['shared_expert_intermediate_size', { shared_expert_intermediate_size: 5632 }],
    ['moe_layer_freq', { moe_layer_freq: 1 }],
    ['decoder_sparse_step', { decoder_sparse_step: 1 }],
    ['mlp_only_layers', { mlp_only_layers: [0] }],
    ['first_k_dense_replace', { first_k_dense_replace: 3 }],
    ['norm_topk_prob', { norm_topk_prob: true }],
    ['n_group', { n_group: 8 }],
    ['router_aux_loss_coef', { router_aux_loss_coef: 0.001 }],
    ['router_jitter_noise', { router_jitter_noise: 0.01 }],
    ['output_router_logits set', { output_router_logits: true }],
    ['expert_layer_period (Jamba)', { expert_layer_period: 2 }],
  ])('refuses an unknown model type with %s', (name, more) => {
    const [key] = Object.keys(more);
    expect(countParameters(unknown(more)), name).toEqual({ ok: false, error: 'invalid-keys', problems: [{ key, problem: 'unsupported-moe' }] });
  });

  it('refuses a config with no model_type and experts', () => {
    const { model_type: _dropped, ...config } = fixture('mixtral-8x7b.json');
    expect(countParameters(config)).toMatchObject({ ok: false, problems: [{ key: 'num_experts_per_tok', problem: 'unsupported-moe' }] });
  });

  it('refuses a nested unknown text model with experts, and names the key with its path', () => {
    const config = { model_type: 'mystery_vl', text_config: { ...llama, model_type: 'mystery', num_local_experts: 4 } };
    expect(countParameters(config)).toMatchObject({ ok: false, problems: [{ key: 'text_config.num_local_experts', problem: 'unsupported-moe' }] });
  });

  // null, false, 0 and [] switch experts off: a dense config may carry them and is still counted.
  it.each<[string, JsonObject]>([
    ['OLMo 2 7B under a model_type it does not know', { ...fixture('olmo-2-7b.json'), model_type: 'olmo9' }],
    ['num_experts 0 and output_router_logits false', unknown({ num_experts: 0, output_router_logits: false })],
    ['num_local_experts null and mlp_only_layers []', unknown({ num_local_experts: null, mlp_only_layers: [] })],
  ])('counts %s as a Llama-style decoder, and says so', (_name, config) => {
    expect(count(config)).toMatchObject({ family: 'llama', fellBackToLlama: true, experts: null });
  });

  it('still counts the mixtures of experts it has rules for', () => {
    expect(count(fixture('mixtral-8x7b.json'))).toMatchObject({ fellBackToLlama: false, total: 46_702_792_704 });
  });
});

describe('configs it cannot count', () => {
  const llama = fixture('llama-3.1-8b.json');
  const without = (config: JsonObject, ...keys: string[]): JsonObject =>
    Object.fromEntries(Object.entries(config).filter(([key]) => !keys.includes(key)));

  it('names every missing key at once', () => {
    expect(countParameters(without(llama, 'hidden_size', 'num_hidden_layers', 'vocab_size'))).toEqual({
      ok: false,
      error: 'invalid-keys',
      problems: [
        { key: 'vocab_size', problem: 'missing' },
        { key: 'hidden_size', problem: 'missing' },
        { key: 'num_hidden_layers', problem: 'missing' },
      ],
    });
  });

  it('names the missing size keys of an unknown family, which has no defaults', () => {
    const result = countParameters({ model_type: 'mystery', d_model: 768 });
    expect(result.ok || result.problems.map((p) => `${p.key}: ${p.problem}`)).toEqual([
      'vocab_size: missing',
      'hidden_size: missing',
      'num_hidden_layers: missing',
      'num_attention_heads: missing',
      'intermediate_size: missing',
    ]);
  });

  // Issue 22: SantaCoder's keys under a type the counter lacked read as "hidden_size is missing".
  it.each<[string, Record<string, unknown>, string]>([
    ['GPT-2-style sizes', { model_type: 'my_bigcode', n_embd: 2048, n_layer: 24, n_head: 16, vocab_size: 49280 }, 'model_type'],
    ['n_layer alone', { model_type: 'mystery_ssm', d_model: 768, n_layer: 24 }, 'model_type'],
    ['no model_type at all', { n_embd: 768, n_layer: 12, n_head: 12, vocab_size: 50257 }, 'model_type'],
    ['in a text_config', { model_type: 'x_vl', text_config: { model_type: 'x', n_embd: 64, n_head: 4 } }, 'text_config.model_type'],
  ])('says the type is unknown for %s, not that hidden_size is missing', (_name, config, key) => {
    const result = countParameters(config);
    expect(result.ok || result.problems).toEqual([{ key, problem: 'unknown-model-type' }]);
  });

  it('names the missing keys of a nested config of an unknown family', () => {
    const result = countParameters({
      model_type: 'mystery_vl',
      text_config: { model_type: 'mystery', hidden_size: 64 },
    });
    expect(result.ok || result.problems.map((p) => p.key)).toEqual([
      'text_config.vocab_size',
      'text_config.num_hidden_layers',
      'text_config.num_attention_heads',
      'text_config.intermediate_size',
    ]);
  });

  it.each<[string, string, unknown, object]>([
    ['a negative layer count', 'num_hidden_layers', -32, { problem: 'out-of-range', min: 1, max: 1000 }],
    ['zero layers', 'num_hidden_layers', 0, { problem: 'out-of-range', min: 1, max: 1000 }],
    ['a fractional layer count', 'num_hidden_layers', 32.5, { problem: 'not-an-integer' }],
    ['a huge layer count', 'num_hidden_layers', 1e9, { problem: 'out-of-range', min: 1, max: 1000 }],
    [
      'an overflowing number (1e400 parses to Infinity)',
      'hidden_size',
      Number.POSITIVE_INFINITY,
      { problem: 'out-of-range' },
    ],
    ['a numeric string', 'num_hidden_layers', '32', { problem: 'not-a-number' }],
    ['markup where a number belongs', 'hidden_size', '<b>4096</b>', { problem: 'not-a-number' }],
    ['null where transformers wants an int', 'hidden_size', null, { problem: 'not-a-number' }],
    ['a boolean where a number belongs', 'vocab_size', true, { problem: 'not-a-number' }],
    ['an object where a number belongs', 'intermediate_size', { value: 14336 }, { problem: 'not-a-number' }],
    ['a list where a number belongs', 'num_attention_heads', [32], { problem: 'not-a-number' }],
    ['a string where a flag belongs', 'tie_word_embeddings', 'false', { problem: 'not-a-boolean' }],
    ['null where a flag belongs', 'attention_bias', null, { problem: 'not-a-boolean' }],
    ['a vocabulary of 2^24 + 1', 'vocab_size', 16_777_217, { problem: 'out-of-range', max: 16_777_216 }],
    // Grouped-query attention: repeat_kv needs num_key_value_heads to divide the attention heads.
    ['more key/value heads than attention heads', 'num_key_value_heads', 64, { problem: 'heads-not-divisible' }],
    ['key/value heads that do not divide the attention heads', 'num_key_value_heads', 6, { problem: 'heads-not-divisible' }],
    [
      'heads that do not divide hidden_size',
      'num_attention_heads',
      24,
      { problem: 'not-a-multiple', key: 'hidden_size', of: 'num_attention_heads' },
    ],
  ])('%s: %s', (_name, key, value, problem) => {
    const result = countParameters({ ...llama, [key]: value });
    expect(result).toMatchObject({ ok: false, error: 'invalid-keys', problems: [{ key, ...problem }] });
  });

  it.each<[string, JsonObject, string[]]>([
    ['markup as model_type', { ...llama, model_type: '<img src=x onerror=alert(1)>' }, ['model_type']],
    ['a number as model_type', { ...llama, model_type: 7 }, ['model_type']],
    ['text_config that is not an object', { model_type: 'llava', text_config: 'llama' }, ['text_config']],
    [
      'num_key_value_heads null where the field is a plain int (Mistral)',
      { ...fixture('mistral-7b-v0.1.json'), num_key_value_heads: null },
      ['num_key_value_heads'],
    ],
    [
      'num_key_value_heads null where the field is a plain int (gpt-oss)',
      { ...fixture('gpt-oss-20b.json'), num_key_value_heads: null },
      ['num_key_value_heads'],
    ],
    [
      'more experts per token than experts (gpt-oss-20b has 32)',
      { ...fixture('gpt-oss-20b.json'), num_experts_per_tok: 33 },
      ['num_experts_per_tok'],
    ],
    [
      'more experts per token than experts',
      { ...fixture('mixtral-8x7b.json'), num_experts_per_tok: 9 },
      ['num_experts_per_tok'],
    ],
    [
      'mlp_only_layers that is not a list of layer indices',
      { ...fixture('qwen3-30b-a3b.json'), mlp_only_layers: [1, 'x'] },
      ['mlp_only_layers'],
    ],
    [
      'DeepSeek-V2 without num_experts_per_tok, which has no usable default',
      without(fixture('deepseek-coder-v2-instruct.json'), 'num_experts_per_tok'),
      ['num_experts_per_tok'],
    ],
    [
      'a nested key, named with its path',
      { model_type: 'gemma3', text_config: { model_type: 'gemma3_text', hidden_size: '640' } },
      ['text_config.hidden_size'],
    ],
    [
      'every bad key at once',
      { ...llama, hidden_size: 'x', num_hidden_layers: -1, tie_word_embeddings: 1 },
      ['hidden_size', 'num_hidden_layers', 'tie_word_embeddings'],
    ],
  ])('%s', (_name, config, keys) => {
    const result = countParameters(config);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.key)).toEqual(keys);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [llama]],
    ['a string', JSON.stringify(llama)],
    ['a number', 8e9],
  ])('refuses %s as a config', (_name, input) => {
    expect(countParameters(input)).toEqual({ ok: false, error: 'not-an-object', problems: [] });
  });

  it('refuses a count past 2^53 rather than round it', () => {
    const huge = {
      ...fixture('mixtral-8x7b.json'),
      num_local_experts: 65_536,
      hidden_size: 1_048_576,
      intermediate_size: 1_048_576,
      num_attention_heads: 8,
    };
    expect(countParameters(huge)).toEqual({ ok: false, error: 'too-large', problems: [] });
  });

  it('never throws or returns NaN, whatever each key holds', () => {
    const values: unknown[] = [null, -1, 0, 0.5, 1, 1e308, 'x', '', true, false, [], {}, [1, 2]];
    for (const file of [
      'llama-3.1-8b.json',
      'gpt2.json',
      'deepseek-v3.json',
      'qwen1.5-moe-a2.7b.json',
      'llava-1.5-7b.json',
    ]) {
      const base = fixture(file);
      for (const key of Object.keys(base)) {
        for (const value of values) {
          const result = countParameters({ ...base, [key]: value });
          if (result.ok) expect(Number.isSafeInteger(result.value.total)).toBe(true);
          else expect(result.error).toMatch(/^(invalid-keys|too-large)$/);
        }
      }
    }
  });
});

describe('countParametersFromJson', () => {
  it('counts the text of a config.json', () => {
    const text = readFileSync(new URL('../../fixtures/configs/gpt2.json', import.meta.url), 'utf8');
    expect(countParametersFromJson(text)).toMatchObject({ ok: true, value: { total: 124_439_808 } });
  });

  it.each<[string, string]>([
    ['<html>', 'not-json'],
    ['[]', 'not-an-object'],
    ['', 'empty'],
  ])('passes on the parse error for %j', (text, error) => {
    expect(countParametersFromJson(text)).toEqual({ ok: false, error, problems: [] });
  });
});

/*
 * Issue 22, second batch (types-b): the keys of Mamba-2 and LFM2 that change the count, each total
 * transformers 5.18.0's own for the real config with that one key changed (model.parameters() on
 * the meta device).
 */
describe('Mamba-2 and LFM2: what their keys change', () => {
  it.each<[string, string, JsonObject, number]>([
    ['Mamba-Codestral as published', 'mamba-codestral-7b-v0.1.json', {}, 7_285_403_648],
    ['Mamba-Codestral with use_bias: in_proj and out_proj biases', 'mamba-codestral-7b-v0.1.json', { use_bias: true }, 7_286_853_632],
    ['LFM2-1.2B as published', 'lfm2-1.2b.json', {}, 1_170_340_608],
    ['LFM2-1.2B without block_auto_adjust_ff_dim: the MLP is block_ff_dim wide', 'lfm2-1.2b.json', { block_auto_adjust_ff_dim: false }, 1_572_993_792],
    ['LFM2-1.2B with block_ffn_dim_multiplier 1.5', 'lfm2-1.2b.json', { block_ffn_dim_multiplier: 1.5 }, 1_572_993_792],
    ['LFM2-1.2B with conv_bias', 'lfm2-1.2b.json', { conv_bias: true }, 1_170_443_008],
    ['LFM2-1.2B without full_attn_idxs: every layer attention', 'lfm2-1.2b.json', { full_attn_idxs: null }, 1_107_365_888],
  ])('%s', (_label, file, change, total) => {
    expect(count({ ...fixture(file), ...change }).total).toBe(total);
  });

  it('LFM2 reads layer_types where the config lists them, the same layers as full_attn_idxs', () => {
    const lfm2 = fixture('lfm2-1.2b.json');
    const layerTypes = Array.from({ length: 16 }, (_, i) => ([2, 5, 8, 10, 12, 14].includes(i) ? 'full_attention' : 'conv'));
    const listed = count({ ...lfm2, full_attn_idxs: null, layer_types: layerTypes });
    expect(listed.total).toBe(1_170_340_608);
    expect(listed.layerKinds).toEqual({ full_attention: 6, conv: 10 });
  });

  it('LFM2 refuses a layer_types entry it cannot build', () => {
    const lfm2 = fixture('lfm2-1.2b.json');
    const result = countParameters({ ...lfm2, layer_types: Array(16).fill('mamba') });
    expect(result).toMatchObject({ ok: false, error: 'invalid-keys', problems: [{ key: 'layer_types', problem: 'not-a-list' }] });
  });

  it('Mamba-2 has no attention and no MLP: every layer is a Mamba-2 mixer in the recurrent part', () => {
    const counted = count(fixture('mamba-codestral-7b-v0.1.json'));
    expect(counted.layerKinds).toEqual({ linear_attention: 64 });
    expect([counted.breakdown.attention, counted.breakdown.mlp]).toEqual([0, 0]);
  });
});

describe('Llama 4’s text model', () => {
  const scout = fixture('llama-4-scout-17b-16e.json');
  const withText = (change: JsonObject, drop: string[] = []): JsonObject => {
    const text = { ...(scout.text_config as JsonObject), ...change };
    for (const key of drop) delete text[key];
    return { ...scout, text_config: text };
  };

  it('Scout: 107,769,861,120 in its language model, 17,172,894,720 used per token (Meta: 17B active; its 109B adds the vision encoder)', () => {
    const counted = count(scout);
    expect([counted.total, counted.active]).toEqual([107_769_861_120, 17_172_894_720]);
    expect(counted.layers).toEqual({ dense: 0, moe: 48 });
    expect(counted.experts).toEqual({ routed: 16, perToken: 1, shared: 1 });
    // Every MoE layer keeps its shared expert, a gated MLP of intermediate_size.
    expect(counted.breakdown.sharedExperts).toBe(48 * 3 * 5120 * 8192);
  });

  it.each<[string, JsonObject, string[], number, number]>([
    // transformers 5.18.0's totals for the same config with the keys changed.
    ['experts on every other layer, 128 of them (Maverick’s shape): dense MLPs of intermediate_size_mlp between', { interleave_moe_layer_step: 2, num_local_experts: 128 }, ['moe_layers'], 400_711_848_960, 17_184_691_200],
    ['moe_layers listed as empty: no mixture of experts at all', { moe_layers: [] }, [], 17_168_962_560, 17_168_962_560],
    ['attention_bias: biases on q, k, v and o', { attention_bias: true }, [], 107_770_450_944, 17_173_484_544],
  ])('%s', (_label, change, drop, total, active) => {
    const counted = count(withText(change, drop));
    expect([counted.total, counted.active]).toEqual([total, active]);
  });

  it('refuses a moe_layers that is not a list of layer indices', () => {
    expect(countParameters(withText({ moe_layers: 'all' }))).toMatchObject({ ok: false, problems: [{ key: 'text_config.moe_layers', problem: 'not-a-list' }] });
  });
});

describe('Mamba (v1)', () => {
  it('Mamba-130M: 129,135,360, its output head tied to the embeddings, every layer a Mamba mixer', () => {
    const counted = count(fixture('mamba-130m-hf.json'));
    expect(counted.total).toBe(129_135_360);
    expect(counted.tiedEmbeddings).toBe(true);
    expect(counted.layerKinds).toEqual({ linear_attention: 24 });
  });

  it('its width is expand · hidden_size, whatever intermediate_size says (MambaConfig.__post_init__)', () => {
    const mamba = fixture('mamba-130m-hf.json');
    expect(count({ ...mamba, intermediate_size: 999 }).total).toBe(129_135_360);
  });

  it('time_step_rank "auto" is ceil(hidden_size / 16): 48 for 768', () => {
    const mamba = fixture('mamba-130m-hf.json');
    expect(count({ ...mamba, time_step_rank: 'auto' }).total).toBe(129_135_360);
  });
});

describe('Nemotron-H with mixtures of experts (Nemotron 3 Nano)', () => {
  const nano = fixture('nemotron-3-nano-30b-a3b.json');

  it('Nemotron 3 Nano 30B-A3B: 31,577,940,288 with the routers’ score-correction buffers, 3,580,076,352 per token', () => {
    const counted = count(nano);
    expect([counted.total, counted.active, counted.persistentBuffers]).toEqual([31_577_940_288, 3_580_076_352, 2944]);
    expect(counted.layerKinds).toEqual({ linear_attention: 23, moe: 23, full_attention: 6 });
    expect(counted.layers).toEqual({ dense: 0, moe: 23 });
    expect(counted.experts).toEqual({ routed: 128, perToken: 6, shared: 1 });
    // The experts have no gate: up_proj and down_proj, 2 × 1856 × 2688 each.
    expect(counted.breakdown.routedExperts).toBe(23 * 128 * 2 * 1856 * 2688);
  });

  it('moe_latent_size puts the experts in a narrower space, with projections in and out', () => {
    // transformers 5.18.0's total for the same config with moe_latent_size 1024.
    expect(count({ ...nano, moe_latent_size: 1024 }).total).toBe(13_520_150_848);
  });
});

describe('Qwen3.5’s language model', () => {
  const qwen35 = fixture('qwen3.5-0.8b.json');

  it('Qwen3.5-0.8B: 752,393,024 in its language model, tied (its vision encoder brings the whole model to 852,985,920)', () => {
    const counted = count(qwen35);
    expect(counted.total).toBe(752_393_024);
    expect(counted.tiedEmbeddings).toBe(true);
    expect(counted.layerKinds).toEqual({ linear_attention: 18, full_attention: 6 });
    expect(counted.nested).toEqual({ key: 'text_config', outerModelType: 'qwen3_5' });
  });

  it('without layer_types, one attention layer every full_attention_interval layers', () => {
    const text = { ...(qwen35.text_config as JsonObject) };
    delete text.layer_types;
    expect(count({ ...qwen35, text_config: text }).total).toBe(752_393_024);
    expect(count({ ...qwen35, text_config: { ...text, full_attention_interval: 2 } }).layerKinds).toEqual({ linear_attention: 12, full_attention: 12 });
  });
});

describe('Qwen3.5’s mixture-of-experts language model (Qwen3.6-35B-A3B)', () => {
  it('34,660,610,688 in its language model, 3,454,988,928 per token (35,107,181,936 with its vision encoder)', () => {
    const counted = count(fixture('qwen3.6-35b-a3b.json'));
    expect([counted.total, counted.active]).toEqual([34_660_610_688, 3_454_988_928]);
    expect(counted.layers).toEqual({ dense: 0, moe: 40 });
    expect(counted.experts).toEqual({ routed: 256, perToken: 8, shared: 1 });
    expect(counted.layerKinds).toEqual({ linear_attention: 30, full_attention: 10 });
  });
});

// Issue 22 (types-a): what the counter says beyond the totals expected.json checks.
describe('granite, phimoe and glm4_moe', () => {
  const counted = (name: string) => {
    const result = countParameters(fixture(name));
    if (!result.ok) throw new Error(`the counter refuses ${name}`);
    return result.value;
  };

  it('GLM-4.5-Air: 1 dense layer then 45 of 128 experts (8 per token) and 1 shared; its MTP layer is reported, not counted', () => {
    const c = counted('glm-4.5-air.json');
    expect(c.family).toBe('glm4_moe');
    expect(c.layers).toEqual({ dense: 1, moe: 45 });
    expect(c.experts).toEqual({ routed: 128, perToken: 8, shared: 1 });
    expect(c.mtpLayersNotCounted).toBe(1);
    // e_score_correction_bias: one float per expert in each MoE layer, a buffer kept in the checkpoint.
    expect(c.persistentBuffers).toBe(128 * 45);
  });

  it('GLM-4.7 (NVIDIA NVFP4 release): use_qk_norm adds norms of head_dim on queries and keys in all 92 layers', () => {
    const c = counted('glm-4.7-nvfp4.json');
    expect(c.layers).toEqual({ dense: 3, moe: 89 });
    expect(c.experts).toEqual({ routed: 160, perToken: 8, shared: 1 });
    const { use_qk_norm: _flag, ...withoutQkNorm } = fixture('glm-4.7-nvfp4.json');
    const without = countParameters(withoutQkNorm);
    expect(without.ok && c.breakdown.norms - without.value.breakdown.norms).toBe(92 * 2 * 128);
  });

  it('Phi-3.5-MoE: 16 experts of which 2 per token on all 32 layers, with the biases its flags ask for', () => {
    const c = counted('phi-3.5-moe-instruct.json');
    expect(c.family).toBe('phimoe');
    expect(c.layers).toEqual({ dense: 0, moe: 32 });
    expect(c.experts).toEqual({ routed: 16, perToken: 2, shared: 0 });
    // q, k, v, o biases (4096 + 2 × 1024 + 4096 per layer), LayerNorm biases (2 per layer + final), lm_head's.
    expect(c.biases).toBe(32 * (4096 + 2048 + 4096) + (2 * 32 + 1) * 4096 + 32064);
  });

  it('Ministral 8B: its released config (model_type mistral) and the same sizes as the ministral type count alike, 8,019,808,256', () => {
    const released = counted('ministral-8b-instruct-2410.json');
    expect(released.family).toBe('mistral');
    expect(released.total).toBe(8_019_808_256);
    const asMinistral = counted('synthetic/ministral-8b-as-ministral-type.json');
    expect(asMinistral.family).toBe('ministral');
    expect(asMinistral.total).toBe(released.total);
  });

  it('ministral without head_dim, or with null, is refused: MinistralAttention cannot build it', () => {
    const { head_dim: _dropped, ...noHeadDim } = fixture('synthetic/ministral-8b-as-ministral-type.json');
    expect(countParameters(noHeadDim)).toMatchObject({ ok: false, problems: [{ key: 'head_dim', problem: 'missing' }] });
    expect(countParameters({ ...noHeadDim, head_dim: null })).toMatchObject({ ok: false, problems: [{ key: 'head_dim' }] });
  });

  it('Granite 3.3 8B: tied, no biases, head_dim from hidden_size / heads', () => {
    const c = counted('granite-3.3-8b-instruct.json');
    expect(c.tiedEmbeddings).toBe(true);
    expect(c.biases).toBe(0);
    expect(c.resolved.head_dim).toBe(128);
  });
});

/*
 * Issue 22, third batch (types-c): Bamba, Falcon-H1 and Granite 4.0 (granitemoehybrid), checked on
 * synthetic configs only: no real config.json of a released model of these types was found (the
 * fixtures README). Every total below is transformers 5.18.0's for the same config (meta device).
 */
describe('Bamba, Falcon-H1 and Granite 4.0 hybrids (synthetic configs)', () => {
  const bamba = fixture('synthetic/bamba-class-defaults.json');
  const falconH1 = fixture('synthetic/falcon-h1-class-defaults.json');
  const granite = fixture('synthetic/granitemoehybrid-class-defaults.json');

  it('the class defaults, which are each flagship’s sizes: Bamba 9,992,765,440, Falcon-H1 8,514,961,408, Granite 4.0 hybrid 38,601,064,448 (12,629,934,080 per token)', () => {
    expect(count(bamba)).toMatchObject({ total: 9_992_765_440, active: 9_992_765_440, layerKinds: { full_attention: 0, linear_attention: 32 } });
    expect(count(falconH1)).toMatchObject({ total: 8_514_961_408, layerKinds: { hybrid: 32 } });
    expect(count(granite)).toMatchObject({ total: 38_601_064_448, active: 12_629_934_080, layers: { dense: 0, moe: 32 }, experts: { routed: 8, perToken: 2, shared: 1 } });
  });

  it.each<[string, JsonObject, JsonObject, number, number]>([
    ['Bamba: an empty attn_layer_indices is no attention layer', bamba, { attn_layer_indices: [] }, 9_992_765_440, 9_992_765_440],
    ['Bamba: an index past the last layer builds nothing', bamba, { attn_layer_indices: [9, 40] }, 9_931_371_648, 9_931_371_648],
    ['Falcon-H1: mamba_rms_norm adds the gated norm of mamba_d_ssm', falconH1, { mamba_rms_norm: true }, 8_514_994_176, 8_514_994_176],
    ['Falcon-H1: mamba_d_ssm null is mamba_expand · hidden_size wide', falconH1, { mamba_d_ssm: null }, 11_334_680_576, 11_334_680_576],
    ['Granite 4.0 hybrid without experts: the shared MLP alone', granite, { num_local_experts: 0 }, 3_971_842_048, 3_971_842_048],
  ])('%s', (_label, config, change, total, active) => {
    const counted = count({ ...config, ...change });
    expect([counted.total, counted.active]).toEqual([total, active]);
  });

  it('Falcon-H1: the µP multipliers scale activations and add no parameters', () => {
    const mup = fixture('synthetic/falcon-h1-rms-norm-biases-mup.json');
    const plain = { ...mup, embedding_multiplier: 1, lm_head_multiplier: 1, mlp_multipliers: null, key_multiplier: 1, attention_out_multiplier: 1, ssm_multipliers: null, ssm_in_multiplier: 1, ssm_out_multiplier: 1 };
    expect(count(plain).total).toBe(count(mup).total);
    expect(count(mup).total).toBe(1_199_200);
  });

  it('Granite 4.0 hybrid: layer_types may use the older names mamba and attention, and counts the same', () => {
    const dense = fixture('synthetic/granitemoehybrid-dense-biases-tied.json');
    const renamed = count({ ...dense, layer_types: ['linear_attention', 'full_attention', 'linear_attention'] });
    expect(renamed.total).toBe(count(dense).total);
    expect(renamed.layerKinds).toEqual({ full_attention: 1, linear_attention: 2 });
    // GraniteMoeHybridConfig's attribute_map: layers_block_type is read as layer_types (transformers 5.18.0: the same 657,248).
    const { layer_types: listed, ...rest } = dense;
    expect(count({ ...rest, layers_block_type: listed }).total).toBe(657_248);
    // With no experts, the shared MLP is the layer's only MLP.
    expect([renamed.breakdown.mlp, renamed.breakdown.sharedExperts, renamed.experts]).toEqual([3 * 3 * 128 * 320, 0, null]);
  });

  it.each<[string, JsonObject, JsonObject, string]>([
    // transformers' validate_architecture refuses each of these configs.
    ['Bamba: mamba_d_head × mamba_n_heads is not mamba_expand · hidden_size', bamba, { mamba_d_head: 32 }, 'mamba_d_head'],
    ['Bamba: mamba_n_heads does not divide the mixer’s width', bamba, { mamba_n_heads: 100 }, 'mamba_n_heads'],
    ['Falcon-H1: mamba_d_head × mamba_n_heads is not mamba_d_ssm', falconH1, { mamba_d_head: 16 }, 'mamba_d_head'],
  ])('refuses %s', (_label, config, change, key) => {
    expect(countParameters({ ...config, ...change })).toMatchObject({ ok: false, error: 'invalid-keys', problems: [{ key, problem: 'mamba-heads-mismatch' }] });
  });

  it.each<[string, JsonObject, JsonObject, string]>([
    ['Bamba: attn_layer_indices that is not a list of indices', bamba, { attn_layer_indices: 'all' }, 'attn_layer_indices'],
    ['Granite 4.0 hybrid: a layer type it cannot size', granite, { layer_types: Array(32).fill('sliding_attention') }, 'layer_types'],
    ['Granite 4.0 hybrid: layer_types of the wrong length', granite, { layer_types: ['mamba', 'attention'] }, 'layer_types'],
  ])('refuses %s', (_label, config, change, key) => {
    expect(countParameters({ ...config, ...change })).toMatchObject({ ok: false, problems: [{ key, problem: 'not-a-list' }] });
  });
});

describe('Mamba-2: a config transformers refuses', () => {
  it('refuses hidden_size × expand ≠ num_heads × head_dim (Mamba2Config.validate_architecture), naming head_dim', () => {
    const codestral = fixture('mamba-codestral-7b-v0.1.json');
    expect(countParameters({ ...codestral, head_dim: 32 })).toMatchObject({ ok: false, error: 'invalid-keys', problems: [{ key: 'head_dim', problem: 'mamba-heads-mismatch' }] });
    expect(countParameters({ ...codestral, expand: 3 })).toMatchObject({ ok: false, problems: [{ key: 'head_dim', problem: 'mamba-heads-mismatch' }] });
  });
});
