import type { PluralForms } from '@llm-scale/core/text/template';
import type { FieldError } from '../calculators/read-field';
import type { SuggestionKind } from '../calculators/run';
import type { CalculatorSpec, ChoiceField, FieldKind, FieldNames, OutputNames, WordsOf } from '../calculators/spec';

/*
 * The shape of a calculator's strings in one language (src/calculators/<name>/i18n/<lang>.ts), typed
 * against its spec, so a field or output without a label, or a field without the words its error
 * sentences need, is a type error rather than an empty label on the page; and of the strings every
 * calculator shares (src/i18n/<lang>/calculators.ts).
 */

export interface FieldStrings {
  label: string;
  hint?: string;
}

/** A choice field's strings: its label, hint, and the words of each option, by option id. */
export interface ChoiceFieldStrings<Option extends string = string> extends FieldStrings {
  options: Record<Option, string>;
}

type FieldsOf<S> = S extends CalculatorSpec<string, infer F> ? F[number] : never;

/** Every field's strings; a choice field also names the words of each of its options (a type error otherwise). */
export type FieldStringsOf<S> = {
  [F in FieldsOf<S> as F['name']]: F extends ChoiceField ? ChoiceFieldStrings<F['options'][number]> : FieldStrings;
};

export interface CalculatorStrings<S> {
  title: string;
  /** The question the calculator answers, as a reader would ask it: the home pages list it under the title. */
  question: string;
  /**
   * Words readers search with that the page may not use ("VRAM", "RTX 4090", "显存"), comma
   * separated: indexed for search beside the calculator, never shown. Pagefind 1.6 has no synonym
   * list, so this is how its index learns them.
   */
  searchWords: string;
  intro: string;
  /** A closing remark under the results, if any. */
  note?: string;
  fields: FieldStringsOf<S>;
  outputs: Record<OutputNames<S>, string>;
  words: WordsOf<S>;
  /**
   * What this calculator's error sentences call each of its fields. A calculator names its own
   * nouns (or picks a shared entry, src/i18n/<lang>/shared.ts), so a field called `tokens` in a
   * new calculator is not silently called "training tokens".
   */
  fieldWords: Record<FieldNames<S>, FieldWords>;
}

/**
 * What a field's error messages say about it. `noun` reads mid-sentence ("number of layers",
 * "层数"); `example` follows "for example"; `forms` lists accepted spellings of a count; `plain`
 * shows plain decimals; `unit` follows a limit (" tokens", " TFLOP/s"); `empty` replaces the
 * generic "enter the …" sentence where a field needs more help.
 */
export interface FieldWords {
  noun: string;
  example: string;
  forms?: string;
  plain?: string;
  unit?: string;
  empty?: string;
}

/**
 * Sentences with slots, by field kind and error: {noun}, {example}, {forms},
 * {plain}, {min}, {max}, {unit}, {list} (the formats offered).
 */
export type ErrorTemplates = { [K in FieldKind]: Partial<Record<FieldError, string>> };

export interface LanguageCalculatorStrings {
  /** "{n} bytes" by plural category: every number-format select says each format's bytes per parameter with it. */
  bytes: PluralForms;
  errors: ErrorTemplates;
  suggestions: Record<SuggestionKind, string>;
  /** The select that fills a calculator's fields from a published model. */
  presetLabel: string;
  presetNone: string;
  /** The select that fills the hardware fields from an accelerator's datasheet figures. */
  acceleratorPresetLabel: string;
  acceleratorPresetNone: string;
  /** Appended to an estimated model's name in the preset list: "GPT-4o (estimate)". */
  presetEstimate: string;
  /** Shown without JavaScript. */
  noScript: string;
  /** A file picker's button and its text before a file is picked, in the page's language (the browser's own are in its). */
  chooseFiles: string;
  noFileChosen: string;
  /** Shown when the calculator's code or sentences could not be fetched (the network dropped after the page loaded). */
  loadFailed: string;
  /** The button beside a file picker that stops reading the picked files' headers. */
  stopReading: string;
}
