/**
 * Compounding helpers: a level moved by a yearly rate, and the constant rate between two levels.
 */

/** Levels from `start` moved by each yearly rate: [start, start(1+r1), start(1+r1)(1+r2), ...]. */
export function compoundPath(start: number, rates: readonly number[]): number[] {
  const out = [start];
  for (let i = 0; i < rates.length; i++) out.push(out[i] * (1 + rates[i]));
  return out;
}

/**
 * The constant annual rate that takes `from` to `to` in `years` years: (to / from)^(1 / years) - 1.
 * Undefined when no such real rate exists (a level that is zero or changes sign, or no years).
 * @example constantAnnualRate(1650, 4000, 5) // => 0.193755...
 */
export function constantAnnualRate(from: number, to: number, years: number): number | undefined {
  if (!(years > 0) || !(from > 0) || !(to > 0)) return undefined;
  return Math.pow(to / from, 1 / years) - 1;
}
