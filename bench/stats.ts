/**
 * The two order statistics the bench programs print. `median` is the middle run (the upper middle for
 * an even count: every bench takes an odd number of runs); `percentile` interpolates linearly between
 * order statistics (NumPy's default), for p50 / p95 over many samples.
 */

/** The middle value of `xs` (upper middle when the count is even). */
export const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The q-quantile of `xs` (0 <= q <= 1) by linear interpolation; NaN for no values. */
export function percentile(xs: number[], q: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
