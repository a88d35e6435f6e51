import { describe, expect, it } from 'vitest';
import { acceleratorPresetsFor, presetsFor } from './presets';
import { serving } from './serving';
import { storage } from './storage';
import { viewOf } from './view-of';

const preset = (calculator: 'serving' | 'storage', id: string) => presetsFor(calculator).find((p) => p.id === id)!.values;

describe('model presets (issue 27)', () => {
  it('carry the model’s context limit: Llama 3.1 8B on 2 × 80 GB stops at 131,072 tokens, not 1,098,632', () => {
    const view = viewOf(serving, preset('serving', 'llama-3-1-8b'), 'en');
    expect(view.outputs['max-context']).toBe('131,072 tokens: the model’s own limit (max_position_embeddings); memory would allow more (within 92% of each GPU)');
  });

  it('fill the attention heads and, for a mixture of experts, the active parameters', () => {
    expect(preset('serving', 'llama-3-1-405b')).toMatchObject({ heads: '128', 'kv-heads': '8', 'max-positions': '131072', 'active-params': '' });
    expect(preset('serving', 'mixtral-8x7b')).toMatchObject({ heads: '32', 'max-positions': '32768', 'active-params': '13B' });
  });

  it('take the format the model ships in, while the empty storage form keeps the fp64 worked example', () => {
    expect(viewOf(storage, {}, 'en').outputs.weights).toMatch(/^1600 GB/);
    expect(viewOf(storage, preset('storage', 'llama-3-1-8b'), 'en').outputs.weights).toMatch(/^16 GB/);
    // DeepSeek-V3 ships its weights in fp8: 671 GB, not 5.4 TB.
    expect(preset('storage', 'deepseek-v3').precision).toBe('fp8');
    expect(viewOf(storage, preset('storage', 'deepseek-v3'), 'en').outputs.weights).toMatch(/^671 GB/);
  });
});

describe('accelerator presets', () => {
  const h100 = acceleratorPresetsFor('serving').find((p) => p.id === 'h100-sxm')!.values;

  it('fill memory as the driver reports it, bandwidth and the dense bf16 peak', () => {
    // 81,559 MiB = 85,520,809,984 bytes, rounded down to the megabyte.
    expect(h100).toEqual({ 'device-memory': '85.52', bandwidth: '3.35', peak: '989.5', 'peak-fp8': '1979' });
    // The A100 has no fp8: its field is emptied, so an earlier card's figure does not linger.
    expect(acceleratorPresetsFor('serving').find((p) => p.id === 'a100-80gb')!.values['peak-fp8']).toBe('');
  });

  it('an H100 SXM preset gives Llama 3.1 8B about 209 tokens/s before the cache', () => {
    const view = viewOf(serving, { ...preset('serving', 'llama-3-1-8b'), ...h100, devices: '1' }, 'en');
    // 8B × 2 bytes = 16 GB: 3.35 TB/s ÷ 16 GB = 209 tokens/s.
    expect(view.outputs['decode-working']).toContain('3.35 TB/s ÷ 16 GB = 209 tokens/s before the cache');
  });

  it('leave the peak empty where the vendor publishes none (Apple’s GPUs), so no prefill bound is claimed', () => {
    const m4 = acceleratorPresetsFor('serving').find((p) => p.id === 'm4-max')!.values;
    expect(m4.peak).toBe('');
    expect(viewOf(serving, { ...preset('serving', 'llama-3-1-8b'), ...m4, devices: '1' }, 'en').outputs.prefill).toBe('Give the dense peak for this bound.');
  });

  it('are offered only where a calculator has hardware fields', () => {
    expect(acceleratorPresetsFor('storage')).toEqual([]);
  });
});
