/**
 * The energy and CO2 stage of a simulated path (structural energy or carbon mode). Per year t, after
 * the sectors' real value added VA(s, t) and growth shocks e(s, t) (unit-variance AR(1), kernel/generate-step.ts):
 *
 *   h(s, t)  = rho h(s, t-1) + sqrt(1 - rho^2) zE(s, t)            own AR(1) shock, unit variance
 *   x(s, t)  = r e(s, t) + sqrt(1 - r^2) h(s, t)                   correlation r with the sector's growth shock
 *   i(s, t)  = i(s, t-1) x (1 + c(s, t)) x exp(sigmaE(s) x(s, t))   energy per unit of real value added
 *   E(s, t)  = i(s, t) x VA(s, t)                                   万吨 tce
 *   energyUseRaw = sum_s E(s, t) / E(0)          (exogenous energy: I(t) x Y(t) / Y(0), I planned)
 *   energyIntensityRaw = energyUseRaw x Y(0) / Y(t),   Y = sum_s VA
 *   K(t)     = K(t-1) x (1 + k(t)) x exp(sigmaK xK(t))              CO2 per unit of energy, xK AR(1)
 *   co2EmissionsRaw = energyUseRaw x K,   co2IntensityRaw = energyIntensityRaw x K
 *
 * With every shock zero this is the deterministic model (engine/model/energy-mix.ts, carbon.ts). The
 * raw indices are relative to the path's own base year; the series catalogue scales them to the
 * projection's series (a re-anchored base measures from the original base year).
 */
import type { PlanData } from '../plan/plan-types';
import type { Projection } from '../model/projection-types';
import { SECTORS, type ResolvedScenario, type UncertaintySpec } from '../scenario/scenario-types';
import { expandCarbon, expandEnergy } from '../model/energy-inputs';
import type { EnergyStage } from './mc-types';

/** An inactive stage (exogenous energy and carbon: today's model). */
export function inactiveEnergyStage(): EnergyStage {
  const empty = new Float64Array(0);
  return { active: false, lastYear: -1, structural: false, baseIntensity: new Float64Array(3), intensityFactor: empty, exogenousIntensity: empty, inverseBaseEnergy: 0, baseReal: 1, volatility: new Float64Array(3), growthCorrelation: 0, ownScale: 1, column: -1, carbonFactor: empty, carbonVolatility: 0, carbonColumn: -1 };
}

/** True when the scenario computes energy or CO2 from the model (structural modes). */
export function usesEnergyStage(scenario: ResolvedScenario): boolean {
  return scenario.assumptions.energy !== undefined || scenario.assumptions.carbon !== undefined;
}

/**
 * Compiles the stage. `firstColumn` is the next free normal column of a year; returns the stage and
 * the columns it uses. Shocks only in the structural modes (energy shocks with structural energy,
 * carbon shocks with structural carbon).
 */
export function compileEnergyStage(plan: PlanData, scenario: ResolvedScenario, projection: Projection, u: UncertaintySpec, firstColumn: number): { stage: EnergyStage; columns: number } {
  if (!usesEnergyStage(scenario)) return { stage: inactiveEnergyStage(), columns: 0 };
  const n = projection.years.length - 1;
  const s = projection.series;
  const energy = expandEnergy(plan, scenario);
  const carbon = expandCarbon(plan, scenario);
  const v = u.energyIntensityVolatility ?? 0;
  const volatility = Float64Array.from(SECTORS.map((sec) => (energy ? (typeof v === 'number' ? v : v[sec]) : 0)));
  const carbonVolatility = carbon ? (u.carbonPerEnergyVolatility ?? 0) : 0;
  let columns = 0;
  const column = volatility.some((x) => x > 0) ? firstColumn + (columns += 3) - 3 : -1;
  const carbonColumn = carbonVolatility > 0 ? firstColumn + columns++ : -1;
  const r = u.energyGrowthCorrelation ?? 0;
  const baseReal = s.valueAddedReal.primary[0] + s.valueAddedReal.secondary[0] + s.valueAddedReal.tertiary[0];
  const intensityFactor = new Float64Array(energy ? 3 * n : 0);
  if (energy) SECTORS.forEach((sec, k) => energy.intensityChange[sec].forEach((c, t) => (intensityFactor[t * 3 + k] = 1 + c)));
  const baseIntensity = Float64Array.from(SECTORS.map((sec) => energy?.intensityBySector[sec] ?? 0));
  const baseEnergy = SECTORS.reduce((sum, sec, k) => sum + baseIntensity[k] * s.valueAddedReal[sec][0], 0);
  return {
    columns,
    stage: {
      active: true,
      lastYear: n - 1,
      structural: energy !== undefined,
      baseIntensity,
      intensityFactor,
      exogenousIntensity: energy ? new Float64Array(0) : Float64Array.from({ length: n }, (_, t) => s.energyIntensityIndex[t + 1] / s.energyIntensityIndex[0]),
      inverseBaseEnergy: energy ? 1 / baseEnergy : 0,
      baseReal,
      volatility,
      growthCorrelation: r,
      ownScale: Math.sqrt(Math.max(0, 1 - r * r)),
      column,
      carbonFactor: Float64Array.from({ length: n }, (_, t) => 1 + (carbon ? carbon[t] : 0)),
      carbonVolatility,
      carbonColumn,
    },
  };
}
