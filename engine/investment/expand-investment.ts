/**
 * Expands a resolved investment-mode scenario into one value per year, taking defaults from the plan:
 * investment from its programme times the realisation rate, the sector split from the programme's
 * domains, and (on a re-anchored base) the capital stock and employment rate of the new base year.
 */
import type { PlanData } from '../plan/plan-types';
import { SECTORS, type InvestmentSpec, type ResolvedScenario, type Sector } from '../scenario/scenario-types';
import { expandRatePath } from '../scenario/expand';
import { programmeSummary } from './programme';
import type { YearlyInvestment } from './investment-types';

/** Real GDP of the plan's base year, 亿元 at the original base-year prices (nominal / price level). */
export function baseRealValueAdded(plan: PlanData): Record<Sector, number> {
  const p = plan.base.reference?.priceIndex;
  return Object.fromEntries(SECTORS.map((s) => [s, plan.base.valueAddedYi[s] / (p ? p[s] : 1)])) as Record<Sector, number>;
}

/**
 * Investment per projected year, 亿元 at base-year prices: `amountYi` when given; otherwise the
 * programme's yearly amount times `realisationRate` up to its last year, then growing at
 * `growthAfterProgramme` a year. Years before the programme's first year (none for the embedded plan)
 * take its yearly amount too.
 */
export function investmentAmounts(plan: PlanData, spec: InvestmentSpec, years: readonly number[]): number[] {
  if (spec.amountYi !== undefined) return expandRatePath(spec.amountYi, years.length);
  const prog = programmeSummary(plan);
  const yearly = (prog?.perYearYi ?? 0) * (spec.realisationRate ?? 0);
  const after = spec.growthAfterProgramme ?? 0;
  const last = prog?.to ?? years[0] - 1;
  return years.map((y) => (y <= last ? yearly : yearly * Math.pow(1 + after, y - last)));
}

/** The yearly investment inputs of a resolved scenario whose `investment` block is set (checked by resolve). */
export function expandInvestment(plan: PlanData, scenario: ResolvedScenario): YearlyInvestment {
  const spec = scenario.investment!;
  const n = scenario.endYear - scenario.baseYear;
  const years = Array.from({ length: n }, (_, i) => scenario.baseYear + 1 + i);
  const base = baseRealValueAdded(plan);
  const gdpReal0 = SECTORS.reduce((sum, s) => sum + base[s], 0);
  const employmentRate = expandRatePath(spec.employmentRate ?? 1, n);
  const defaultShares = programmeSummary(plan)?.sectorShares ?? (Object.fromEntries(SECTORS.map((s) => [s, base[s] / gdpReal0])) as Record<Sector, number>);
  return {
    method: spec.method,
    investmentYi: investmentAmounts(plan, spec, years),
    depreciation: expandRatePath(spec.depreciation, n),
    initialCapitalYi: plan.base.reference?.capitalStockYi ?? spec.initialCapitalYi ?? spec.capitalOutputRatio * gdpReal0,
    capitalShare: spec.method === 'cobb-douglas' ? spec.capitalShare ?? 0 : 0,
    tfpGrowth: expandRatePath(spec.method === 'cobb-douglas' ? spec.tfpGrowth ?? 0 : 0, n),
    employmentRateBase: plan.base.reference?.employmentRate ?? employmentRate[0] ?? 1,
    employmentRate,
    icor: spec.icor !== undefined ? expandRatePath(spec.icor, n) : [],
    sectorShares: spec.sectorShares === undefined ? defaultShares : typeof spec.sectorShares === 'number' ? { primary: spec.sectorShares, secondary: spec.sectorShares, tertiary: spec.sectorShares } : spec.sectorShares,
  };
}
