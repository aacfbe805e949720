/**
 * Targets on the level their required change is measured on, as the scorecard does: a model indicator
 * on its series (value / scale), a cumulative change since the base (e.g. energy intensity -13.5%) on
 * 1 + change (the intensity index), any other indicator on its own value.
 */
import type { PlanIndicator } from '../plan/plan-types';

/** The level of an indicator value (in the indicator's unit) on which annual change is measured. */
export function indicatorLevel(ind: PlanIndicator, value: number): number {
  if (!ind.model) return value;
  const x = value / ind.model.scale;
  return ind.model.series.endsWith('ChangeSinceBase') ? 1 + x : x;
}

/** The inverse of {@link indicatorLevel}: the indicator value (its unit) of a level. */
export function indicatorValueOfLevel(ind: PlanIndicator, level: number): number {
  if (!ind.model) return level;
  const x = ind.model.series.endsWith('ChangeSinceBase') ? level - 1 : level;
  return x * ind.model.scale;
}

/** The projection series key an indicator is observed and projected on. */
export const indicatorKey = (ind: PlanIndicator): string => (ind.model ? ind.model.series : `indicators.${ind.id}`);

/**
 * The plan's own path to a target in `year`, in the indicator's unit: constant annual change on the
 * level from the base (t0, v0) to the target (T, aim) for a model indicator (the path behind
 * `requiredAnnualChange`), the straight line for any other (the engine's default path); held after T.
 * Undefined when no such path exists (e.g. a level that changes sign).
 */
export function targetPathValue(ind: PlanIndicator, t0: number, v0: number, targetYear: number, aim: number, year: number): number | undefined {
  if (year <= t0) return v0;
  if (year >= targetYear) return aim;
  const f = (year - t0) / (targetYear - t0);
  if (!ind.model) return v0 + (aim - v0) * f;
  const l0 = indicatorLevel(ind, v0);
  const l1 = indicatorLevel(ind, aim);
  if (!(l0 > 0) || !(l1 > 0)) return undefined;
  return indicatorValueOfLevel(ind, l0 * Math.pow(l1 / l0, f));
}
