/**
 * The projection of a resolved scenario, memoised per scenario object (resolved scenarios are immutable):
 * the views' evaluation and the lever panel's "All sectors" growth share one projection per edit.
 */
import { project, type Projection, type ResolvedScenario } from '../../engine/index';
import { plan } from './scenarios';

const projections = new WeakMap<ResolvedScenario, Projection>();

/** `project(plan, scenario)`, computed once per scenario object. @throws PlanpathError as project does */
export function projectionOf(scenario: ResolvedScenario): Projection {
  let out = projections.get(scenario);
  if (!out) projections.set(scenario, (out = project(plan, scenario)));
  return out;
}
