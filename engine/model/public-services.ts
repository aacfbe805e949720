/**
 * Public services whose need grows with population:
 *
 *   ratio(t) = the indicator's path (base -> target, then held; the target throughout when the plan gives no base)
 *   need(t)  = ratio(t) x population(t) x 10,000 / perPopulation / totalDivisor
 *
 * population is in 万人 (x 10,000 = people). E.g. doctors at 4.7 per 1,000 for 100 万人: 4.7 x 1,000,000 / 1,000 = 4,700.
 */
import type { PlanData } from '../plan/plan-types';
import { effectiveTarget, targetAimValue } from './indicator-paths';

/** Yearly needs by service id, in each service's own unit, and the ratio used. */
export interface PublicServiceSeries {
  need: Record<string, number[]>;
  ratio: Record<string, number[]>;
}

/**
 * @param populationWan population in 万人, one value per year
 * @param indicatorPaths paths of non-model indicators (by id), aligned with `populationWan`
 */
export function projectPublicServices(plan: PlanData, populationWan: readonly number[], indicatorPaths: Record<string, number[]>): PublicServiceSeries {
  const need: Record<string, number[]> = {};
  const ratio: Record<string, number[]> = {};
  for (const svc of plan.publicServices ?? []) {
    const ind = plan.indicators.find((i) => i.id === svc.indicatorId);
    const aim = ind ? targetAimValue(effectiveTarget(ind)) : undefined;
    const path = indicatorPaths[svc.indicatorId] ?? (aim !== undefined ? populationWan.map(() => aim) : undefined);
    if (!path) continue;
    const divisor = svc.totalDivisor ?? 1;
    ratio[svc.id] = path.slice();
    need[svc.id] = path.map((r, t) => (r * populationWan[t] * 10000) / svc.perPopulation / divisor);
  }
  return { need, ratio };
}
