import { FINE_TUNING_METHODS, LORA_TARGETS, ZERO_STAGES, type FineTuningMethod, type LoraTargets, type ZeroStage } from '@llm-scale/core/training/fine-tuning';
import { estimateFineTuning, type RunSettings } from '@llm-scale/core/training/from-config';
import { ACCELERATORS, acceleratorById } from '@llm-scale/core/memory/accelerators';
import { parseCount } from '@llm-scale/core/numbers/parse-count';
import { parseContextLength } from '@llm-scale/core/numbers/parse-context';
import { parseDecimalInRange, parsePositiveDecimal, withoutUnit } from '@llm-scale/core/numbers/parse-decimal';
import { parsePositiveInteger } from '@llm-scale/core/numbers/parse-integer';
import { formatBytesLine, formatCountShort, formatExact, formatList, formatSignificant } from '@llm-scale/core/text/format';
import { countParameters } from '@llm-scale/core/configs/count-parameters';
import { fill } from '@llm-scale/core/text/template';
import { configOf, resolveModel } from '../model-input';
import { PEAK_TFLOPS_RANGE, UTILIZATION_PERCENT_RANGE } from '@llm-scale/core/memory/training-time';
import { readPercentOption, readPrice } from '../options';
import { InputError, table, type Command, type CommandContext, type Options } from '../output';

/** "8x80GB" or "8xh100-sxm": GPUs and the memory of each, as serve reads it; "8": GPUs alone. */
const GPUS = /^\s*(\d+)\s*(?:[x×*]\s*(?:(\d+(?:\.\d+)?)\s*(?:GB)?|([a-z][a-z0-9-]*)))?\s*$/i;

/**
 * `llm-scale finetune <config.json | org/name>`: memory per GPU to fine-tune the model, as the site's
 * fine-tuning calculator works it out (core/training: estimateFineTuning): trainable parameters,
 * weights, gradients, optimizer states and activations per GPU and in all, under ZeRO over N GPUs;
 * with --tokens, the run's FLOP, time and GPU-hours, and with --price its cost. Bytes exact in --json.
 */
export const finetune: Command = async ([arg], options, context) => {
  const { lang, m } = context;
  const settings = readOptions(options, context);
  const source = await resolveModel(arg, 'finetune', context);
  const { config, name } = await configOf(source, 'finetune', context);
  const estimate = estimateFineTuning({ config }, settings.memory, settings.run);
  if (!estimate.ok) throw new InputError(fill(m.errors.finetune, { path: name, reason: m.core.fineTuningRefusals[estimate.error] }));
  const e = estimate.value;
  const bytes = (n: number) => formatBytesLine(n, lang);
  // The same count the estimate read (countParameters): an unknown model type's is a Llama-style
  // estimate, never shown in exact digits; a nested config's leaves the vision tower out.
  const counted = countParameters(config);
  const c = counted.ok ? counted.value : null;
  const estimated = c?.fellBackToLlama ?? false;
  const figure = (n: number) => (estimated ? fill(m.approximately, { short: formatCountShort(n, lang) }) : formatExact(n, lang));
  const notes = [
    c === null ? '' : c.modelType === null ? m.noModelType : estimated ? fill(m.fallback, { type: c.modelType }) : '',
    c?.nested ? m.nestedServe : '',
  ].filter(Boolean);
  const rows: [string, string][] = [
    [m.trainable, `${figure(e.trainable)} / ${figure(e.parameters)}`],
    [m.weights, bytes(e.statePerGpu.weights)],
    [m.gradients, bytes(e.statePerGpu.gradients)],
    [m.optimizer, bytes(e.statePerGpu.optimizer)],
    [m.activations, bytes(e.activations.total)],
    [m.perGpuTotal, bytes(e.perGpu)],
  ];
  const fits = settings.gpuBytes === undefined || e.perGpu <= settings.gpuBytes;
  if (settings.gpuBytes !== undefined) {
    rows.push([m.verdict, fits ? fill(m.fitsIn, { free: bytes(settings.gpuBytes - e.perGpu), capacity: bytes(settings.gpuBytes) }) : fill(m.overBy, { over: bytes(e.perGpu - settings.gpuBytes), capacity: bytes(settings.gpuBytes) })]);
  }
  // A run that does not fit in the GPUs given cannot start: no GPU-hours and no price, as on the site.
  if (e.run && !fits) rows.push([m.gpuHours, m.noRun]);
  else if (e.run) {
    rows.push([m.gpuHours, formatSignificant(e.run.gpuHours, lang, 3)]);
    if (e.run.cost !== null) rows.push([m.cost, fill(m.costValue, { cost: formatSignificant(e.run.cost, lang, 3) })]);
  }
  return {
    text: [...table(rows), ...notes.map((n) => `* ${n}`)],
    json: {
      model: name,
      method: settings.memory.method,
      // The integers stay, for scripts; `estimate` says they come from a Llama-style estimate, not a count.
      estimate: estimated,
      nested: c?.nested != null,
      parameters: e.parameters,
      trainable: e.trainable,
      quantized: e.quantized,
      gpus: settings.memory.gpus,
      zero: settings.memory.zero,
      statePerGpu: e.statePerGpu,
      state: e.state,
      activationBytesPerGpu: e.activations.total,
      perGpuBytes: e.perGpu,
      allGpusBytes: e.allGpus,
      ...(settings.gpuBytes !== undefined ? { gpuBytes: settings.gpuBytes, fits: e.perGpu <= settings.gpuBytes } : {}),
      run: fits ? e.run : null,
    },
  };
};

