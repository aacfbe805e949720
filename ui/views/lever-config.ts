/**
 * Which levers the panel shows, grouped, and the slider window of each (fractions a year). The
 * number inputs accept the full range the scenario schema allows (engine leverBounds).
 */
import type { LeverId } from '../../engine/index';

export interface LeverGroup {
  key: 'group.sectors' | 'group.prices' | 'group.population' | 'group.energy';
  levers: LeverId[];
}

export const LEVER_GROUPS: LeverGroup[] = [
  { key: 'group.sectors', levers: ['realGrowth.primary', 'realGrowth.secondary', 'realGrowth.tertiary', 'realGrowth'] },
  { key: 'group.prices', levers: ['deflator', 'deflator.primary', 'deflator.secondary', 'deflator.tertiary'] },
  { key: 'group.population', levers: ['population.growth'] },
  { key: 'group.energy', levers: ['energyIntensityChange', 'co2IntensityChange'] },
];

/** Levers with a path of their own (the per-year table edits these). */
export const PATH_LEVERS: LeverId[] = ['realGrowth.primary', 'realGrowth.secondary', 'realGrowth.tertiary', 'deflator.primary', 'deflator.secondary', 'deflator.tertiary', 'population.growth', 'energyIntensityChange', 'co2IntensityChange'];

/** Slider window of a lever, fractions a year. */
export function sliderWindow(lever: LeverId): [number, number] {
  const head = lever.split('.')[0];
  if (head === 'realGrowth') return [-0.1, 0.4];
  if (head === 'deflator') return [-0.05, 0.1];
  if (head === 'population') return [-0.05, 0.25];
  return [-0.1, 0.05];
}
