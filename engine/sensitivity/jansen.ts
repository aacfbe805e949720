/**
 * Sobol indices from Saltelli's sampling scheme with Jansen's estimators (Saltelli et al. 2010,
 * "Variance based sensitivity analysis of model output", Comput. Phys. Commun. 181, table 2):
 *
 *   A, B: N independent samples of every input;  AB_i: A with the inputs of group i taken from B
 *   V     = variance of f over the 2N values f(A), f(B)
 *   S_i   = (V - (1 / 2N) sum_j (f(B)_j - f(AB_i)_j)^2) / V        first order
 *   ST_i  = (1 / 2N) sum_j (f(A)_j - f(AB_i)_j)^2 / V              total
 *
 * Intervals: percentile bootstrap over the N rows (resampled with a seeded generator). O(N k) for the
 * estimates, O(B N k) for B resamples.
 */
import { Xoshiro128 } from '../mc/rng/xoshiro128';
import type { IndexEstimate } from './sensitivity-types';

/** Estimates of every group, the output's mean and variance. */
export interface JansenEstimates {
  mean: number;
  variance: number;
  first: IndexEstimate[];
  total: IndexEstimate[];
}

interface Point {
  mean: number;
  variance: number;
  first: number[];
  total: number[];
}

/** The estimates over the rows `rows` (indices into the samples; duplicates allowed). */
function estimate(fA: Float64Array, fB: Float64Array, fAB: readonly Float64Array[], rows: ArrayLike<number>): Point {
  const n = rows.length;
  let sum = 0;
  for (let r = 0; r < n; r++) sum += fA[rows[r]] + fB[rows[r]];
  const mean = sum / (2 * n);
  let ss = 0;
  for (let r = 0; r < n; r++) ss += (fA[rows[r]] - mean) ** 2 + (fB[rows[r]] - mean) ** 2;
  const variance = ss / (2 * n);
  const first: number[] = [];
  const total: number[] = [];
  for (const f of fAB) {
    let dB = 0;
    let dA = 0;
    for (let r = 0; r < n; r++) {
      const j = rows[r];
      dB += (fB[j] - f[j]) ** 2;
      dA += (fA[j] - f[j]) ** 2;
    }
    first.push(variance > 0 ? (variance - dB / (2 * n)) / variance : NaN);
    total.push(variance > 0 ? dA / (2 * n) / variance : NaN);
  }
  return { mean, variance, first, total };
}

/** The q-quantile of sorted values (linear interpolation). */
function sortedQuantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Jansen estimates of every group with percentile-bootstrap intervals.
 * @param fA f on the A rows; @param fB f on the B rows; @param fAB f on AB_i, one array per group
 * @param bootstrap resamples (0: intervals collapse to the estimate); @param seed for the resampling
 * @param confidence level of the intervals, e.g. 0.95
 */
export function jansenIndices(fA: Float64Array, fB: Float64Array, fAB: readonly Float64Array[], bootstrap: number, seed: number, confidence = 0.95): JansenEstimates {
  const n = fA.length;
  const all = Uint32Array.from({ length: n }, (_, j) => j);
  const point = estimate(fA, fB, fAB, all);
  const k = fAB.length;
  const firstDraws: number[][] = Array.from({ length: k }, () => []);
  const totalDraws: number[][] = Array.from({ length: k }, () => []);
  const rng = new Xoshiro128(seed);
  const rows = new Uint32Array(n);
  for (let b = 0; b < bootstrap; b++) {
    for (let r = 0; r < n; r++) rows[r] = Math.floor(rng.nextOpenUnit() * n);
    const e = estimate(fA, fB, fAB, rows);
    for (let i = 0; i < k; i++) {
      firstDraws[i].push(e.first[i]);
      totalDraws[i].push(e.total[i]);
    }
  }
  const alpha = (1 - confidence) / 2;
  const interval = (value: number, draws: number[]): IndexEstimate => {
    if (draws.length === 0) return { estimate: value, lower: value, upper: value };
    const sorted = draws.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    return { estimate: value, lower: sortedQuantile(sorted, alpha), upper: sortedQuantile(sorted, 1 - alpha) };
  };
  return {
    mean: point.mean,
    variance: point.variance,
    first: point.first.map((v, i) => interval(v, firstDraws[i])),
    total: point.total.map((v, i) => interval(v, totalDraws[i])),
  };
}
