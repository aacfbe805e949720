/**
 * The joint probability that every modelled target of the feasibility map is met, per grid cell, for a
 * scenario with an uncertainty block: a fixed Monte Carlo (same seed in every cell, so neighbouring cells
 * differ by the levers only, not by sampling noise) on the scenario cut at the last target year.
 * Cost: cells x paths path-years; 4,096 paths (one block) by default.
 */
import type { PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { compileMonteCarlo } from '../mc/compile-model';
import { runMonteCarlo } from '../mc/run-monte-carlo';
import { simulateBlocks } from '../mc/simulate-blocks';
import type { FeasibilityMap } from './feasibility-map';
import type { LeverSpec } from './lever-spec';
import { truncateHorizon } from './lean-plan';

export const MAP_PROBABILITY_PATHS = 4096;

/** probability[j][i] of meeting every target of `map` together; undefined without an uncertainty block. */
export async function mapProbability(plan: PlanData, scenario: ResolvedScenario, map: FeasibilityMap, x: LeverSpec, y: LeverSpec, paths = MAP_PROBABILITY_PATHS): Promise<number[][] | undefined> {
  if (!scenario.uncertainty) return undefined;
  const horizon = Math.max(...map.targets.map((id) => plan.indicators.find((i) => i.id === id)?.target?.year ?? plan.indicators.find((i) => i.id === id)?.proxyTarget?.year ?? scenario.endYear));
  const out: number[][] = [];
  for (let j = 0; j < map.y.values.length; j++) {
    const row: number[] = [];
    const withY = y.lever.apply(truncateHorizon(scenario, horizon), map.y.values[j], 'constant');
    for (let i = 0; i < map.x.values.length; i++) {
      const cell = x.lever.apply(withY, map.x.values[i], 'constant');
      const setup = compileMonteCarlo(plan, cell, { paths, series: [], quantiles: [0.5], joint: map.targets });
      const r = await runMonteCarlo(setup, async (m, range) => [simulateBlocks(m, range)]);
      row.push(r.jointProbability);
    }
    out.push(row);
  }
  return out;
}
