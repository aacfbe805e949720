/**
 * Capital accumulation (perpetual inventory): K(t) = (1 - delta(t)) K(t-1) + I(t). Investment made in a
 * year is productive in that year. Money in 亿元 at base-year prices.
 */

/**
 * The capital stock from the base year on: [K0, K1, ..., Kn].
 * @param initialCapitalYi K0, 亿元
 * @param investmentYi I(1..n), 亿元 per year
 * @param depreciation delta(1..n), fraction per year
 * @example accumulateCapital(1000, [50, 50], [0.05, 0.05]) // => [1000, 1000, 1000] (I = delta K: steady state)
 */
export function accumulateCapital(initialCapitalYi: number, investmentYi: readonly number[], depreciation: readonly number[]): number[] {
  const out = [initialCapitalYi];
  for (let t = 0; t < investmentYi.length; t++) out.push((1 - depreciation[t]) * out[t] + investmentYi[t]);
  return out;
}

/**
 * The capital stock consistent with an investment flow on a steady growth path: with K growing at g,
 * K(t) - K(t-1) = I - delta K(t-1) = g K(t-1), so K = I / (g + delta). Used to calibrate the base-year
 * stock from observed investment (e.g. the zone's published fixed-asset investment) instead of
 * assuming a capital-output ratio.
 * @param investmentYi investment in one year, 亿元
 * @param growth steady growth of the capital stock (fraction a year)
 * @param depreciation depreciation rate (fraction a year); growth + depreciation must be > 0
 * @example steadyStateCapital(832.71, 0.056, 0.096) // => 5478.4 (亿元)
 */
export function steadyStateCapital(investmentYi: number, growth: number, depreciation: number): number {
  return investmentYi / (growth + depreciation);
}
