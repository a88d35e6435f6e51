import { chinchillaTokens, inferenceFlopsPerToken, tokensPerParameter, trainingCompute, trainingFlopsPerToken } from '@llm-scale/core/memory/compute';
import { formatCount, formatFlopsLine, formatSignificant } from '@llm-scale/core/text/format';
import { defineCalculator, type ComputeContext } from '../spec';

/** Forward pass ≈ 2N FLOP per token, training ≈ 6N per token and C ≈ 6ND (Kaplan et al. 2020). */
export const compute = defineCalculator({
  name: 'compute',
  // Chinchilla itself (Hoffmann et al. 2022): 70B parameters trained on 1.4T tokens.
  fields: [
    { name: 'params', kind: 'count', default: '70B' },
    { name: 'tokens', kind: 'count', default: '1.4T' },
  ],
  outputs: [
    { name: 'inference', from: ['params'] },
    { name: 'training-per-token', from: ['params'] },
    { name: 'training', from: ['params', 'tokens'] },
    { name: 'tokens-per-param', from: ['params', 'tokens'] },
    { name: 'chinchilla', from: ['params'] },
  ],
  compute({ params, tokens }, { lang }: ComputeContext<Record<string, never>>) {
    return {
      inference: formatFlopsLine(inferenceFlopsPerToken(params), lang),
      'training-per-token': formatFlopsLine(trainingFlopsPerToken(params), lang),
      training: formatFlopsLine(trainingCompute(params, tokens), lang),
      // Significant digits, so 15B tokens for 405B parameters reads 0.037, not 0.
      'tokens-per-param': formatSignificant(tokensPerParameter(params, tokens), lang, 3),
      chinchilla: formatCount(chinchillaTokens(params), lang),
    };
  },
});

/** The spec the registries find in this folder (src/calculators/registry.ts). */
export default compute;
