import { calculatorMessages } from '../i18n/calculators';
import type { Lang } from '@llm-scale/core/text/lang';
import { runCalculator, type CalculatorView } from './run';
import type { AnyCalculator } from './spec';

/** A calculator's view with the site's own strings: what the page shows for `input` (tests, build). */
export function viewOf(spec: AnyCalculator, input: Readonly<Record<string, string>>, lang: Lang): CalculatorView {
  return runCalculator(spec, input, lang, calculatorMessages(spec, lang));
}
