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
import type { YearlyInvestment } from '../investment/investment-types';
import { investmentPath } from '../investment/investment-path';
import { baseRealValueAdded, expandInvestment } from '../investment/expand-investment';
import { withIntensityReference, withPriceReference } from '../review/base-reference';

/** What the projection needs besides the plan: yearly assumptions and indicator trajectories. */
export interface ProjectionInput {
  scenarioId: string;
  baseYear: number;
  yearly: YearlyAssumptions;
  indicators?: ResolvedScenario['assumptions']['indicators'];
  /** Set in investment growth mode: capital drives real growth and `yearly.realGrowth` is not used. */
  investment?: YearlyInvestment;
}

/** Builds every series of a projection from yearly assumptions (used directly by goal seek). */
export function projectYearly(plan: PlanData, input: ProjectionInput): Projection {
  const { yearly, baseYear } = input;
  const years = [baseYear, ...yearly.years];
  const population = compoundPath(plan.base.populationWan, yearly.populationGrowth);
  // Growth-mode hook: in investment mode the capital path sets each sector's real growth.
  const growthYearly = input.investment ? { ...yearly, realGrowth: investmentPath(plan, input.investment, population, baseYear).sectorGrowth } : yearly;
  // Re-anchored-base hook (engine/review): real values at the original prices, indices from the original base.
  const reference = plan.base.reference;
  const economy = withPriceReference(projectEconomy(reference ? baseRealValueAdded(plan) : plan.base.valueAddedYi, growthYearly, plan.base.realGrowth ?? 0), reference);
  const energy = withIntensityReference(projectIntensity(yearly.energyIntensityChange, economy.gdpRealIndex), reference?.energyIntensityIndex ?? 1, economy.gdpRealIndex);
  const co2 = withIntensityReference(projectIntensity(yearly.co2IntensityChange, economy.gdpRealIndex), reference?.co2IntensityIndex ?? 1, economy.gdpRealIndex);
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
    ...(scenario.growthMode === 'investment' && scenario.investment ? { investment: expandInvestment(plan, scenario) } : {}),
  });
}
