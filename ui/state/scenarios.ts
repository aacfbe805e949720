/**
 * The scenarios the app knows: the built-in ones (read-only) and the user's own. Lookup by id,
 * resolution of `extends`, and fresh ids that follow the scenario id pattern.
 */
import { ID_PATTERN, resolveScenario, type ResolvedScenario, type ScenarioFile, type ScenarioLookup } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenarios } from '../../scenarios/index';

export const plan = defaultPlan;
export const BUILTIN_IDS = new Set(builtinScenarios.map((s) => s.id));

/** True for a built-in (read-only) scenario id. */
export function isBuiltin(id: string): boolean {
  return BUILTIN_IDS.has(id);
}

/** A scenario file by id: a built-in first (user ids never shadow one), then the user's. */
export function findScenario(id: string, user: readonly ScenarioFile[]): ScenarioFile | undefined {
  return builtinScenarios.find((s) => s.id === id) ?? user.find((s) => s.id === id);
}

/** Every scenario, built-in first. */
export function allScenarios(user: readonly ScenarioFile[]): { file: ScenarioFile; builtin: boolean }[] {
  return [...builtinScenarios.map((file) => ({ file, builtin: true })), ...user.map((file) => ({ file, builtin: false }))];
}

/** A lookup for resolveScenario over the built-ins and `user`. */
export function lookupIn(user: readonly ScenarioFile[]): ScenarioLookup {
  return (id) => findScenario(id, user);
}

/*
 * Resolutions are memoised per file object and the objects its `extends` chain reaches (all immutable in
 * the state: an edit makes a new file and a new list). A resolution depends on nothing else
 * (resolveScenario reads the file and, for each `extends` id, the file the lookup gives), so the
 * reducer's check of an edit, the next edit's start and the views' evaluation of the same file resolve
 * it once; and a save of another scenario (a new list, e.g. taken in from another window) leaves the
 * open scenario's resolution, projection and charts as they were. Failures are not kept (they throw
 * each time).
 */
const resolved = new WeakMap<object, { parents: readonly unknown[]; scenario: ResolvedScenario }>();

/** The files the lookup gives along `file`'s `extends` chain, in order (stops at a missing id or a cycle, which resolution reports). */
function parentsOf(file: object, user: readonly ScenarioFile[]): unknown[] {
  const parents: unknown[] = [];
  const seen = new Set<string>();
  let current: unknown = file;
  while (typeof current === 'object' && current !== null && typeof (current as { extends?: unknown }).extends === 'string') {
    const id = (current as { extends: string }).extends;
    if (seen.has(id)) break;
    seen.add(id);
    current = findScenario(id, user);
    parents.push(current);
  }
  return parents;
}

/** Resolves a file against the built-ins and `user` (memoised per file and the files it extends). @throws PlanpathError */
export function resolveFile(file: unknown, user: readonly ScenarioFile[]): ResolvedScenario {
  if (typeof file !== 'object' || file === null) return resolveScenario(file, lookupIn(user), plan);
  const parents = parentsOf(file, user);
  const hit = resolved.get(file);
  if (hit && hit.parents.length === parents.length && hit.parents.every((p, i) => p === parents[i])) return hit.scenario;
  const scenario = resolveScenario(file, lookupIn(user), plan);
  resolved.set(file, { parents, scenario });
  return scenario;
}

/** Resolves a scenario by id. @throws PlanpathError, or Error when there is no such id */
export function resolveId(id: string, user: readonly ScenarioFile[]): ResolvedScenario {
  const file = findScenario(id, user);
  if (!file) throw new Error(`no scenario ${id}`);
  return resolveFile(file, user);
}

/** A valid id, not yet taken, made from `wanted` ("plan-target-copy", then "-2", "-3", ...). */
export function freshId(wanted: string, user: readonly ScenarioFile[]): string {
  let base = wanted.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+/, '').slice(0, 56) || 'scenario';
  if (!ID_PATTERN.test(base)) base = 'scenario';
  const taken = (id: string) => findScenario(id, user) !== undefined;
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base}-${i}`)) return `${base}-${i}`;
}

/** The plan period's year indices in a scenario's yearly arrays (0 = baseYear + 1). */
export function planPeriodIndices(scenario: { baseYear: number; endYear: number }): number[] {
  const from = Math.max(plan.period.from, scenario.baseYear + 1);
  const to = Math.min(plan.period.to, scenario.endYear);
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y - scenario.baseYear - 1);
  return out.length > 0 ? out : [0];
}
