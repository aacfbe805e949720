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

/*
 * Caches: a session's starting file is immutable (sessions are replaced, never mutated), so its
 * resolution and the scenarios and projections built from it are kept per starting-file object, by
 * the JSON of the values applied. Taking in a proposal then recomputes only what it changed (a
 * projection of the linked model costs a few milliseconds; the board needs several).
 */
const MAX_CACHED = 256;
const resolvedStarts = new WeakMap<ScenarioFile, ResolvedScenario>();
const scenarios = new WeakMap<ScenarioFile, Map<string, ResolvedScenario>>();
const projections = new WeakMap<ResolvedScenario, Projection>();

/** The session's starting scenario, resolved. @throws PlanpathError when the saved file does not validate */
export function startScenario(s: GameSession): ResolvedScenario {
  let r = resolvedStarts.get(s.start);
  if (!r) {
    r = resolveFile(s.start, []);
    resolvedStarts.set(s.start, r);
  }
  return r;
}

/** The starting scenario with layers of values applied one after the other (cached). */
export function layeredScenario(s: GameSession, layers: readonly LeverValues[]): ResolvedScenario {
  let cache = scenarios.get(s.start);
  if (!cache) scenarios.set(s.start, (cache = new Map()));
  const key = JSON.stringify(layers);
  let out = cache.get(key);
  if (!out) {
    // Built on the (cached) scenario of all but the last layer: the same steps as applying the layers
    // one after the other, with scenario objects, and so projections, shared between coalitions.
    out = layers.length === 0 ? startScenario(s) : applyValues(layeredScenario(s, layers.slice(0, -1)), layers[layers.length - 1]);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, out);
  }
  return out;
}

/** The projection of a scenario (cached per scenario object). */
export function projectionOf(scenario: ResolvedScenario): Projection {
  let p = projections.get(scenario);
  if (!p) {
    p = project(plan, scenario);
    projections.set(scenario, p);
  }
  return p;
}

/** The combined scenario of a round (round -1: the starting scenario). */
export function roundScenario(s: GameSession, round: number): ResolvedScenario {
  return round < 0 ? startScenario(s) : layeredScenario(s, [valuesAt(s, round)]);
}

/** The projection of a round's combined scenario. */
export function roundProjection(s: GameSession, round: number): Projection {
  return projectionOf(roundScenario(s, round));
}
