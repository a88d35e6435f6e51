import { countParameters } from '@llm-scale/core/configs/count-parameters';
import type { ParameterBreakdown } from '@llm-scale/core/configs/types';
import { formatCountShort, formatExact, formatList } from '@llm-scale/core/text/format';
import { fill } from '@llm-scale/core/text/template';
import { configError } from '../config-input';
import { configOf, resolveModel } from '../model-input';
import { InputError, table, type Command } from '../output';

/** The parts in the order the site's counter lists them. */
const PARTS: readonly (keyof ParameterBreakdown)[] = [
  'embeddings',
  'positionEmbeddings',
  'attention',
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
  const exact = (n: number) => formatExact(n, lang);
  const notes = [
    c.modelType === null ? m.noModelType : c.fellBackToLlama ? fill(m.fallback, { type: c.modelType }) : '',
    c.nested ? m.nested : '',
    c.tiedEmbeddings ? m.tied : '',
    c.defaulted.length > 0 ? fill(m.defaulted, { keys: formatList([...c.defaulted], lang) }) : '',
  ].filter(Boolean);
  const rows: [string, string][] = [
    [m.modelType, c.modelType ?? '—'],
    [m.countedAs, c.family],
    [m.total, `${exact(c.total)} (${formatCountShort(c.total, lang)})`],
  ];
  if (c.experts !== null) {
    rows.push([m.active, `${exact(c.active)} (${formatCountShort(c.active, lang)})`]);
    rows.push([m.activeWithoutEmbeddings, `${exact(c.activeWithoutEmbeddings)} (${formatCountShort(c.activeWithoutEmbeddings, lang)})`]);
  }
  if (report) rows.push([m.stored, `${exact(report.parameters)} (${formatCountShort(report.parameters, lang)})`]);
  const parts = PARTS.filter((p) => c.breakdown[p] > 0).map((p): [string, string] => [m.parts[p], exact(c.breakdown[p])]);
  return {
    text: [...table(rows), ...table(parts, '  '), ...notes.map((n) => `* ${n}`)],
    json: {
      modelType: c.modelType,
      family: c.family,
      fellBackToLlama: c.fellBackToLlama,
      nested: c.nested !== null,
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
