import { fieldKey, withParams } from '../lib/query';
import { replaceUrl } from './url-state';

/*
 * What the island (calculator-island.ts) and the driver (calculator-driver.ts) both know of a
 * calculator's form, so the island's fallback, where the driver could not load, writes the URL
 * and shows the note exactly as the driver does.
 */

/** A control whose value is a field of the calculator's URL state. */
export type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Whether `el` is a named field whose text goes into the URL: not a button, not a file picker. */
export function isUrlField(el: unknown): el is Field {
  return (
    (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) &&
    el.name !== '' &&
    !(el instanceof HTMLInputElement && el.type === 'file')
  );
}

/**
 * Writes the calculator's own keys (`storage.params`) into the address in place, with `hash`:
 * each field name → its text, or null to drop the key.
 */
export function writeFieldParams(calculator: string, values: Readonly<Record<string, string | null>>, hash: string): void {
  const updates = Object.fromEntries(Object.entries(values).map(([field, value]) => [fieldKey(calculator, field), value]));
  replaceUrl(`${location.pathname}${withParams(location.search, updates)}${hash}`);
}

/** Shows the form's note that its code could not load, so its results are still the example's. */
export function showLoadFailed(form: HTMLFormElement): void {
  form.querySelector<HTMLElement>('.calc-load-failed')?.removeAttribute('hidden');
}
