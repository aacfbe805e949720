/**
 * Real output from capital, in two forms (World Bank LTGM spirit; Loayza and Pennings, eds., 2022,
 * "The Long Term Growth Model"):
 *
 *   cobb-douglas:  Y(t) = A(t) K(t)^alpha L(t)^(1 - alpha),  A(t) = A(t-1) (1 + a(t)),
 *                  A(0) = Y(0) / (K(0)^alpha L(0)^(1 - alpha))  (calibrated, so the base year is exact)
 *   icor:          Y(t) = Y(t-1) + I(t) / icor(t)
 *
 * They agree exactly when alpha = 1, a = 0, delta = 0 and icor = K(0) / Y(0): then Y = A K with
 * A = Y0 / K0, so Y(t) - Y(t-1) = A (K(t) - K(t-1)) = A I(t) = I(t) / icor.
 */

/** Cobb-Douglas output and the TFP index (base = 1). Money in 亿元; labour in any unit (only ratios matter). */
export function cobbDouglasOutput(gdpReal0: number, capital: readonly number[], labour: readonly number[], capitalShare: number, tfpGrowth: readonly number[]): { gdpReal: number[]; tfpIndex: number[] } {
  const alpha = capitalShare;
  const tfpIndex = [1];
  for (let t = 0; t < tfpGrowth.length; t++) tfpIndex.push(tfpIndex[t] * (1 + tfpGrowth[t]));
  // Written as ratios to the base year so the level of A, K and L never needs to be formed.
  const gdpReal = capital.map((k, t) => gdpReal0 * tfpIndex[t] * Math.pow(k / capital[0], alpha) * Math.pow(labour[t] / labour[0], 1 - alpha));
  return { gdpReal, tfpIndex };
}

/** Output under a constant-or-yearly ICOR: each year adds I(t) / icor(t). Money in 亿元. */
export function icorOutput(gdpReal0: number, investmentYi: readonly number[], icor: readonly number[]): number[] {
  const out = [gdpReal0];
  for (let t = 0; t < investmentYi.length; t++) out.push(out[t] + investmentYi[t] / icor[t]);
  return out;
}
