import { formatCount, formatNumber, joinSentences } from '@llm-scale/core/text/format';
import type { Lang } from '@llm-scale/core/text/lang';
import { fill } from '@llm-scale/core/text/template';
import { readField, type FieldError, type FieldSuggestion } from './read-field';
import type { ModelValue } from './hub-model';
import { isFailure, type AnyCalculator } from './spec';

/**
 * A calculator's sentences in one language, as plain data: the build renders them into the page
 * (a data attribute on the calculator), so the browser script carries no language at all.
 */
export interface CalculatorMessages<Words = unknown> {
  /** For each field, the sentence for each way its text can fail. */
  errors: Record<string, Partial<Record<FieldError, string>>>;
  /**
   * Templates with {typed} and {meant}: a bare count ("did you mean 70B?"), a share ("40 %?"); and
   * with {typed} and {shown}: a link's value a select could not take ('link-ignored' for a number
   * format, 'link-ignored-option' for a choice, whose {shown} is the option's words); and, after
   * the error of a config being typed, that the results are still the last readable config's
   * ('stale-results', no slots); and, beside a model field whose reading failed, that the results
   * are not that model's ('model-not-read', with {repo}).
   */
  suggestions: Record<SuggestionKind, string>;
  /** The calculator's own words for its results (units, phrases). */
  words: Words;
  /** The words of each choice field's options, by field name and option id. */
  options?: Record<string, Record<string, string>>;
}

/** What a field can say beside a value it took: readField's suggestions, and a link's value it ignored. */
export type SuggestionKind = FieldSuggestion['kind'] | 'link-ignored' | 'link-ignored-option' | 'stale-results' | 'model-not-read';

/** What a calculator shows: text per output, and per field an error or a suggestion. */
export interface CalculatorView {
  outputs: Record<string, string>;
  errors: Record<string, string>;
  suggestions: Record<string, string>;
  /**
   * The outputs that say where the model field's reading stands (CalculatorSpec.modelOutputs): they
   * are current even while the other results are withheld, kept from before, or not the model's.
   */
  current?: string[];
  /**
   * The results are not those of the model the model field names: its reading failed, so they come
   * from the other fields as they stand. The island marks them as it marks stale results.
   */
  notOfModel?: true;
}

/**
 * The model `model` names when the calculator's results cannot be that model's: its reading failed,
 * and no config was given since, so the results come from the other fields as they stand (the
 * page's example, on a link naming a model opened offline). Its repo id, or undefined. Here rather
 * than in hub-model.ts: the driver runs this file, and sharing that module with the calculators'
 * chunks would add a preload map to every page's first script.
 */
/**
 * A config's error while the last good results stay on show: the error, then the sentence that
 * says the results are the last readable config's, joined as the language sets two sentences (no
 * space after a full-width 。).
 */
export function staleError(error: string, messages: Pick<CalculatorMessages, 'suggestions'>): string {
  return joinSentences([error, messages.suggestions['stale-results'] ?? '']);
}

export function modelNotRead(model: ModelValue | undefined): string | undefined {
  const hub = model?.hub;
  return model?.id !== undefined && hub?.kind === 'failed' && !hub.configSince ? hub.repo : undefined;
}

/** Shown in place of every result while any field is invalid: never NaN, never a stale number. */
export const NO_RESULT = '—';

function withheld(spec: AnyCalculator): { outputs: Record<string, string> } {
  return { outputs: Object.fromEntries(spec.outputs.map((o) => [o.name, NO_RESULT])) };
}

/** A bare count is most often a forgotten "B": 70 → 70B. */
const SUGGESTED_COUNT_FACTOR = 1e9;

/** Longer link values are cut here in the sentence that quotes them: a link can hold anything. */
const QUOTED_LINK_CHARS = 40;

function quoted(text: string): string {
  const chars = [...text];
  return chars.length <= QUOTED_LINK_CHARS ? text : `${chars.slice(0, QUOTED_LINK_CHARS).join('')}…`;
}

function suggestionText(suggestion: FieldSuggestion, value: number, templates: CalculatorMessages['suggestions'], lang: Lang): string {
  // A binary size converts to a decimal of at most 12 places (2⁴⁰ ÷ 10⁹), shown in full: it is exact.
  const meant =
    suggestion.kind === 'count-unit'
      ? formatCount(value * SUGGESTED_COUNT_FACTOR, lang)
      : formatNumber(suggestion.meant, lang, suggestion.kind === 'binary-unit' ? 12 : 3);
  return fill(templates[suggestion.kind], { typed: suggestion.typed, meant, unit: suggestion.kind === 'scaled-unit' ? suggestion.unit : '' });
}

