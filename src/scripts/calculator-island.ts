import { CALCULATORS } from '../calculators/registry';
import type { Lang } from '../lib/lang';
import { readParam, withParams } from '../lib/query';

/** Fired on document when a calculator wrote the URL, so calculators sharing a parameter follow. */
const STATE_EVENT = 'calculator-state';

type Field = HTMLInputElement | HTMLSelectElement;

/**
 * Drives one `<form data-calculator>`: reads its fields from the query string on load, recomputes on
 * every input, writes the fields back with history.replaceState so the result can be linked, and
 * marks fields it cannot read. Results are written with textContent only, never as HTML.
 */
class CalculatorIsland extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-calculator]');
    const calculator = form && CALCULATORS[form.dataset.calculator ?? ''];
    if (!form || !calculator) return;
    const lang: Lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
    const fields = [...form.elements].filter(
      (el): el is Field => (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && el.name !== '',
    );
    // A select cannot hold a value that is not one of its options (say ?precision=fp12 from a
    // hand-edited link), so that raw value is kept here until the reader picks a real option.
    const unmatched = new Map<Field, string>();

    const readUrl = (): boolean => {
      let changed = false;
      for (const field of fields) {
        const value = readParam(location.search, field.name);
        if (value === null) continue;
        if (field instanceof HTMLSelectElement && ![...field.options].some((o) => o.value === value)) {
          if (unmatched.get(field) !== value) changed = true;
          unmatched.set(field, value);
        } else if (field.value !== value || unmatched.has(field)) {
          field.value = value;
          unmatched.delete(field);
          changed = true;
        }
      }
      return changed;
    };

    const render = () => {
      const values = Object.fromEntries(fields.map((f) => [f.name, unmatched.get(f) ?? f.value]));
      const view = calculator(values, lang);
      for (const field of fields) {
        const message = view.errors[field.name];
        const error = document.getElementById(`${field.id}-error`);
        if (message) field.setAttribute('aria-invalid', 'true');
        else field.removeAttribute('aria-invalid');
        if (error) error.textContent = message ?? '';
      }
      for (const [name, text] of Object.entries(view.outputs)) {
        for (const el of this.querySelectorAll(`output[name="${name}"], [data-out="${name}"]`)) el.textContent = text;
      }
    };

    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', (event) => {
      const field = event.target as Field;
      unmatched.delete(field);
      render();
      const search = withParams(location.search, { [field.name]: field.value === '' ? null : field.value });
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
      document.dispatchEvent(new CustomEvent(STATE_EVENT, { detail: this }));
    });
    document.addEventListener(STATE_EVENT, (event) => {
      if ((event as CustomEvent).detail !== this && readUrl()) render();
    });
    if (readUrl()) render();
  }
}

customElements.define('calculator-island', CalculatorIsland);
