import { describe, expect, it } from 'vitest';
import compute from './index';
import { viewOf } from '../view-of';

// Chinchilla (Hoffmann et al. 2022): 70B parameters on 1.4T tokens. 2N = 1.4e11 FLOP per token to
// run, 6N = 4.2e11 to train, C = 6ND = 5.88e23 FLOP; 1.4T / 70B = 20 tokens per parameter.
describe('compute', () => {
  it('Chinchilla in English', () => {
    expect(viewOf(compute, { params: '70B', tokens: '1.4T' }, 'en').outputs).toEqual({
      inference: '1.4 × 10¹¹ FLOP (140 GFLOP)',
      'training-per-token': '4.2 × 10¹¹ FLOP (420 GFLOP)',
      training: '5.88 × 10²³ FLOP (588 ZFLOP)',
      'tokens-per-param': '20',
      chinchilla: '1.4T',
    });
  });
  it('Chinchilla in Chinese', () => {
    expect(viewOf(compute, { params: '700亿', tokens: '1.4万亿' }, 'zh').outputs).toMatchObject({
      training: '5.88 × 10²³ FLOP（588 ZFLOP）',
      chinchilla: '1.4万亿',
    });
  });
});
