/**
 * Re-anchoring (the mid-term review): a plan whose base is the last observed year, with observed levels
 * in place of projected ones, and a scenario whose own yearly assumptions run on from the year after.
 * Cumulative targets stay measured from the original base year (see base-reference.ts). Because the
 * result is an ordinary plan and scenario, the deterministic engine, goal seek and the Monte Carlo run on
 * it unchanged. With observations equal to the scenario's own path, the re-anchored projection equals
 * the original one from the anchor year on.
 *
 * Several observed years are taken in order: anchor at the first, project, anchor at the next, ...,
 * so a series observed in 2021 but not in 2022 moves on from its 2021 value at the scenario's rates.
 */
import type { PlanData, PlanIndicator } from '../plan/plan-types';
import type { IndicatorTrajectory, InvestmentSpec, RatePath, ResolvedScenario, SectorRates } from '../scenario/scenario-types';
import { SECTORS } from '../scenario/scenario-types';
import { project } from '../model/project';
import { expandInvestment } from '../investment/expand-investment';
import { scenarioInvestmentPath } from '../investment/sectoral-equivalent';
import { anchorLevels } from './anchor-levels';
import { INVESTMENT_SERIES } from './actual-series';
import type { Observation } from './actuals-types';
import { anchoredEnergy, chainedGrowthAt, industryRatio, linkedReference, reanchoredLinkedAssumptions, sliceSectors } from './reanchor-linked';

/** A re-anchored plan and scenario. `anchorYear` is their base year (the last observed year). */
export interface Reanchored {
  plan: PlanData;
  scenario: ResolvedScenario;
  anchorYear: number;
}

const sliceRates = (path: RatePath, k: number): RatePath => (Array.isArray(path) ? path.slice(k) : path);

/** A trajectory restated from the anchor year: same path, started from the anchored level (now the indicator's base). */
function restateTrajectory(traj: IndicatorTrajectory, year: number): IndicatorTrajectory {
  if ('annualChange' in traj) return { annualChange: traj.annualChange };
  return traj.year > year ? { path: traj.path, to: traj.to, year: traj.year } : { annualChange: 0 };
}

function sliceInvestment(spec: InvestmentSpec | undefined, k: number): InvestmentSpec | undefined {
  if (!spec) return undefined;
  const out: InvestmentSpec = { ...spec, depreciation: sliceRates(spec.depreciation, k) };
  for (const key of ['amountYi', 'tfpGrowth', 'employmentRate', 'icor'] as const) if (spec[key] !== undefined) out[key] = sliceRates(spec[key]!, k);
  return out;
}

/**
 * Re-anchors at one year.
 * @param obs that year's observations by projection series key (see Observation.key), in the key's unit
 */
