/**
 * Energy from the sector mix (structural energy mode), year by year from the base year (t = 0):
 *
 *   e(s, t)               = e(s, t-1) x (1 + c(s, t))          energy per unit of real value added, tce per 万元
 *   E(s, t)               = e(s, t) x VA_real(s, t)             energy use of sector s, 万吨 tce (VA in 亿元)
 *   E(t)                  = sum_s E(s, t)
 *   energyUseIndex(t)     = E(t) / E(0)
 *   energyIntensityIndex  = (E(t) / gdpReal(t)) / (E(0) / gdpReal(0))   gdpReal = sum_s VA_real at base-year prices
 *   changeSinceBase(t)    = energyIntensityIndex(t) - 1
 *
 * Real value added is at constant base-year prices, so E and gdpReal are additive whatever the
 * chain-linked growth series says. Units: 1 亿元 = 10^4 万元, so e (tce/万元) x VA (亿元) is in 万吨 tce.
 */
import { SECTORS, type Sector } from '../scenario/scenario-types';
import type { IntensitySeries } from './intensity';

/** Energy by sector and the indices of a structural projection. */
export interface EnergyMixSeries extends IntensitySeries {
  /** Energy use by sector, 万吨 of standard coal equivalent (10,000 tce). */
  energyUse: Record<Sector, number[]>;
  /** Energy per unit of real value added by sector, tce per 万元. */
  intensityBySector: Record<Sector, number[]>;
}

/**
 * @param valueAddedReal real value added by sector, 亿元 at base-year prices, baseYear ... endYear
 * @param baseIntensity base-year energy per unit of value added by sector, tce per 万元
 * @param intensityChange yearly change of each sector's intensity (fraction), baseYear+1 ... endYear
 */
export function projectEnergyMix(valueAddedReal: Record<Sector, readonly number[]>, baseIntensity: Record<Sector, number>, intensityChange: Record<Sector, readonly number[]>): EnergyMixSeries {
  const years = valueAddedReal.primary.length;
  const intensityBySector = {} as Record<Sector, number[]>;
  const energyUse = {} as Record<Sector, number[]>;
  for (const s of SECTORS) {
    const e = [baseIntensity[s]];
    for (let t = 1; t < years; t++) e.push(e[t - 1] * (1 + intensityChange[s][t - 1]));
    intensityBySector[s] = e;
    energyUse[s] = e.map((v, t) => v * valueAddedReal[s][t]);
  }
  const total = Array.from({ length: years }, (_, t) => energyUse.primary[t] + energyUse.secondary[t] + energyUse.tertiary[t]);
  const real = Array.from({ length: years }, (_, t) => valueAddedReal.primary[t] + valueAddedReal.secondary[t] + valueAddedReal.tertiary[t]);
  const useIndex = total.map((v) => v / total[0]);
  const intensityIndex = useIndex.map((v, t) => v / (real[t] / real[0]));
  return { energyUse, intensityBySector, useIndex, intensityIndex, changeSinceBase: intensityIndex.map((v) => v - 1) };
}
