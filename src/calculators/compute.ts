import type { Lang } from '../lib/lang';
import { chinchillaTokens, inferenceFlopsPerToken, tokensPerParameter, trainingCompute, trainingFlopsPerToken } from '../lib/compute';
import { formatCount, formatFlopsLine, formatNumber } from '../lib/format';
import { countErrorMessage } from '../lib/messages';
import { parseCount } from '../lib/parse-count';
import { withheld, type CalculatorInput, type CalculatorView } from './view';

/** Chinchilla itself (Hoffmann et al. 2022): 70B parameters trained on 1.4T tokens, published figures. */
export const COMPUTE_DEFAULTS = { params: '70B', tokens: '1.4T' } as const;

export const COMPUTE_OUTPUTS = ['inference', 'training-per-token', 'training', 'tokens-per-param', 'chinchilla'] as const;

export function computeView(input: CalculatorInput, lang: Lang): CalculatorView {
  const params = parseCount(input.params ?? '');
  const tokens = parseCount(input.tokens ?? '');
  const errors: Record<string, string> = {};
  if (!params.ok) errors.params = countErrorMessage(params.error, lang, 'parameters');
  if (!tokens.ok) errors.tokens = countErrorMessage(tokens.error, lang, 'tokens');
  if (!params.ok || !tokens.ok) return withheld(COMPUTE_OUTPUTS, errors);

  const n = params.value;
  const d = tokens.value;
  return {
    outputs: {
      inference: formatFlopsLine(inferenceFlopsPerToken(n), lang),
      'training-per-token': formatFlopsLine(trainingFlopsPerToken(n), lang),
      training: formatFlopsLine(trainingCompute(n, d), lang),
      'tokens-per-param': formatNumber(tokensPerParameter(n, d), lang, 1),
      chinchilla: formatCount(chinchillaTokens(n), lang),
    },
    errors,
  };
}
