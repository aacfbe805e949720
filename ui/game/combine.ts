/**
 * Combining proposals into one scenario: the session's starting scenario with the lever values in
 * force at a round applied in the engine's lever-registry order (all-sector levers before per-sector ones, so
 * a per-sector proposal is never undone by an all-sector one). Each value is a plan-period average;
 * applying it shifts the lever's path as the lever panel does, keeping the path's shape.
 */
import { project, type Projection, type ResolvedScenario, type ScenarioFile } from '../../engine/index';
import { leverApplies, registryLeverIds, withGameLever } from './game-levers';
import { plan, resolveFile } from '../state/scenarios';
import type { GameSession, LeverValues } from './session-types';
import { valuesAt } from './session';

/** A scenario file without `extends`: every inherited value copied in, so a session stands alone. @throws PlanpathError */
export function flatStart(file: ScenarioFile, user: readonly ScenarioFile[]): ScenarioFile {
  const { lineage: _lineage, extends: _extends, ...rest } = resolveFile(file, user);
  return rest as ScenarioFile;
}

/** `scenario` with `values` applied, in registry order. Levers the model does not know, or that do not apply in the scenario's modes (growth, energy, population), are skipped. */
export function applyValues(scenario: ResolvedScenario, values: LeverValues): ResolvedScenario {
  let s = scenario;
  for (const lever of registryLeverIds()) if (lever in values && leverApplies(s, lever)) s = withGameLever(s, lever, values[lever]);
  return s;
}

export { leverApplies };

/** The session's starting scenario, resolved. @throws PlanpathError when the saved file does not validate */
export function startScenario(s: GameSession): ResolvedScenario {
  return resolveFile(s.start, []);
}

/** The combined scenario of a round (round -1: the starting scenario). */
export function roundScenario(s: GameSession, round: number): ResolvedScenario {
  const start = startScenario(s);
  return round < 0 ? start : applyValues(start, valuesAt(s, round));
}

/** The projection of a round's combined scenario. */
export function roundProjection(s: GameSession, round: number): Projection {
  return project(plan, roundScenario(s, round));
}
