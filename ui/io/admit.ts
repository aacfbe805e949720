/**
 * Admitting a scenario from outside (an imported file or a share link): it must resolve against the
 * plan and the scenarios the app knows, and its saved observations (`actuals`) must pass the same
 * checks as an actuals CSV. A bad one returns every problem and changes nothing; a good one whose id
 * is taken gets a fresh id.
 */
import { decodeText, INPUT_LIMITS, isPlanpathError, issue, nestingIssue, projectionIssues, type ResolvedScenario, type ScenarioFile, type ValidationIssue } from '../../engine/index';
import { readScenarioActuals, scenarioCatalogue } from '../state/actuals-edit';
import { freshId, findScenario, plan, resolveFile } from '../state/scenarios';

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
  // The same projection check as `planpath validate` and `run`: valid rates that drive a series to 0/0 or infinity.
  const projection = projectionIssues(plan, resolved);
  if (projection.length > 0) return { ok: false, issues: projection };
  const file = structuredClone(value) as ScenarioFile;
  if (!findScenario(file.id, user)) return { ok: true, file };
  const id = freshId(file.id, user);
  return { ok: true, file: { ...file, id }, renamedFrom: file.id };
}

/** An issue when a file is larger than INPUT_LIMITS.fileBytes (checked before reading it). */
export function fileSizeIssue(name: string, bytes: number): ValidationIssue | undefined {
  const max = INPUT_LIMITS.fileBytes;
  if (bytes <= max) return undefined;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return issue('', name, { zh: `文件过大(${mb(bytes)})`, en: `file too large (${mb(bytes)})` }, { zh: `不超过 ${mb(max)} 的文件`, en: `a file of at most ${mb(max)}` });
}

/** Parses JSON text, reporting a syntax error (or nesting deeper than INPUT_LIMITS.nestingDepth) as an issue of the whole file. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] } {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    const deep = nestingIssue(value);
    return deep ? { ok: false, issues: [deep] } : { ok: true, value };
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

/**
 * A chosen file as JSON: refused over INPUT_LIMITS.fileBytes before it is read; decoded as UTF-8
 * (with or without a byte-order mark) or UTF-16 with one; bytes in another encoding are named.
 */
export async function readJsonFile(file: Blob & { name: string }): Promise<{ ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] }> {
  const big = fileSizeIssue(file.name, file.size);
  if (big) return { ok: false, issues: [big] };
  try {
    return parseJson(decodeText(new Uint8Array(await file.arrayBuffer()), file.name).text);
  } catch (error) {
    if (isPlanpathError(error)) return { ok: false, issues: error.issues };
    throw error;
  }
}
