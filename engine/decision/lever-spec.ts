/**
 * A lever with optional bounds, as users write it: `realGrowth.tertiary` or `realGrowth.tertiary=0:0.25`
 * (the same syntax for `solve --vary`, `map --x/--y` and `margins --vary`), and the lever's current value.
 */
import { PlanpathError, issue } from '../errors';
import type { ResolvedScenario } from '../scenario/scenario-types';
import type { Projection } from '../model/projection-types';
import type { LeverMode } from '../solve/levers';
import { findDecisionLever, type DecisionLever } from './decision-lever';

export interface LeverSpec {
  lever: DecisionLever;
  /** Range of the lever's value (constant mode) or of the shift (shift mode), in the lever's unit. */
  lo: number;
  hi: number;
  /** True when the user gave the bounds. */
  userBounds: boolean;
}

/** The widest range a lever allows in `mode`, given the scenario's current path (for shifts). */
export function defaultRange(lever: DecisionLever, scenario: ResolvedScenario, mode: LeverMode): { lo: number; hi: number } {
  const eps = 1e-9;
  const { floor, ceiling } = lever.bounds;
  if (mode === 'constant') return { lo: floor + eps, hi: ceiling };
  const path = lever.path(scenario);
  return { lo: floor - Math.min(...path) + eps, hi: ceiling - Math.max(...path) };
}

/** Parses `lever` or `lever=lo:hi`. @throws PlanpathError naming `field` */
export function parseLeverSpec(text: string, scenario: ResolvedScenario, mode: LeverMode, field = 'vary'): LeverSpec {
  const [id, range, extra] = text.split('=');
  const lever = findDecisionLever(id.trim(), field);
  const full = defaultRange(lever, scenario, mode);
  if (range === undefined) return { lever, ...full, userBounds: false };
  const m = /^\s*(-?\d*\.?\d+(?:e-?\d+)?)\s*:\s*(-?\d*\.?\d+(?:e-?\d+)?)\s*$/i.exec(range);
  const allowed = { en: `${id}=lo:hi with lo < hi inside ${full.lo.toPrecision(3)}:${full.hi.toPrecision(3)}, e.g. ${id}=0:0.25`, zh: `${id}=下限:上限,下限小于上限,且在 ${full.lo.toPrecision(3)}:${full.hi.toPrecision(3)} 之内,例如 ${id}=0:0.25` };
  if (extra !== undefined || !m) throw new PlanpathError('invalid-request', [issue(field, text, { en: 'bounds are not lo:hi', zh: '范围格式不是 下限:上限' }, allowed)]);
  const lo = Number(m[1]), hi = Number(m[2]);
  if (!(lo < hi) || lo < full.lo - 1e-6 || hi > full.hi + 1e-12) throw new PlanpathError('invalid-request', [issue(field, text, { en: 'bounds out of order or outside what the lever allows', zh: '范围顺序有误或超出杠杆允许范围' }, allowed)]);
  return { lever, lo: Math.max(lo, full.lo), hi: Math.min(hi, full.hi), userBounds: true };
}

/**
 * The lever's current value: its value when the path is constant, otherwise the average over the plan
 * period's years weighted by real GDP (the same weights for every lever, so a lever's "current" is what
 * a constant path would have to equal to weigh the same on the economy).
 */
export function currentLeverValue(lever: DecisionLever, scenario: ResolvedScenario, projection: Projection, period?: { from: number; to: number }): number {
  const path = lever.path(scenario);
  if (path.every((v) => v === path[0])) return path[0];
  const from = Math.max(period?.from ?? scenario.baseYear + 1, scenario.baseYear + 1);
  const to = Math.min(period?.to ?? scenario.endYear, scenario.endYear);
  let sum = 0, weight = 0;
  for (let y = from; y <= to; y++) {
    const w = projection.series.gdpReal[y - scenario.baseYear];
    sum += w * path[y - scenario.baseYear - 1];
    weight += w;
  }
  return weight > 0 ? sum / weight : path[0];
}
