import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { countParameters } from '../configs/count-parameters';
import type { JsonObject } from '../configs/types';
import { shippedWeights } from './shipped-format';

function config(name: string): JsonObject {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/configs/${name}`, import.meta.url)), 'utf8'));
}

function shipped(c: JsonObject) {
  const count = countParameters(c);
  if (!count.ok) throw new Error('config does not count');
  return { count: count.value, shipped: shippedWeights(c, count.value.breakdown, count.value.total) };
}

describe('shippedWeights: the weight format a config’s quantization_config ships', () => {
  test('DeepSeek-V3: fp8 with one fp32 scale a 128 × 128 block for every Linear; embeddings, lm_head, norms, router in bf16', () => {
    const { count, shipped: s } = shipped(config('deepseek-v3.json'));
    const b = count.breakdown;
    const quantized = b.attention + b.mlp + b.routedExperts + b.sharedExperts;
    expect(s).toMatchObject({ format: 'fp8', scheme: 'fp8', precision: 'fp8', quantizedParameters: quantized, otherParameters: count.total - quantized, otherPrecision: 'bf16' });
    expect(s!.bytesPerWeight).toBe(1 + 4 / (128 * 128));
    expect(s!.weightBytes).toBeCloseTo(quantized * (1 + 4 / 16384) + (count.total - quantized) * 2, 0);
    // 673.2 GB: about half of the 1342 GB bf16 gives. The published checkpoint is larger by its
    // multi-token-prediction layer, which transformers does not build and the count leaves out.
    expect(s!.weightBytes / 1e9).toBeGreaterThan(670);
    expect(s!.weightBytes / 1e9).toBeLessThan(700);
  });

  test('gpt-oss-20b: MXFP4 experts at 4.25 bits, everything modules_to_not_convert names in bf16', () => {
    const { count, shipped: s } = shipped(config('gpt-oss-20b.json'));
    expect(s).toMatchObject({ format: 'mxfp4', precision: 'int4', quantizedParameters: count.breakdown.routedExperts, bitsPerWeight: 4.25 });
    expect(s!.weightBytes).toBe(count.breakdown.routedExperts * 0.53125 + (count.total - count.breakdown.routedExperts) * 2);
    // 13.8 GB = 12.8 GiB, about the size of the published checkpoint, not the 41.8 GB of bf16.
    expect(s!.weightBytes / 1e9).toBeGreaterThan(12.5);
    expect(s!.weightBytes / 1e9).toBeLessThan(14.5);
  });

  test('GPTQ 4-bit group 128: 4 + 20/128 bits for the decoder’s Linear layers', () => {
    const c = { ...config('llama-3.1-8b.json'), quantization_config: { quant_method: 'gptq', bits: 4, group_size: 128 } };
    const { shipped: s } = shipped(c);
    expect(s).toMatchObject({ format: 'int4', precision: 'int4', bitsPerWeight: 4 + 20 / 128 });
  });

  test('no quantization_config: null', () => {
    expect(shipped(config('llama-3.1-8b.json')).shipped).toBeNull();
  });
});
