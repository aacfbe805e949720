/**
 * Values derived from the state: the open scenario resolved and projected (well under a millisecond,
 * so it runs on every lever input), and any scenario by id for Compare.
 */
import { useMemo } from 'react';
import { isPlanpathError, type Projection, type ResolvedScenario, type ScenarioFile, type ValidationIssue } from '../../engine/index';
import { useAppState } from './store';
import { findScenario, isBuiltin, resolveFile } from './scenarios';
import { projectionOf } from './projection';

export interface OpenScenario {
  id: string;
  file: ScenarioFile;
  builtin: boolean;
  scenario: ResolvedScenario;
  projection: Projection;
}

export type Evaluated = { ok: true; value: OpenScenario } | { ok: false; id: string; issues: ValidationIssue[]; message: string };

/*
 * Evaluations are cached per list of user scenarios (the state's lists are immutable: an edit makes a
 * new list), so the workspace, the headline strip and the lever panel share one projection per edit.
 */
const evaluations = new WeakMap<readonly ScenarioFile[], Map<string, Evaluated>>();

/** Resolves and projects one scenario of the current set (cached per list). Never throws. */
export function evaluate(id: string, user: readonly ScenarioFile[]): Evaluated {
  let byId = evaluations.get(user);
  if (!byId) evaluations.set(user, (byId = new Map()));
  let out = byId.get(id);
  if (!out) byId.set(id, (out = evaluateUncached(id, user)));
  return out;
}

function evaluateUncached(id: string, user: readonly ScenarioFile[]): Evaluated {
  const file = findScenario(id, user);
  if (!file) return { ok: false, id, issues: [], message: `no scenario ${id}` };
  try {
    const scenario = resolveFile(file, user);
    return { ok: true, value: { id, file, builtin: isBuiltin(id), scenario, projection: projectionOf(scenario) } };
  } catch (error) {
    return { ok: false, id, issues: isPlanpathError(error) ? error.issues : [], message: String(error) };
  }
}

/** The open scenario, resolved and projected. */
export function useOpenScenario(): Evaluated {
  const openId = useAppState((s) => s.openId);
  const user = useAppState((s) => s.userScenarios);
  return useMemo(() => evaluate(openId, user), [openId, user]);
}

/** Several scenarios, resolved and projected (those that fail are left out). */
export function useScenarios(ids: readonly string[]): OpenScenario[] {
  const user = useAppState((s) => s.userScenarios);
  const key = ids.join('|');
  return useMemo(() => ids.map((id) => evaluate(id, user)).flatMap((e) => (e.ok ? [e.value] : [])), [key, user]); // eslint-disable-line react-hooks/exhaustive-deps
}
