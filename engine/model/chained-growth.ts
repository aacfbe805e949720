/**
 * Real GDP growth chain-linked at previous-year prices, as national statistics compute it:
 *
 *   realGrowthChained(t) = sum_s VA_nominal(s, t-1) x VA_real(s, t) / VA_real(s, t-1) / gdpNominal(t-1) - 1
 *
 * i.e. each sector's volume growth weighted by its previous-year share of nominal GDP. Unlike growth
 * of GDP at fixed base-year prices, it does not drift with the base year when sector prices move
 * apart (a sector whose relative price rises weighs more in later years). With one deflator for all
 * sectors both measures coincide. Base year: the plan's stated growth.
 */
import { SECTORS, type Sector } from '../scenario/scenario-types';

export function chainedRealGrowth(valueAddedReal: Record<Sector, readonly number[]>, valueAddedNominal: Record<Sector, readonly number[]>, baseRealGrowth: number): number[] {
  const years = valueAddedReal.primary.length;
  const out = [baseRealGrowth];
  for (let t = 1; t < years; t++) {
    let weighted = 0;
    let nominal = 0;
    for (const s of SECTORS) {
      // A sector with no output last year has no weight (its nominal value added is 0).
      if (valueAddedReal[s][t - 1] !== 0) weighted += valueAddedNominal[s][t - 1] * (valueAddedReal[s][t] / valueAddedReal[s][t - 1]);
      nominal += valueAddedNominal[s][t - 1];
    }
    out.push(weighted / nominal - 1);
  }
  return out;
}

/**
 * GDP per resident, 万元 per person (national definition): the base year keeps GDP / population; from
 * the year after, GDP over the average of the year's opening and closing population.
 */
export function gdpPerCapitaAveragePopulation(gdpNominalYi: readonly number[], populationWan: readonly number[], previousPopulationWan?: number): number[] {
  // A review's re-anchored base knows the year before it (previousPopulationWan), so its base year averages too.
  return gdpNominalYi.map((g, t) => (t === 0 ? g / (previousPopulationWan === undefined ? populationWan[0] : (previousPopulationWan + populationWan[0]) / 2) : g / ((populationWan[t - 1] + populationWan[t]) / 2)));
}
