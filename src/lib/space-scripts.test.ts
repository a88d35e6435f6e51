import { describe, expect, it } from 'vitest';
import { spaceBetweenScripts } from './space-scripts';

describe('spaceBetweenScripts', () => {
  it.each<[string, string]>([
    ['请输入KV 头数，例如 8。', '请输入 KV 头数，例如 8。'],
    ['请从 fp64、fp16、int8或int4 中选择。', '请从 fp64、fp16、int8 或 int4 中选择。'],
    ['2000亿（200B）', '2000亿（200B）'],
    ['最多为 1亿 个 token', '最多为 1亿 个 token'],
    ['Enter a parameter count.', 'Enter a parameter count.'],
    ['KV 缓存', 'KV 缓存'],
  ])('%j → %j', (text, expected) => {
    expect(spaceBetweenScripts(text)).toBe(expected);
  });
});
