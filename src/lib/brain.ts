import { assertNonNegativeFinite } from '@llm-scale/core/numbers/assert';

/** Azevedo et al. 2009, J Comp Neurol 513(5):532-541: 86.1 ± 8.1 billion. Not the old round 100 billion. */
export const NEURONS = 86e9;

/**
 * Synapses are known only to an order of magnitude: at least 1.5e14, the count for the neocortex
 * alone (Pakkenberg et al. 2003, Exp Gerontol 38:95-99), and ~1e15 for the whole brain (Sporns,
 * Tononi and Kötter 2005, PLoS Comput Biol 1:e42). Hence a range, not one number: against 200B
 * parameters, 750 to 5,000 times as many synapses.
 */
export const SYNAPSES_LOW = 1.5e14;
export const SYNAPSES_HIGH = 1e15;

export interface BrainComparison {
  /** params / neurons: shown only to explain why it is the wrong comparison. */
  neuronsRatio: number;
  /** params / 1.5e14, the model's size as a share of the low synapse estimate (the larger share). */
  synapseShareLow: number;
  /** params / 1e15, the share of the high synapse estimate (the smaller share). */
  synapseShareHigh: number;
  /**
   * A parameter is a connection weight, so synapses are the closer analogue; neurons are units.
   * Even so the analogy is loose: a detailed biophysical model of one layer 5 cortical pyramidal
   * cell took a deep network of 5-8 layers to imitate (Beniaguev, Segev and London 2021, Neuron
   * 109:2727-2739).
   */
  apt: 'synapses';
}

export function compareToBrain(params: number): BrainComparison {
  assertNonNegativeFinite(params, 'params');
  return {
    neuronsRatio: params / NEURONS,
    synapseShareLow: params / SYNAPSES_LOW,
    synapseShareHigh: params / SYNAPSES_HIGH,
    apt: 'synapses',
  };
}