/**
 * Reads every field of `spec` from `input` (field name → text; a missing field takes its default),
 * then computes. Any field that cannot be read withholds every result (NO_RESULT) and gets its
 * message, but the model field's own outputs (spec.modelOutputs: where its reading stands), which
 * answer whatever else the form holds; otherwise each output gets its text. Where a model's
 * reading failed and the calculator's results come from a config box, they are marked as not that
 * model's (`notOfModel`, and the model field's 'model-not-read' sentence). `ignoredLink` names the fields whose value in the
 * page's link could not be taken (a select offers no "nonsense" format): each is read from its
 * `input`, the option it shows, and says beside it that the link's value was ignored and which
 * value the results use, so no result comes from a value the reader did not choose without saying
 * so. Pure: the build runs it for the no-JavaScript page, the browser on every keystroke.
 */
export function runCalculator(
  spec: AnyCalculator,
  input: Readonly<Record<string, string | undefined>>,
  lang: Lang,
  messages: CalculatorMessages,
  /** Values that are not text, by field name: what the island made of picked files. */
  objects: Readonly<Record<string, unknown>> = {},
  /** Link values the island could not put in a field, by field name (the text as the link has it). */
  ignoredLink: Readonly<Record<string, string>> = {},
): CalculatorView {
  const values: Record<string, unknown> = { ...objects };
  const errors: Record<string, string> = {};
  const suggestions: Record<string, string> = {};
  const modelErrors: Record<string, string> = {};
  let notRead: string | undefined;
  for (const field of spec.fields) {
    if (field.kind === 'files') continue;
    const reading = readField(field, input[field.name] ?? field.default);
    if (field.kind === 'model') {
      // A refused model id is said beside its field; the rest of the calculator still answers.
      if (!reading.ok) modelErrors[field.name] = messages.errors[field.name]?.[reading.error] ?? reading.error;
      const model: ModelValue = { id: reading.ok ? (reading.value as string | undefined) : undefined, hub: reading.ok ? (objects[field.name] as ModelValue['hub']) : undefined };
      values[field.name] = model;
      // Where the Hub's config would have gone into a config box, the results are still that box's.
      const repo = spec.fields.some((f) => f.kind === 'config') ? modelNotRead(model) : undefined;
      if (repo !== undefined) {
        notRead = repo;
        suggestions[field.name] = fill(messages.suggestions['model-not-read'], { repo });
      }
      continue;
    }
    if (!reading.ok) {
      errors[field.name] = messages.errors[field.name]?.[reading.error] ?? reading.error;
      continue;
    }
    values[field.name] = reading.value;
    if (Object.hasOwn(ignoredLink, field.name)) {
      const choice = field.kind === 'choice';
      const shown = choice ? (messages.options?.[field.name]?.[String(reading.value)] ?? String(reading.value)) : String(reading.value);
      suggestions[field.name] = fill(messages.suggestions[choice ? 'link-ignored-option' : 'link-ignored'], { typed: quoted(ignoredLink[field.name]!), shown });
    } else if (reading.suggestion && typeof reading.value === 'number') {
      suggestions[field.name] = suggestionText(reading.suggestion, reading.value, messages.suggestions, lang);
    }
  }
  const context = { lang, words: messages.words };
  // The model field's own outputs answer whatever the other fields hold.
  const modelField = spec.fields.find((f) => f.kind === 'model');
  const own = (): Record<string, string> => {
    if (!modelField || !spec.modelOutputs) return {};
    const outputs = spec.modelOutputs(values[modelField.name] as ModelValue, context);
    return Object.fromEntries(Object.entries(outputs).filter((e): e is [string, string] => e[1] !== undefined));
  };
  // Said only where there is something to say, so a calculator without a model field keeps its view.
  const marks = (current: Record<string, string>): Pick<CalculatorView, 'current' | 'notOfModel'> => ({
    ...(Object.keys(current).length > 0 ? { current: Object.keys(current) } : {}),
    ...(notRead !== undefined ? { notOfModel: true as const } : {}),
  });
  if (Object.keys(errors).length > 0) {
    const current = own();
    return { outputs: { ...withheld(spec).outputs, ...current }, errors: { ...errors, ...modelErrors }, suggestions, ...marks(current) };
  }
  const result = spec.compute(values as never, context);
  // A note beside a field stands with the results, and with another field's refusal too.
  for (const [field, note] of Object.entries(spec.fieldNotes?.(values as never, context) ?? {})) {
    suggestions[field] = suggestions[field] ? `${suggestions[field]} ${note}` : note;
  }
  if (isFailure(result)) {
    const current = own();
    return { outputs: { ...withheld(spec).outputs, ...current }, errors: { [result.failed.field]: result.failed.message, ...modelErrors }, suggestions, ...marks(current) };
  }
  return { outputs: result, errors: modelErrors, suggestions, ...marks(own()) };
}
