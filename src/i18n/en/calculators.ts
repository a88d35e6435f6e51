import type { LanguageCalculatorStrings } from '../calculator-strings';
import { modelErrors } from './hub';
import { bytes } from './shared';

/** The strings every calculator shares in English: error sentences by field kind, suggestions, the preset lists and the file picker. */
export const calculators: LanguageCalculatorStrings = {
  bytes,
  errors: {
    count: {
      empty: 'Enter a {noun}, for example {example}.',
      'not-a-number': 'Could not read that as a number. Write digits with an optional unit, for example {forms}.',
      'not-positive': 'The {noun} must be greater than zero.',
      'not-an-integer': 'The {noun} must be a whole number of at least 1.',
      'too-large': 'The {noun} can be at most {max} (10¹⁵).',
    },
    integer: {
      empty: 'Enter the {noun}, for example {example}.',
      'not-a-number': 'Could not read the {noun} as a whole number. Write digits, for example {example}.',
      'not-positive': 'The {noun} must be greater than zero.',
      'not-an-integer': 'The {noun} must be a whole number.',
      'too-large': 'The {noun} can be at most {max}{unit}.',
    },
    context: {
      empty: 'Enter the {noun}, for example {example}.',
      'not-a-number': 'Could not read the {noun} as a whole number. Write digits, for example {example}.',
      'not-positive': 'The {noun} must be greater than zero.',
      'not-an-integer': 'The {noun} must be a whole number of tokens.',
      'too-large': 'The {noun} can be at most {max}{unit}.',
    },
    decimal: {
      empty: 'Enter the {noun}, for example {example}.',
      'not-a-number': 'Write the {noun} as a plain decimal number, such as {plain}.',
      'not-positive': 'The {noun} must be greater than zero.',
      'too-small': 'The {noun} must be at least {min}{unit}.',
      'too-large': 'The {noun} can be at most {max}{unit}.',
    },
    percent: {
      empty: 'Enter the {noun} in percent, for example {example}.',
      'not-a-number': 'Write the {noun} as a plain percentage, such as {plain}.',
      'not-positive': 'The {noun} must be greater than zero.',
      'too-small': 'The {noun} must be at least {min}{unit}.',
      'too-large': 'The {noun} can be at most {max}{unit}.',
    },
    format: {
      'unknown-format': 'Unknown number format. Choose one of {list}.',
    },
    choice: {
      'unknown-format': 'Choose one of {list}.',
    },
    config: {
      empty: 'Paste a model’s config.json.',
      'not-json': 'This is not valid JSON. Paste the config.json file as it is, from its first { to its last }.',
      'not-an-object': 'A config.json is one JSON object, { … }; this is some other JSON value.',
      'too-long': 'This is longer than any config.json (over 1 MiB). Paste the config file, not the weights or the tokenizer.',
    },
    files: {},
    model: modelErrors,
  },
  suggestions: {
    'count-unit': 'Did you mean {meant}? A number without a unit is read as it stands: {typed}.',
    percent: 'Read as {typed}%. Did you mean {meant}%?',
    'binary-unit': '{typed} = {meant} GB (10⁹ bytes each, as this field and accelerator specs count): the results use {meant} GB.',
    'scaled-unit': '{typed} = {meant} {unit}, this field’s unit: the results use {meant} {unit}.',
    'link-ignored': 'The link asked for the number format “{typed}”, which is not offered here, so it was ignored: the results are for {shown}, as selected.',
    'link-ignored-option': 'The link asked for “{typed}”, which is not one of the options here, so it was ignored: the results are for “{shown}”, as selected.',
    'stale-results': 'The results below are still those of the last config that could be read.',
  },
  presetLabel: 'Fill in a model',
  presetNone: 'Choose a model…',
  acceleratorPresetLabel: 'Fill in an accelerator (datasheet figures)',
  acceleratorPresetNone: 'Choose an accelerator…',
  presetEstimate: ' (estimate)',
  chooseFiles: 'Choose files',
  noFileChosen: 'No file chosen',
  noScript: 'These are the results for the values shown. With JavaScript on, they update as you type.',
  loadFailed: 'The calculator could not load, so the results above are still those of the example values. Reload the page to try again.',
  stopReading: 'Stop reading',
};
