import type { Lang } from '@llm-scale/core/text/lang';
import type { PluralForms } from '@llm-scale/core/text/template';
import type { ServingWords } from '../../../../src/calculators/serving';
import type { HubWords } from '../../../../src/calculators/hub-model';
import * as hubEn from '../../../../src/i18n/en/hub';
import * as hubZh from '../../../../src/i18n/zh/hub';

const hub = { en: hubEn, zh: hubZh };
// The sentences the site already has for the core's error codes (a config's key problems, a
// checkpoint header's faults) are used as they are, so the command and the site say the same thing.
import { calculators as siteEn } from '../../../../src/i18n/en/calculators';
import { calculators as siteZh } from '../../../../src/i18n/zh/calculators';
import { en, type Messages } from './en';
import { zh } from './zh';

export interface Catalog extends Messages {
  /** By KeyProblemKind or layout error code: "{key} is missing". */
  problems: Readonly<Record<string, string>>;
  problemSeparator: string;
  /** By CheckpointErrorCode: "not a .safetensors or .gguf file." */
  checkpointErrors: Readonly<Record<string, string>>;
  /** The checkpoint counter's lines: "{name}: {format}, {params} parameters, {bits} bits per weight", "{dtype}: {params} parameters, {bytes}". */
  fileLine: string;
  dtypeLine: string;
  /** "{n} bytes" by plural category, and "{line} ({exact})" for a size in units beside its exact bytes. */
  bytes: PluralForms;
  bytesLine: string;
  /** The serving calculator's words for its per-layer-type lines, with their plural forms. */
  /** The model field's sentences: a refused id (by 'model-' + ModelIdError) and the Hub's answers. */
  modelErrors: Readonly<Record<string, string>>;
  /** The fine-tuning calculator's sentences for a config it cannot size, by FineTuningConfigError. */
  finetuneRefusals: Readonly<Record<string, string>>;
  hubWords: HubWords;
  serving: Pick<ServingWords, 'layerLine' | 'stateLine' | 'noCacheLine' | 'noCacheMoeLine' | 'layerTypes' | 'layers' | 'tokens' | 'bytes' | 'shippedFormats'>;
}

const site = { en: siteEn, zh: siteZh };

/** The command's catalog in one language. */
export function catalog(lang: Lang): Catalog {
  const own = ({ en, zh } as const)[lang];
  const words = site[lang].calculators;
  return {
    ...own,
    problems: words.parameters.words.problems,
    problemSeparator: words.parameters.words.separator,
    checkpointErrors: words.checkpoint.words.errors,
    fileLine: words.checkpoint.words.file,
    dtypeLine: words.checkpoint.words.dtype,
    bytes: words.checkpoint.words.bytes,
    bytesLine: words.checkpoint.words.bytesLine,
    serving: words.serving.words,
    modelErrors: hub[lang].modelErrors,
    finetuneRefusals: words['fine-tuning'].words.configErrors,
    hubWords: hub[lang].hubWords,
  };
}
