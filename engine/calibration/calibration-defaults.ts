/**
 * Thresholds of the calibration, gathered in one place. Each says why it has its value.
 */

/**
 * Fewest growth observations for an estimate to mean much; below them the result carries a warning.
 * - trend: 8 (two plan periods' worth of years less two; the standard error of the mean is then about
 *   a third of the volatility, and more with persistence);
 * - volatility: 10 (the standard error of a standard deviation is about sigma / sqrt(2n): about 22% at 10);
 * - persistence: 20 (the standard error of a lag-1 autocorrelation is about sqrt((1 - rho^2) / n): about
 *   0.2 at 20, so fewer cannot tell 0 from 0.4).
 */
export const MIN_OBSERVATIONS = { trend: 8, volatility: 10, persistence: 20 } as const;

/**
 * Largest |rho| used in standard-error formulas: 1 / (1 - rho) explodes near 1, and a short sample
 * cannot tell 0.95 from 1.
 */
export const PERSISTENCE_CLAMP = 0.95;

/** Decimals of the rates written into a calibrated scenario file (1e-6 = 0.0001 percentage points). */
export const SCENARIO_DECIMALS = 6;
