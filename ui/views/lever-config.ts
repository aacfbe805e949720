/**
 * Which levers the panel shows, grouped, and the slider window of each (fractions a year, or the
 * lever's own unit for investment amounts and the ICOR). The number inputs accept the full range
 * the scenario schema allows (engine leverBounds).
 */
import { leverIsFraction, type AnyLeverId, type LeverId, type ResolvedScenario } from '../../engine/index';

/**
 * The label of the energy levers when energy and CO2 follow the sector mix (structural modes): the
 * lever is then each sector's own efficiency gain, or the change of CO2 per unit of energy.
 */
export function structuralLeverLabel(scenario: ResolvedScenario, id: AnyLeverId): 'lever.energyIntensityChange.structural' | 'lever.co2IntensityChange.structural' | undefined {
  if (id === 'energyIntensityChange' && scenario.assumptions.energy) return 'lever.energyIntensityChange.structural';
  if (id === 'co2IntensityChange' && scenario.assumptions.carbon) return 'lever.co2IntensityChange.structural';
  return undefined;
}

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

/** Levers of the investment growth mode, in panel order. */
export const INVESTMENT_PANEL_LEVERS = ['investment.realisationRate', 'investment.amountYi', 'investment.tfpGrowth', 'investment.icor'] as const;

/** Levers with a path of their own (the per-year table edits these). */
export const PATH_LEVERS: LeverId[] = ['realGrowth.primary', 'realGrowth.secondary', 'realGrowth.tertiary', 'deflator.primary', 'deflator.secondary', 'deflator.tertiary', 'population.growth', 'energyIntensityChange', 'co2IntensityChange'];

/** Slider window of a lever: fractions a year, or the lever's unit when it is not a fraction. */
export function sliderWindow(lever: AnyLeverId): [number, number] {
  if (lever === 'investment.realisationRate') return [0, 2];
  if (lever === 'investment.amountYi') return [0, 6000];
  if (lever === 'investment.icor') return [1, 15];
  if (lever === 'investment.tfpGrowth') return [-0.05, 0.1];
  const head = lever.split('.')[0];
  if (head === 'realGrowth') return [-0.1, 0.4];
  if (head === 'deflator') return [-0.05, 0.1];
  if (head === 'population') return [-0.05, 0.25];
  return [-0.1, 0.05];
}

/** Display scale of a lever: 100 for fractions (shown in percent), 1 for amounts and ratios. */
export function leverScale(lever: AnyLeverId): number {
  return leverIsFraction(lever) ? 100 : 1;
}

/** Slider step in display units. */
export function leverStep(lever: AnyLeverId): number {
  return lever === 'investment.amountYi' ? 10 : 0.1;
}
