import type { Lang } from '@llm-scale/core/text/lang';
import type { JsonObject } from '@llm-scale/core/configs/types';
import type { PrecisionId } from '@llm-scale/core/memory/precision';
import type { ModelValue } from './hub-model';

/*
 * A calculator is described once, as data: its fields, its outputs and a pure `compute`. The
 * generic component (src/components/calculators/Calculator.astro) renders any spec, the island
 * (src/scripts/calculator-driver.ts, loaded by calculator-island.ts on first use) drives any spec, and each language's strings are typed
 * against the spec (src/i18n/<lang>/calculators.ts), so a missing label is a type error.
 */

/** How a field's text is read: one grammar per kind (src/calculators/read-field.ts). */
export type FieldKind = 'count' | 'integer' | 'context' | 'decimal' | 'percent' | 'format' | 'choice' | 'config' | 'files' | 'model';

interface FieldBase<Name extends string> {
  /** The form field's name; in the URL it is `<calculator>.<name>`. */
  name: Name;
  /** Shown without JavaScript and used when the URL says nothing. */
  default: string;
}

/** A whole count of at least 1 with optional units: 200B, 1.5T, 2000亿, 2e11 (parameters, tokens). */
export interface CountField<Name extends string = string> extends FieldBase<Name> {
  kind: 'count';
  /** May be left empty (value undefined). */
  optional?: boolean;
}

/** A positive whole number up to `max`: layers, heads, batch, accelerators. */
export interface IntegerField<Name extends string = string> extends FieldBase<Name> {
  kind: 'integer';
  max: number;
  /** May be left empty (value undefined): a degree that defaults from other fields, say. */
  optional?: boolean;
}

/** A number of tokens where `k` is 1024 (8k = 8192, 128k = 131,072), as model configs count. */
export interface ContextField<Name extends string = string> extends FieldBase<Name> {
  kind: 'context';
  max: number;
}

/** A plain positive decimal in [min, max]; `optional` fields may be left empty (value undefined). */
export interface DecimalField<Name extends string = string> extends FieldBase<Name> {
  kind: 'decimal';
  min?: number;
  max: number;
  optional?: boolean;
  /**
   * The unit the field is in, as a reader may type it after the number ("80 GB"): matched
   * regardless of case, longest first. The same quantity in a related unit is converted exactly
   * and said beside the field ("24 GiB" in GB, "0.989 PFLOP/s" in TFLOP/s: read-field.ts); any
   * other unit is refused.
   */
  units?: readonly string[];
  /**
   * Other units the field converts, each with its factor to the field's own unit: a GB field takes
   * "24 GiB" as 24 × 1.073741824 and "81559 MiB" (as nvidia-smi prints it) as 85.52. Matched like
   * `units`; the converted value must still lie in [min, max].
   */
}

/** A percentage in [min, max]: "40" and "40%" both mean 40 %. */
export interface PercentField<Name extends string = string> extends FieldBase<Name> {
  kind: 'percent';
  min: number;
  max: number;
}

/** One of the number formats of src/lib/precision.ts, chosen in a select. */
export interface FormatField<Name extends string = string> extends FieldBase<Name> {
  kind: 'format';
  default: PrecisionId;
  /** The formats offered, when not every one of PRECISIONS makes sense (a KV cache is not fp64). */
  options?: readonly PrecisionId[];
}

/**
 * One of a few named options, chosen in a select (a fine-tuning method, ZeRO's stage). Each
 * language gives every option its words (FieldStrings.options); the value is the option's id.
 */
export interface ChoiceField<Name extends string = string> extends FieldBase<Name> {
  kind: 'choice';
  options: readonly string[];
}

/**
 * A Hugging Face config.json pasted into a textarea: read as a JSON object. In the URL it is kept
 * as `urlValue` makes it (the few keys the calculation read), so a link reproduces the result.
 */
export interface ConfigField<Name extends string = string> extends FieldBase<Name> {
  kind: 'config';
  /** Empty text is allowed and reads as undefined (the other fields then describe the model). */
  optional?: boolean;
  urlValue?: (text: string) => string | null;
  /** Other fields' text that a valid config decides, filled in when the config changes. */
  fills?: (text: string) => Record<string, string> | null;
}

/**
 * Files the reader picks (`<input type="file" multiple>`). Their contents never reach `compute`:
 * the island hands it what `inspect` made of them, and nothing goes into the URL.
 */
export interface FilesField<Name extends string = string> extends FieldBase<Name> {
  kind: 'files';
  /** The file types offered in the picker: ".safetensors,.gguf". */
  accept: string;
}

/**
 * A Hugging Face model id (org/name, org/name@revision, a Hub address): its text goes into the URL;
 * the island reads the model from the Hub only when asked (Enter, the button, a link naming one) and
 * hands `compute` a ModelValue (src/calculators/hub-model.ts). A refused id is an error of this
 * field alone: it withholds no other result.
 */
export interface ModelField<Name extends string = string> extends FieldBase<Name> {
  kind: 'model';
}

export type FieldSpec<Name extends string = string> =
  | CountField<Name>
  | IntegerField<Name>
  | ContextField<Name>
  | DecimalField<Name>
  | PercentField<Name>
  | FormatField<Name>
  | ChoiceField<Name>
  | ConfigField<Name>
  | FilesField<Name>
  | ModelField<Name>;

