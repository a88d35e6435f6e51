import { describe, expect, it } from 'vitest';
import { joinUnits, typesetPieces } from './typeset';

const kept = (text: string) => typesetPieces(text).filter((p) => p.keep).map((p) => p.text);

describe('typesetPieces keeps model names and Chinese counts whole', () => {
  it.each<[string, string[]]>([
    ['GPT-4o has about 200B parameters.', ['GPT-4o']],
    ['GPT-4o-mini and Llama-3.1-8B.', ['GPT-4o-mini', 'Llama-3.1-8B']],
    ['gpt-oss-120b, DeepSeek-V3 and Qwen2.5-32B', ['gpt-oss-120b', 'DeepSeek-V3', 'Qwen2.5-32B']],
    ['a well-known sub-path', []],
    ['约 2000亿 个参数，约 1.5万亿 token', ['2000亿', '1.5万亿']],
    ['model-00001-of-00004.safetensors', ['model-00001-of-00004.safetensors']],
  ])('%s', (text, expected) => {
    expect(kept(text)).toEqual(expected);
    expect(typesetPieces(text).map((p) => p.text).join('')).toBe(joinUnits(text));
  });
});

describe('joinUnits puts a no-break space between a number and its unit', () => {
  it.each<[string, string]>([
    ['4.91 GB', '4.91\u00a0GB'],
    ['1.6 TB = 1490.1 GiB', '1.6\u00a0TB = 1490.1\u00a0GiB'],
    ['70 B parameters', '70\u00a0B parameters'],
    ['989 TFLOP/s', '989\u00a0TFLOP/s'],
    ['8192 tokens', '8192\u00a0tokens'],
    ['40 %', '40\u00a0%'],
    ['80 个', '80\u00a0个'],
    ['in 2024 Bob', 'in 2024 Bob'],
    ['2 Bytes', '2 Bytes'],
  ])('%s', (text, expected) => {
    expect(joinUnits(text)).toBe(expected);
  });
});
