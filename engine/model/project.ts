/**
 * The deterministic projection: a resolved scenario and a plan in, every series and the scorecard out.
 * Pure: no I/O, no randomness. See economy.ts, intensity.ts, public-services.ts and
 * indicator-paths.ts for the equations; population follows pop(t) = pop(t-1) x (1 + growth(t)) in 万人, or jobs
 * (jobs.ts); linked.ts adds jobs, land, implied investment, industrial output and income.
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
import { withCarbonReference, withIntensityReference, withLinkedReference, withPriceReference } from '../review/base-reference';
import { investmentPathWithJobs } from '../investment/investment-jobs';
import { projectJobs } from './jobs';
import { linkedSeries } from './linked';
import { expandLinked, expandLinkedDefaults, type LinkedInput } from './linked-inputs';
import { expandCarbon, expandEnergy, type YearlyEnergy } from './energy-inputs';
import { projectEnergyMix } from './energy-mix';
import { projectCarbonFromEnergy } from './carbon';
import { chainedRealGrowth, gdpPerCapitaAveragePopulation } from './chained-growth';

/** What the projection needs besides the plan: yearly assumptions and indicator trajectories. */
export interface ProjectionInput {
  scenarioId: string;
  baseYear: number;
  yearly: YearlyAssumptions;
  indicators?: ResolvedScenario['assumptions']['indicators'];
  /** Set in investment growth mode: capital drives real growth and `yearly.realGrowth` is not used. */
  investment?: YearlyInvestment;
  /** Structural energy mode (energy from the sector mix); `yearly.energyIntensityChange` is then unused. */
  energy?: YearlyEnergy;
  /** Structural carbon mode: yearly change of CO2 per unit of energy; `yearly.co2IntensityChange` is then unused. */
  carbonPerEnergyChange?: number[];
  /** Jobs, land, implied investment, industry and income inputs (linked-inputs.ts); default: the plan's, population exogenous. */
  linked?: LinkedInput;
  /** schemaVersion 2 conventions: GDP per capita over the year's average population (base year: GDP / population). */
  averagePopulationPerCapita?: boolean;
}

/** Builds every series of a projection from yearly assumptions (used directly by goal seek). */
export function projectYearly(plan: PlanData, input: ProjectionInput): Projection {
  const { yearly, baseYear } = input;
  const years = [baseYear, ...yearly.years];
  const exogenousPopulation = compoundPath(plan.base.populationWan, yearly.populationGrowth);
  // Population mode hook (jobs.ts): in jobs mode population follows jobs, computed after the economy.
  const jobsInput = input.linked?.jobs;
  // Growth-mode hook: in investment mode the capital path sets each sector's real growth (labour L(t-1) in jobs mode).
  const capitalPath = !input.investment ? undefined : jobsInput && input.investment.method === 'cobb-douglas' ? investmentPathWithJobs(plan, input.investment, jobsInput, baseYear) : investmentPath(plan, input.investment, exogenousPopulation, baseYear);
  const growthYearly = capitalPath ? { ...yearly, realGrowth: capitalPath.sectorGrowth } : yearly;
  // Re-anchored-base hook (engine/review): real values at the original prices, indices from the original base.
  const reference = plan.base.reference;
  const economy = withPriceReference(projectEconomy(reference ? baseRealValueAdded(plan) : plan.base.valueAddedYi, growthYearly, plan.base.realGrowth ?? 0), reference);
  // Energy: from the sector mix (structural mode) or an exogenous intensity path; CO2 likewise.
  const mix = input.energy ? projectEnergyMix(economy.valueAddedReal, input.energy.intensityBySector, input.energy.intensityChange) : undefined;
  const energy = withIntensityReference(mix ?? projectIntensity(yearly.energyIntensityChange, economy.gdpRealIndex), reference?.energyIntensityIndex ?? 1, economy.gdpRealIndex);
  const co2 = input.carbonPerEnergyChange
    ? withCarbonReference(projectCarbonFromEnergy(energy, input.carbonPerEnergyChange), reference)
    : withIntensityReference(projectIntensity(yearly.co2IntensityChange, economy.gdpRealIndex), reference?.co2IntensityIndex ?? 1, economy.gdpRealIndex);
  const jobs = jobsInput ? projectJobs(economy.valueAddedReal, jobsInput) : undefined;
  const population = jobs ? jobs.population : exogenousPopulation;
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
    realGrowthChained: chainedRealGrowth(economy.valueAddedReal, economy.valueAddedNominal, reference?.realGrowthChained ?? plan.base.realGrowth ?? 0),
    gdpDeflatorIndex: economy.gdpDeflatorIndex,
    valueAddedNominal: economy.valueAddedNominal,
    valueAddedReal: economy.valueAddedReal,
    priceIndex: economy.priceIndex,
    shares: economy.shares,
    population,
    gdpPerCapita: input.averagePopulationPerCapita ? gdpPerCapitaAveragePopulation(economy.gdpNominal, population, reference?.previousPopulationWan) : economy.gdpNominal.map((g, t) => g / population[t]),
    energyIntensityIndex: energy.intensityIndex,
    co2IntensityIndex: co2.intensityIndex,
    energyIntensityChangeSinceBase: energy.changeSinceBase,
    co2IntensityChangeSinceBase: co2.changeSinceBase,
    energyUseIndex: energy.useIndex,
    co2EmissionsIndex: co2.useIndex,
    ...(mix ? { energyUse: mix.energyUse } : {}),
    publicServices: services.need,
    ...withLinkedReference(linkedSeries(economy, population, jobs, input.linked ?? expandLinkedDefaults(plan, yearly.years.length)), reference, baseYear, economy.gdpReal),
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
    ...linkedEnergyInputs(plan, scenario),
    linked: expandLinked(plan, scenario),
  });
}

/** The structural energy and carbon inputs and the schemaVersion-2 conventions of a resolved scenario. */
export function linkedEnergyInputs(plan: PlanData, scenario: ResolvedScenario): Pick<ProjectionInput, 'energy' | 'carbonPerEnergyChange' | 'averagePopulationPerCapita'> {
  const energy = expandEnergy(plan, scenario);
  const carbonPerEnergyChange = expandCarbon(plan, scenario);
  return {
    ...(energy ? { energy } : {}),
    ...(carbonPerEnergyChange ? { carbonPerEnergyChange } : {}),
    ...(scenario.schemaVersion === 2 ? { averagePopulationPerCapita: true } : {}),
  };
}
