/**
 * Trajectories of plan indicators that the model does not compute (enterprise counts, ratios, ...).
 *
 * - Scenario `{ annualChange: r }`: x(t) = x0 (1 + r)^(t - t0).
 * - Scenario `{ path: 'linear', to, year }`: straight line from (t0, x0) to (year, to), held after `year`.
 * - Scenario `{ path: 'compound', to, year }`: x0 (to / x0)^((t - t0) / (year - t0)), held after `year`.
 * - Default (no scenario setting): the straight path from the plan's base to its target, held after
 *   the target year; an indicator whose base already meets its target, or that has no numeric target,
 *   is held at its base (a default never moves an indicator away from a target it meets).
 * t0 is the indicator's own base year (or the scenario's base year when `start` is given).
 */
import type { PlanIndicator, TargetValue } from '../plan/plan-types';
import type { IndicatorTrajectory } from '../scenario/scenario-types';
import { meets } from '../scorecard/comparator';

/** Where an indicator's path comes from. */
export type PathBasis = 'scenario-path' | 'default-path' | 'held-at-base';

/** The numeric value a target aims at: its value, or the middle of a range; undefined when qualitative. */
export function targetAimValue(target: TargetValue | undefined): number | undefined {
  if (!target) return undefined;
  if (target.comparator === 'qualitative') return undefined;
  if (target.comparator === 'range') return target.min !== undefined && target.max !== undefined ? (target.min + target.max) / 2 : undefined;
  return target.value;
}

/** The target the scorecard uses: the plan's own numeric one, else a labelled proxy. */
export function effectiveTarget(ind: PlanIndicator): (TargetValue & { proxyAssumption?: string }) | undefined {
  if (ind.target && ind.target.comparator !== 'qualitative' && targetAimValue(ind.target) !== undefined) return ind.target;
  if (ind.proxyTarget) {
    const { assumption, ...rest } = ind.proxyTarget;
    return { ...rest, proxyAssumption: assumption };
  }
  return undefined;
}

function straight(x0: number, t0: number, x1: number, t1: number, t: number): number {
  if (t >= t1) return x1;
  if (t <= t0) return x0;
  return x0 + ((x1 - x0) * (t - t0)) / (t1 - t0);
}

/**
 * Values of an indicator in each of `years`, or undefined when it has no starting value.
 * @param scenarioBaseYear the year a scenario-supplied `start` refers to
 */
export function indicatorPath(ind: PlanIndicator, traj: IndicatorTrajectory | undefined, years: readonly number[], scenarioBaseYear: number): { values: number[]; basis: PathBasis } | undefined {
  const x0 = traj?.start ?? ind.base?.value;
  const t0 = traj?.start !== undefined ? scenarioBaseYear : ind.base?.year;
  if (x0 === undefined || t0 === undefined) return undefined;
  if (traj && 'annualChange' in traj) {
    return { values: years.map((t) => x0 * Math.pow(1 + traj.annualChange, Math.max(0, t - t0))), basis: 'scenario-path' };
  }
  if (traj) {
    const { to, year } = traj;
    const compoundOk = traj.path === 'compound' && x0 > 0 && to > 0 && year > t0;
    const values = years.map((t) => (compoundOk ? (t >= year ? to : t <= t0 ? x0 : x0 * Math.pow(to / x0, (t - t0) / (year - t0))) : straight(x0, t0, to, year, t)));
    return { values, basis: 'scenario-path' };
  }
  const target = effectiveTarget(ind);
  const aim = targetAimValue(target);
  const alreadyMet = target && aim !== undefined && target.comparator !== 'qualitative' && meets(x0, target.comparator, aim, target.min, target.max);
  if (target && aim !== undefined && target.year > t0 && !alreadyMet) {
    return { values: years.map((t) => straight(x0, t0, aim, target.year, t)), basis: 'default-path' };
  }
  return { values: years.map(() => x0), basis: 'held-at-base' };
}
