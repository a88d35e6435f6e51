import { describe, expect, it } from 'vitest';
import { calculatorMessages } from '../i18n/calculators';
import { LANGS, type Lang } from '@llm-scale/core/text/lang';
import { CALCULATORS } from './registry';
import { NO_RESULT, runCalculator, staleError } from './run';
import { storage } from './storage';
import { viewOf } from './view-of';

const defaults = (spec: (typeof CALCULATORS)[keyof typeof CALCULATORS]) =>
  Object.fromEntries(spec.fields.map((f) => [f.name, f.default]));

describe('every calculator, every language', () => {
  for (const spec of Object.values(CALCULATORS)) {
    for (const lang of LANGS) {
      // A calculator of picked files has nothing to show before a file is picked but a prompt.
      const startsEmpty = spec.fields.some((f) => f.kind === 'files');
      it(`${spec.name} (${lang}) fills every output from its defaults`, () => {
        const view = viewOf(spec, defaults(spec), lang);
        expect(view.errors).toEqual({});
        expect(Object.keys(view.outputs).sort()).toEqual(spec.outputs.map((o) => o.name).sort());
        const texts = Object.values(view.outputs);
        for (const text of texts) expect(text).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
        // Results of a model read from the Hub wait for one: they may show a dash until then.
        const fromHub = (output: string) => spec.outputs.find((o) => o.name === output)!.from.some((f) => spec.fields.find((x) => x.name === f)?.kind === 'model');
        if (!startsEmpty) for (const [output, text] of Object.entries(view.outputs)) if (!fromHub(output) || output === 'hub-status') expect(text).not.toBe('—');
        else expect(view.outputs[spec.outputs[0]!.name]).not.toBe('—');
      });

      it(`${spec.name} (${lang}) has a sentence for every way each field can fail, with every slot filled`, () => {
        const messages = calculatorMessages(spec, lang);
        for (const field of spec.fields.filter((f) => f.kind !== 'files')) {
          const sentences = Object.values(messages.errors[field.name] ?? {});
          expect(sentences.length, field.name).toBeGreaterThan(0);
          for (const sentence of sentences) expect(sentence).not.toMatch(/\{\w+\}|undefined|^$/);
        }
      });
    }
  }
});

describe('the storage calculator', () => {
  it.each<[Record<string, string>, Lang, Record<string, string>]>([
    [{}, 'en', { weights: '1600 GB = 1.6 TB = 1490.1 GiB', accelerators: '20', working: '200,000,000,000 × 8 bytes = 1,600,000,000,000 bytes = 1600 GB = 1.6 TB = 1490.1 GiB' }],
    [{}, 'zh', { weights: '1600 GB = 1.6 TB = 1490.1 GiB', accelerators: '20', working: '200,000,000,000 × 8 字节 = 1,600,000,000,000 字节 = 1600 GB = 1.6 TB = 1490.1 GiB' }],
    // the working shows every factor exactly as used
    [{ params: '1B', bytes: '3.0000001' }, 'en', { weights: '3 GB = 2.8 GiB', accelerators: '1', working: '1,000,000,000 × 3.0000001 bytes = 3,000,000,100 bytes = 3 GB = 2.8 GiB' }],
    [{ params: '1', precision: 'fp64' }, 'en', { weights: '8 bytes', accelerators: '1', working: '1 × 8 bytes = 8 bytes' }],
    // a custom byte count wins over the format
    [{ precision: 'fp32', bytes: '0.5625', params: '175B' }, 'en', { weights: '98.4 GB = 91.7 GiB', accelerators: '2', working: '175,000,000,000 × 0.5625 bytes = 98,437,500,000 bytes = 98.4 GB = 91.7 GiB' }],
    [{ params: '2', bytes: '0.5' }, 'en', { weights: '1 byte', accelerators: '1', working: '2 × 0.5 bytes = 1 byte' }],
  ])('%j (%s)', (input, lang, outputs) => {
    expect(viewOf(storage, input, lang).outputs).toEqual(outputs);
  });

  it.each<[Record<string, string>, Lang, Record<string, string>]>([
    [{ params: '0.5' }, 'en', { params: 'The parameter count must be a whole number of at least 1.' }],
    [{ params: '0.5' }, 'zh', { params: '参数量必须是不小于 1 的整数。' }],
    [{ precision: 'fp12' }, 'en', { precision: 'Unknown number format. Choose one of fp64, fp32, fp16, bf16, fp8, int8, or int4.' }],
    [{ bytes: '0' }, 'zh', { bytes: '每个参数的字节数必须大于零。' }],
    [{ bytes: '65' }, 'en', { bytes: 'The bytes per parameter can be at most 64.' }],
  ])('%j (%s) withholds every result', (input, lang, errors) => {
    const view = viewOf(storage, input, lang);
    expect(view.errors).toEqual(errors);
    expect(Object.values(view.outputs)).toEqual(storage.outputs.map(() => NO_RESULT));
  });

  it.each<[string, Lang, string, string]>([
    // 560 bytes, written out: "560 B" would read as 560 billion, the very slip the suggestion is about.
    ['70', 'en', 'Did you mean 70B? A number without a unit is read as it stands: 70.', '560 bytes'],
    ['70', 'zh', '是否想输入 700亿？不带单位的数按原值 70 计算。', '560 字节'],
  ])('a bare %s (%s) is read as it stands, with a suggestion', (params, lang, suggestion, weights) => {
    const view = viewOf(storage, { params }, lang);
    expect(view.errors).toEqual({});
    expect(view.suggestions).toEqual({ params: suggestion });
    expect(view.outputs.weights).toBe(weights);
  });
});

