import { describeKeyProblems, type CoreMessages } from '@llm-scale/core/text/messages';
import { formatCountShort, formatExact, formatList, formatPercent, joinSentences } from '@llm-scale/core/text/format';
import { countParameters } from '@llm-scale/core/configs/count-parameters';
import { relevantConfig } from '@llm-scale/core/configs/relevant-config';
import { parseConfigJson } from '@llm-scale/core/configs/parse-config';
import type { ParameterCount } from '@llm-scale/core/configs/types';
import { fill } from '@llm-scale/core/text/template';
import { defineCalculator, type ComputeContext, type ComputeFailure } from '../spec';
import { LLAMA_3_1_8B_CONFIG } from './default';
import { type HubWords, type ModelValue, hubComparison, hubStatus, hubTotal, modelField } from '../hub-model';

export interface ParametersWords {
  /** "{full} ({short})": 8,030,261,248 (8.03B). */
  withShort: string;
  /**
   * The total of a model type counted by the Llama-style fallback: an estimate, so never in exact
   * digits, and marked as one in the figure itself: "≈ {short} (an estimate ...)".
   */
  estimate: string;
  /** A part of an estimated total: "≈ {short}". */
  approximately: string;
  /** The active output of a dense model. */
  dense: string;
  /**
   * The active output of a mixture of experts: {with} counts the whole input embedding table, as
   * this site does; {without} leaves it out (a token reads one row of it), as some model cards do.
   */
  activeBoth: string;
  /** "{count} of {total}" style share: "{count} · {share}". */
  part: string;
  notes: {
    family: string;
    /** A remote-code model_type counted by the transformers class its architectures names: "{type}", "{architecture}", "{family}". */
    architecture: string;
    fallback: string;
    /** The fallback note for a config that names no model_type. */
    noModelType: string;
    nested: string;
    tied: string;
    mtp: string;
    defaulted: string;
  };
  /** "This config cannot be counted: {problems}." */
  invalid: string;
  /** One key's problem: "{key} is missing". */
  /** The core's sentences for each kind of key problem and the separator between them (core/text/messages). */
  problems: Pick<CoreMessages, 'keyProblems' | 'problemSeparator'>;
  tooLarge: string;
  /** The model field: reading a model from the Hugging Face Hub. */
  hub: HubWords;
}

/** The parts of the breakdown, in the order they are shown; `experts` joins routed, shared and router. */
export const PARAMETER_PARTS = ['embeddings', 'output-head', 'attention', 'recurrent', 'mlp', 'experts', 'norms'] as const;
/** The results in the order listed: each part, with the experts a token uses right under the experts. */
const LISTED = ['embeddings', 'output-head', 'attention', 'recurrent', 'mlp', 'experts', 'experts-active', 'norms'] as const;
export type ParameterPart = (typeof PARAMETER_PARTS)[number];

function partsOf(count: ParameterCount): Record<ParameterPart, number> {
  const b = count.breakdown;
  return {
    embeddings: b.embeddings + b.positionEmbeddings,
    'output-head': b.outputHead,
    attention: b.attention,
    recurrent: b.recurrent,
    mlp: b.mlp,
    experts: b.routedExperts + b.sharedExperts + b.router,
    norms: b.norms,
  };
}

/**
 * The segments of the counter's bar, in drawing order, each with the output whose label and figure
 * it shows on hover or focus: 'bar-experts' is the experts a token is not routed to, drawn after
 * 'bar-experts-active', and shows the experts' whole count.
 */
export const BAR_SEGMENTS = [
  ['bar-embeddings', 'embeddings'],
  ['bar-attention', 'attention'],
  ['bar-recurrent', 'recurrent'],
  ['bar-mlp', 'mlp'],
  ['bar-experts-active', 'experts-active'],
  ['bar-experts', 'experts'],
  ['bar-norms', 'norms'],
  ['bar-output-head', 'output-head'],
] as const;

/** The few keys the count read, as compact JSON: the calculator's state in a link. */
function configForUrl(text: string): string | null {
  const parsed = parseConfigJson(text);
  if (!parsed.ok) return null;
  const kept = relevantConfig(parsed.value);
  return kept.ok ? JSON.stringify(kept.value) : null;
}

/**
 * Counts a model's parameters from its config.json the way Hugging Face transformers builds the
 * model (src/lib/model-config), part by part. Starts on Llama 3.1 8B: 8,030,261,248 parameters.
 */
