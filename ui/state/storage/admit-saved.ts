/**
 * Saved scenarios are checked one by one before the app uses them, with the same rules as an import:
 * the scenario schema, `extends` resolution, saved observations and the projection check. A bad one
 * is set aside (kept as it was, listed for export) instead of breaking the app or being erased.
 */
import { ID_PATTERN, isPlanpathError, issue, nestingIssue, projectionIssues, validateScenarioShape, type ScenarioFile, type ValidationIssue } from '../../../engine/index';
import { readScenarioActuals, scenarioCatalogue } from '../actuals-edit';
import { isBuiltin, plan, resolveFile } from '../scenarios';

export interface RejectedScenario {
  /** Its storage key. */
  key: string;
  /** The record as found. */
  value: unknown;
  /** Its id when it has a usable one, else a description. */
  label: string;
  issues: ValidationIssue[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Problems of one saved file on its own (shape, id), before `extends` is followed. */
function ownIssues(key: string, value: unknown, taken: ReadonlySet<string>): ValidationIssue[] {
  const deep = nestingIssue(value);
  if (deep) return [deep];
  if (!isRecord(value)) return [issue('', value, { en: 'a saved scenario that is not an object', zh: '保存的情景不是对象' }, { en: 'a scenario file', zh: '情景文件' })];
  const shape = validateScenarioShape(value, { requireAll: value.extends === undefined });
  if (shape.length > 0) return shape;
  const id = value.id as string;
  if (isBuiltin(id)) return [issue('id', id, { en: 'the id of a built-in scenario', zh: '与内置情景标识相同' }, { en: 'an id no built-in scenario uses', zh: '未被内置情景使用的标识' })];
  if (key !== id) return [issue('id', id, { en: `stored under another key ("${key}")`, zh: `保存在另一个键("${key}")下` }, { en: 'a record stored under its own id', zh: '以自身标识保存的记录' })];
  if (taken.has(id)) return [issue('id', id, { en: 'a second saved scenario with this id', zh: '另一个已保存情景使用了此标识' }, { en: 'one saved scenario per id', zh: '每个标识只对应一个已保存情景' })];
  return [];
}

/** Problems that appear once the file is resolved against the other good ones. */
function resolvedIssues(file: ScenarioFile, good: readonly ScenarioFile[]): ValidationIssue[] {
  try {
    const resolved = resolveFile(file, good);
    const actuals = readScenarioActuals(resolved, scenarioCatalogue(resolved)).issues;
    return actuals.length > 0 ? actuals : projectionIssues(plan, resolved);
  } catch (error) {
    if (isPlanpathError(error)) return error.issues;
    return [issue('', undefined, { en: String(error), zh: String(error) }, { en: 'a scenario the app can open', zh: '应用可以打开的情景' })];
  }
}

/** Splits saved scenarios into those the app can use and those it must set aside (with the reasons). */
export function admitSavedScenarios(saved: readonly { id: string; value: unknown }[]): { good: ScenarioFile[]; rejected: RejectedScenario[] } {
  const rejected: RejectedScenario[] = [];
  let good: ScenarioFile[] = [];
  const taken = new Set<string>();
  for (const { id: key, value } of saved) {
    const problems = ownIssues(key, value, taken);
    const id = isRecord(value) && typeof value.id === 'string' && ID_PATTERN.test(value.id) ? value.id : undefined;
    if (problems.length > 0) rejected.push({ key, value, label: id ?? (isRecord(value) && typeof value.id === 'string' ? value.id.slice(0, 64) : '?'), issues: problems });
    else {
      good.push(value as unknown as ScenarioFile);
      taken.add(id!);
    }
  }
  // A file can fail because its parent failed: repeat until every remaining one resolves.
  for (let changed = true; changed; ) {
    changed = false;
    const next: ScenarioFile[] = [];
    for (const file of good) {
      const problems = resolvedIssues(file, good);
      if (problems.length > 0) {
        rejected.push({ key: file.id, value: file, label: file.id, issues: problems });
        changed = true;
      } else next.push(file);
    }
    good = next;
  }
  return { good, rejected };
}
