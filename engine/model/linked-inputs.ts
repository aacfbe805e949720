/**
 * The linked model's inputs for one scenario, expanded to one value per projected year and with every
 * default filled in (engine/model/linked-defaults.ts for the proxies, the plan's `industry` data for
 * clusters). Base-year jobs are split between sectors by value added over a relative-productivity proxy.
 */
import type { IndustryCluster, PlanData } from '../plan/plan-types';
import { SECTORS, type ResolvedScenario, type Sector } from '../scenario/scenario-types';
import { expandRatePath, expandSectorRates } from '../scenario/expand';
import type { JobsInput } from './jobs';
import type { LandInput } from './land';
import type { ImpliedInvestmentInput } from './implied-investment';
import { ICOR_PROXY, INCOME_ELASTICITY, INDUSTRIAL_VALUE_ADDED_YI_PER_KM2, NON_INDUSTRIAL_M2_PER_RESIDENT, RELATIVE_PRODUCTIVITY_PROXY, WORKERS_PER_RESIDENT_PROXY } from './linked-defaults';

/** Industrial output inputs: the base ratio, its yearly change, and the clusters with their shares. */
export interface IndustryInput {
  valueAddedRatioBase: number;
  ratioChange: number[];
  clusters: IndustryCluster[];
  shares: Record<string, number>;
}

/** Every input of the linked model for one scenario. */
export interface LinkedInput {
  /** Jobs by sector in the base year, 万人 (also used in exogenous mode, where jobs follow residents). */
  baseEmploymentWan: Record<Sector, number>;
  /** Set in jobs mode: population follows jobs. */
  jobs?: JobsInput;
  land: LandInput;
  /** Construction-land limit, km2, or undefined (no limit). */
  landLimitKm2?: number;
  /** Undefined when the plan has no industry data. */
  industry?: IndustryInput;
  incomeElasticity: number;
  impliedInvestment: ImpliedInvestmentInput;
}

/**
 * Jobs by sector in the plan's base year, 万人: a re-anchored base's own figures, else
 * L(0) = workers per resident (proxy) x pop(0), split in proportion to VA_s / relative productivity_s.
 */
export function baseEmployment(plan: PlanData): Record<Sector, number> {
  const given = plan.base.reference?.employmentWan;
  if (given) return { ...given };
  const total = WORKERS_PER_RESIDENT_PROXY * plan.base.populationWan;
  const weight = Object.fromEntries(SECTORS.map((s) => [s, plan.base.valueAddedYi[s] / RELATIVE_PRODUCTIVITY_PROXY[s]])) as Record<Sector, number>;
  const sum = SECTORS.reduce((a, s) => a + weight[s], 0);
  return Object.fromEntries(SECTORS.map((s) => [s, (total * weight[s]) / sum])) as Record<Sector, number>;
}

/** Secondary value added over industrial output in the base year, from the plan (undefined without industry data). */
export function baseValueAddedRatio(plan: PlanData): number | undefined {
  // A review's re-anchored base carries the ratio reached in its year (engine/review/reanchor-linked.ts).
  if (plan.base.reference?.industryValueAddedRatio !== undefined) return plan.base.reference.industryValueAddedRatio;
  const id = plan.industry?.outputIndicatorId;
  const output = plan.indicators.find((i) => i.id === id)?.base?.value;
  return output && output > 0 ? plan.base.valueAddedYi.secondary / output : undefined;
}

const perSector = (v: number | Record<Sector, number>): Record<Sector, number> => (typeof v === 'number' ? { primary: v, secondary: v, tertiary: v } : v);

/** The linked inputs of a resolved scenario (defaults filled in). */
export function expandLinked(plan: PlanData, scenario: ResolvedScenario): LinkedInput {
  const n = scenario.endYear - scenario.baseYear;
  const a = scenario.assumptions;
  const baseEmploymentWan = baseEmployment(plan);
  const pop = a.population;
  const jobs: JobsInput | undefined =
    pop.mode === 'jobs' && pop.productivityGrowth !== undefined
      ? {
          baseEmploymentWan,
          basePopulationWan: plan.base.populationWan,
          productivityGrowth: expandSectorRates(pop.productivityGrowth, n),
          // A review's re-anchored base keeps the original base year's value (plan.base.reference).
          workersPerResident: pop.workersPerResident ?? plan.base.reference?.workersPerResident,
          adjustmentSpeed: pop.adjustmentSpeed ?? 1,
        }
      : undefined;
  const ratio = baseValueAddedRatio(plan);
  const ii = a.impliedInvestment ?? {};
  return {
    baseEmploymentWan,
    ...(jobs ? { jobs } : {}),
    land: {
      nonIndustrialM2PerResident: a.land?.nonIndustrialM2PerResident ?? NON_INDUSTRIAL_M2_PER_RESIDENT,
      industrialValueAddedYiPerKm2: a.land?.industrialValueAddedYiPerKm2 ?? INDUSTRIAL_VALUE_ADDED_YI_PER_KM2,
      industrialDensityChange: expandRatePath(a.land?.industrialDensityChange ?? 0, n),
    },
    ...(a.land?.limitKm2 !== undefined ? { landLimitKm2: a.land.limitKm2 } : {}),
    ...(ratio !== undefined && plan.industry
      ? { industry: { valueAddedRatioBase: ratio, ratioChange: expandRatePath(a.industry?.valueAddedRatioChange ?? 0, n), clusters: plan.industry.clusters, shares: a.industry?.clusterShares ?? {} } }
      : {}),
    incomeElasticity: a.income?.elasticity ?? INCOME_ELASTICITY,
    impliedInvestment: { icor: perSector(ii.icor ?? ICOR_PROXY), depreciation: ii.depreciation ?? 0, capitalOutputRatio: ii.capitalOutputRatio ?? 0 },
  };
}

/** The linked inputs with every default and population exogenous, for `yearCount` projected years. */
export function expandLinkedDefaults(plan: PlanData, yearCount: number): LinkedInput {
  const ratio = baseValueAddedRatio(plan);
  const zeros = new Array<number>(yearCount).fill(0);
  return {
    baseEmploymentWan: baseEmployment(plan),
    land: { nonIndustrialM2PerResident: NON_INDUSTRIAL_M2_PER_RESIDENT, industrialValueAddedYiPerKm2: INDUSTRIAL_VALUE_ADDED_YI_PER_KM2, industrialDensityChange: zeros },
    ...(ratio !== undefined && plan.industry ? { industry: { valueAddedRatioBase: ratio, ratioChange: zeros, clusters: plan.industry.clusters, shares: {} } } : {}),
    incomeElasticity: INCOME_ELASTICITY,
    impliedInvestment: { icor: { ...ICOR_PROXY }, depreciation: 0, capitalOutputRatio: 0 },
  };
}
