import { readFieldParam } from '../lib/query';
import { isUrlField, showLoadFailed, writeFieldParams } from './calculator-form';

/** Resolves when the reader first reaches into the form: focus, a tap, typing, a picked file. */
function firstUse(form: HTMLFormElement): Promise<void> {
  return new Promise((resolve) => {
    for (const type of ['focusin', 'pointerdown', 'input', 'change']) form.addEventListener(type, () => resolve(), { once: true });
  });
}

/** Whether the URL holds a value for one of the calculator's fields. */
function linked(form: HTMLFormElement, name: string): boolean {
  return [...form.elements].some((el) => {
    const field = el.getAttribute('name');
    return field !== null && readFieldParam(location.search, name, field) !== null;
  });
}

/**
 * Writes a typed field into the calculator's own URL key, as the driver would: where the code could
 * not load, so that the reload the page then suggests brings back what was typed.
 */
function keepInUrl(name: string, field: EventTarget | null): void {
  if (isUrlField(field)) writeFieldParams(name, { [field.name]: field.value === '' ? null : field.value }, location.hash);
}

/**
 * The driver, and the calculator's spec and sentences; undefined when any of them cannot be
 * fetched. The network can drop between the page and its first use: the reader is then told that
 * the results shown are still the example's, rather than left typing into a calculator that does
 * nothing.
 */
async function loadAll(name: string, messagesUrl: string) {
  try {
    const { driveCalculator, loadCalculator } = await import('./calculator-driver');
    const loaded = await loadCalculator(name, messagesUrl);
    return loaded && { driveCalculator, ...loaded };
  } catch {
    return undefined;
  }
}

/**
 * The part of a calculator every article page carries: a few hundred bytes that wait. Until the
 * reader reaches into the form, or a link carries its values, the page shows the defaults the build
 * worked out; then the driver (calculator-driver.ts), the calculator's own arithmetic and its
 * sentences in the page's language load, and take over. Fields typed into while they load are noted, so nothing typed is lost.
 */
class CalculatorIsland extends HTMLElement {
  async connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-calculator]');
    if (!form) return;
    const name = form.dataset.calculator ?? '';
    // Each field typed into (or preset picked) while the code loads, with the order of its last input.
    const typedEarly = new Map<EventTarget, number>();
    let inputs = 0;
    const noteEarly = (event: Event) => event.target && typedEarly.set(event.target, inputs++);
    form.addEventListener('input', noteEarly);
    // Enter in the model field, or its Read button, while the code loads: the read starts once it has.
    let readEarly = false;
    const noteRead = (event: Event) => {
      const target = event.target as Element | null;
      const enter = event instanceof KeyboardEvent && event.key === 'Enter' && !event.isComposing;
      if ((enter && target?.closest('.calc-model-row')) || (event.type === 'click' && target?.closest('[data-hub-read]'))) readEarly = true;
    };
    for (const type of ['keydown', 'click']) form.addEventListener(type, noteRead);
    if (!linked(form, name)) await firstUse(form);
    const calculator = await loadAll(name, this.dataset.messagesUrl ?? '');
    // Only now does the driver listen: until here, what is typed is noted.
    form.removeEventListener('input', noteEarly);
    for (const type of ['keydown', 'click']) form.removeEventListener(type, noteRead);
    if (calculator) {
      calculator.driveCalculator(this, form, calculator.spec, calculator.messages, typedEarly, readEarly);
      return;
    }
    showLoadFailed(form);
    for (const field of typedEarly.keys()) keepInUrl(name, field);
    form.addEventListener('input', (event) => keepInUrl(name, event.target));
  }
}

customElements.define('calculator-island', CalculatorIsland);
