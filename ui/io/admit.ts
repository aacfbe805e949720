/**
 * Admitting a scenario from outside (an imported file or a share link): it must resolve against the
 * plan and the scenarios the app knows, and its saved observations (`actuals`) must pass the same
 * checks as an actuals CSV. A bad one returns every problem and changes nothing; a good one whose id
 * is taken gets a fresh id.
 */
import { isPlanpathError, issue, type ResolvedScenario, type ScenarioFile, type ValidationIssue } from '../../engine/index';
import { readScenarioActuals, scenarioCatalogue } from '../state/actuals-edit';
import { freshId, findScenario, resolveFile } from '../state/scenarios';

export type Admitted = { ok: true; file: ScenarioFile; renamedFrom?: string } | { ok: false; issues: ValidationIssue[] };

/** Checks a parsed JSON value as a scenario file. */
export function admitScenario(value: unknown, user: readonly ScenarioFile[]): Admitted {
  let resolved: ResolvedScenario;
  try {
    resolved = resolveFile(value, user);
  } catch (error) {
    if (isPlanpathError(error)) return { ok: false, issues: error.issues };
    return { ok: false, issues: [issue('', undefined, { zh: String(error), en: String(error) }, { zh: '有效的情景文件', en: 'a valid scenario file' })] };
  }
  const actualsIssues = readScenarioActuals(resolved, scenarioCatalogue(resolved)).issues;
  if (actualsIssues.length > 0) return { ok: false, issues: actualsIssues };
  const file = structuredClone(value) as ScenarioFile;
  if (!findScenario(file.id, user)) return { ok: true, file };
  const id = freshId(file.id, user);
  return { ok: true, file: { ...file, id }, renamedFrom: file.id };
}

/** Parses JSON text, reporting a syntax error as an issue of the whole file. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [issue('', `${text.slice(0, 40)}${text.length > 40 ? '...' : ''}`, { zh: `不是有效的JSON:${detail}`, en: `not valid JSON: ${detail}` }, { zh: 'JSON格式的情景文件', en: 'a JSON scenario file' })],
    };
  }
}

/**
 * A file that opens anywhere: one that extends a built-in (or nothing) as is; one that extends
 * another user scenario with every inherited value copied in.
 */
export function portableFile(file: ScenarioFile, user: readonly ScenarioFile[], isBuiltinId: (id: string) => boolean): ScenarioFile {
  if (!file.extends || isBuiltinId(file.extends)) return file;
  const { lineage: _lineage, extends: _extends, ...rest } = resolveFile(file, user);
  return rest as ScenarioFile;
}
