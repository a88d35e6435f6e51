import { describe, expect, it } from 'vitest';
import { showInvisible } from './visible-text';

describe('showInvisible', () => {
  it.each([
    ['model\u202Eslobdne.safetensors', 'model\\u202Eslobdne.safetensors'],
    ['a\nb\tc\u0000', 'a\\u000Ab\\u0009c\\u0000'],
    ['\u2066x\u2069\u200F\u061C', '\\u2066x\\u2069\\u200F\\u061C'],
    ['zero\u200Bwidth\uFEFF', 'zero\\u200Bwidth\\uFEFF'],
    ['lone \ud800 high, lone \udc00 low', 'lone \\uD800 high, lone \\uDC00 low'],
    // Left alone: letters of any script, an emoji (a surrogate pair), ordinary punctuation.
    ['模型-00001-of-00002.safetensors 😀 é', '模型-00001-of-00002.safetensors 😀 é'],
  ])('%j', (input, shown) => {
    expect(showInvisible(input)).toBe(shown);
  });
});
