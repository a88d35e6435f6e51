import type { CalculatorMessages } from '../calculators/run';
import type { AnyCalculator, FieldSpec } from '../calculators/spec';
import { readField } from '../calculators/read-field';
import { formatCount, formatExact, formatNumber } from '@llm-scale/core/text/format';
import { MAX_COUNT } from '@llm-scale/core/numbers/parse-count';
import { htmlLang, type Lang } from '@llm-scale/core/text/lang';
import { PRECISIONS } from '@llm-scale/core/memory/precision';
import { spaceBetweenScripts } from '../lib/space-scripts';
import { fill } from '@llm-scale/core/text/template';
import { LANGS } from '@llm-scale/core/text/lang';
import type { CalculatorStrings, ChoiceFieldStrings, FieldStrings, FieldWords, LanguageCalculatorStrings } from './calculator-strings';
import { calculators as en } from './en/calculators';
import { calculators as zh } from './zh/calculators';
import { CALCULATORS, folderOf } from '../calculators/registry';

/** The strings every calculator shares, in every language of the site (build time only: the browser gets messages). */
export const calculatorStrings: Record<Lang, LanguageCalculatorStrings> = { en, zh };

const own = import.meta.glob<CalculatorStrings<AnyCalculator>>('../calculators/*/i18n/*.ts', { eager: true, import: 'default' });

/**
 * One calculator's own strings in `lang`: src/calculators/<name>/i18n/<lang>.ts. Throws (the build
 * fails) for a calculator without a file for one of the site's languages, naming the file.
 */
export function stringsOf(name: string, lang: Lang): CalculatorStrings<AnyCalculator> {
  const strings = own[`../calculators/${name}/i18n/${lang}.ts`];
  if (!strings) throw new Error(`src/calculators/${name}/i18n/${lang}.ts is missing: every calculator has its strings in each of the site's languages (${LANGS.join(', ')}).`);
  return strings;
}

/** The calculators whose folder has a strings file for a language the site does not have, or lacks one it has (a test keeps this empty). */
export function stringFileProblems(): string[] {
  const problems: string[] = [];
  for (const path of Object.keys(own)) {
    const lang = path.split('/').pop()!.replace(/\.ts$/, '');
    if (!(LANGS as readonly string[]).includes(lang)) problems.push(`${path}: not a language of the site`);
    if (!Object.hasOwn(CALCULATORS, path.split('/')[2] ?? '')) problems.push(`${path}: no calculator ${folderOf(path.slice(3))}`);
  }
  for (const name of Object.keys(CALCULATORS))
    for (const lang of LANGS) if (!own[`../calculators/${name}/i18n/${lang}.ts`]) problems.push(`src/calculators/${name}/i18n/${lang}.ts is missing`);
  return problems;
}

/** The bound a field's parser enforces: its spec's min or max, and 10¹⁵ for every count. */
export function fieldLimit(field: FieldSpec, bound: 'min' | 'max'): number | undefined {
  if (field.kind === 'count') return bound === 'max' ? MAX_COUNT : undefined;
  if (bound === 'min') return 'min' in field ? field.min : undefined;
  return 'max' in field ? field.max : undefined;
}

/**
 * A field's bound as its messages state it, so that a reader who types the stated limit back gets
 * it accepted (and one more refused). Whole-number limits read as counts in the audience's units
 * (10M accelerators, 10万, 1亿 个 token), decimal ones as plain numbers (0.001, 100,000), but only
 * when the field reads that text back as exactly the bound: otherwise every digit, with Intl
 * grouping. The context field is why: it reads M as 1024², so "100M tokens" would mean 104,857,600
 * there and be refused by its own limit; it says "100,000,000 tokens" instead, the same number
 * unambiguously (the limit stays a round decimal 10⁸, a typo guard rather than a model's window).
 */
export function limitText(field: FieldSpec, bound: 'min' | 'max', lang: Lang): string {
  const value = fieldLimit(field, bound);
  if (value === undefined) return '';
  const whole = field.kind === 'count' || field.kind === 'integer' || field.kind === 'context';
  const short = whole ? formatCount(value, lang) : formatNumber(value, lang, 3);
  const reading = readField(field, short);
  return reading.ok && reading.value === value ? short : formatExact(value, lang);
}

/**
 * The sentences one calculator can show in `lang`, built from the language's templates, each
 * field's words and the limits its spec enforces (so a message cannot state another bound than
 * the parser's). Rendered into the page; the browser only looks them up.
 */
export function calculatorMessages(spec: AnyCalculator, lang: Lang): CalculatorMessages {
  const strings = calculatorStrings[lang];
  const text = stringsOf(spec.name, lang);
  const formats = new Intl.ListFormat(htmlLang(lang), { type: 'disjunction' });
  const errors: CalculatorMessages['errors'] = {};
  const fieldStrings = text.fields as Record<string, FieldStrings | ChoiceFieldStrings>;
  const optionWords = (field: string): Record<string, string> => {
    const text = fieldStrings[field];
    return text && 'options' in text ? text.options : {};
  };
  const options: Record<string, Record<string, string>> = {};
  for (const field of spec.fields) {
    if (field.kind === 'choice') options[field.name] = optionWords(field.name);
    const words = (text.fieldWords as Record<string, FieldWords | undefined>)[field.name];
    if (!words) throw new Error(`src/calculators/${spec.name}/i18n/${lang}.ts: fieldWords has no entry for its field "${field.name}".`);
    const slots = {
      noun: words.noun,
      example: words.example,
      forms: words.forms ?? words.example,
      plain: words.plain ?? words.example,
      unit: words.unit ?? '',
      min: limitText(field, 'min', lang),
      max: limitText(field, 'max', lang),
      // The formats this select offers (a KV cache is not offered fp64).
      list: formats.format(
        field.kind === 'choice'
          ? field.options.map((option) => `“${optionWords(field.name)[option] ?? option}”`)
          : field.kind === 'format' && field.options
            ? field.options
            : PRECISIONS.map((p) => p.id),
      ),
    };
    const templates = strings.errors[field.kind];
    errors[field.name] = Object.fromEntries(
      Object.entries(templates).map(([code, template]) => [code, spaceBetweenScripts(code === 'empty' && words.empty ? words.empty : fill(template, slots))]),
    );
  }
  return { errors, suggestions: strings.suggestions, words: text.words, options };
}
