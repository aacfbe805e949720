/**
 * Trend, volatility and persistence of a yearly log-growth series x(t) = ln(1 + g(t)), with standard
 * errors and the number of observations each rests on. The model the estimates feed (the Monte Carlo):
 * x(t) = ln(1 + g) + sigma e(t), e an AR(1) with coefficient rho and unit variance. So
 *
 *   trend    mu = mean(x);  growth = exp(mu) - 1 (the median path's rate)
 *            se(mu) = s / sqrt(n) x sqrt((1 + rho) / (1 - rho))       (long-run variance of an AR(1))
 *   sigma    = s / sqrt(c): the sample standard deviation s (n - 1) corrected for persistence, since
 *            E[s^2] = sigma^2 c with c = 1 - 2 / (n - 1) x sum_{k=1}^{n-1} (1 - k / n) rho^k
 *            se(sigma) = sigma x sqrt((1 + rho^2) / (2 n (1 - rho^2)))    (Bartlett)
 *   rho      = lag-1 autocorrelation r1 corrected for its small-sample bias (Kendall 1954; Marriott and
 *              Pope 1954): E[r1] ~ rho - (1 + 3 rho) / n, so rho = (n r1 + 1) / (n - 3), kept in (-1, 1)
 *            se(rho) = sqrt((1 - rho^2) / n)
 *
 * rho in the standard errors is clamped to +-PERSISTENCE_CLAMP. Basics from simple-statistics.
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { MIN_OBSERVATIONS, PERSISTENCE_CLAMP } from './calibration-defaults';

/** An estimate, its standard error and the observations it rests on; null when they are too few to compute. */
export interface Estimate {
  value: number | null;
  standardError: number | null;
  observations: number;
  /** Fewer observations than MIN_OBSERVATIONS asks for this estimate. */
  tooFew: boolean;
}

/** Estimates from one log-growth series. */
export interface GrowthEstimates {
  /** Mean log growth (fraction, log points a year). */
  trendLog: Estimate;
  /** exp(trendLog) - 1: the trend growth rate (fraction a year); its standard error by the delta method. */
  trend: Estimate;
  /** Standard deviation of log growth (fraction). */
  volatility: Estimate;
  /** AR(1) coefficient of growth (unitless). */
  persistence: Estimate;
}

const clamp = (rho: number) => Math.max(-PERSISTENCE_CLAMP, Math.min(PERSISTENCE_CLAMP, rho));

/**
 * The lag-1 autocorrelation around the mean: sum (x_t - m)(x_{t-1} - m) / sum (x_t - m)^2.
 * @example lagOneAutocorrelation([1, 2, 3, 4]) // => 0.25
 */
export function lagOneAutocorrelation(xs: readonly number[]): number {
  const m = mean(xs as number[]);
  let num = 0;
  let den = 0;
  for (let t = 0; t < xs.length; t++) {
    den += (xs[t] - m) ** 2;
    if (t > 0) num += (xs[t] - m) * (xs[t - 1] - m);
  }
  return den > 0 ? num / den : 0;
}

/**
 * The factor c with E[s^2] = sigma^2 c for n draws of an AR(1) with coefficient rho (c = 1 without persistence).
 * @example varianceBiasFactor(0, 10) // => 1
 */
export function varianceBiasFactor(rho: number, n: number): number {
  let sum = 0;
  for (let k = 1; k < n; k++) sum += (1 - k / n) * Math.pow(rho, k);
  return 1 - (2 / (n - 1)) * sum;
}

/**
 * Estimates of a log-growth series (fractions). Never throws: too short a series gives nulls. Cost O(n).
 * @param consecutive false when the years have gaps: persistence is then not estimated (a lag-1
 *   autocorrelation across a gap means nothing) and the standard errors assume none
 */
export function estimateGrowth(logGrowth: readonly number[], consecutive = true): GrowthEstimates {
  const xs = logGrowth as number[];
  const n = xs.length;
  const est = (value: number | null, standardError: number | null, min: number): Estimate => ({ value, standardError, observations: n, tooFew: n < min });
  const mu = n >= 1 ? mean(xs) : null;
  const s = n >= 2 ? sampleStandardDeviation(xs) : null;
  const rho = consecutive && n >= 4 ? Math.max(-0.999999, Math.min(0.999999, (n * lagOneAutocorrelation(xs) + 1) / (n - 3))) : null;
  const r = clamp(rho ?? 0);
  const sigma = s === null ? null : s / Math.sqrt(varianceBiasFactor(r, n));
  const seMu = sigma === null ? null : (sigma / Math.sqrt(n)) * Math.sqrt((1 + r) / (1 - r));
  return {
    trendLog: est(mu, seMu, MIN_OBSERVATIONS.trend),
    trend: est(mu === null ? null : Math.exp(mu) - 1, mu === null || seMu === null ? null : Math.exp(mu) * seMu, MIN_OBSERVATIONS.trend),
    volatility: est(sigma, sigma === null ? null : sigma * Math.sqrt((1 + r * r) / (2 * n * (1 - r * r))), MIN_OBSERVATIONS.volatility),
    persistence: est(rho, rho === null ? null : Math.sqrt((1 - r * r) / n), MIN_OBSERVATIONS.persistence),
  };
}
