/**
 * The deterministic projection: a resolved scenario and a plan in, every series and the scorecard out.
 * Pure: no I/O, no randomness. See economy.ts, intensity.ts, public-services.ts and
 * indicator-paths.ts for the equations; population follows pop(t) = pop(t-1) x (1 + growth(t)) in 万人.
 */
import type { PlanData } from '../plan/plan-types';
import type { ResolvedScenario, YearlyAssumptions } from '../scenario/scenario-types';
import { expandAssumptions } from '../scenario/expand';
import { scorecard } from '../scorecard/scorecard';
import { compoundPath } from './compound';
import { projectEconomy } from './economy';
import { projectIntensity } from './intensity';
import { indicatorPath, type PathBasis } from './indicator-paths';
import { projectPublicServices } from './public-services';
import type { Projection, ProjectionSeries } from './projection-types';
import { assertFiniteSeries } from './finite';

/** What the projection needs besides the plan: yearly assumptions and indicator trajectories. */
export interface ProjectionInput {
  scenarioId: string;
  baseYear: number;
  yearly: YearlyAssumptions;
  indicators?: ResolvedScenario['assumptions']['indicators'];
}

/** Builds every series of a projection from yearly assumptions (used directly by goal seek). */
export function projectYearly(plan: PlanData, input: ProjectionInput): Projection {
  const { yearly, baseYear } = input;
  const years = [baseYear, ...yearly.years];
  const economy = projectEconomy(plan.base.valueAddedYi, yearly, plan.base.realGrowth ?? 0);
  const population = compoundPath(plan.base.populationWan, yearly.populationGrowth);
  const energy = projectIntensity(yearly.energyIntensityChange, economy.gdpRealIndex);
  const co2 = projectIntensity(yearly.co2IntensityChange, economy.gdpRealIndex);
  const indicators: Record<string, number[]> = {};
  const pathBasis: Record<string, PathBasis> = {};
  for (const ind of plan.indicators) {
    if (ind.model) continue;
    const path = indicatorPath(ind, input.indicators?.[ind.id], years, baseYear);
    if (!path) continue;
    indicators[ind.id] = path.values;
    pathBasis[ind.id] = path.basis;
  }
  const services = projectPublicServices(plan, population, indicators, years);
  const series: ProjectionSeries = {
    gdpNominal: economy.gdpNominal,
    gdpReal: economy.gdpReal,
    gdpRealIndex: economy.gdpRealIndex,
    realGrowth: economy.realGrowth,
    gdpDeflatorIndex: economy.gdpDeflatorIndex,
    valueAddedNominal: economy.valueAddedNominal,
    valueAddedReal: economy.valueAddedReal,
    priceIndex: economy.priceIndex,
    shares: economy.shares,
    population,
    gdpPerCapita: economy.gdpNominal.map((g, t) => g / population[t]),
    energyIntensityIndex: energy.intensityIndex,
    co2IntensityIndex: co2.intensityIndex,
    energyIntensityChangeSinceBase: energy.changeSinceBase,
    co2IntensityChangeSinceBase: co2.changeSinceBase,
    energyUseIndex: energy.useIndex,
    co2EmissionsIndex: co2.useIndex,
    publicServices: services.need,
    indicators,
  };
  assertFiniteSeries(series);
  return {
    scenarioId: input.scenarioId,
    planId: plan.id,
    baseYear,
    endYear: years[years.length - 1],
    years,
    series,
    targets: scorecard(plan, years, series, pathBasis),
  };
}

/** Projects a resolved scenario (see resolveScenario). */
export function project(plan: PlanData, scenario: ResolvedScenario): Projection {
  return projectYearly(plan, {
    scenarioId: scenario.id,
    baseYear: scenario.baseYear,
    yearly: expandAssumptions(scenario),
    indicators: scenario.assumptions.indicators,
  });
}
