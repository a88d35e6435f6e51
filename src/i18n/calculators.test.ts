import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readField } from '../calculators/read-field';
import { CALCULATORS } from '../calculators/registry';
import type { FieldSpec } from '../calculators/spec';
import { LANGS } from '@llm-scale/core/text/lang';
import { KNOWN_MODEL_TYPES } from '@llm-scale/core/configs/families';
import { calculatorMessages, fieldLimit, limitText, stringFileProblems, stringsOf } from './calculators';

/**
 * The numbers a sentence states: digits with separators and a point, a power of ten written with
 * superscripts, and a unit a field reads (k, M, B, T, 万, 亿, 万亿). Not inside a word: fp64 is a name.
 */
const NUMBER = /(?<![\p{L}\d])(?:\d[\d,.]*\d|\d)(?:\s?×\s?10[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?(?:万亿|亿|万|[kMBT](?![\p{L}]))?/gu;

/** Text just past a bound: one more for whole numbers, a thousandth more (or a tenth less) for decimals. */
function pastBound(field: FieldSpec, bound: 'min' | 'max', limit: number): string {
  const whole = field.kind === 'count' || field.kind === 'integer' || field.kind === 'context';
  if (bound === 'max') return whole ? String(limit + 1) : String(limit + 0.001);
  return String(limit - limit / 10);
}

const cases = Object.values(CALCULATORS).flatMap((spec) =>
  LANGS.flatMap((lang) =>
    spec.fields.flatMap((field) =>
      (['max', 'min'] as const)
        .filter((bound) => fieldLimit(field, bound) !== undefined)
        .map((bound) => ({ name: `${spec.name}.${field.name} ${bound} (${lang})`, spec, lang, field, bound })),
    ),
  ),
);

describe('every limit a message states is the limit the field enforces', () => {
  it('covers every bounded field of every calculator', () => {
    expect(cases.map((c) => c.name)).toContain('serving.context max (en)');
    expect(cases.map((c) => c.name)).toContain('storage.params max (zh)');
    expect(cases.map((c) => c.name)).toContain('training.utilization min (zh)');
  });

  it.each(cases)('$name: typed back as written it is accepted, and one past it refused', ({ spec, lang, field, bound }) => {
    const limit = fieldLimit(field, bound)!;
    const code = bound === 'max' ? 'too-large' : 'too-small';
    const sentence = calculatorMessages(spec, lang).errors[field.name]?.[code];
    expect(sentence, 'a message for the bound').toBeDefined();
    expect(sentence).toContain(limitText(field, bound, lang));
    const stated = sentence!.match(NUMBER) ?? [];
    expect(stated.length, sentence).toBeGreaterThan(0);
    for (const number of stated) expect(readField(field, number), `${number} in “${sentence}”`).toMatchObject({ ok: true, value: limit });
    expect(readField(field, pastBound(field, bound, limit))).toEqual({ ok: false, error: code });
  });

  // en: in digits, since the field reads M as 1024²; zh: 亿 is 10⁸ in every field.
  it.each([
    ['en', '100,000,000'],
    ['zh', '1亿'],
  ] as const)('the serving context limit (%s) is stated as %j, not as 100M', (lang, text) => {
    const context = CALCULATORS.serving.fields.find((f) => f.name === 'context')!;
    expect(limitText(context, 'max', lang)).toBe(text);
    expect(readField(context, '100M')).toEqual({ ok: false, error: 'too-large' });
  });

  it.each([
    ['en', 'context', 'The context length can be at most 100,000,000 tokens.'],
    ['zh', 'context', '上下文长度最多为 1亿 个 token。'],
    ['en', 'params', 'The parameter count can be at most 1000T (10¹⁵).'],
    ['zh', 'params', '参数量最多为 1000万亿（即 10¹⁵、1000T）。'],
    ['en', 'devices', 'The number of accelerators can be at most 100,000.'],
    ['zh', 'devices', '加速卡数量最多为 10万。'],
  ] as const)('serving (%s): the %s limit reads “%s”', (lang, name, sentence) => {
    expect(calculatorMessages(CALCULATORS.serving, lang).errors[name]?.['too-large']).toBe(sentence);
  });
});

describe('the config field names every model type the counter knows', () => {
  it.each(LANGS)('%s', (lang) => {
    const hint = (stringsOf('parameters', lang).fields as Record<string, { hint?: string }>).config?.hint ?? '';
    const listed = /[:：]\s*([a-z0-9_,、 ]+)[;；]/.exec(hint)?.[1]?.split(/[,、]\s*/) ?? [];
    expect([...listed].sort(), `the known model types listed in the config field's hint, src/calculators/parameters/i18n/${lang}.ts, must be the counter's (families.ts)`).toEqual(
      [...KNOWN_MODEL_TYPES].sort(),
    );
  });
});

describe('each calculator folder has its tests', () => {
  it.each(Object.keys(CALCULATORS))('src/calculators/%s/%s.test.ts', (name) => {
    expect(existsSync(fileURLToPath(new URL(`../calculators/${name}/${name}.test.ts`, import.meta.url)))).toBe(true);
  });
});

describe('each calculator folder has its strings in every language of the site, and no others', () => {
  it('src/calculators/<name>/i18n/<lang>.ts', () => {
    expect(stringFileProblems()).toEqual([]);
  });
});