describe('a link value a select could not take', () => {
  // The island keeps the option the select shows and names the link's text here (calculator-driver.ts).
  const messages = (lang: Lang) => calculatorMessages(storage, lang);
  it.each<[Lang, string, string]>([
    ['en', 'nonsense', 'The link asked for the number format “nonsense”, which is not offered here, so it was ignored: the results are for fp64, as selected.'],
    ['zh', 'nonsense', '链接中的数值格式“nonsense”不在可选之列，已忽略：结果按所选的 fp64 计算。'],
    ['en', 'x'.repeat(100), `The link asked for the number format “${'x'.repeat(40)}…”, which is not offered here, so it was ignored: the results are for fp64, as selected.`],
  ])('(%s) %s: the results are for the format shown, and the field says so', (lang, typed, notice) => {
    const view = runCalculator(storage, { precision: 'fp64' }, lang, messages(lang), {}, { precision: typed });
    expect(view.errors).toEqual({});
    expect(view.suggestions).toEqual({ precision: notice });
    expect(view.outputs.weights).toBe('1600 GB = 1.6 TB = 1490.1 GiB');
  });

  it('says nothing when the link was fine', () => {
    expect(runCalculator(storage, { precision: 'bf16' }, 'en', messages('en')).suggestions).toEqual({});
  });
});

describe('the browser registry', () => {
  it('loads every calculator of the registry by its name, and nothing for another name', async () => {
    const { loaderOf } = await import('./browser-registry');
    for (const name of Object.keys(CALCULATORS)) expect((await loaderOf(name)!()).name).toBe(name);
    for (const name of ['spec', 'registry', '../spec', 'nope', 'constructor']) expect(loaderOf(name)).toBeUndefined();
  });
});

describe('the model field beside a config box', () => {
  const qwen = 'Qwen/Qwen3-8B';
  const failed = { kind: 'failed', repo: qwen, revision: 'main', error: 'network' } as const;
  const spec = (name: string) => CALCULATORS[name as keyof typeof CALCULATORS];
  const run = (name: string, input: Record<string, string>, hub: unknown, lang: Lang) =>
    runCalculator(spec(name), input, lang, calculatorMessages(spec(name), lang), { model: hub });

  it.each<[string, Lang, string, string]>([
    ['parameters', 'en', 'Qwen/Qwen3-8B: reading config.json…', 'The Hub could not be reached'],
    ['parameters', 'zh', 'Qwen/Qwen3-8B：正在读取 config.json……', '无法连接 Hub'],
    ['serving', 'en', 'Qwen/Qwen3-8B: reading config.json…', 'The Hub could not be reached'],
    ['serving', 'zh', 'Qwen/Qwen3-8B：正在读取 config.json……', '无法连接 Hub'],
  ])('%s (%s): while the config is not valid JSON, the model field still says where its reading stands', (name, lang, loading, network) => {
    const input = { model: qwen, config: '{ "hidden_size": 4096,' };
    const reading = run(name, input, { kind: 'loading', repo: qwen, progress: null }, lang);
    expect(reading.errors.config).toBeDefined();
    expect(reading.outputs['hub-status']).toBe(loading);
    expect(reading.current).toContain('hub-status');
    expect(run(name, input, failed, lang).outputs['hub-status']).toContain(network);
    // The config's own results are still withheld.
    expect(reading.outputs[name === 'parameters' ? 'total' : 'weights']).toBe(NO_RESULT);
  });

  it.each<[Lang, string]>([
    ['en', 'Qwen/Qwen3-8B was not read, so the results below are not its own: they are the example’s, worked out from the fields below as they stand.'],
    ['zh', '未能读取 Qwen/Qwen3-8B，下面的结果并非它的：仍是按下方各栏现有数值算出的示例结果。'],
  ])('a model whose reading failed: the results are marked as not its own (%s)', (lang, sentence) => {
    for (const name of ['parameters', 'serving']) {
      const view = run(name, { model: qwen }, failed, lang);
      expect(view.notOfModel).toBe(true);
      expect(view.suggestions.model).toBe(sentence);
      // Not before a reading, not after a successful one, nor once a config was given after the failure.
      expect(run(name, { model: qwen }, undefined, lang).notOfModel).toBeUndefined();
      expect(run(name, { model: qwen }, { ...failed, configSince: true }, lang).notOfModel).toBeUndefined();
      expect(run(name, { model: qwen }, { ...failed, configSince: true }, lang).suggestions.model).toBeUndefined();
    }
    // The checkpoint counter's results come from the model alone: nothing of another model to mark.
    expect(run('checkpoint', { model: qwen }, failed, lang).notOfModel).toBeUndefined();
  });
});

// The config's error and the stale-results sentence: no ASCII space after a full-width 。 (a tester's report).
describe('a config error beside the last good results', () => {
  it.each([
    ['en', 'This is not valid JSON. Paste the config.json file as it is, from its first { to its last }. The results below are still those of the last config that could be read.'],
    ['zh', /。下面/],
  ] as const)('%s', (lang, expected) => {
    const messages = calculatorMessages(CALCULATORS.parameters!, lang);
    const text = staleError(messages.errors.config!['not-json']!, messages);
    if (typeof expected === 'string') expect(text).toBe(expected);
    else {
      expect(text).toMatch(expected);
      expect(text).not.toMatch(/。 /);
    }
  });
});
