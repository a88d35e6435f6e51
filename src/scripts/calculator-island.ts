import { readFieldParam } from '../lib/query';

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
 * The part of a calculator every article page carries: a few hundred bytes that wait. Until the
 * reader reaches into the form, or a link carries its values, the page shows the defaults the build
 * worked out; then the driver (calculator-driver.ts) and the calculator's own arithmetic load, and
 * take over. Fields typed into while they load are noted, so nothing typed is lost.
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
    if (!linked(form, name)) await firstUse(form);
    const { driveCalculator, loadSpec } = await import('./calculator-driver');
    const spec = await loadSpec(name);
    // Only now does the driver listen: until here, what is typed is noted.
    form.removeEventListener('input', noteEarly);
    if (spec) driveCalculator(this, form, spec, typedEarly);
  }
}

customElements.define('calculator-island', CalculatorIsland);
