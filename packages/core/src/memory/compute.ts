import { assertNonNegativeFinite } from '../numbers/assert';

/*
 * Kaplan et al., "Scaling Laws for Neural Language Models", arXiv:2001.08361, section 2.1 and
 * Table 1: a forward pass costs about 2N FLOP per token, forward plus backward about 6N, where N
 * counts non-embedding parameters and a small context-length term is left out. For a
 * mixture-of-experts model pass the active parameters, not the total: compute follows what runs.
 */

export function inferenceFlopsPerToken(params: number): number {
  assertNonNegativeFinite(params, 'params');
  return 2 * params;
}

export function trainingFlopsPerToken(params: number): number {
  assertNonNegativeFinite(params, 'params');
  return 6 * params;
}

/** C ≈ 6ND for D training tokens, the form Hoffmann et al. (arXiv:2203.15556) use. */
export function trainingCompute(params: number, tokens: number): number {
  assertNonNegativeFinite(tokens, 'tokens');
  return trainingFlopsPerToken(params) * tokens;
}

/**
 * A rule of thumb read off Hoffmann et al. (Chinchilla), arXiv:2203.15556, Table 3
 * (1B -> 20.2B tokens, 10B -> 205.1B, 175B -> 3.7T); the paper never states "20" as such.
 * Chinchilla itself: 70B parameters, 1.4T tokens.
 */
export const CHINCHILLA_TOKENS_PER_PARAMETER = 20;

export function chinchillaTokens(params: number): number {
  assertNonNegativeFinite(params, 'params');
  return CHINCHILLA_TOKENS_PER_PARAMETER * params;
}

/** How far a training run is from the ~20 tokens per parameter rule (Chinchilla: 1.4T / 70B = 20). */
export function tokensPerParameter(params: number, tokens: number): number {
  assertNonNegativeFinite(tokens, 'tokens');
  assertNonNegativeFinite(params, 'params');
  if (params === 0) throw new RangeError('params must be > 0');
  return tokens / params;
}
