import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { checkpoint } from '../index';
import { hubOutputs, hubWords, modelFieldStrings, modelFieldWords } from '../../../i18n/en/hub';
import { messages } from '@llm-scale/core/text/messages/en';

/** The checkpoint calculator's strings in English. */
const strings: CalculatorStrings<typeof checkpoint> = {
  title: 'Checkpoint counter: pick the files',
  question: 'How many parameters, in which data types, do a model’s .safetensors or .gguf files hold?',
  searchWords: 'safetensors, GGUF, checkpoint, weights file, bits per weight, dtype',
  intro: 'Counts the parameters stored in a model’s files, .safetensors (one shard or all) and .gguf, from their headers alone, unpacking quantized weights (GPTQ, AWQ, bitsandbytes, MLX, MXFP4, FP8) to the weights the model has. The files are read in your browser and never uploaded, so a 100 GB file answers as fast as a small one.',
  fields: {
    model: modelFieldStrings,
    files: { label: 'Checkpoint files', hint: 'Pick every shard to count the whole model: model-00001-of-00004.safetensors … model-00004-of-00004.safetensors. For a quantized model, pick its config.json too: it says how the weights are packed.' },
  },
  outputs: {
    'hub-status': hubOutputs.status,
    total: 'Parameters stored',
    'bits-per-weight': 'Bits per weight (tensor bytes × 8 ÷ parameters)',
    bytes: 'Tensor bytes stored',
    'by-dtype': 'By data type',
    quantization: 'Quantization',
    'files-read': 'Files read',
  },
  words: {
    ...messages.checkpoint,
    // The checkpoint counter has no config box: what to do instead is to pick the files.
    hub: {
      ...hubWords,
      errors: {
        ...hubWords.errors,
        network: 'The Hub could not be reached: you may be offline, or a network filter or a browser extension blocks huggingface.co. Pick the model’s files from your disk above instead.',
        gated: '{repo} is gated: its publisher asks each reader to accept its terms on the model’s page first, and this site never asks for, sends or stores a token. Accept them on its page, download the files, and pick them above.',
        'bad-response': 'The Hub answered in a way this reader does not expect. Try again later, or pick the model’s files from your disk above.',
      },
    },
    pick: 'Pick one or more .safetensors or .gguf files.',
    reading: 'Reading the headers…',
    readingProgress: 'Reading the headers… {name} (file {index} of {count}), {bytes} read so far.',
    stopped: 'Stopped: nothing was counted. Pick the files again to count them.',
    withShort: '{full} ({short})',
    schemes: {
      gptq: 'GPTQ',
      awq: 'AWQ',
      'bitsandbytes-4bit': 'bitsandbytes 4-bit',
      'bitsandbytes-8bit': 'bitsandbytes LLM.int8()',
      mlx: 'MLX',
      mxfp4: 'MXFP4',
      fp8: 'FP8',
      'compressed-tensors': 'compressed-tensors',
    },
    sources: { config: 'read from config.json', metadata: 'read from the file’s metadata', names: 'read from the tensor names' },
    quantized: '{scheme} ({source}): the packed tensors’ {stored} stored elements hold {weights} weights. Scales, zero points, indices and tables count as bytes, not parameters.',
    quantizedBits: '{total} bits per weight in the quantized layers ({parts}).',
    bitsPart: '{bits} for the {role}',
    assumedBits: 'The file does not say its bits: taken as mlx-lm’s default, 4 bits in groups of 64, which its shapes agree with. Pick its config.json to be sure.',
    unmatched: 'The config declares {scheme}, but no tensor in these files is packed that way.',
    maybePacked: 'No quantization scheme could be told, so the count is of stored elements: {example} and the other integer tensors like it ({count} in all) may each hold several packed weights. Pick the model’s config.json to count its weights.',
    notQuantized: 'None found: every stored element counts as one parameter.',
    configFile: '{name}: a config, {declares}',
    declares: 'which declares {scheme}',
    declaresNone: 'which declares no quantization',
    configUnreadable: '{name}: not a JSON config this counter can read; left out.',
    splitMixed: 'These GGUF files are parts of different splits (their headers disagree on the number of parts or of tensors): {names}. They are not counted.',
    splitRepeated: '{names} all say in their headers that they are part {part} of the same split: one is a copy under another name. The split is not counted.',
    fileError: '{name}: {error}',
    duplicate: '{name}: the same file as {first}, counted once',
    mixed: 'Both safetensors and GGUF files were picked: if they are the same model, it is counted twice.',
    missing: '{prefix}: {count} parts, of which not picked: {missing}; the totals cover only the parts picked.',
    none: 'No picked file could be read.',
  },
  fieldWords: {
    model: modelFieldWords,
    files: { noun: 'files', example: 'model.safetensors' },
  },
};

export default strings;
