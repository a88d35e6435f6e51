import { describe, expect, it } from 'vitest';
import type { ModelSize } from '../../src/data/models';
import { checkModelSizes, checkSources, checkZhCalculatorOutputs } from './content-rules';

const article = (lang: string, body: string, slug = 'a') => ({
  lang,
  slug,
  html: `<html><body><div class="prose">${body}</div><section class="sources"><ol><li><a href="https://arxiv.org/abs/1">s</a></li></ol></section></body></html>`,
});

const source = { title: 's', url: 'https://arxiv.org/abs/2412.19260', cite: 's 2024' };
const models: ModelSize[] = [
  { id: 'gpt-4o', name: 'GPT-4o', params: 200e9, status: 'estimate', source, featured: true },
  { id: 'gpt-4o-mini', name: 'GPT-4o-mini', params: 8e9, status: 'estimate', source, featured: true },
  { id: 'claude', name: 'Claude 3.5 Sonnet', params: 175e9, status: 'estimate', source, otherEstimates: [{ params: 400e9, source }], featured: true },
  { id: 'deepseek', name: 'DeepSeek-V3', params: 671e9, activeParams: 37e9, status: 'published', source, featured: true },
];

describe('checkSources', () => {
  it('accepts an article with sources and rejects one without', () => {
    expect(checkSources(article('en', '<p>x</p>'))).toEqual([]);
    expect(checkSources({ lang: 'en', slug: 'a', html: '<div class="prose"></div>' })).toEqual(['en/a: no list of sources']);
  });
});

describe('checkModelSizes', () => {
  it.each([
    ['the recorded estimate', 'GPT-4o: about 200B parameters, estimated.'],
    ['the Chinese form', 'GPT-4o：估计约 2000亿 参数。'],
    ['another recorded estimate', 'Epoch AI puts Claude 3.5 Sonnet near 400B.'],
    ['active parameters of a mixture of experts', 'DeepSeek-V3 uses 37B per token.'],
    ['a longer name that contains a shorter one', 'GPT-4o-mini is about 8B.'],
    ['a size that belongs to another model named in between', 'GPT-4o and Claude 3.5 Sonnet at 175B'],
    ['sizes in other units', 'GPT-4o at 8 bytes is 1600 GB.'],
    ['a rounded quote within 3%', 'Claude 3.5 Sonnet near 0.4 trillion'],
  ])('accepts %s', (_name, text) => {
    expect(checkModelSizes(article('en', `<p>${text}</p>`), models)).toEqual([]);
  });

  it.each([
    ['a size the data file does not record', 'GPT-4o has 300B parameters.', 'GPT-4o has 300B'],
    ['a wrong Chinese size', 'GPT-4o-mini 约 800亿 参数', 'GPT-4o-mini 约 800亿'],
    ['a wrong size for the shorter name', 'GPT-4o is about 8B.', 'GPT-4o is about 8B'],
  ])('rejects %s', (_name, text, quoted) => {
    expect(checkModelSizes(article('en', `<p>${text}</p>`), models)).toEqual([
      expect.stringContaining(`"${quoted}"`),
    ]);
  });

  it('ignores the numbers calculators compute', () => {
    const html = '<calculator-island><label>Tokens for GPT-4o</label><output>4T</output></calculator-island>';
    expect(checkModelSizes(article('en', html), models)).toEqual([]);
  });

  it('ignores the build-time charts, drawn from data files their own tests check', () => {
    const html = '<figure class="chart"><svg><text>Mixtral 8x7B</text><text>OLMo 7B</text></svg></figure><p>GPT-4o is about 200B.</p>';
    expect(checkModelSizes(article('en', html), models)).toEqual([]);
    expect(checkModelSizes(article('en', '<figure class="chart-other"><p>GPT-4o is 300B.</p></figure>'), models)).toHaveLength(1);
  });

  it('ignores the TeX source inside MathML', () => {
    const html = '<p><math><semantics><mi>x</mi><annotation>GPT-4o 999B</annotation></semantics></math></p>';
    expect(checkModelSizes(article('en', html), models)).toEqual([]);
  });
});

describe('checkZhCalculatorOutputs', () => {
  const page = (lang: string, outputs: string) => article(lang, `<form>${outputs}</form>`, 'serving');
  it('passes results written the Chinese way', () => {
    const outputs =
      '<output name="synapses">0.02% 到 0.133%</output>' +
      '<output name="working">（每个 token 172,032 字节 × 4096 个 token + 每个 token 172,032 字节 × 8192 个 token） × 1 个序列 = 2,113,929,216 字节</output>' +
      '<output name="total">8,030,261,248（80.3亿）</output>';
    expect(checkZhCalculatorOutputs(page('zh', outputs))).toEqual([]);
  });

  it('names the page, the output and the rule for a result that breaks one', () => {
    const outputs =
      '<output name="synapses">0.02%–0.133%</output>' +
      '<output name="working">(每个 token 172,032 字节 × 4096 个 token) × 1 个序列</output>';
    const problems = checkZhCalculatorOutputs(page('zh', outputs));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^zh\/serving output\[name="synapses"\]: "–" → .* \[range-dash\]$/);
    expect(problems[1]).toMatch(/^zh\/serving output\[name="working"\]: .* \[halfwidth-punctuation\]$/);
  });

  it('leaves English pages to the English text', () => {
    expect(checkZhCalculatorOutputs(page('en', '<output name="synapses">0.02%–0.133%</output>'))).toEqual([]);
  });
});
