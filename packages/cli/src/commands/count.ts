import { countParameters } from '@llm-scale/core/configs/count-parameters';
import type { ParameterBreakdown } from '@llm-scale/core/configs/types';
import { formatCountShort, formatExact, formatList } from '@llm-scale/core/text/format';
import { fill } from '@llm-scale/core/text/template';
import { configError } from '../config-input';
import { configOf, resolveModel } from '../model-input';
import { InputError, table, type Command } from '../output';

/**
 * Every part of the breakdown, in the order the site's counter lists them (src/calculators/parameters
 * PARAMETER_PARTS: embeddings, attention, the recurrent layers of hybrids, MLP, experts, norms, output
 * head); they add up to the total (a test holds every fixture to it).
 */
export const PARTS: readonly (keyof ParameterBreakdown)[] = [
  'embeddings',
  'positionEmbeddings',
  'attention',
  'recurrent',
  'mlp',
  'routedExperts',
  'sharedExperts',
  'router',
  'norms',
  'outputHead',
];

/**
 * `llm-scale count <config.json>`: parameters as transformers builds the model (packages/core
 * configs/count-parameters.ts). JSON: the ParameterCount's figures, every count an exact integer.
 */
export const count: Command = async ([arg], _options, context) => {
  const { lang, m } = context;
  const source = await resolveModel(arg, 'count', context);
  const { config, name } = await configOf(source, 'count', context);
  const counted = countParameters(config);
  if (!counted.ok) throw new InputError(configError(name, counted, m));
  // A Hub model's headers give the exact count stored, beside the config's (the site's model field).
  const report = source.kind === 'hub' ? source.model.report : null;
  const c = counted.value;
  // A Llama-style count of an unknown model type is an estimate: as on the site, none of its figures
  // wears exact digits (src/calculators/parameters: words.estimate, words.approximately).
  const estimated = c.fellBackToLlama;
  const exact = (n: number) => (estimated ? fill(m.approximately, { short: formatCountShort(n, lang) }) : formatExact(n, lang));
  const withShort = (n: number) => (estimated ? exact(n) : fill(m.withShort, { full: formatExact(n, lang), short: formatCountShort(n, lang) }));
  const notes = [
    c.modelType === null
      ? m.noModelType
      : c.architecture !== null
        ? fill(m.architecture, { type: c.modelType, architecture: c.architecture, family: c.family })
        : c.fellBackToLlama
          ? fill(m.fallback, { type: c.modelType })
          : '',
    c.nested ? m.nested : '',
    c.tiedEmbeddings ? m.tied : '',
    c.mtpLayersNotCounted > 0 ? fill(m.mtp, { n: formatExact(c.mtpLayersNotCounted, lang) }) : '',
    c.defaulted.length > 0 ? fill(m.defaulted, { keys: formatList([...c.defaulted], lang) }) : '',
  ].filter(Boolean);
  const rows: [string, string][] = [
    [m.modelType, c.modelType ?? '—'],
    [m.countedAs, c.family],
    [m.total, estimated ? fill(m.estimate, { short: formatCountShort(c.total, lang) }) : withShort(c.total)],
  ];
  if (c.experts !== null) {
    rows.push([m.active, withShort(c.active)]);
    rows.push([m.activeWithoutEmbeddings, withShort(c.activeWithoutEmbeddings)]);
  }
  // The headers' count is a count whatever the config's is.
  if (report) rows.push([m.stored, fill(m.withShort, { full: formatExact(report.parameters, lang), short: formatCountShort(report.parameters, lang) })]);
  const parts = PARTS.filter((p) => c.breakdown[p] > 0).map((p): [string, string] => [m.parts[p], exact(c.breakdown[p])]);
  return {
    text: [...table(rows), ...table(parts, '  '), ...notes.map((n) => `* ${n}`)],
    json: {
      modelType: c.modelType,
      family: c.family,
      fellBackToLlama: c.fellBackToLlama,
      architecture: c.architecture,
      nested: c.nested !== null,
      // The integers stay, for scripts; `estimate` says they are a Llama-style estimate, not a count.
      estimate: estimated,
      total: c.total,
      active: c.active,
      activeWithoutEmbeddings: c.activeWithoutEmbeddings,
      breakdown: { ...c.breakdown },
      biases: c.biases,
      tiedEmbeddings: c.tiedEmbeddings,
      persistentBuffers: c.persistentBuffers,
      layers: c.layers,
      experts: c.experts,
      mtpLayersNotCounted: c.mtpLayersNotCounted,
      defaulted: [...c.defaulted],
      ...(report ? { checkpoint: { parameters: report.parameters, tensorBytes: report.tensorBytes, bitsPerWeight: report.bitsPerWeight } } : {}),
    },
  };
};
