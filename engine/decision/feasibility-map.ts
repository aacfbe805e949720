/**
 * Feasibility map: over a grid of two levers (each in constant mode: the same value every year), which
 * of the modelled targets are met, how many, and whether all are. Also each target's signed relative
 * margin ((projected - target) / |target|, positive on the met side; for a range, distance to the nearer
 * bound) so the app can draw the contour where each target is just met. Grids are indexed [j][i] at
 * y.values[j], x.values[i].
 *
 * Cost: steps^2 projections of the series-only plan up to the last target year (lean-plan.ts); 41 x 41 = 1,681.
 */
import type { PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { project } from '../model/project';
import { seriesAt } from '../model/series-path';
import { meets } from '../scorecard/comparator';
import type { LeverSpec } from './lever-spec';
import { currentLeverValue } from './lever-spec';
import { modelledTargets } from './margins';
import { leanPlan, seriesPlan, truncateHorizon } from './lean-plan';
import { assertDecisionLeverApplies } from './decision-lever';

export interface MapAxis {
  lever: string;
  values: number[];
  /** The scenario's own value of the lever (constant value or GDP-weighted average). */
  current: number;
}

export interface FeasibilityMap {
  x: MapAxis;
  y: MapAxis;
  targets: string[];
  metCount: number[][];
  allMet: boolean[][];
  metBy: Record<string, boolean[][]>;
  /** Signed relative margin by target, [j][i]: >= 0 where met. */
  marginBy: Record<string, number[][]>;
  /** True when at least one cell meets every target. */
  anyAllMet: boolean;
}

/** Evenly spaced values from lo to hi inclusive. */
export const axisValues = (lo: number, hi: number, steps: number) => Array.from({ length: steps }, (_, i) => (steps === 1 ? lo : lo + ((hi - lo) * i) / (steps - 1)));

export function feasibilityMap(plan: PlanData, scenario: ResolvedScenario, x: LeverSpec, y: LeverSpec, steps = 41, targetIds?: string[]): FeasibilityMap {
  assertDecisionLeverApplies(x.lever, scenario, '--x');
  assertDecisionLeverApplies(y.lever, scenario, '--y');
  const lean = leanPlan(plan);
  const base = project(lean, scenario);
  const rows = modelledTargets(base.targets).filter((t) => !targetIds || targetIds.includes(t.id));
  const links = rows.map((t) => { const m = lean.indicators.find((i) => i.id === t.id)!.model!; return { t, m, k: t.year - base.baseYear }; });
  // Series only (nothing scored) and only up to the last target year: the same values, about five times faster.
  const fast = seriesPlan(plan);
  const horizon = Math.max(base.baseYear + 1, ...rows.map((t) => t.year));
  const xs = axisValues(x.lo, x.hi, steps), ys = axisValues(y.lo, y.hi, steps);
  const grid = <T>(fill: T) => ys.map(() => xs.map(() => fill));
  const metBy = Object.fromEntries(rows.map((t) => [t.id, grid(false)]));
  const marginBy = Object.fromEntries(rows.map((t) => [t.id, grid(0)]));
  const metCount = grid(0), allMet = grid(false);
  let anyAllMet = false;
  ys.forEach((yv, j) => {
    const row = y.lever.apply(truncateHorizon(scenario, horizon), yv, 'constant');
    xs.forEach((xv, i) => {
      const p = project(fast, x.lever.apply(row, xv, 'constant'));
      let count = 0;
      for (const { t, m, k } of links) {
        const v = seriesAt(p.series, m.series)![k] * m.scale;
        const ok = meets(v, t.comparator, t.target, t.min, t.max);
        metBy[t.id][j][i] = ok;
        marginBy[t.id][j][i] = signedMargin(v, t.comparator, t.target, t.min, t.max);
        if (ok) count++;
      }
      metCount[j][i] = count;
      allMet[j][i] = count === links.length;
      anyAllMet ||= allMet[j][i];
    });
  });
  return {
    x: { lever: x.lever.id, values: xs, current: currentLeverValue(x.lever, scenario, base, plan.period) },
    y: { lever: y.lever.id, values: ys, current: currentLeverValue(y.lever, scenario, base, plan.period) },
    targets: rows.map((t) => t.id), metCount, allMet, metBy, marginBy, anyAllMet,
  };
}

/** (projected - target) / |target| on the met side positive; a range: distance inside to the nearer bound. */
export function signedMargin(v: number, comparator: string, target: number, min?: number, max?: number): number {
  const rel = (d: number, ref: number) => d / Math.max(Math.abs(ref), 1e-12);
  switch (comparator) {
    case '>=': case '>': return rel(v - target, target);
    case '<=': case '<': return rel(target - v, target);
    case 'range': return Math.min(rel(v - (min ?? -Infinity), min ?? 1), rel((max ?? Infinity) - v, max ?? 1));
    default: return -Math.abs(rel(v - target, target));
  }
}
