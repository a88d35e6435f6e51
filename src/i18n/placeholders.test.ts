import { describe, expect, it } from 'vitest';
import { compareCatalogs, placeholders } from '@llm-scale/core/text/placeholders';
import { CONVENTIONS } from '@llm-scale/core/text/conventions';
import { LANGS } from '@llm-scale/core/text/lang';
import { calculatorStrings, stringsOf } from './calculators';
import { CALCULATORS } from '../calculators/registry';
import { ui } from './ui';
import { chartStrings } from './charts';
import { MESSAGES } from '@llm-scale/core/text/messages';

describe('placeholders', () => {
  it.each([
    ['{n} of {count}', ['count', 'n']],
    ['{share} of the {bf16} at bf16, {share}', ['bf16', 'share']],
    ['no slots \\{64\\}', []],
    ['{key-name} and {}', ['key-name']],
  ])('%s', (template, expected) => expect(placeholders(template)).toEqual(expected));
});

describe('compareCatalogs', () => {
  it('names a dropped, an added and a renamed placeholder, and missing and extra strings', () => {
    const en = { a: '{n} of {count}', b: { c: '{x}' }, d: 'plain', forms: { one: '{n} byte', other: '{n} bytes' } };
    const zh = { a: '{n}', b: { c: '{x} {y}' }, e: 'extra', forms: { other: '{m} 字节' } };
    expect(compareCatalogs(en, zh)).toEqual([
      { path: 'a', problem: 'placeholders', source: ['count', 'n'], translation: ['n'] },
      { path: 'b.c', problem: 'placeholders', source: ['x'], translation: ['x', 'y'] },
      { path: 'd', problem: 'missing' },
      { path: 'forms.other', problem: 'placeholders', source: ['n'], translation: ['m'] },
      { path: 'e', problem: 'extra' },
    ]);
  });
});

// Every translation of the site's strings has the English strings' placeholders, no more and no fewer:
// a dropped {n} would print a sentence without its number, an added one would print "{n}" as typed.
/**
 * Templates whose code fills several slots for the languages to choose from, so a translation may
 * use another of them: each entry says which, and why.
 */
const CHOICES: Record<string, { slots: string[]; why: string }> = {
  'timeline.month': {
    slots: ['month', 'monthShort', 'year'],
    why: 'a month as each language writes it: English with its short name from Intl (Aug 2025), Chinese with its number (2025 年 8 月)',
  },
  'brain.words.belowOne': {
    slots: ['ratio', 'share'],
    why: 'a count below the neurons: English writes the ratio (0.0814×), Chinese the share (约为神经元数的 8.14%), as each language says it',
  },
};

describe.each(LANGS.filter((lang) => lang !== 'en'))('the %s strings mirror the English ones', (lang) => {
  it.each(Object.keys(CALCULATORS))('the %s calculator', (name) => {
    const mismatches = compareCatalogs(stringsOf(name, 'en'), stringsOf(name, lang)).filter((m) => {
      const choice = CHOICES[`${name}.${m.path}`];
      return !(choice && m.problem === 'placeholders' && m.translation!.length === 1 && choice.slots.includes(m.translation![0]!));
    });
    expect(mismatches).toEqual([]);
  });
  it('charts', () => {
    const mismatches = compareCatalogs(chartStrings.en, chartStrings[lang]).filter((m) => {
      const choice = CHOICES[m.path];
      return !(choice && m.problem === 'placeholders' && m.translation!.every((slot) => choice.slots.includes(slot)));
    });
    expect(mismatches).toEqual([]);
  });
  it('what the calculators share', () => {
    const mismatches = compareCatalogs(calculatorStrings.en, calculatorStrings[lang]).filter((m) => {
      const choice = CHOICES[m.path];
      return !(choice && m.problem === 'placeholders' && m.translation!.length === 1 && choice.slots.includes(m.translation![0]!));
    });
    expect(mismatches).toEqual([]);
  });
  it('site chrome', () => expect(compareCatalogs(ui.en, ui[lang])).toEqual([]));
  it('the core package’s sentences (the site’s and the command’s)', () => expect(compareCatalogs(MESSAGES.en, MESSAGES[lang])).toEqual([]));
  it('writing conventions', () => expect(compareCatalogs(CONVENTIONS.en, CONVENTIONS[lang])).toEqual([]));
});
