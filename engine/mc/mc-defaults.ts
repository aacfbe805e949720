/**
 * Default constants of the Monte Carlo and the sensitivity analysis, gathered in one place (like
 * Squiggle's magicNumbers.ts). Changing one changes results, so each says why it has its value.
 */

/**
 * Paths per block. Every block draws from its own stream, derived from the run's scrambled seed and
 * the block index, so results do not depend on how blocks are shared among workers. 4096 paths keep a
 * block's scratch in cache and make the per-block float sums (merged in block order) cheap.
 */
export const BLOCK_PATHS = 4096;

/** Quantile levels reported by default (fractions). */
export const DEFAULT_QUANTILES: readonly number[] = [0.05, 0.25, 0.5, 0.75, 0.95];

/** Default target for the Monte Carlo standard error of every probability in adaptive runs: 0.5 percentage points. */
export const DEFAULT_TOLERANCE = 0.005;

/** Default path limit of an adaptive run: enough for a standard error of 0.05 percentage points. */
export const DEFAULT_PATH_LIMIT = 1_000_000;
/** Default path count of a fixed run: standard errors of at most 0.16 percentage points. */
export const DEFAULT_PATHS = 100_000;

/** First batch of an adaptive run: 16 blocks (65,536 paths). */
export const ADAPTIVE_FIRST_BLOCKS = 16;

/** Seed used when neither the request nor the scenario gives one. */
export const DEFAULT_SEED = 20210101;

/**
 * Streaming histograms: at most this many bins per series and year (plus an underflow and an overflow
 * bin), laid out on the float32 bit pattern (log-like spacing) over +-HISTOGRAM_WIDTH_SD approximate
 * log standard deviations around the deterministic value. Bins are then about 0.004-0.008 standard
 * deviations wide: the quantile error stays far below the Monte Carlo error (see `npm run bench`).
 */
export const HISTOGRAM_MAX_BINS = 4096;
/** Half-width of a histogram's range, in approximate log standard deviations. */
export const HISTOGRAM_WIDTH_SD = 8;
/** Smallest log standard deviation a histogram range assumes (for series without uncertainty). */
export const HISTOGRAM_MIN_LOG_SD = 1e-6;

/** Display bins of a requested histogram. */
export const DEFAULT_HISTOGRAM_BINS = 40;

/** z of a two-sided 95% interval (Wilson intervals of probabilities). */
export const Z95 = 1.959963984540054;

/** Tornado: default low/high move of each lever, +-2 percentage points a year (shift). */
export const DEFAULT_TORNADO_DELTA = 0.02;

/** Sobol: base samples N (cost (groups + 2) x N path evaluations) and bootstrap resamples. */
export const DEFAULT_SOBOL_SAMPLES = 8192;
/** Bootstrap resamples of the Sobol intervals: enough for stable 2.5% and 97.5% percentiles. */
export const DEFAULT_BOOTSTRAP = 300;
