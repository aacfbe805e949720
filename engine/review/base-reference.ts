/**
 * A re-anchored base (a mid-term review) keeps measuring against the plan's original base year: real
 * GDP at the original prices, price indices and the energy and CO2 intensity indices relative to the
 * original base (= 1). These helpers carry a base's {@link BaseReference} into the economy and
 * intensity series; without a reference they return their input unchanged.
 */
import type { BaseReference } from '../plan/plan-types';
import type { EconomySeries } from '../model/economy';
import type { IntensitySeries } from '../model/intensity';
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
