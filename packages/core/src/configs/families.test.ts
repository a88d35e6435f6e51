import { describe, expect, it } from 'vitest';
import { FALLBACK, FAMILIES, KNOWN_MODEL_TYPES } from './families';
import { countParameters } from './count-parameters';

describe('families', () => {
  it('counts at least the families the issue names, and the extra ones', () => {
    expect(KNOWN_MODEL_TYPES).toEqual(
      expect.arrayContaining([
        'llama',
        'mistral',
        'mixtral',
        'qwen2',
        'qwen2_moe',
        'qwen3',
        'gemma',
        'gemma2',
        'phi3',
        'gpt2',
        'deepseek_v3',
        'qwen3_moe',
        'gemma3_text',
        'deepseek_v2',
        'phi',
      ]),
    );
  });

  it.each(
    Object.values(FAMILIES).flatMap((f) =>
      Object.entries(f.keys).map(([key, spec]) => [f.modelType, key, spec] as const),
    ),
  )('%s.%s: the default lies within the limits', (_type, _key, spec) => {
    if (spec.kind === 'int' && typeof spec.absent === 'number') {
      expect(spec.absent).toBeGreaterThanOrEqual(spec.limits.min);
      expect(spec.absent).toBeLessThanOrEqual(spec.limits.max);
    }
  });

  it.each(Object.values(FAMILIES))('$modelType names its transformers sources', (family) => {
    expect(family.sources[0]).toMatch(/^transformers\/models\/\w+\/configuration_\w+\.py$/);
    expect(family.sources[1]).toMatch(/^transformers\/models\/\w+\/modeling_\w+\.py$/);
  });

  it('the fallback does not refuse a hidden_size the heads do not divide (head_dim is set)', () => {
    const config = {
      model_type: 'unknown_lm',
      vocab_size: 100,
      hidden_size: 100,
      num_hidden_layers: 1,
      num_attention_heads: 3,
      head_dim: 32,
      intermediate_size: 10,
    };
    expect(FALLBACK.structure.hiddenMultipleOfHeads).toBe(false);
    expect(countParameters(config)).toMatchObject({ ok: true, value: { fellBackToLlama: true } });
    expect(countParameters({ ...config, model_type: 'llama' })).toMatchObject({ ok: false, error: 'invalid-keys' });
  });
});
