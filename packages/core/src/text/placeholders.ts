/** The `{slot}` names a template fills (template.ts), sorted and each once: "{n} of {count}" → ["count", "n"]. */
export function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{([A-Za-z][\w-]*)\}/g), (match) => match[1]!))].sort();
}

const PLURAL_CATEGORIES = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A plural-forms object ({one, other}: template.ts PluralForms) rather than a group of named strings. */
function isPluralForms(value: object): boolean {
  const keys = Object.keys(value);
  return keys.includes('other') && keys.every((key) => PLURAL_CATEGORIES.has(key));
}

/** One difference between a translation and the source catalog it must mirror. */
export interface CatalogMismatch {
  /** Dotted path of the string, e.g. "calculators.serving.words.maxBatch". */
  path: string;
  problem: 'missing' | 'extra' | 'placeholders';
  source?: string[];
  translation?: string[];
}

/**
 * Compares a translated catalog with the source one (English): every string in the source must be
 * in the translation with the same placeholders, and the translation has no string the source
 * lacks. Plural forms are compared by their `other` form, since languages have different
 * categories (Chinese has only `other`). Functions and other non-string leaves are skipped.
 */
export function compareCatalogs(source: unknown, translation: unknown, path = ''): CatalogMismatch[] {
  if (typeof source === 'string') {
    if (typeof translation !== 'string') return [{ path, problem: 'missing' }];
    const [a, b] = [placeholders(source), placeholders(translation)];
    return a.join() === b.join() ? [] : [{ path, problem: 'placeholders', source: a, translation: b }];
  }
  if (source === null || typeof source !== 'object' || Array.isArray(source)) return [];
  if (translation === null || typeof translation !== 'object') return [{ path, problem: 'missing' }];
  if (isPluralForms(source)) {
    const other = (source as { other: string }).other;
    return Object.entries(translation).flatMap(([key, form]) => compareCatalogs(other, form, `${path}.${key}`));
  }
  const out: CatalogMismatch[] = [];
  for (const [key, value] of Object.entries(source)) out.push(...compareCatalogs(value, (translation as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  for (const key of Object.keys(translation)) if (!(key in source)) out.push({ path: path ? `${path}.${key}` : key, problem: 'extra' });
  return out;
}
