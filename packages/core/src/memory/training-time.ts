import { assertNonNegativeFinite } from '../numbers/assert';
import type { DecimalRange } from '../numbers/parse-decimal';

/*
 * Wall-clock time of a training run: t = C / (n × P × u), with C ≈ 6ND the training compute
 * (compute.ts), n accelerators of peak throughput P each, and u the achieved share of that peak
 * (model FLOPs utilization, MFU). It assumes every accelerator works on the run the whole time:
 * no failures, restarts or idle time, so a real run takes longer.
 *
 * Default inputs, Llama 3.1 405B (Meta, "The Llama 3 Herd of Models", arXiv:2407.21783): 405B
 * parameters, about 15.6T pre-training tokens, about 3.8 × 10²⁵ FLOP, up to 16,384 H100 GPUs,
 * bf16 MFU of 38–43% (Table 4: 380–430 TFLOP/s per GPU). Peak: 989 TFLOP/s, the H100 SXM's dense
 * bf16 Tensor Core rate; NVIDIA's specification (https://www.nvidia.com/en-us/data-center/h100/)
 * lists 1,979 TFLOP/s "with sparsity", twice the dense rate.
 */

/** Peak per accelerator in TFLOP/s: from a laptop-class 1 GFLOP/s to 100 PFLOP/s per chip. */
export const PEAK_TFLOPS_RANGE: DecimalRange = { min: 0.001, max: 100_000 };

/** Utilization in percent. The floor keeps the time finite; large runs report 30–60%. */
export const UTILIZATION_PERCENT_RANGE: DecimalRange = { min: 0.1, max: 100 };

/** Ten million accelerators: far above any cluster built so far. */
export const MAX_ACCELERATORS = 10_000_000;

export const FLOPS_PER_TFLOPS = 1e12;
export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86_400;

/** Sustained FLOP/s of the whole cluster: n × P × u, with `utilization` a fraction (0.4 for 40%). */
export function clusterFlopsPerSecond(accelerators: number, peakFlopsPerSecond: number, utilization: number): number {
  assertNonNegativeFinite(accelerators, 'accelerators');
  assertNonNegativeFinite(peakFlopsPerSecond, 'peakFlopsPerSecond');
  assertNonNegativeFinite(utilization, 'utilization');
  return accelerators * peakFlopsPerSecond * utilization;
}

/** Seconds to do `flop` operations at `flopsPerSecond`. */
export function trainingSeconds(flop: number, flopsPerSecond: number): number {
  assertNonNegativeFinite(flop, 'flop');
  if (!(flopsPerSecond > 0) || !Number.isFinite(flopsPerSecond)) {
    throw new RangeError(`flopsPerSecond must be a finite number > 0, got ${String(flopsPerSecond)}`);
  }
  const seconds = flop / flopsPerSecond;
  assertNonNegativeFinite(seconds, 'seconds');
  return seconds;
}

/** Accelerator-hours (GPU-hours): the run's hours times the accelerators busy for all of them. */
export function acceleratorHours(seconds: number, accelerators: number): number {
  assertNonNegativeFinite(seconds, 'seconds');
  assertNonNegativeFinite(accelerators, 'accelerators');
  return (seconds / SECONDS_PER_HOUR) * accelerators;
}