export function reanchorAt(plan: PlanData, scenario: ResolvedScenario, year: number, obs: ReadonlyMap<string, number>): Reanchored {
  const p = project(plan, scenario);
  const t = year - scenario.baseYear;
  const levels = anchorLevels(p, year, obs);
  const investment = scenario.growthMode === 'investment' && scenario.investment ? scenarioInvestmentPath(plan, scenario) : undefined;
  let capital: { capitalStockYi: number; employmentRate: number; labourInputWan: number } | undefined;
  if (investment) {
    const inv = expandInvestment(plan, scenario);
    const observed = obs.get(INVESTMENT_SERIES);
    const capitalStockYi = observed === undefined ? investment.capitalStockYi[t] : (1 - inv.depreciation[t - 1]) * investment.capitalStockYi[t - 1] + observed;
    // labourInputWan: the labour that produced the anchor year's output (last year's jobs in jobs mode).
    capital = { capitalStockYi, employmentRate: inv.employmentRate[t - 1], labourInputWan: investment.labourWan[t] };
  }
  const ratio = industryRatio(plan, p, t, obs, levels.valueAddedNominal.secondary);
  const indicators: PlanIndicator[] = plan.indicators.map((ind) => {
    if (ind.model) return ind;
    const observed = obs.get(`indicators.${ind.id}`);
    if (observed === undefined && ind.base && ind.base.year > year) return ind;
    const value = observed ?? p.series.indicators[ind.id]?.[t];
    return value === undefined ? ind : { ...ind, base: { year, value } };
  });
  // A public service whose indicator has no base starts from a labelled assumption: move it to the anchor year.
  const assumptions = { ...plan.assumptions };
  for (const svc of plan.publicServices ?? []) {
    if (!svc.baseAssumption || p.series.indicators[svc.indicatorId] || obs.has(`indicators.${svc.indicatorId}`)) continue;
    const need = p.series.publicServices[svc.id]?.[t];
    const a = assumptions[svc.baseAssumption];
    if (need === undefined || !a) continue;
    assumptions[svc.baseAssumption] = { ...a, value: (need * svc.perPopulation * (svc.totalDivisor ?? 1)) / (p.series.population[t] * 10000) };
  }
  const gdpYi = SECTORS.reduce((a, s) => a + levels.valueAddedNominal[s], 0);
  // Structural carbon mode: CO2 is energy x carbon per unit of energy, so unless CO2 itself was observed it follows observed energy.
  const carbonFollowsEnergy = scenario.assumptions.carbon !== undefined && !obs.has('co2IntensityIndex') && !obs.has('co2IntensityChangeSinceBase');
  // Structural energy: the anchor year's sector intensities are the projected ones; the level follows observed value added or an observed intensity.
  const observedEnergy = obs.get('energyIntensityIndex') ?? (obs.has('energyIntensityChangeSinceBase') ? 1 + obs.get('energyIntensityChangeSinceBase')! : undefined);
  const energy = scenario.assumptions.energy ? anchoredEnergy(p, t, levels.valueAddedReal, observedEnergy) : undefined;
  const energyIntensityIndex = energy?.energyIntensityIndex ?? levels.energyIntensityIndex;
  const original = plan.base.reference;
  const anchoredPlan: PlanData = {
    ...plan,
    base: {
      ...plan.base,
      year,
      gdpYi,
      valueAddedYi: levels.valueAddedNominal,
      populationWan: levels.populationWan,
      realGrowth: levels.realGrowth,
      sources: { ...plan.base.sources, reanchored: { en: `Re-anchored at ${year} from observed statistics and the scenario "${scenario.id}"`, zh: `依据观测统计与情景 "${scenario.id}" 在 ${year} 年重新锚定` } },
      reference: {
        year: original?.year ?? plan.base.year,
        priceIndex: levels.priceIndex,
        gdpRealYi: original?.gdpRealYi ?? p.series.gdpReal[0],
        energyIntensityIndex,
        co2IntensityIndex: carbonFollowsEnergy ? energyIntensityIndex * (p.series.co2IntensityIndex[t] / p.series.energyIntensityIndex[t]) : levels.co2IntensityIndex,
        ...(capital ?? {}),
        ...linkedReference(plan, p, t, levels.populationWan, scenario.assumptions.population.mode === 'jobs'),
        impliedInvestmentYi: p.series.impliedInvestment[t],
        impliedInvestmentCumulativeYi: p.series.impliedInvestmentCumulative[t],
        disposableIncomeIndex: p.series.disposableIncomeIndex[t],
        ...(ratio !== undefined ? { industryValueAddedRatio: ratio } : {}),
        realGrowthChained: chainedGrowthAt(p, t, levels.valueAddedReal),
        previousPopulationWan: p.series.population[t - 1],
      },
    },
    indicators,
    assumptions,
  };
  const a = scenario.assumptions;
  const trajectories = a.indicators ? Object.fromEntries(Object.entries(a.indicators).map(([id, traj]) => [id, restateTrajectory(traj, year)])) : undefined;
  const investmentSpec = sliceInvestment(scenario.investment, t);
  const anchoredScenario: ResolvedScenario = {
    ...scenario,
    baseYear: year,
    assumptions: {
      realGrowth: sliceSectors(a.realGrowth, t),
      deflator: sliceSectors(a.deflator, t),
      // Jobs mode keeps its fields (productivity paths sliced); exogenous mode slices growth.
      population: a.population.growth !== undefined ? { growth: sliceRates(a.population.growth, t) } : { ...a.population, ...(a.population.productivityGrowth !== undefined ? { productivityGrowth: sliceSectors(a.population.productivityGrowth, t) } : {}) },
      ...(a.energyIntensityChange !== undefined ? { energyIntensityChange: sliceRates(a.energyIntensityChange, t) } : {}),
      ...(a.co2IntensityChange !== undefined ? { co2IntensityChange: sliceRates(a.co2IntensityChange, t) } : {}),
      ...(trajectories ? { indicators: trajectories } : {}),
      ...reanchoredLinkedAssumptions(a, p, t, energy),
    },
    ...(investmentSpec ? { investment: investmentSpec } : {}),
  };
  return { plan: anchoredPlan, scenario: anchoredScenario, anchorYear: year };
}

/**
 * Re-anchors at every observed year after the base year, in order; the result's base is the last one.
 * Observations of the base year itself are compared (see compare-actuals.ts), not anchored. With no
 * later observation, the plan and scenario come back unchanged (anchorYear = the base year).
 */
export function reanchor(plan: PlanData, scenario: ResolvedScenario, observations: readonly Observation[]): Reanchored {
  const years = [...new Set(observations.map((o) => o.year))].filter((y) => y > scenario.baseYear && y <= scenario.endYear).sort((x, y) => x - y);
  let current: Reanchored = { plan, scenario, anchorYear: scenario.baseYear };
  for (const year of years) {
    const obs = new Map(observations.filter((o) => o.year === year).map((o) => [o.key, o.keyValue]));
    current = reanchorAt(current.plan, current.scenario, year, obs);
  }
  return current;
}
