import { describe, expect, it } from 'vitest';
import models from './index';
import { viewOf } from '../view-of';

// Weights = parameters × bytes per parameter for each model of src/data/models.ts: at int4 (0.5 bytes)
// GPT-4o's estimated 200B is 100 GB, Llama 3.1 405B is 202.5 GB and DeepSeek-V3's 671B is 335.5 GB.
describe('the reported sizes at one format', () => {
  it.each([
    ['en', 'int4 · 0.5 bytes'],
    ['zh', 'int4 · 0.5 字节'],
  ] as const)('int4 (%s)', (lang, label) => {
    expect(viewOf(models, { precision: 'int4' }, lang).outputs).toMatchObject({
      'precision-label': label,
      'weights-gpt-4o': '100 GB',
      'weights-llama-3-1-405b': '202.5 GB',
      'weights-deepseek-v3': '335.5 GB',
    });
  });
});
