import { htmlLang, type Lang } from './lang';

/*
 * Sentences with slots, as the language files write them: "{share} of the {bf16} at bf16".
 * Filled with split/join rather than String.replace, whose replacement string treats "$&", "$'"
 * and friends specially, so a value such as a reader's own text is always inserted as typed.
 */

/** `template` with each `{name}` replaced by `values[name]`; unknown slots are left as written. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  let text = template;
  for (const [name, value] of Object.entries(values)) text = text.split(`{${name}}`).join(value);
  return text;
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
