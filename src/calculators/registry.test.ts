import { describe, expect, it } from 'vitest';
import { CALCULATORS } from './registry';
import { QUANTIZATION_DEFAULTS, QUANTIZATION_OUTPUTS } from './quantization';
import { SERVING_DEFAULTS, SERVING_OUTPUTS } from './serving';
import { TRAINING_DEFAULTS, TRAINING_OUTPUTS } from './training';

describe('the registry', () => {
  it.each<[string, Record<string, string>, readonly string[]]>([
    ['quantization', QUANTIZATION_DEFAULTS, QUANTIZATION_OUTPUTS],
    ['serving', SERVING_DEFAULTS, SERVING_OUTPUTS],
    ['training', TRAINING_DEFAULTS, TRAINING_OUTPUTS],
  ])('drives <form data-calculator="%s"> with every output filled from its defaults', (name, defaults, outputs) => {
    const calculator = CALCULATORS[name];
    expect(calculator).toBeTypeOf('function');
    for (const lang of ['en', 'zh'] as const) {
      const view = calculator!(defaults, lang);
      expect(view.errors).toEqual({});
      expect(Object.keys(view.outputs).sort()).toEqual([...outputs].sort());
      for (const text of Object.values(view.outputs)) expect(text).not.toMatch(/^—$|NaN|Infinity|undefined/);
    }
  });
});
