import { htmlLang, type Lang } from './lang';

/*
 * The one message syntax of the site, the command and the core: sentences with `{name}` slots, as
 * the language files write them ("{share} of the {bf16} at bf16"), and plural forms chosen by
 * Intl.PluralRules (`plural`). Slot names are those placeholders.ts finds: a letter, then letters,
 * digits, _ or -.
 */

/**
 * `template` with each `{name}` replaced by `values[name]`, in one pass, so a value is inserted as
 * given: a reader's own text that holds "$&" or "$'" (which String.replace's replacement strings
 * would expand) or another slot's name ("{n}") stays as typed. Unknown slots are left as written.
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z][\w-]*)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? values[name]! : slot));
}

/** Plural forms of one phrase, keyed by Intl.PluralRules categories; `other` is required. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

const rules = new Map<Lang, Intl.PluralRules>();

/**
 * The plural form for `n` in `lang` (Intl.PluralRules), with `{n}` filled by `shown`, the number
 * as already formatted: en "1 byte" / "2 bytes", zh "2 字节".
 */
export function plural(forms: PluralForms, n: number, shown: string, lang: Lang): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(htmlLang(lang));
    rules.set(lang, rule);
  }
  return fill(forms[rule.select(n)] ?? forms.other, { n: shown });
}