export const parameters = defineCalculator({
  name: 'parameters',
  // The model field's status comes first in the form, but the result a reader watches is this one.
  headline: 'total',
  fields: [modelField, { name: 'config', kind: 'config', default: LLAMA_3_1_8B_CONFIG, urlValue: configForUrl }],
  outputs: [
    { name: 'hub-status', from: ['model'] },
    { name: 'total', from: ['config'] },
    { name: 'hub-total', from: ['model'] },
    { name: 'active', from: ['config'] },
    ...LISTED.map((part) => ({ name: part, from: ['config'] })),
    // One bar split by part, in the order a token meets them; the experts' segment is split into
    // those a token is routed to and the rest, so active shows against total.
    ...BAR_SEGMENTS.map(([bar, part]) => ({ name: bar, from: ['config'], barOf: part })),
    { name: 'biases', from: ['config'] },
    { name: 'hub-compare', from: ['model', 'config'], explains: true },
    { name: 'notes', from: ['config'], explains: true },
  ],
  compute({ config, model }, { lang, words }: ComputeContext<ParametersWords>): Record<string, string> | ComputeFailure {
    const counted = countParameters(config);
    const hub = (model as ModelValue).hub;
    if (!counted.ok) {
      const message =
        counted.error === 'too-large'
          ? words.tooLarge
          : fill(words.invalid, {
              problems: describeKeyProblems(counted.problems, words.problems),
            });
      // A model read from the Hub is counted from its headers whatever its architecture: the
      // config's problem becomes the note, and only the config's own results are withheld.
      if (hub?.kind === 'done' && hub.model.report && hub.model.report.countedFiles > 0) {
        const outputs: Record<string, string> = { total: '—', active: '—', biases: '—' };
        for (const part of LISTED) outputs[part] = '—';
        outputs['hub-status'] = hubStatus(hub, words.hub, lang);
        outputs['hub-total'] = hubTotal(hub, words.hub, lang);
        outputs['hub-compare'] = hubComparison(hub, null, words.hub, lang);
        for (const [bar] of BAR_SEGMENTS) outputs[bar] = '0%';
        outputs.notes = message;
        return outputs;
      }
      return { failed: { field: 'config', message } };
    }
    const count = counted.value;
    // A Llama-style count of an unknown model type is an estimate: no figure of it wears exact digits.
    const estimated = count.fellBackToLlama;
    const withShort = (n: number) =>
      estimated
        ? fill(words.approximately, { short: formatCountShort(n, lang) })
        : fill(words.withShort, { full: formatExact(n, lang), short: formatCountShort(n, lang) });
    const exact = (n: number) => (estimated ? fill(words.approximately, { short: formatCountShort(n, lang) }) : formatExact(n, lang));
    const parts = partsOf(count);
    const outputs: Record<string, string> = {
      total: estimated ? fill(words.estimate, { short: formatCountShort(count.total, lang) }) : withShort(count.total),
      active:
        count.experts === null
          ? words.dense
          : fill(words.activeBoth, { with: withShort(count.active), without: withShort(count.activeWithoutEmbeddings) }),
      biases: exact(count.biases),
    };
    outputs['hub-status'] = hubStatus(hub, words.hub, lang);
    outputs['hub-total'] = hubTotal(hub, words.hub, lang);
    outputs['hub-compare'] = hubComparison(hub, count, words.hub, lang);
    // Of the experts' parameters, those one token passes through: the shared experts and routers,
    // and the routed experts it is sent to (count.active leaves out only the others).
    const shown: Record<(typeof BAR_SEGMENTS)[number][1], number> = {
      ...parts,
      'experts-active': parts.experts - (count.total - count.active),
    };
    const shareOf = (n: number) => (count.total === 0 ? 0 : n / count.total);
    for (const part of LISTED) {
      outputs[part] = fill(words.part, { count: exact(shown[part]), share: formatPercent(shareOf(shown[part]), lang) });
    }
    // Read by the picture as widths: plain percentages, the same in every language.
    for (const [bar, part] of BAR_SEGMENTS) {
      const n = part === 'experts' ? shown.experts - shown['experts-active'] : shown[part];
      outputs[bar] = `${(shareOf(n) * 100).toFixed(3)}%`;
    }
    const type = count.modelType;
    const notes = [
      type === null
        ? words.notes.noModelType
        : count.architecture !== null
          ? fill(words.notes.architecture, { type, architecture: count.architecture, family: count.family })
          : fill(count.fellBackToLlama ? words.notes.fallback : words.notes.family, { type, family: count.family }),
      count.nested ? words.notes.nested : '',
      count.tiedEmbeddings ? words.notes.tied : '',
      count.mtpLayersNotCounted > 0 ? fill(words.notes.mtp, { n: formatExact(count.mtpLayersNotCounted, lang) }) : '',
      count.defaulted.length > 0 ? fill(words.notes.defaulted, { keys: formatList(count.defaulted, lang) }) : '',
    ];
    outputs.notes = joinSentences(notes);
    return outputs;
  },
});

/** The spec the registries find in this folder (src/calculators/registry.ts). */
export default parameters;