/** The value a field of each kind hands to `compute`. */
export type FieldValue<F> = F extends FormatField
  ? PrecisionId
  : F extends ChoiceField
    ? F['options'][number]
  : F extends ConfigField
    ? F extends { optional: true }
      ? JsonObject | undefined
      : JsonObject
    : F extends FilesField | ModelField
      ? unknown
      : F extends { optional: true }
        ? number | undefined
        : number;

export type FieldValues<Fields extends readonly FieldSpec[]> = {
  [F in Fields[number] as F['name']]: FieldValue<F>;
};

export interface OutputSpec<Name extends string = string> {
  name: Name;
  /** The fields this result is computed from: the `for` list of its <output>. */
  from: readonly string[];
  /**
   * A bar of a proportional picture instead of text: its value is a width ("6.542%") and it
   * illustrates the output named here, whose label it takes. The picture is for the eye; the
   * outputs it illustrates carry the same figures for everyone.
   */
  barOf?: string;
  /**
   * An explanation of the results rather than a result (the working, notes, the files read): not a
   * live region, so a screen reader is not read every line of it on each keystroke; it is there
   * when the reader reaches it.
   */
  explains?: true;
  /**
   * A picture rather than text: the output's value is markup our own pure code drew from numbers
   * (src/lib/charts/memory-bars.ts, memoryBarsMarkup), never from a reader's text, written with
   * set:html at build time and innerHTML in the browser. 'figure' is the picture and its legend,
   * 'table' its table twin; Calculator.astro shows the pair in one frame (charts/MemoryBars.astro).
   */
  markup?: 'figure' | 'table';
}

/**
 * Everything `compute` needs besides the values: the page's language and its words, so the pure
 * function can be run at build time (the no-JavaScript default) and in the browser alike.
 */
export interface ComputeContext<Words> {
  lang: Lang;
  words: Words;
}

export interface CalculatorSpec<
  Name extends string = string,
  Fields extends readonly FieldSpec[] = readonly FieldSpec[],
  Outputs extends readonly OutputSpec[] = readonly OutputSpec[],
  Words = unknown,
> {
  /** `data-calculator` on the form, the prefix of its element ids and of its URL keys. */
  name: Name;
  fields: Fields;
  outputs: Outputs;
  /**
   * The one output that answers the calculator's question (serving memory, training time): a screen
   * reader hears it, once typing pauses, and a phone keeps it in sight of the field being edited.
   * The first output that is neither a bar nor an explanation unless named.
   */
  headline?: Outputs[number]['name'];
  /**
   * Pure: results as text, one per output, or a failure that names the field to blame (a config
   * that is valid JSON but cannot be counted). Only called when every field was read.
   */
  compute(values: FieldValues<Fields>, context: ComputeContext<Words>): Record<Outputs[number]['name'], string> | ComputeFailure;
  /**
   * Pure: sentences beside fields whose values read but which the model does not take (a context
   * longer than its max_position_embeddings), by field name, shown where a field's suggestion goes
   * while the results still stand. Called with compute, when every field was read.
   */
  fieldNotes?(values: FieldValues<Fields>, context: ComputeContext<Words>): Record<string, string>;
  /**
   * Pure: the outputs that come from the model field alone (where its reading stands, the headers'
   * count), for a calculator that has one. They answer even while another field cannot be read or
   * computed (a config being typed, one that cannot be counted): otherwise pressing Read or Enter
   * beside such a config would show nothing of the reading, nor the Hub's answer.
   */
  modelOutputs?(model: ModelValue, context: ComputeContext<Words>): Partial<Record<Outputs[number]['name'], string>>;
}

/** What `compute` returns when the values read but cannot be worked out: the message for one field. */
export interface ComputeFailure {
  failed: { field: string; message: string };
}

export function isFailure(result: object): result is ComputeFailure {
  return 'failed' in result;
}

/** Keeps the literal types of a spec (names of fields and outputs) while checking its shape. */
export function defineCalculator<
  const Name extends string,
  const Fields extends readonly FieldSpec[],
  const Outputs extends readonly OutputSpec<string>[],
  Words,
>(spec: CalculatorSpec<Name, Fields, Outputs, Words>): CalculatorSpec<Name, Fields, Outputs, Words> {
  return spec;
}

export type AnyCalculator = CalculatorSpec<string, readonly FieldSpec[], readonly OutputSpec[], any>;

export type FieldNames<S> = S extends CalculatorSpec<string, infer F> ? F[number]['name'] : never;
export type OutputNames<S> = S extends CalculatorSpec<string, readonly FieldSpec[], infer O> ? O[number]['name'] : never;
export type WordsOf<S> = S extends CalculatorSpec<string, readonly FieldSpec[], readonly OutputSpec[], infer W> ? W : never;

/** The name of `spec`'s headline output (CalculatorSpec.headline); undefined for a calculator with no text output. */
export function headlineOf(spec: Pick<CalculatorSpec, 'outputs' | 'headline'>): string | undefined {
  return spec.headline ?? spec.outputs.find((o) => o.barOf === undefined && !o.explains && o.markup === undefined)?.name;
}
