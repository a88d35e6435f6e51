import { describe, expect, it } from 'vitest';
import type { Lang } from '@llm-scale/core/text/lang';
import { brain } from './index';
import { viewOf } from '../view-of';

// 86e9 neurons; 1.5e14 to 1e15 synapses (src/lib/brain.ts).
describe('the brain comparison in each language', () => {
  it.each<[string, Lang, { synapses: string; neurons: string }]>([
    // 200e9 / 1e15 = 0.02%, 200e9 / 1.5e14 = 0.133%; 200e9 / 86e9 = 2.33.
    ['200B', 'en', { synapses: '0.02%–0.133%', neurons: '2.33×' }],
    ['200B', 'zh', { synapses: '0.02% 到 0.133%', neurons: '2.33 倍' }],
    // 7e9 / 1e15 = 0.0007% (under the floor), 7e9 / 1.5e14 = 0.00467%; 7e9 / 86e9 = 0.0814.
    ['7B', 'en', { synapses: '<0.001%–0.00467%', neurons: '0.0814×' }],
    ['7B', 'zh', { synapses: '<0.001% 到 0.00467%', neurons: '约为神经元数的 8.14%' }],
    // Both ends under 0.001%: said once, not "<0.001%–<0.001%".
    ['1B', 'en', { synapses: '<0.001%', neurons: '0.0116×' }],
    ['1B', 'zh', { synapses: '<0.001%', neurons: '约为神经元数的 1.16%' }],
  ])('%s (%s)', (params, lang, outputs) => {
    expect(viewOf(brain, { params }, lang).outputs).toEqual(outputs);
  });
});
