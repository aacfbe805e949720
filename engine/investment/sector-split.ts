/**
 * How investment-mode output maps to the three sectors. A year's increase in real GDP goes to the
 * sectors in proportion to where the investment goes (`shares`: the programme's domains mapped to
 * sectors); a decrease hits every sector alike (proportional to its real value added). Both rules give
 * zero change at zero growth, so the split is continuous. Under icor this is exactly a common ICOR in
 * every sector: dY(s) = I(s) / icor.
 */
import { SECTORS, type Sector } from '../scenario/scenario-types';

/**
 * Real value added by sector from the base year on, and each sector's implied growth per projected year.
 * @param baseYi real value added by sector in the base year, 亿元
 * @param gdpReal real GDP path from the base year (index 0 = the sum of baseYi), 亿元
 */
export function splitBySector(baseYi: Record<Sector, number>, gdpReal: readonly number[], shares: Record<Sector, number>): { valueAddedReal: Record<Sector, number[]>; growth: Record<Sector, number[]> } {
  const va = Object.fromEntries(SECTORS.map((s) => [s, [baseYi[s]]])) as Record<Sector, number[]>;
  const growth = Object.fromEntries(SECTORS.map((s) => [s, [] as number[]])) as Record<Sector, number[]>;
  for (let t = 1; t < gdpReal.length; t++) {
    const change = gdpReal[t] - gdpReal[t - 1];
    const total = SECTORS.reduce((sum, s) => sum + va[s][t - 1], 0);
    for (const s of SECTORS) {
      const prev = va[s][t - 1];
      const next = change >= 0 ? prev + shares[s] * change : prev * (1 + change / total);
      va[s].push(next);
      growth[s].push(next / prev - 1);
    }
  }
  return { valueAddedReal: va, growth };
}
