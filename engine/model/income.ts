/**
 * Per-capita disposable income follows real GDP per resident:
 *
 *   y(t)           = gdpReal(t) / pop(t)                          real GDP per resident
 *   income(t)      = income(t-1) x (1 + elasticity x (y(t) / y(t-1) - 1)),  income(0) = 1
 *   gap(t)         = (income(t)^(1/t) - 1) - ((gdpReal(t) / gdpReal(0))^(1/t) - 1)
 *
 * `gap` is average annual income growth since the base year minus average annual real GDP growth, a
 * fraction (0.01 = one percentage point a year). The plan's "与经济增长基本同步" (in step with
 * economic growth) is read as |gap| within one percentage point; a fast-growing population makes it
 * hard, since income follows GDP per resident, not GDP.
 */

/**
 * The disposable-income index (base year = 1) and its growth gap to real GDP.
 * @example disposableIncome([100, 110], [10, 10], 1).index // => [1, 1.1]
 */
export function disposableIncome(gdpReal: readonly number[], populationWan: readonly number[], elasticity: number): { index: number[]; growthGapToGdp: number[] } {
  const perResident = gdpReal.map((g, t) => g / populationWan[t]);
  const index = [1];
  // A path whose output has collapsed to zero (extreme levers, where rounding can even leave it a hair below zero)
  // keeps income where it was rather than dividing 0 by 0 or taking a root of a negative number.
  for (let t = 1; t < gdpReal.length; t++) index.push(index[t - 1] * (1 + elasticity * (perResident[t - 1] > 0 ? Math.max(0, perResident[t]) / perResident[t - 1] - 1 : 0)));
  const growthGapToGdp = index.map((v, t) => (t === 0 ? 0 : Math.pow(Math.max(0, v), 1 / t) - Math.pow(Math.max(0, gdpReal[t] / gdpReal[0]), 1 / t)));
  return { index, growthGapToGdp };
}
