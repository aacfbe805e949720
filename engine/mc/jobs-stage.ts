/**
 * The jobs stage of a simulated path (population in jobs mode). Per year t, after the sectors' real
 * value added r(s, t) of the path (the generated kernel, kernel/generate-step.ts):
 *
 *   supported(t) = sum_s r(s, t) x c_s(t),   c_s(t) = 1 / (productivity_s(t) x workersPerResident)
 *   pop(t)       = pop(t-1) + a x (supported(t) - pop(t-1))
 *
 * Productivity is planned (deterministic); population follows each path's jobs, so it moves with GDP
 * and population growth shocks do not apply. With every shock zero this is engine/model/jobs.ts.
 */
import type { PlanData } from '../plan/plan-types';
import type { Projection } from '../model/projection-types';
import { SECTORS, type ResolvedScenario } from '../scenario/scenario-types';
import { expandLinked } from '../model/linked-inputs';
import { effectiveWorkersPerResident } from '../model/jobs';

/** The compiled jobs stage (plain data: it crosses to workers). */
export interface JobsStage {
  /** Population follows jobs on every path (jobs mode, and population or GDP per capita needed). */
  active: boolean;
  /** c_s(t) = 1 / (productivity_s(t) x workers per resident), [t * 3 + sector], t = 0 for the first projected year. */
  supportFactor: Float64Array;
  /** Share of the gap to the supported population closed each year. */
  adjustmentSpeed: number;
}

/** An inactive stage (exogenous population). */
export function inactiveJobsStage(): JobsStage {
  return { active: false, supportFactor: new Float64Array(0), adjustmentSpeed: 0 };
}

/** Compiles the stage from the scenario's jobs inputs and its deterministic projection. */
export function compileJobsStage(plan: PlanData, scenario: ResolvedScenario, projection: Projection): JobsStage {
  const jobs = expandLinked(plan, scenario).jobs;
  if (!jobs) return inactiveJobsStage();
  const n = projection.years.length - 1;
  const s = projection.series;
  const wpr = effectiveWorkersPerResident(jobs);
  const supportFactor = new Float64Array(3 * n);
  SECTORS.forEach((sector, k) => {
    let productivity = s.valueAddedReal[sector][0] / jobs.baseEmploymentWan[sector];
    for (let t = 0; t < n; t++) {
      productivity *= 1 + jobs.productivityGrowth[sector][t];
      supportFactor[t * 3 + k] = 1 / (productivity * wpr);
    }
  });
  return { active: true, supportFactor, adjustmentSpeed: jobs.adjustmentSpeed };
}
