/**
 * The unit a scorecard row is judged in: the indicator's own unit, or the stand-in's when the row is
 * judged on a labelled proxy that states one (the plan's "居民人均可支配收入增长" is a growth rate in %,
 * its stand-in the gap between two growth rates in percentage points).
 */
import { effectiveTarget } from '../model/indicator-paths';
import type { PlanIndicator } from './plan-types';

/** `{ unit, unitEn }` of the value the scorecard compares with the target. */
export function scoredUnit(ind: PlanIndicator): { unit: string; unitEn: string } {
  const proxy = ind.proxyTarget;
  if (proxy?.unit && effectiveTarget(ind)?.proxyAssumption !== undefined) return { unit: proxy.unit, unitEn: proxy.unitEn ?? proxy.unit };
  return { unit: ind.unit, unitEn: ind.unitEn };
}
