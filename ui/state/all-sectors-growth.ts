/**
 * The "All sectors" growth lever shows real GDP growth: sector rates weighted by the previous year's
 * real value added (what the projection's realGrowth is), averaged over the plan period, not the
 * unweighted mean of the three sector rates. Setting it shifts every sector by the same amount,
 * found by a few fixed-point steps (the weights move a little as the shift changes the sectors' sizes).
 */
import { applyLever, project, type ResolvedScenario } from '../../engine/index';
import { plan, planPeriodIndices } from './scenarios';
import { projectionOf } from './projection';

const cached = new WeakMap<ResolvedScenario, number>();

/** Plan-period average of real GDP growth (fraction a year); cached per scenario object (resolved scenarios are immutable). */
export function allSectorsGrowth(scenario: ResolvedScenario): number {
  const hit = cached.get(scenario);
  if (hit !== undefined) return hit;
  const value = weightedGrowth(scenario);
  cached.set(scenario, value);
  return value;
}

function weightedGrowth(scenario: ResolvedScenario): number {
  // A scenario not in investment mode projects as a sectoral one (the projection reads growthMode only
  // for 'investment'): its own projection, shared with the views, is the same.
  const growth = (scenario.growthMode === 'investment' ? project(plan, { ...scenario, growthMode: 'sectoral' } as ResolvedScenario) : projectionOf(scenario)).series.realGrowth;
  const idx = planPeriodIndices(scenario);
  return idx.reduce((s, i) => s + growth[i + 1], 0) / idx.length;
}

/** The shift of every sector's real growth (fraction a year) that makes `allSectorsGrowth` equal `value`. */
export function allSectorsShift(scenario: ResolvedScenario, value: number): number {
  let shift = 0;
  for (let k = 0; k < 12; k++) {
    const gap = value - allSectorsGrowth(shift === 0 ? scenario : applyLever(scenario, 'realGrowth', shift, 'shift'));
    if (Math.abs(gap) < 1e-12) break;
    shift += gap;
  }
  return shift;
}
