/**
 * The yearly inputs of the structural energy and carbon modes: the scenario's `assumptions.energy` and
 * `assumptions.carbon` with the plan's labelled defaults filled in (plan.json `assumptions`:
 * energyIntensity{Primary,Secondary,Tertiary}Proxy, energyIntensityWithinSectorChange,
 * carbonPerEnergyChangeProxy; sources and derivations are stated there and in docs/linked-model-energy.md).
 */
import { PlanpathError, issue } from '../errors';
import type { PlanData } from '../plan/plan-types';
import { SECTORS, type ResolvedScenario, type Sector } from '../scenario/scenario-types';
import { expandRatePath, expandSectorRates } from '../scenario/expand';
import { ENERGY_DEFAULT_IDS } from '../scenario/energy-defaults';

/** Structural energy inputs, one value per year from baseYear+1 (index 0). */
export interface YearlyEnergy {
  /** Base-year energy per unit of real value added, tce per 万元. */
  intensityBySector: Record<Sector, number>;
  /** Yearly change of each sector's intensity, fraction. */
  intensityChange: Record<Sector, number[]>;
}

export { ENERGY_DEFAULT_IDS };

function planDefault(plan: PlanData, id: string, field: string): number {
  const value = plan.assumptions[id]?.value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new PlanpathError('invalid-scenario', [
    issue(field, undefined, { en: `not given, and the plan "${plan.id}" has no default (assumption "${id}")`, zh: `未给出,且规划 "${plan.id}" 没有默认值(假设 "${id}")` }, { en: 'give the value in the scenario', zh: '请在情景中给出该值' }),
  ]);
}

/** Structural energy inputs of `scenario`, or undefined in the exogenous mode. */
export function expandEnergy(plan: PlanData, scenario: ResolvedScenario): YearlyEnergy | undefined {
  const spec = scenario.assumptions.energy;
  if (!spec) return undefined;
  const n = scenario.endYear - scenario.baseYear;
  const given = spec.intensityBySector;
  const intensityBySector = Object.fromEntries(
    SECTORS.map((s) => [s, given === undefined ? planDefault(plan, ENERGY_DEFAULT_IDS.intensity[s], `assumptions.energy.intensityBySector.${s}`) : typeof given === 'number' ? given : given[s]]),
  ) as Record<Sector, number>;
  const change = spec.intensityChangeBySector ?? planDefault(plan, ENERGY_DEFAULT_IDS.intensityChange, 'assumptions.energy.intensityChangeBySector');
  return { intensityBySector, intensityChange: expandSectorRates(change, n) };
}

/** Yearly change of CO2 per unit of energy in the structural carbon mode, or undefined (exogenous). */
export function expandCarbon(plan: PlanData, scenario: ResolvedScenario): number[] | undefined {
  const spec = scenario.assumptions.carbon;
  if (!spec) return undefined;
  const k = spec.carbonPerEnergyChange ?? planDefault(plan, ENERGY_DEFAULT_IDS.carbonPerEnergyChange, 'assumptions.carbon.carbonPerEnergyChange');
  return expandRatePath(k, scenario.endYear - scenario.baseYear);
}
