/**
 * Energy and CO2, relative to the base year (= 1):
 *
 *   intensityIndex(t)          = intensityIndex(t-1) x (1 + c(t))    energy (or CO2) per unit of real GDP
 *   changeSinceBase(t)         = intensityIndex(t) - 1               cumulative change (-0.135 = 13.5% lower)
 *   useIndex(t)                = intensityIndex(t) x gdpRealIndex(t) total energy use (or CO2 emitted)
 */
import { compoundPath } from './compound';

/** Index series for one intensity (energy or CO2). All unitless, base year = 1. */
export interface IntensitySeries {
  intensityIndex: number[];
  changeSinceBase: number[];
  useIndex: number[];
}

/** @param annualChange yearly change of intensity (fraction, negative = falling), baseYear+1 ... endYear */
export function projectIntensity(annualChange: readonly number[], gdpRealIndex: readonly number[]): IntensitySeries {
  const intensityIndex = compoundPath(1, annualChange);
  return {
    intensityIndex,
    changeSinceBase: intensityIndex.map((v) => v - 1),
    useIndex: intensityIndex.map((v, t) => v * gdpRealIndex[t]),
  };
}
