/*
 * Calculator state lives in the query string so a result can be linked. URLSearchParams does the
 * encoding, so values such as "2000亿" or "1.5 trillion" survive a round trip.
 */

/**
 * A new search string with `updates` applied: a string sets (in place, if the key exists), null
 * removes. Unrelated parameters keep their values and order. Returns "" rather than "?" when
 * nothing is left, so it can be assigned to location.search or appended to a path as is.
 */
export function withParams(search: string, updates: Record<string, string | null>): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(updates)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The URL key of one calculator's field: `storage.params`. Inside the form the name stays `params`. */
export function fieldKey(calculator: string, field: string): string {
  return `${calculator}.${field}`;
}

/**
 * A calculator field's value from the query string: its own key (`storage.params`) wins; else the
 * unprefixed key (`params`), which fills every calculator of the page that has that field, so
 * links shared before calculators kept their own state still work. null when neither is present.
 */
export function readFieldParam(search: string, calculator: string, field: string): string | null {
  const params = new URLSearchParams(search);
  return params.get(fieldKey(calculator, field)) ?? params.get(field);
}
