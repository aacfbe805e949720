/**
 * Public services whose need grows with population:
 *
 *   ratio(t) = the indicator's path (base -> target, then held). Without a base in the plan: from the
 *              labelled `baseAssumption` to the target, or the target throughout when there is none.
 *   need(t)  = ratio(t) x population(t) x 10,000 / perPopulation / totalDivisor
 *
 * population is in 万人 (x 10,000 = people). E.g. doctors at 4.7 per 1,000 for 100 万人: 4.7 x 1,000,000 / 1,000 = 4,700.
 */
import type { PlanData } from '../plan/plan-types';
import { effectiveTarget, indicatorPath, targetAimValue } from './indicator-paths';

/** Yearly needs by service id, in each service's own unit, and the ratio used. */
export interface PublicServiceSeries {
  need: Record<string, number[]>;
  ratio: Record<string, number[]>;
}

/**
 * @param populationWan population in 万人, one value per year
 * @param indicatorPaths paths of non-model indicators (by id), aligned with `populationWan`
 */
export function projectPublicServices(plan: PlanData, populationWan: readonly number[], indicatorPaths: Record<string, number[]>, years: readonly number[]): PublicServiceSeries {
  const need: Record<string, number[]> = {};
  const ratio: Record<string, number[]> = {};
  for (const svc of plan.publicServices ?? []) {
    const ind = plan.indicators.find((i) => i.id === svc.indicatorId);
    const aim = ind ? targetAimValue(effectiveTarget(ind)) : undefined;
    const assumed = svc.baseAssumption ? plan.assumptions[svc.baseAssumption]?.value : undefined;
    const fromAssumption = ind && assumed !== undefined && !indicatorPaths[svc.indicatorId] ? indicatorPath({ ...ind, base: { year: years[0], value: assumed } }, undefined, years, years[0])?.values : undefined;
    const path = indicatorPaths[svc.indicatorId] ?? fromAssumption ?? (aim !== undefined ? populationWan.map(() => aim) : undefined);
    if (!path) continue;
    const divisor = svc.totalDivisor ?? 1;
    ratio[svc.id] = path.slice();
    need[svc.id] = path.map((r, t) => (r * populationWan[t] * 10000) / svc.perPopulation / divisor);
  }
  return { need, ratio };
}
