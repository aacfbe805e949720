/**
 * A re-anchored base (a mid-term review) keeps measuring against the plan's original base year: real
 * GDP at the original prices, price indices and the energy and CO2 intensity indices relative to the
 * original base (= 1). These helpers carry a base's {@link BaseReference} into the economy and
 * intensity series; without a reference they return their input unchanged.
 */
import type { BaseReference } from '../plan/plan-types';
import type { EconomySeries } from '../model/economy';
import type { IntensitySeries } from '../model/intensity';
import type { LinkedSeries } from '../model/linked';
import { SECTORS, type Sector } from '../scenario/scenario-types';

const perSector = <T>(make: (s: Sector) => T) => Object.fromEntries(SECTORS.map((s) => [s, make(s)])) as Record<Sector, T>;

/**
 * The economy of a re-anchored base: `economy` was projected from real base-year value added
 * (nominal / reference price) with price indices starting at 1; this scales the prices by the reference
 * price level and recomputes every nominal series, shares, the deflator and the real GDP index.
 */
export function withPriceReference(economy: EconomySeries, reference: BaseReference | undefined): EconomySeries {
  if (!reference) return economy;
  const priceIndex = perSector((s) => economy.priceIndex[s].map((p) => p * reference.priceIndex[s]));
  const valueAddedNominal = perSector((s) => economy.valueAddedReal[s].map((v, t) => v * priceIndex[s][t]));
  const gdpNominal = valueAddedNominal.primary.map((_, t) => SECTORS.reduce((sum, s) => sum + valueAddedNominal[s][t], 0));
  return {
    ...economy,
    priceIndex,
    valueAddedNominal,
    gdpNominal,
    gdpRealIndex: economy.gdpReal.map((v) => v / reference.gdpRealYi),
    gdpDeflatorIndex: gdpNominal.map((v, t) => v / economy.gdpReal[t]),
    shares: perSector((s) => valueAddedNominal[s].map((v, t) => v / gdpNominal[t])),
  };
}

/**
 * Intensity series of a re-anchored base: the index starts at the reference level (original base = 1)
 * instead of 1, so the cumulative change stays measured from the original base year.
 * @param startIndex the intensity index in the base year (original base year = 1)
 */
export function withIntensityReference(series: IntensitySeries, startIndex: number, gdpRealIndex: readonly number[]): IntensitySeries {
  if (startIndex === 1) return series;
  const intensityIndex = series.intensityIndex.map((v) => v * startIndex);
  return { intensityIndex, changeSinceBase: intensityIndex.map((v) => v - 1), useIndex: intensityIndex.map((v, t) => v * gdpRealIndex[t]) };
}

/**
 * CO2 from energy on a re-anchored base (structural carbon mode): CO2 per unit of energy restarts at 1
 * in the projection, so the CO2 index is scaled by the reference's CO2 over energy intensity, keeping
 * the carbon content reached by the anchor year (and the index measured from the original base).
 */
export function withCarbonReference(series: IntensitySeries, reference: BaseReference | undefined): IntensitySeries {
  if (!reference) return series;
  const k = reference.co2IntensityIndex / reference.energyIntensityIndex;
  if (k === 1) return series;
  const intensityIndex = series.intensityIndex.map((v) => v * k);
  return { intensityIndex, changeSinceBase: intensityIndex.map((v) => v - 1), useIndex: series.useIndex.map((v) => v * k) };
}

/** The linked series measured from the projection's base year that a re-anchored base carries on. */
type SinceBaseSeries = Pick<LinkedSeries, 'impliedInvestment' | 'impliedInvestmentCumulative' | 'disposableIncomeIndex' | 'incomeGrowthGapToGdp'>;

/**
 * Linked series of a re-anchored base, measured from the original base year as the original projection
 * measures them: the anchor year's implied investment is the reference's (not 0), the running total
 * adds what was implied before, the income index continues from the reference level, and the income
 * growth gap is averaged over the years since the original base:
 *   gap(t) = income(t)^(1/T) - (gdpReal(t) / gdpReal(original base))^(1/T),  T = t + baseYear - reference.year.
 */
export function withLinkedReference<T extends SinceBaseSeries>(series: T, reference: BaseReference | undefined, baseYear: number, gdpReal: readonly number[]): T {
  if (!reference) return series;
  const offset = baseYear - reference.year;
  const cumulative0 = reference.impliedInvestmentCumulativeYi ?? 0;
  const income0 = reference.disposableIncomeIndex ?? 1;
  const index = series.disposableIncomeIndex.map((v) => v * income0);
  return {
    ...series,
    impliedInvestment: series.impliedInvestment.map((v, t) => (t === 0 ? reference.impliedInvestmentYi ?? v : v)),
    impliedInvestmentCumulative: series.impliedInvestmentCumulative.map((v) => v + cumulative0),
    disposableIncomeIndex: index,
    incomeGrowthGapToGdp: index.map((v, t) => {
      const years = t + offset;
      return years === 0 ? 0 : Math.pow(Math.max(0, v), 1 / years) - Math.pow(gdpReal[t] / reference.gdpRealYi, 1 / years);
    }),
  };
}
