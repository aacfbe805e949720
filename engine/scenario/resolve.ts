/**
 * Resolves `extends`: a scenario inherits everything from its parent and overrides what it states.
 * Validates each file's shape, then the merged result against the plan and its horizon.
 * Throws {@link PlanpathError} ('invalid-scenario') listing every problem; never returns a partial result.
 */
import { PlanpathError, issue, type ValidationIssue } from '../errors';
import type { PlanData } from '../plan/plan-types';
import { SECTORS, type ResolvedScenario, type ScenarioFile } from './scenario-types';
import { validateScenarioShape } from './validate';
import { withoutReplacedModes } from './modes';
import { withEnergyDefaults } from './energy-defaults';
import { investmentIssues } from '../investment/check-investment';
import { linkedIssues } from '../model/check-linked';

/** Finds a scenario file by id (built-in or user); undefined when there is none. */
export type ScenarioLookup = (id: string) => unknown;

/** Fields a child never inherits: they describe the file itself. */
const OWN_FIELDS = new Set(['id', 'name', 'narrative', 'notes', 'extends', '$schema']);
const SECTOR_FIELDS = new Set(['realGrowth', 'deflator', 'realGrowthVolatility', 'sectorShares', 'intensityChangeBySector', 'intensityBySector', 'energyIntensityVolatility', 'productivityGrowth', 'icor']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge: objects merge key by key, anything else in `child` replaces `parent`. */
function merge(parent: unknown, child: unknown, key = ''): unknown {
  if (isPlainObject(child) && SECTOR_FIELDS.has(key) && !isPlainObject(parent) && parent !== undefined) {
    // A per-sector override of a value given for all sectors alike.
    parent = Object.fromEntries(SECTORS.map((s) => [s, parent]));
  }
  if (!isPlainObject(parent) || !isPlainObject(child)) return child === undefined ? parent : child;
  // Built from entries (never `out[k] = ...`), so a key such as `__proto__` can never set a prototype.
  const keys = [...Object.keys(parent), ...Object.keys(child).filter((k) => !Object.hasOwn(parent, k))];
  return Object.fromEntries(keys.map((k) => [k, Object.hasOwn(child, k) ? merge(Object.hasOwn(parent, k) ? parent[k] : undefined, child[k], k) : parent[k]]));
}

function cross(merged: ScenarioFile & Record<string, unknown>, plan: PlanData): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const { baseYear, endYear } = merged as { baseYear: number; endYear: number };
  if (!Number.isInteger(baseYear) || !Number.isInteger(endYear)) return out;
  if (baseYear !== plan.base.year) {
    out.push(issue('baseYear', baseYear, { en: `the plan "${plan.id}" has base data for ${plan.base.year} only`, zh: `规划 "${plan.id}" 仅有 ${plan.base.year} 年的基期数据` }, { en: String(plan.base.year), zh: String(plan.base.year) }));
  }
  if (endYear <= baseYear) {
    out.push(issue('endYear', endYear, { en: `not after baseYear ${baseYear}`, zh: `不晚于基年 ${baseYear}` }, { en: `an integer year after ${baseYear}`, zh: `晚于 ${baseYear} 的整数年份` }));
  }
  const indicators = isPlainObject(merged.assumptions) && isPlainObject(merged.assumptions.indicators) ? merged.assumptions.indicators : {};
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  for (const [id, traj] of Object.entries(indicators)) {
    const ind = byId.get(id);
    const path = `assumptions.indicators.${id}`;
    if (!ind) {
      out.push(issue(path, traj, { en: 'no such indicator in the plan', zh: '规划中没有该指标' }, { en: 'an indicator id from `planpath indicators`', zh: '`planpath indicators` 列出的指标标识' }));
      continue;
    }
    if (ind.model) {
      out.push(issue(path, traj, { en: `computed by the model from ${ind.model.series}; set its assumptions instead`, zh: `由模型根据 ${ind.model.series} 计算;请改设相应假设` }, { en: 'an indicator the model does not compute', zh: '模型不直接计算的指标' }));
      continue;
    }
    if (!isPlainObject(traj)) continue;
    const t = traj as { start?: number; year?: number };
    if (ind.base === undefined && t.start === undefined) {
      out.push(issue(`${path}.start`, undefined, { en: 'the plan gives no base value for this indicator', zh: '规划未给出该指标的基期值' }, { en: `a base-year (${baseYear}) value`, zh: `基年(${baseYear})数值` }));
    }
    if (t.year !== undefined && Number.isInteger(t.year) && t.year <= baseYear) {
      out.push(issue(`${path}.year`, t.year, { en: 'not after the base year', zh: '不晚于基年' }, { en: `a year after ${baseYear}`, zh: `晚于 ${baseYear} 的年份` }));
    }
  }
  out.push(...investmentIssues(merged, plan));
  out.push(...linkedIssues(merged, plan));
  return out;
}

