import { describe, expect, it } from 'vitest';
import { excerptPieces, fillTemplate, normalizeQuery, otherLanguageOfQuery, pluralTemplate, wellFormed } from './search-text';
import { htmlLang } from '@llm-scale/core/text/lang';
import { fill, plural } from '@llm-scale/core/text/template';
import { ui } from '../i18n/ui';

describe('normalizeQuery', () => {
  it.each([
    ['ＧＰＴ', 'GPT'],
    ['ＧＰＴ－４ｏ', 'GPT-4o'],
    ['ＫＶ\u3000ｃａｃｈｅ', 'KV cache'],
    ['  KV   cache ', 'KV cache'],
    ['１６００ ＧＢ', '1600 GB'],
    ['量化', '量化'],
    ['KV 缓存', 'KV 缓存'],
    ["$'", "$'"],
  ])('%j searches as %j', (query, normalized) => {
    expect(normalizeQuery(query)).toBe(normalized);
  });
});

describe('excerptPieces', () => {
  it.each([
    // The space between two highlighted words, and beside one, is kept.
    ['the <mark>KV</mark> <mark>cache</mark> grows', [['the ', false], ['KV', true], [' ', false], ['cache', true], [' grows', false]]],
    ['an <mark>approximate</mark> size', [['an ', false], ['approximate', true], [' size', false]]],
    // Pagefind marks a word with its trailing space inside the highlight; adjacent highlights merge.
    ['<mark>KV </mark><mark>cache</mark>）', [['KV cache', true], ['）', false]]],
    ['x &lt; y &gt; z &amp; &\\approx', [['x < y > z &amp; &\\approx', false]]],
    ['<mark>量化</mark>方法', [['量化', true], ['方法', false]]],
    ['', []],
  ] as const)('%j', (excerpt, pieces) => {
    expect(excerptPieces(excerpt).map((p) => [p.text, p.marked])).toEqual(pieces);
  });
});

// The search page's copies of core/text/template.ts's fill and plural give the same text as the originals.
describe('the search page’s messages', () => {
  it.each([
    ['Nothing found for “{query}”.', { query: '$&$`$$' }, 'Nothing found for “$&$`$$”.'],
    ['没有找到与“{query}”相关的内容。', { query: "a$'b" }, "没有找到与“a$'b”相关的内容。"],
    ['{query}', { query: '{count}' }, '{count}'],
    ['{repo}: {n} files', { repo: 'org/{n}', n: '3' }, 'org/{n}: 3 files'],
    ['{other-precision} and {toString}', { 'other-precision': 'bf16' }, 'bf16 and {toString}'],
  ])('%j with %j', (template, values, text) => {
    expect(fillTemplate(template, values)).toBe(text);
    expect(fill(template, values)).toBe(text);
  });
  it.each<['en' | 'zh', number, string]>([
    ['en', 1, '1 result'],
    ['en', 0, '0 results'],
    ['en', 4, '4 results'],
    ['zh', 1, '共 1 条结果'],
  ])('%s: %d results', (lang, count, text) => {
    expect(pluralTemplate(ui[lang].searchResults, count, String(count), htmlLang(lang))).toBe(text);
    expect(plural(ui[lang].searchResults, count, String(count), lang)).toBe(text);
  });
});

describe('queries that used to throw or find nothing (issue 27)', () => {
  it('replaces a lone surrogate, so encodeURIComponent does not throw', () => {
    const lone = 'GPT \uD83D';
    expect(() => encodeURIComponent(lone)).toThrow(URIError);
    expect(wellFormed(lone)).toBe('GPT \uFFFD');
    expect(() => encodeURIComponent(wellFormed(lone))).not.toThrow();
    expect(normalizeQuery('\uDC00 显存')).toBe('\uFFFD 显存');
    expect(wellFormed('😀 ok')).toBe('😀 ok');
  });

  it('points a Chinese query on the English page to the Chinese search', () => {
    expect(otherLanguageOfQuery('显存', 'en')).toBe('zh');
    expect(otherLanguageOfQuery('KV 缓存', 'en')).toBe('zh');
    expect(otherLanguageOfQuery('VRAM', 'en')).toBeNull();
    expect(otherLanguageOfQuery('显存', 'zh')).toBeNull();
  });
});

describe('excerptPieces tidies what Pagefind adds to Chinese text', () => {
  const text = (excerpt: string) => excerptPieces(excerpt).map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');
  it.each<[string, string]>([
    ['. 所有专家都要放在<mark>显存</mark>里', '所有专家都要放在[显存]里'],
    ['模式，不是存储格式. 更正. <mark>存储</mark>需求. 权重', '模式，不是存储格式。更正。[存储]需求。权重'],
    ['<mark>存储需求</mark>. 权重', '[存储需求]。权重'],
    ['Storage. The weights take 1.6 TB.', 'Storage. The weights take 1.6 TB.'],
    ['3.5. 模型', '3.5. 模型'],
  ])('%s', (excerpt, expected) => {
    expect(text(excerpt)).toBe(expected);
  });
});