function readOptions(options: Options, context: CommandContext) {
  const { m } = context;
  const given = (n: string) => (typeof options[n] === 'string' ? (options[n] as string) : undefined);
  const bad = (option: string, what: string, value: string) => new InputError(fill(m.errors.badNumber, { option, what, value }));
  const choice = <T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T => {
    if (value === undefined) return fallback;
    const found = allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase());
    if (!found) throw new InputError(fill(m.errors.badFormat, { option, formats: formatList([...allowed], 'en'), value }));
    return found;
  };
  const integer = (option: string, value: string | undefined, max: number) => {
    if (value === undefined) return undefined;
    const read = parsePositiveInteger(value, max);
    if (!read.ok) throw bad(option, m.whats.positiveInteger, value);
    return read.value;
  };
  const method = choice<FineTuningMethod>('--method', given('method'), FINE_TUNING_METHODS, 'lora');
  const targets = choice<LoraTargets>('--targets', given('targets'), LORA_TARGETS, 'all-linear');
  const zeroText = given('zero');
  const zero = zeroText === undefined ? 0 : (Number(choice('--zero', zeroText, ZERO_STAGES.map(String), '0')) as ZeroStage);
  const attention = choice('--attention', given('attention'), ['flash', 'standard'] as const, 'flash');
  const sequenceText = given('sequence') ?? '2048';
  const sequence = parseContextLength(sequenceText, 10_000_000);
  if (!sequence.ok) throw bad('--sequence', m.whats.context, sequenceText);
  const gpusText = given('gpus') ?? '1';
  const gpus = GPUS.exec(gpusText);
  const count = gpus ? parsePositiveInteger(gpus[1]!, 100_000) : null;
  if (!gpus || !count?.ok) throw new InputError(fill(m.errors.badGpus, { value: gpusText, presets: ACCELERATORS.map((a) => a.id).join(', ') }));
  const presets = ACCELERATORS.map((a) => a.id).join(', ');
  const preset = gpus[3] === undefined ? undefined : acceleratorById(gpus[3].toLowerCase());
  if (gpus[3] !== undefined && !preset) throw new InputError(fill(m.errors.badGpus, { value: gpusText, presets }));
  const gb = gpus[2] === undefined ? undefined : parsePositiveDecimal(gpus[2], 100_000);
  if (gb && !gb.ok) throw new InputError(fill(m.errors.badGpus, { value: gpusText, presets }));
  // Read whether or not --tokens is given, so a value the site refuses is refused either way.
  const utilization = readPercentOption('--utilization', given('utilization') ?? '40', UTILIZATION_PERCENT_RANGE, context);
  // The site's peak field: its bounds and units (src/calculators/fine-tuning: PEAK_TFLOPS_RANGE, TFLOP/s).
  const peakText = given('peak') ?? '989';
  const peak = parseDecimalInRange(withoutUnit(peakText, ['TFLOP/s', 'TFLOPS']), PEAK_TFLOPS_RANGE);
  if (!peak.ok) throw bad('--peak', m.whats.positiveNumber, peakText);
  const peakTflops = peak.value;
  const priceText = given('price');
  const price = priceText === undefined ? undefined : readPrice(priceText);
  if (price === null) throw bad('--price', m.whats.price, priceText!);
  let run: RunSettings | undefined;
  const tokensText = given('tokens');
  if (tokensText !== undefined) {
    const tokens = parseCount(tokensText);
    if (!tokens.ok) throw bad('--tokens', m.whats.positiveInteger, tokensText);
    run = {
      tokens: tokens.value,
      peakTflops,
      utilization: utilization / 100,
      ...(price === undefined ? {} : { pricePerGpuHour: price }),
    };
  }
  return {
    memory: {
      method,
      rank: integer('--rank', given('rank'), 65_536) ?? 16,
      targets,
      sequence: sequence.value,
      microBatch: integer('--micro-batch', given('micro-batch'), 100_000) ?? 1,
      attention,
      checkpointing: options['no-checkpointing'] !== true,
      gpus: count.value,
      zero,
    },
    // A preset's memory as the driver reports it where known, as serve and the site take it.
    gpuBytes: preset ? (preset.reportedBytes ?? preset.advertisedBytes) : gb?.ok ? Math.round(gb.value * 1e9) : undefined,
    run,
  };
}
