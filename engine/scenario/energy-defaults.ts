/**
 * The plan's default parameters of the structural energy and carbon modes, written into a resolved
 * scenario so that levers, goal seek and the app see the values in use (plan.json `assumptions`, each
 * with its source: energyIntensity{Primary,Secondary,Tertiary}Proxy, energyIntensityWithinSectorChange,
 * carbonPerEnergyChangeProxy). A field the plan has no default for is left out; the projection then
 * reports it as missing, naming the field.
 */
import type { PlanData } from '../plan/plan-types';
import { SECTORS, type ResolvedScenario, type Sector } from './scenario-types';

/** Ids of the plan's default parameters. */
export const ENERGY_DEFAULT_IDS = {
  intensity: { primary: 'energyIntensityPrimaryProxy', secondary: 'energyIntensitySecondaryProxy', tertiary: 'energyIntensityTertiaryProxy' } as Record<Sector, string>,
  intensityChange: 'energyIntensityWithinSectorChange',
  carbonPerEnergyChange: 'carbonPerEnergyChangeProxy',
} as const;

const value = (plan: PlanData, id: string): number | undefined => {
  const v = plan.assumptions[id]?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

/** `scenario` with the plan's defaults filled into its `energy` and `carbon` blocks (when present). */
export function withEnergyDefaults(scenario: ResolvedScenario, plan: PlanData): ResolvedScenario {
  const a = scenario.assumptions;
  if (!a.energy && !a.carbon) return scenario;
  const next = { ...a };
  if (a.energy) {
    const energy = { ...a.energy };
    const byId = SECTORS.map((s) => value(plan, ENERGY_DEFAULT_IDS.intensity[s]));
    if (energy.intensityBySector === undefined && byId.every((v) => v !== undefined)) energy.intensityBySector = Object.fromEntries(SECTORS.map((s, k) => [s, byId[k]!])) as Record<Sector, number>;
    const change = value(plan, ENERGY_DEFAULT_IDS.intensityChange);
    if (energy.intensityChangeBySector === undefined && change !== undefined) energy.intensityChangeBySector = change;
    next.energy = energy;
  }
  if (a.carbon) {
    const k = value(plan, ENERGY_DEFAULT_IDS.carbonPerEnergyChange);
    next.carbon = a.carbon.carbonPerEnergyChange === undefined && k !== undefined ? { ...a.carbon, carbonPerEnergyChange: k } : a.carbon;
  }
  return { ...scenario, assumptions: next };
}
