import { loaderOf } from '../calculators/browser-registry';
import { NO_RESULT, runCalculator, staleError, type CalculatorMessages } from '../calculators/run';
import { matchChoice } from '../calculators/read-field';
import type { AnyCalculator } from '../calculators/spec';
import type { HubState } from '../calculators/hub-model';
import { LANGS, htmlLang, type Lang } from '@llm-scale/core/text/lang';
import { matchPrecision } from '@llm-scale/core/memory/precision';
import { readFieldParam } from '../lib/query';
import { joinUnits } from '../lib/typeset';
import { isUrlField, showLoadFailed, writeFieldParams, type Field } from './calculator-form';
import type { CheckpointWorkerMessage, CheckpointWorkerRequest } from './checkpoint-worker';
import { driveModelField } from './hub-field';

/** How long typing must pause before the headline is announced: long enough to skip each keystroke. */
const ANNOUNCE_AFTER_MS = 800;

/** A config from a link is compact JSON: laid out again for the reader. */
function readable(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

const pageLang = (): Lang => LANGS.find((lang) => htmlLang(lang) === document.documentElement.lang) ?? LANGS[0];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether parsed JSON has the shape calculatorMessages (src/i18n/calculators.ts) builds. */
function isMessages(value: unknown): value is CalculatorMessages {
  return isRecord(value) && isRecord(value.errors) && isRecord(value.suggestions) && isRecord(value.words);
}

/** The sentences of a calculator in the page's language, built as JSON; undefined when they cannot be had. */
async function loadMessages(url: string): Promise<CalculatorMessages | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    const messages: unknown = await response.json();
    // A page from before a deploy can fetch the sentences of after it: take them only in their shape.
    return isMessages(messages) ? messages : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The spec of the calculator named `name`, from its own chunk, and its sentences, from
 * `messagesUrl` (src/pages/[lang]/calculator-messages/), both at once; undefined for an unknown
 * name, or when either cannot be loaded (the page then keeps the results the build worked out).
 */
export async function loadCalculator(name: string, messagesUrl: string): Promise<{ spec: AnyCalculator; messages: CalculatorMessages } | undefined> {
  const [spec, messages] = await Promise.all([loaderOf(name)?.(), loadMessages(messagesUrl)]);
  return spec && messages ? { spec, messages } : undefined;
}

/**
 * Drives one `<form data-calculator>` inside its `<calculator-island>` by its spec, once the
 * island's small loader (calculator-island.ts) has seen the reader reach into the form or a link
 * carry its values: reads the calculator's own URL keys (`storage.params`, else the shared
 * `params`), recomputes on every input, writes its own keys back with history.replaceState
 * together with its #id (so the link lands on it), and marks the fields it cannot read. Its
 * sentences (`messages`) were built for the page's language; results are written with textContent
 * only, never as HTML. `typedEarly` holds the fields typed into (and the preset picked) while this code
 * loaded, each with the order of its last input: they keep what was typed, which is written to
 * the URL, and neither the URL's older values nor a preset picked before them overwrite them.
 * `readEarly`: the reader asked to read the model field's model (Enter, Read) while this code loaded.
 */
export function driveCalculator(
  island: HTMLElement,
  form: HTMLFormElement,
  spec: AnyCalculator,
  messages: CalculatorMessages,
  typedEarly: ReadonlyMap<EventTarget, number>,
  readEarly = false,
): void {
  const name = spec.name;
  const lang = pageLang();
  const anchor = `#${name}-calculator`;
  const fields = [...form.elements].filter(isUrlField);
  const specField = (fieldName: string) => spec.fields.find((f) => f.name === fieldName);
  // The model list and, where a calculator has one, the accelerator list.
  const presets = [...form.querySelectorAll<HTMLSelectElement>('select[data-preset], select[data-preset-accelerators]')];
  const presetValues = (preset: HTMLSelectElement): Record<string, string> =>
    preset.value === '' ? {} : (JSON.parse(preset.selectedOptions[0]?.dataset.values ?? '{}') as Record<string, string>);
  // A select cannot show a value that is none of its options (?precision=fp12 from a hand-edited
  // link): it keeps the option it shows, the results use that option, and the field says the link's
  // text was ignored and which option is used, until the reader picks one (or a preset does).
  const ignoredLink = new Map<Field, string>();

  // A config decides some other fields (parameters, layers, heads…): they show the values the
  // calculation uses, read-only while the config is there, and editable again once it is gone.
  const decided = new Set<HTMLInputElement | HTMLTextAreaElement>();
  // What the fields held before a config decided them, so clearing the config gives them back
  // rather than leaving its parameter count beside another model's attention layout.
  const beforeConfig = new Map<Field, string>();
  const fillFromConfig = (field: Field): Field[] => {
    const config = specField(field.name);
    if (config?.kind !== 'config' || !config.fills) return [];
    const filled = config.fills(field.value);
    for (const other of decided) other.readOnly = false;
    decided.clear();
    if (field.value.trim() === '' && beforeConfig.size > 0) {
      const restored = [...beforeConfig.keys()];
      for (const [other, value] of beforeConfig) other.value = value;
      beforeConfig.clear();
      return restored;
    }
    if (!filled) return [];
    const changed = fields.filter((f) => f.name in filled);
    for (const other of changed) {
      if (!beforeConfig.has(other)) beforeConfig.set(other, other.value);
      other.value = filled[other.name]!;
      if (other instanceof HTMLSelectElement) continue;
      other.readOnly = true;
      decided.add(other);
    }
    return changed;
  };

  const readUrl = () => {
    for (const field of fields) {
      const value = readFieldParam(location.search, name, field.name);
      if (value === null || typedEarly.has(field)) continue;
      if (field instanceof HTMLSelectElement) {
        // ?precision=FP16 or " fp16" means the fp16 option; the select then shows what is used.
        const own = specField(field.name);
        const id = value.trim() === '' ? field.value : own?.kind === 'choice' ? matchChoice(own, value) : matchPrecision(value);
        if (id !== null && [...field.options].some((o) => o.value === id)) field.value = id;
        else ignoredLink.set(field, value);
      } else if (field instanceof HTMLTextAreaElement) {
        field.value = readable(value);
      } else {
        field.value = value;
      }
    }
  };

  // What was made of picked files, by field name: the header report, never the files themselves.
  const objects: Record<string, unknown> = {};
  // A config typed, pasted or picked after the model's reading failed describes the model as the
  // reader gave it: the results are no longer marked as not that model's (HubState configSince).
  const configGiven = () => {
    for (const f of fields) {
      const state = objects[f.name] as HubState;
      if (specField(f.name)?.kind === 'model' && state?.kind === 'failed') objects[f.name] = { ...state, configSince: true };
    }
  };
  // The results of the last values that all read. While a config is being typed or pasted it is
  // invalid JSON for a while: rather than blank every result, the last ones stay, marked as such
  // beside the config's error. Any other field's error still withholds every result.
  let lastGood: Record<string, string> | undefined;
  const render = () => {
    const values = Object.fromEntries(fields.map((f) => [f.name, f.value]));
    const ignored = Object.fromEntries([...ignoredLink].map(([f, text]) => [f.name, text]));
    const view = runCalculator(spec, values, lang, messages, objects, ignored);
    const failed = Object.keys(view.errors).filter((name) => specField(name)?.kind !== 'model');
    if (failed.length === 0) lastGood = view.outputs;
    const stale = lastGood !== undefined && failed.length > 0 && failed.every((name) => specField(name)?.kind === 'config');
    // The model field's own outputs (where its reading stands) are never the last config's.
    if (stale) view.outputs = { ...lastGood!, ...Object.fromEntries((view.current ?? []).map((o) => [o, view.outputs[o]!])) };
    // Kept results, and results that are not the named model's, look alike: faded, with a sentence.
    island.classList.toggle('calc-stale', stale || view.notOfModel === true);
    for (const field of fields) {
      const error = stale && view.errors[field.name] ? staleError(view.errors[field.name]!, messages) : view.errors[field.name];
      const slot = document.getElementById(`${field.id}-error`);
      if (error) field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
      if (slot) {
        slot.textContent = error ?? view.suggestions[field.name] ?? '';
        slot.classList.toggle('calc-suggestion', !error && field.name in view.suggestions);
      }
    }
    for (const [output, text] of Object.entries(view.outputs)) {
      // A number and its unit stay on one line ("1.6 TB", lib/typeset.ts), as the build renders them.
      for (const el of island.querySelectorAll(`output[name="${output}"], [data-out="${output}"]`)) {
        el.textContent = joinUnits(text);
        el.toggleAttribute('data-current', view.current?.includes(output) ?? false);
      }
      // A bar of a picture takes its output as a width; a withheld result draws no bar.
      for (const el of island.querySelectorAll(`[data-width="${output}"]`)) el.setAttribute('width', text.endsWith('%') ? text : '0');
      // A picture (OutputSpec.markup): markup the calculator's own pure code drew from numbers, every
      // word escaped (memoryBarsMarkup), never a reader's text, or NO_RESULT: safe as innerHTML.
      for (const el of island.querySelectorAll(`[data-markup="${output}"]`)) el.innerHTML = text;
    }
  };

  // A field may keep a shorter form in the URL (a config.json: only the keys the count read).
  const urlValue = (field: Field): string | null => {
    const spec = specField(field.name);
    if (field.value === '') return null;
    return spec?.kind === 'config' && spec.urlValue ? spec.urlValue(field.value) : field.value;
  };
  const writeUrl = (changed: readonly Field[]) => {
    writeFieldParams(name, Object.fromEntries(changed.map((f) => [f.name, urlValue(f)])), anchor);
  };

  // A screen reader hears the one line that answers, once typing pauses, and only when it changed:
  // not every result on every keystroke. Field errors are announced by their own polite slots.
  const announcer = island.querySelector<HTMLElement>('[data-announce]');
  const headlineLabel = island.querySelector('.calc-headline-label')?.textContent ?? '';
  const headlineOut = announcer ? island.querySelector<HTMLElement>(`[data-out="${announcer.dataset.announce}"]`) : null;
  let announced = headlineOut?.textContent ?? '';
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const announceSoon = () => {
    if (!announcer || !headlineOut) return;
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      const value = headlineOut.textContent ?? '';
      if (value === announced || value === NO_RESULT) return;
      announced = value;
      announcer.textContent = `${headlineLabel}${value}`;
    }, ANNOUNCE_AFTER_MS);
  };

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') announceSoon();
  });
  form.addEventListener('input', (event) => {
    // A file picker's value is the browser's fake path (C:\fakepath\…): never the URL's. Its
    // change handler below reads the files.
    if (presets.includes(event.target as HTMLSelectElement) || !isUrlField(event.target)) return;
    announceSoon();
    const field = event.target as Field;
    ignoredLink.delete(field);
    // Typing into a field a list filled means the list no longer describes the form.
    for (const preset of presets) if (field.name in presetValues(preset)) preset.value = '';
    const changed = fillFromConfig(field);
    if (specField(field.name)?.kind === 'config') configGiven();
    render();
    writeUrl([field, ...changed]);
  });
  // `typedAfter`: fields the reader typed into after picking the model, which keep what was typed
  // (and the preset then shows none, as typing does once the code is here).
  const applyPreset = (preset: HTMLSelectElement, typedAfter: readonly Field[] = []) => {
    if (preset.value === '') return;
    const values = presetValues(preset);
    // A model picked from the list replaces a pasted config: the two cannot both decide the fields.
    // An accelerator fills only hardware fields and leaves the config alone.
    const replacesConfig = preset.hasAttribute('data-preset');
    const replaced = replacesConfig ? fields.filter((f) => specField(f.name)?.kind === 'config' && f.value !== '' && !typedAfter.includes(f)) : [];
    if (replacesConfig) configGiven();
    for (const config of replaced) {
      config.value = '';
      fillFromConfig(config);
      // The model's own values follow; nothing from before the config is kept for later.
      beforeConfig.clear();
    }
    const filled = fields.filter((f) => f.name in values && !typedAfter.includes(f));
    for (const field of filled) {
      field.value = values[field.name]!;
      ignoredLink.delete(field);
    }
    if (typedAfter.length > 0) preset.value = '';
    render();
    announceSoon();
    writeUrl([...replaced, ...filled]);
  };
  for (const preset of presets) preset.addEventListener('change', () => applyPreset(preset));
  for (const picker of form.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
    const stop = form.querySelector<HTMLButtonElement>(`button[data-stop-for="${picker.name}"]`);
    let worker: Worker | undefined;
    const names = picker.parentElement?.querySelector<HTMLElement>('.file-picker-names');
    const finish = (state: unknown) => {
      worker?.terminate();
      worker = undefined;
      if (stop) stop.hidden = true;
      objects[picker.name] = state;
      render();
    };
    const inspect = () => {
      // A new pick replaces a reading still under way.
      worker?.terminate();
      worker = undefined;
      const files = [...(picker.files ?? [])];
      // The picked names in the page's own picker text (FilesField.astro), not the browser's.
      if (names) names.textContent = files.length === 0 ? (names.dataset.none ?? '') : files.map((f) => f.name).join(', ');
      if (files.length === 0) return finish(undefined);
      objects[picker.name] = 'reading';
      render();
      // The headers are read in a module Worker loaded only now, so the page ships the reader to
      // nobody who does not pick a file and a header of a million tensors never freezes it.
      const reading = new Worker(new URL('./checkpoint-worker.ts', import.meta.url), { type: 'module' });
      worker = reading;
      if (stop) stop.hidden = false;
      reading.addEventListener('message', (event: MessageEvent<CheckpointWorkerMessage>) => {
        if (worker !== reading) return;
        const message = event.data;
        if (message.type === 'done') return finish(message.report);
        objects[picker.name] = { reading: message };
        render();
      });
      reading.addEventListener('error', () => {
        if (worker !== reading) return;
        // The network dropped since the page loaded (the worker's script did not load): no endless "Reading the headers…".
        finish(undefined);
        showLoadFailed(form);
      });
      reading.postMessage({ files } satisfies CheckpointWorkerRequest);
    };
    stop?.addEventListener('click', () => {
      if (!worker) return;
      finish('stopped');
      picker.focus();
    });
    picker.addEventListener('change', inspect);
    // Files picked while this script was still loading are read too.
    if (picker.files?.length) inspect();
  }
  readUrl();
  for (const field of fields) fillFromConfig(field);
  // A model field (src/scripts/hub-field.ts) listens from the start, so an Enter or a click on Read
  // is never lost; the Hub reader itself loads on the first read.
  const modelInput = fields.find((f) => specField(f.name)?.kind === 'model');
  if (modelInput instanceof HTMLInputElement) {
    const configBox = fields.find((f) => specField(f.name)?.kind === 'config');
    driveModelField({
      form,
      input: modelInput,
      objects,
      render,
      writeModel: () => writeUrl([modelInput]),
      setConfig: (json) => {
        if (!configBox) return;
        configBox.value = json;
        const changed = fillFromConfig(configBox);
        for (const preset of presets) preset.value = '';
        render();
        writeUrl([configBox, ...changed]);
      },
      readAtOnce: readEarly || (readFieldParam(location.search, name, modelInput.name) !== null && !typedEarly.has(modelInput)),
    });
  }
  // Always rendered once: the build's defaults carry no suggestion, and URL values need checking.
  render();
  const early = fields.filter((f) => typedEarly.has(f));
  if (early.length > 0) writeUrl(early);
  // A model or an accelerator picked while the code was loading.
  for (const preset of presets) {
    const pickedAt = typedEarly.get(preset);
    applyPreset(preset, pickedAt === undefined ? [] : fields.filter((f) => (typedEarly.get(f) ?? -1) > pickedAt));
  }
}
