/**
 * Reset and undo of lever changes, as reducer helpers. "Reset all" brings a user copy back to the
 * scenario it extends (every assumption it overrides dropped; its name, narrative and observed
 * statistics kept). Undo/redo restore an earlier list of user scenarios and the open id
 * (lever-history.ts keeps the snapshots).
 */
import type { AnyLeverId, ScenarioFile } from '../../engine/index';
import type { AppState } from './app-state';
import { leverValue } from './scenario-edit';
import { isBuiltin, resolveId } from './scenarios';

/** Fields of a scenario file that are not lever settings (kept by a reset). */
const KEPT = new Set(['$schema', 'schemaVersion', 'id', 'name', 'narrative', 'extends', 'actuals', 'baseYear', 'endYear']);

/** The file with every override of its parent dropped. */
export function resetFile(file: ScenarioFile): ScenarioFile {
  return Object.fromEntries(Object.entries(file).filter(([k]) => KEPT.has(k))) as unknown as ScenarioFile;
}

/** Whether the open scenario has anything to reset (a user copy that overrides its parent). */
export function canReset(state: Pick<AppState, 'openId' | 'userScenarios'>): boolean {
  const file = state.userScenarios.find((s) => s.id === state.openId);
  return !!file?.extends && Object.keys(file).some((k) => !KEPT.has(k));
}

/** State after "reset all levers" of the open scenario (unchanged when there is nothing to reset). */
export function resetAllLevers(state: AppState): AppState {
  if (!canReset(state)) return state;
  return { ...state, userScenarios: state.userScenarios.map((s) => (s.id === state.openId ? resetFile(s) : s)) };
}

/** The value a lever returns to on "reset this lever": the parent's value, or undefined when there is no parent. */
export function parentLeverValue(state: Pick<AppState, 'openId' | 'userScenarios'>, lever: AnyLeverId): number | undefined {
  if (isBuiltin(state.openId)) return undefined;
  const file = state.userScenarios.find((s) => s.id === state.openId);
  if (!file?.extends) return undefined;
  try {
    return leverValue(resolveId(file.extends, state.userScenarios), lever);
  } catch {
    return undefined;
  }
}

/** State with the user scenarios and open id of an undo/redo snapshot (ids that vanished fall back to the plan target). */
export function restoreSnapshot(state: AppState, snapshot: { userScenarios: ScenarioFile[]; openId: string }): AppState {
  const known = isBuiltin(snapshot.openId) || snapshot.userScenarios.some((s) => s.id === snapshot.openId);
  return { ...state, userScenarios: snapshot.userScenarios, openId: known ? snapshot.openId : 'plan-target' };
}
