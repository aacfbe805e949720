/**
 * The economy's equations, year by year from the base year (t = 0):
 *
 *   VA_real(s, t)    = VA_real(s, t-1) x (1 + g(s, t))          real value added at base-year prices, 亿元
 *   P(s, t)          = P(s, t-1) x (1 + d(s, t)),  P(s, 0) = 1    price index of sector s
 *   VA_nominal(s, t) = VA_real(s, t) x P(s, t)                   亿元 at current prices
 *   gdpNominal(t)    = sum_s VA_nominal(s, t);  gdpReal(t) = sum_s VA_real(s, t)
 *   realGrowth(t)    = gdpReal(t) / gdpReal(t-1) - 1             (fixed base-year prices)
 *   share(s, t)      = VA_nominal(s, t) / gdpNominal(t)          fraction of nominal GDP
 *   gdpDeflatorIndex = gdpNominal / gdpReal
 */
import { SECTORS, type Sector, type YearlyAssumptions } from '../scenario/scenario-types';

/** Sector series over years baseYear ... endYear (index 0 = base year). Money in 亿元. */
export interface EconomySeries {
  valueAddedReal: Record<Sector, number[]>;
  valueAddedNominal: Record<Sector, number[]>;
  priceIndex: Record<Sector, number[]>;
  gdpNominal: number[];
  gdpReal: number[];
  gdpRealIndex: number[];
  gdpDeflatorIndex: number[];
  realGrowth: number[];
  shares: Record<Sector, number[]>;
}

const perSector = <T>(make: (s: Sector) => T) => Object.fromEntries(SECTORS.map((s) => [s, make(s)])) as Record<Sector, T>;

/**
 * Projects value added by sector.
 * @param baseValueAddedYi value added by sector in the base year, 亿元 at current (= base-year) prices
 * @param baseRealGrowth real GDP growth of the base year itself (fraction), reported as realGrowth[0]
 */
export function projectEconomy(baseValueAddedYi: Record<Sector, number>, yearly: YearlyAssumptions, baseRealGrowth: number): EconomySeries {
  const n = yearly.years.length;
  const valueAddedReal = perSector((s) => [baseValueAddedYi[s]]);
  const priceIndex = perSector(() => [1]);
  for (let t = 1; t <= n; t++) {
    for (const s of SECTORS) {
      valueAddedReal[s].push(valueAddedReal[s][t - 1] * (1 + yearly.realGrowth[s][t - 1]));
      priceIndex[s].push(priceIndex[s][t - 1] * (1 + yearly.deflator[s][t - 1]));
    }
  }
  const valueAddedNominal = perSector((s) => valueAddedReal[s].map((v, t) => v * priceIndex[s][t]));
  const gdpNominal = valueAddedNominal.primary.map((_, t) => SECTORS.reduce((sum, s) => sum + valueAddedNominal[s][t], 0));
  const gdpReal = valueAddedReal.primary.map((_, t) => SECTORS.reduce((sum, s) => sum + valueAddedReal[s][t], 0));
  return {
    valueAddedReal,
    valueAddedNominal,
    priceIndex,
    gdpNominal,
    gdpReal,
    gdpRealIndex: gdpReal.map((v) => v / gdpReal[0]),
    gdpDeflatorIndex: gdpNominal.map((v, t) => v / gdpReal[t]),
    realGrowth: gdpReal.map((v, t) => (t === 0 ? baseRealGrowth : v / gdpReal[t - 1] - 1)),
    shares: perSector((s) => valueAddedNominal[s].map((v, t) => v / gdpNominal[t])),
  };
}
