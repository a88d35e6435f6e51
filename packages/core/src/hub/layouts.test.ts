import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import expected from '../../fixtures/hub/expected-layouts.json';
import { LLAMA_3_1_405B_CONFIG, type TensorSpec, headerOnlySafetensors, llamaTensors, qwen3MoeTensors, readConfigFixture } from '../../fixtures/hub/layouts';

/** The count, the total and the digest check_layouts.py computes from transformers' state dict. */
function summary(tensors: readonly TensorSpec[]) {
  const lines = tensors.map((t) => `${t.name} ${t.shape.join('x')}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const parameters = tensors.reduce((s, t) => s + t.shape.reduce((a, b) => a * b, 1), 0);
  return { tensors: lines.length, parameters, sha256: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

describe('the mock Hub’s checkpoint layouts are transformers’ state dicts, as the files store them', () => {
  it('Qwen3-30B-A3B (Qwen3MoeForCausalLM, experts per expert)', () => {
    expect(summary(qwen3MoeTensors(readConfigFixture('qwen3-30b-a3b.json')))).toEqual(expected['qwen3-30b-a3b']);
  });

  it('Llama 3.1 405B (LlamaForCausalLM)', () => {
    expect(summary(llamaTensors(LLAMA_3_1_405B_CONFIG))).toEqual(expected['llama-3.1-405b']);
  });

  it('header-only files start with the bytes the safetensors package writes, and describe the real size', () => {
    const sample = expected.headerSample;
    const file = headerOnlySafetensors(sample.tensors.map(([name, dtype, shape]) => ({ name, dtype, shape }) as TensorSpec));
    expect(Buffer.from(file.prefix).toString('base64')).toBe(sample.prefix);
    expect(file.size).toBe(sample.size);
  });
});