/**
 * Resolves a scenario (any JSON value) with its `extends` chain.
 * @throws PlanpathError listing every problem: shape, unknown or cyclic `extends`, horizon, array lengths.
 */
export function resolveScenario(input: unknown, lookup: ScenarioLookup, plan: PlanData): ResolvedScenario {
  const chain: Record<string, unknown>[] = [];
  const seen: string[] = [];
  let current: unknown = input;
  let where = '';
  for (;;) {
    const prefix = where === '' ? '' : `${where} `;
    const shapeIssues = validateScenarioShape(current, { requireAll: !(isPlainObject(current) && current.extends !== undefined) });
    if (shapeIssues.length > 0) {
      if (where === '' && isPlainObject(current) && current.extends === undefined) {
        const flagged = new Set(shapeIssues.map((i) => i.path));
        for (const extra of cross(current as unknown as ScenarioFile & Record<string, unknown>, plan)) if (!flagged.has(extra.path)) shapeIssues.push(extra);
      }
      throw new PlanpathError('invalid-scenario', where === '' ? shapeIssues : shapeIssues.map((i) => ({ ...i, path: `${prefix}${i.path}`.trim() })));
    }
    const file = current as ScenarioFile & Record<string, unknown>;
    chain.push(file);
    seen.push(file.id);
    if (file.extends === undefined) break;
    if (seen.includes(file.extends)) {
      throw new PlanpathError('invalid-scenario', [issue('extends', file.extends, { en: `cycle: ${[...seen, file.extends].join(' -> ')}`, zh: `循环继承:${[...seen, file.extends].join(' -> ')}` }, { en: 'a chain of scenarios that ends in one without "extends"', zh: '最终止于不含 "extends" 的情景的继承链' })]);
    }
    const parent = lookup(file.extends);
    if (parent === undefined) {
      throw new PlanpathError('invalid-scenario', [issue(where === '' ? 'extends' : `${prefix}extends`, file.extends, { en: 'no scenario with this id', zh: '没有该标识的情景' }, { en: 'the id of a built-in or saved scenario', zh: '内置或已保存情景的标识' })]);
    }
    where = `(in "${file.extends}")`;
    current = parent;
  }
  let merged: Record<string, unknown> = {};
  for (let i = chain.length - 1; i >= 0; i--) {
    const own = Object.fromEntries(Object.entries(chain[i]).filter(([k]) => !OWN_FIELDS.has(k) || i === 0));
    // A child that states one mode of a block replaces its parent's mode (modes.ts).
    merged = merge(withoutReplacedModes(merged, own), own) as Record<string, unknown>;
  }
  // The newest version in the chain: a version-1 child of a version-2 parent keeps the parent's fields.
  merged.schemaVersion = Math.max(...chain.map((f) => (typeof f.schemaVersion === 'number' ? f.schemaVersion : 1)));
  if (chain.length > 1 && chain[0].extends !== undefined) merged.extends = chain[0].extends;
  const base = typeof merged.baseYear === 'number' ? merged.baseYear : NaN;
  const end = typeof merged.endYear === 'number' ? merged.endYear : NaN;
  const yearCount = Number.isInteger(base) && Number.isInteger(end) && end > base ? end - base : undefined;
  const issues = validateScenarioShape(merged, { requireAll: true, yearCount });
  const flagged = new Set(issues.map((i) => i.path));
  for (const extra of cross(merged as unknown as ScenarioFile & Record<string, unknown>, plan)) if (!flagged.has(extra.path)) issues.push(extra);
  if (issues.length > 0) throw new PlanpathError('invalid-scenario', issues);
  return withEnergyDefaults({ ...(merged as unknown as ResolvedScenario), lineage: seen.slice(1) }, plan);
}
