/**
 * CO2 from energy (structural carbon mode):
 *
 *   K(t)                 = K(t-1) x (1 + k(t)),  K(0) = 1        CO2 per unit of energy, base year = 1
 *   co2IntensityIndex(t) = energyIntensityIndex(t) x K(t)
 *   co2EmissionsIndex(t) = energyUseIndex(t) x K(t)
 *
 * k < 0 when the energy mix gets cleaner (more non-fossil energy, a cleaner grid).
 */
import { compoundPath } from './compound';
import type { IntensitySeries } from './intensity';

/** @param carbonPerEnergyChange k(t), fraction per year, baseYear+1 ... endYear */
export function projectCarbonFromEnergy(energy: IntensitySeries, carbonPerEnergyChange: readonly number[]): IntensitySeries {
  const k = compoundPath(1, carbonPerEnergyChange);
  const intensityIndex = energy.intensityIndex.map((v, t) => v * k[t]);
  return { intensityIndex, changeSinceBase: intensityIndex.map((v) => v - 1), useIndex: energy.useIndex.map((v, t) => v * k[t]) };
}
