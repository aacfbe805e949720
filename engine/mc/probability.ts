/**
 * Probabilities estimated by counting paths: the estimate k / n, its Monte Carlo standard error
 * sqrt(p (1 - p) / n), and the 95% Wilson score interval (Wilson, 1927), which stays inside [0, 1]
 * and is sensible at p = 0 or 1, where the plain standard error is 0.
 */
import { Z95 } from './mc-defaults';
import type { ProbabilityEstimate } from './mc-types';

/** The estimate from `hits` of `paths` paths. */
export function estimateProbability(hits: number, paths: number): ProbabilityEstimate {
  const p = paths > 0 ? hits / paths : NaN;
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / paths;
  const centre = (p + z2 / (2 * paths)) / denom;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / paths + z2 / (4 * paths * paths))) / denom;
  return {
    probability: p,
    standardError: Math.sqrt((p * (1 - p)) / paths),
    interval: { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) },
  };
}

/**
 * A standard error that is never 0 before the evidence justifies it: sqrt(q (1 - q) / n) with the
 * Laplace estimate q = (k + 1) / (n + 2). Adaptive stopping uses it so that a rare event seen 0 times
 * in the first batch does not stop the run at once.
 */
export function conservativeStandardError(hits: number, paths: number): number {
  const q = (hits + 1) / (paths + 2);
  return Math.sqrt((q * (1 - q)) / paths);
}

/** Paths needed for a standard error of `tolerance` at the Laplace estimate of `hits / paths`. */
export function pathsForTolerance(hits: number, paths: number, tolerance: number): number {
  const q = (hits + 1) / (paths + 2);
  return Math.ceil((q * (1 - q)) / (tolerance * tolerance));
}
