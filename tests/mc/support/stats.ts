/**
 * Reference statistics for the tests, computed independently of the engine: the normal CDF and its
 * inverse (simple-statistics), exact quantiles by sorting, sample correlation.
 */
import { errorFunction, probit } from 'simple-statistics';

/** Standard normal CDF, Phi(x) = (1 + erf(x / sqrt 2)) / 2 (erf accurate to about 1.2e-7). */
export const normalCdf = (x: number): number => 0.5 * (1 + errorFunction(x / Math.SQRT2));

/** Standard normal quantile. */
export const normalQuantile = (p: number): number => probit(p);

/** The p-quantile of `values` by inverting the empirical CDF (order statistic ceil(p n)). */
export function exactQuantile(values: ArrayLike<number>, p: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Pearson correlation of two equally long samples. */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
  mx /= n; my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
