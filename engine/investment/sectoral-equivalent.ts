/**
 * An investment-mode scenario as the sectoral scenario that projects the same: each sector's real
 * growth set to the rate its capital path implies, year by year. Layers that read `realGrowth`
 * directly (the Monte Carlo kernel) run investment-mode scenarios through this. Under the Monte
 * Carlo's shocks to log growth, that is a shock to TFP growth with the capital path held as planned.
 */
import type { PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { expandAssumptions } from '../scenario/expand';
import { compoundPath } from '../model/compound';
import { expandInvestment } from './expand-investment';
import { investmentPath } from './investment-path';
import { investmentPathWithJobs } from './investment-jobs';
import { expandLinked } from '../model/linked-inputs';
import type { InvestmentPath } from './investment-types';

/** The capital path of an investment-mode scenario, or undefined for a sectoral one. */
export function scenarioInvestmentPath(plan: PlanData, scenario: ResolvedScenario): InvestmentPath | undefined {
  if (scenario.growthMode !== 'investment' || !scenario.investment) return undefined;
  const inv = expandInvestment(plan, scenario);
  // Population in jobs mode: labour is last year's employment (investment-jobs.ts), as in the projection.
  const jobs = expandLinked(plan, scenario).jobs;
  if (jobs && inv.method === 'cobb-douglas') return investmentPathWithJobs(plan, inv, jobs, scenario.baseYear);
  const population = compoundPath(plan.base.populationWan, expandAssumptions(scenario).populationGrowth);
  return investmentPath(plan, inv, population, scenario.baseYear);
}

/**
 * The sectoral scenario that projects like `scenario` (the scenario itself when it is sectoral). Its
 * projection equals the investment-mode one up to floating-point rounding (about 1e-13 relative).
 */
export function sectoralEquivalent(plan: PlanData, scenario: ResolvedScenario): ResolvedScenario {
  const path = scenarioInvestmentPath(plan, scenario);
  if (!path) return scenario;
  return { ...scenario, growthMode: 'sectoral', assumptions: { ...scenario.assumptions, realGrowth: path.sectorGrowth } };
}
