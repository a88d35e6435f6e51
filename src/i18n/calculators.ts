import type { CalculatorMessages } from '../calculators/run';
import type { AnyCalculator, FieldSpec } from '../calculators/spec';
import { formatCount, formatNumber } from '../lib/format';
import { htmlLang, type Lang } from '../lib/lang';
import { PRECISIONS } from '../lib/precision';
import { spaceBetweenScripts } from '../lib/space-scripts';
import { fill } from '../lib/template';
import type { LanguageCalculatorStrings } from './calculator-strings';
import { calculators as en } from './en/calculators';
import { calculators as zh } from './zh/calculators';

/** The calculators' strings in every language of the site (build time only: the browser gets messages). */
export const calculatorStrings: Record<Lang, LanguageCalculatorStrings> = { en, zh };

function limit(field: FieldSpec, bound: 'min' | 'max', lang: Lang): string {
  const value = bound === 'min' ? ('min' in field ? field.min : undefined) : 'max' in field ? field.max : undefined;
  if (value === undefined) return '';
  // Whole-number limits read as counts (100M tokens, 1亿 个 token); decimal ones as plain numbers.
  return field.kind === 'integer' || field.kind === 'context' ? formatCount(value, lang) : formatNumber(value, lang, 3);
}

/**
 * The sentences one calculator can show in `lang`, built from the language's templates, each
 * field's words and the limits its spec enforces (so a message cannot state another bound than
 * the parser's). Rendered into the page; the browser only looks them up.
 */
export function calculatorMessages(spec: AnyCalculator, lang: Lang): CalculatorMessages {
  const strings = calculatorStrings[lang];
  const formats = new Intl.ListFormat(htmlLang(lang), { type: 'disjunction' });
  const errors: CalculatorMessages['errors'] = {};
  for (const field of spec.fields) {
    const words = strings.fieldWords[field.name];
    if (!words) throw new Error(`src/i18n/${lang}/calculators.ts: fieldWords has no entry for the field "${field.name}" of the ${spec.name} calculator.`);
    const slots = {
      noun: words.noun,
      example: words.example,
      forms: words.forms ?? words.example,
      plain: words.plain ?? words.example,
      unit: words.unit ?? '',
      min: limit(field, 'min', lang),
      max: limit(field, 'max', lang),
      // The formats this select offers (a KV cache is not offered fp64).
      list: formats.format(field.kind === 'format' && field.options ? field.options : PRECISIONS.map((p) => p.id)),
    };
    const templates = strings.errors[field.kind];
    errors[field.name] = Object.fromEntries(
      Object.entries(templates).map(([code, template]) => [code, spaceBetweenScripts(code === 'empty' && words.empty ? words.empty : fill(template, slots))]),
    );
  }
  const name = spec.name as keyof LanguageCalculatorStrings['calculators'];
  return { errors, suggestions: strings.suggestions, words: strings.calculators[name].words };
}
