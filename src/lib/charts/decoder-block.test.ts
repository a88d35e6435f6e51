import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartStrings } from '../../i18n/charts';
import { formatExact } from '@llm-scale/core/text/format';
import { LANGS } from '@llm-scale/core/text/lang';
import { countParameters } from '@llm-scale/core/configs';
import { plainText } from './svg-model';
import { blockRows, blockTextWidth, decoderParts, layoutDecoderBlock, textFits } from './decoder-block';
import { fill } from '@llm-scale/core/text/template';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../packages/core/fixtures/configs/${name}`, import.meta.url), 'utf8'));
const expected = fixture('expected.json').fixtures as Record<string, { total: number; breakdown: Record<string, number> }>;
const counted = (name: string) => {
  const r = countParameters(fixture(name));
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('decoderParts on Llama 3.1 8B', () => {
  const parts = decoderParts(counted('llama-3.1-8b.json'));
  const p = parts.ok ? parts.value : null;
  const want = expected['llama-3.1-8b.json']!;

  it('splits the counter’s count into the parts the article names', () => {
    expect(p).not.toBeNull();
    // The article's term-by-term table (counting-parameters.mdx, worked example), and facts.md.
    expect(p).toMatchObject({
      embeddings: 525_336_576,
      q: 16_777_216,
      k: 4_194_304,
      v: 4_194_304,
      o: 16_777_216,
      attention: 41_943_040,
      mlp: 176_160_768,
      inputNorm: 4096,
      postNorm: 4096,
      layer: 218_112_000,
      layers: 6_979_584_000,
      finalNorm: 4096,
      head: 525_336_576,
      total: 8_030_261_248,
    });
  });

  it('adds up to what transformers counts (expected.json)', () => {
    expect(p!.total).toBe(want.total);
    expect(32 * p!.attention).toBe(want.breakdown.attention);
    expect(32 * p!.mlp).toBe(want.breakdown.mlp);
    expect(p!.embeddings).toBe(want.breakdown.embeddings);
    expect(p!.head).toBe(want.breakdown.outputHead);
  });
});

describe('decoderParts refuses what its formulas do not describe', () => {
  it.each(['mixtral-8x7b.json', 'gpt2.json', 'qwen2.5-7b.json', 'deepseek-v3.json', 'gemma-2-9b.json'])('%s', (name) => {
    expect(decoderParts(counted(name))).toEqual({ ok: false, error: 'not-a-plain-decoder' });
  });

  it('accepts another plain Llama-style decoder, with a tied head', () => {
    const r = decoderParts(counted('llama-3.2-3b.json'));
    expect(r.ok && r.value.head).toBe(0);
    expect(r.ok && r.value.total).toBe(expected['llama-3.2-3b.json']!.total);
  });
});

describe.each(LANGS)('the diagram (%s)', (lang) => {
  const parts = decoderParts(counted('llama-3.1-8b.json'));
  if (!parts.ok) throw new Error(parts.error);
  const words = chartStrings[lang].block;
  const fmt = (n: number) => formatExact(n, lang);
  const model = layoutDecoderBlock(parts.value, words, fmt);
  const texts = model.texts.map((t) => plainText(t.text));

  it('shows every part’s count and the total, as the counter gives them', () => {
    for (const n of [525_336_576, 16_777_216, 4_194_304, 41_943_040, 58_720_256, 176_160_768, 4096, 218_112_000, 8_030_261_248]) {
      expect(texts).toContain(fmt(n));
    }
    expect(texts.filter((s) => s === fmt(4_194_304))).toHaveLength(2); // k_proj and v_proj
  });

  it('labels the grouped key/value heads with the counts of the config', () => {
    expect(texts).toContain(fill(words.queryHeads, { n: '32' }));
    expect(texts).toContain(fill(words.kvHeads, { n: '8', group: '4' }));
  });

  it('fits every line across its width, and no name runs into the count on its line', () => {
    expect(textFits(model)).toBe(true);
    for (const a of model.texts) {
      if (a.anchor !== 'end') continue;
      const left = a.x - blockTextWidth(a);
      for (const b of model.texts) {
        if (b === a || b.y !== a.y || b.anchor) continue;
        expect(b.x + blockTextWidth(b), `${plainText(b.text)} / ${plainText(a.text)}`).toBeLessThan(left);
      }
    }
  });

  it('keeps every box inside the drawing and boxes apart from one another', () => {
    for (const r of model.rects) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.w).toBeLessThanOrEqual(model.width);
      expect(r.y + r.h).toBeLessThanOrEqual(model.height);
    }
    const boxes = model.rects.filter((r) => r.cls.startsWith('block-box')).sort((a, b) => a.y - b.y);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.h);
  });

  it('lists the same rows for its table', () => {
    const rows = blockRows(parts.value, words, fmt);
    expect(rows.attention.map((r) => r.name)).toEqual(['q_proj', 'k_proj', 'v_proj', 'o_proj']);
    expect(rows.mlp.map((r) => r.params).reduce((a, b) => a + b)).toBe(parts.value.mlp);
  });
});
