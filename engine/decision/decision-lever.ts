/**
 * Decision levers: every scalar assumption the decision analyses (solve, margins, map) can move, from one
 * registry. The sectoral and investment levers of goal seek (engine/solve/levers.ts) are in it; levers of
 * the linked model's blocks (energy, carbon, jobs, industry, income) are registered as "path levers" that
 * set a rate path (or a per-sector record of paths) at a dotted field of the scenario. Another module adds
 * its own with {@link registerDecisionLever}; nothing here lists levers by hand for an analysis.
 *
 * `constant` sets the value in every year (each sector alike for a sector lever without a sector);
 * `shift` adds the value to every year.
 */
import { PlanpathError, issue } from '../errors';
import type { LocalizedText } from '../plan/plan-types';
import { SECTORS, type ResolvedScenario } from '../scenario/scenario-types';
import { RATE_CEILING, RATE_FLOOR } from '../scenario/limits';
import { ALL_LEVERS, applyLever, leverBounds, leverPath, type AnyLeverId, type LeverMode } from '../solve/levers';
import { leverIsFraction, leverMismatch } from '../investment/investment-levers';
import { LINKED_LIMITS } from '../scenario/linked-schema';
import { NON_INDUSTRIAL_M2_PER_RESIDENT } from '../model/linked-defaults';

export interface DecisionLever {
  id: string;
  /** True when the value is a fraction (a rate or share): shown in %, shifts in percentage points. */
  isFraction: boolean;
  /** Allowed values (floor exclusive, ceiling inclusive) in the lever's unit. */
  bounds: { floor: number; ceiling: number };
  /** Why the lever cannot move this scenario (wrong mode, block absent), or undefined when it can. */
  mismatch(scenario: ResolvedScenario): LocalizedText | undefined;
  /** The scenario with the lever set (`constant`) or shifted (`shift`) by `value`. */
  apply(scenario: ResolvedScenario, value: number, mode: LeverMode): ResolvedScenario;
  /** The lever's current value in each projected year. */
  path(scenario: ResolvedScenario): number[];
}

const yearCount = (s: ResolvedScenario) => s.endYear - s.baseYear;

function goalSeekLever(id: AnyLeverId): DecisionLever {
  const head = id.split('.')[0];
  const field = head === 'population' ? 'population' : head;
  return {
    id,
    isFraction: leverIsFraction(id),
    bounds: leverBounds(id),
    mismatch(scenario) {
      const m = leverMismatch(scenario, id);
      if (m) return m.message;
      const a = scenario.assumptions as unknown as Record<string, unknown>;
      if (!id.startsWith('investment.') && a[field] === undefined) return { en: `the scenario does not set ${field} (another mode of this block is in use)`, zh: `情景未设定 ${field}(该部分使用另一种模式)` };
      if (id === 'population.growth' && (a.population as { growth?: unknown } | undefined)?.growth === undefined) return { en: 'population follows jobs in this scenario, not a growth rate', zh: '该情景人口随就业变化,不由增长率设定' };
      return undefined;
    },
    apply: (scenario, value, mode) => applyLever(scenario, id, value, mode),
    path: (scenario) => leverPath(scenario, id),
  };
}

type Json = Record<string, unknown>;
const getAt = (root: unknown, path: string[]): unknown => path.reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Json)[k] : undefined), root);
function setAt(root: Json, path: string[], value: unknown): Json {
  const [k, ...rest] = path;
  const child = (root[k] && typeof root[k] === 'object' && !Array.isArray(root[k]) ? root[k] : {}) as Json;
  return { ...root, [k]: rest.length === 0 ? value : setAt(child, rest, value) };
}
const expand = (p: unknown, n: number): number[] => (Array.isArray(p) ? (p as number[]).slice(0, n) : new Array<number>(n).fill(typeof p === 'number' ? p : 0));

/**
 * A lever over a rate path at `field` (dotted, from the scenario root). With `sector`, the field holds one
 * path per sector (or one for all) and the lever moves that sector; with `allSectors`, every sector alike.
 * `requires`: a field that must be present (the block's mode), else the lever does not apply.
 */
export function pathLever(spec: { id: string; field: string; requires?: string; sector?: string; allSectors?: boolean; isFraction?: boolean; bounds?: { floor: number; ceiling: number }; fallback?: number }): DecisionLever {
  const path = spec.field.split('.');
  const perSector = spec.sector !== undefined || spec.allSectors === true;
  const read = (s: ResolvedScenario): number[] => {
    const n = yearCount(s);
    const raw = getAt(s, path) ?? spec.fallback ?? 0;
    if (!perSector) return expand(raw, n);
    const rec = (typeof raw === 'object' && !Array.isArray(raw) ? raw : Object.fromEntries(SECTORS.map((x) => [x, raw]))) as Json;
    if (spec.sector) return expand(rec[spec.sector], n);
    const all = SECTORS.map((x) => expand(rec[x], n));
    return all[0].map((_, t) => all.reduce((a, p) => a + p[t], 0) / all.length);
  };
  return {
    id: spec.id,
    isFraction: spec.isFraction ?? true,
    bounds: spec.bounds ?? { floor: RATE_FLOOR, ceiling: RATE_CEILING.intensityChange },
    mismatch(s) {
      if (spec.requires && getAt(s, spec.requires.split('.')) === undefined) return { en: `the scenario does not use ${spec.requires} (another mode of this block is in use)`, zh: `情景未使用 ${spec.requires}(该部分使用另一种模式)` };
      return undefined;
    },
    apply(s, value, mode) {
      const n = yearCount(s);
      const moved = (p: unknown): number | number[] => (mode === 'constant' ? value : expand(p, n).map((r) => r + value));
      if (!perSector) return setAt(s as unknown as Json, path, moved(getAt(s, path) ?? spec.fallback ?? 0)) as unknown as ResolvedScenario;
      const raw = getAt(s, path) ?? spec.fallback ?? 0;
      const rec = (typeof raw === 'object' && !Array.isArray(raw) ? raw : Object.fromEntries(SECTORS.map((x) => [x, raw]))) as Json;
      const next = spec.sector ? { ...rec, [spec.sector]: moved(rec[spec.sector]) } : Object.fromEntries(SECTORS.map((x) => [x, moved(rec[x])]));
      return setAt(s as unknown as Json, path, next) as unknown as ResolvedScenario;
    },
    path: read,
  };
}

/** Levers of the linked model's blocks (structural energy and carbon, jobs, industry output). */
function linkedLevers(): DecisionLever[] {
  const sectorLevers = (id: string, field: string, requires: string, bounds?: { floor: number; ceiling: number }) => [
    pathLever({ id, field, requires, allSectors: true, bounds }),
    ...SECTORS.map((sector) => pathLever({ id: `${id}.${sector}`, field, requires, sector, bounds })),
  ];
  return [
    ...sectorLevers('energy.intensityChange', 'assumptions.energy.intensityChangeBySector', 'assumptions.energy'),
    pathLever({ id: 'carbon.carbonPerEnergyChange', field: 'assumptions.carbon.carbonPerEnergyChange', requires: 'assumptions.carbon' }),
    ...sectorLevers('population.productivityGrowth', 'assumptions.population.productivityGrowth', 'assumptions.population.productivityGrowth', { floor: RATE_FLOOR, ceiling: 0.5 }),
    pathLever({ id: 'industry.valueAddedRatioChange', field: 'assumptions.industry.valueAddedRatioChange', bounds: { floor: RATE_FLOOR, ceiling: RATE_CEILING.deflator } }),
    // Land (engine/model/land.ts): densification of industrial land, and non-industrial land per resident.
    pathLever({ id: 'land.industrialDensityChange', field: 'assumptions.land.industrialDensityChange', bounds: { floor: RATE_FLOOR, ceiling: RATE_CEILING.deflator } }),
    scalarLever({ id: 'land.nonIndustrialM2PerResident', field: 'assumptions.land.nonIndustrialM2PerResident', fallback: NON_INDUSTRIAL_M2_PER_RESIDENT, bounds: { floor: 0, ceiling: LINKED_LIMITS.m2PerResident } }),
  ];
}

/**
 * A lever over one number at `field` (not a path), e.g. land per resident in m2: its path is that number in
 * every year; `shift` adds to it. Left out of the scenario, the number is `fallback` (the model's default).
 */
export function scalarLever(spec: { id: string; field: string; fallback: number; bounds: { floor: number; ceiling: number } }): DecisionLever {
  const path = spec.field.split('.');
  const read = (s: ResolvedScenario): number => {
    const v = getAt(s, path);
    return typeof v === 'number' ? v : spec.fallback;
  };
  return {
    id: spec.id,
    isFraction: false,
    bounds: spec.bounds,
    mismatch: () => undefined,
    apply: (s, value, mode) => setAt(s as unknown as Json, path, mode === 'constant' ? value : read(s) + value) as unknown as ResolvedScenario,
    path: (s) => new Array<number>(yearCount(s)).fill(read(s)),
  };
}

const registry: DecisionLever[] = [...ALL_LEVERS.map(goalSeekLever), ...linkedLevers()];

/** Every registered lever. */
export function decisionLevers(): readonly DecisionLever[] {
  return registry;
}

/** Adds a lever (or replaces the one with the same id). */
export function registerDecisionLever(lever: DecisionLever): void {
  const at = registry.findIndex((l) => l.id === lever.id);
  if (at >= 0) registry[at] = lever;
  else registry.push(lever);
}

/** The levers that move this scenario (in its modes). */
export function applicableDecisionLevers(scenario: ResolvedScenario): DecisionLever[] {
  return registry.filter((l) => l.mismatch(scenario) === undefined);
}

/** The lever named `id`. @throws PlanpathError naming `field` when there is none. */
export function findDecisionLever(id: string, field = 'lever'): DecisionLever {
  const lever = registry.find((l) => l.id === id);
  if (lever) return lever;
  const ids = registry.map((l) => l.id);
  throw new PlanpathError('invalid-request', [issue(field, id, { en: 'unknown lever', zh: '未知杠杆' }, { en: ids.join(', '), zh: ids.join('、') })]);
}

/** Throws when the lever cannot move this scenario, saying why. */
export function assertDecisionLeverApplies(lever: DecisionLever, scenario: ResolvedScenario, field = 'lever'): void {
  const m = lever.mismatch(scenario);
  if (m) throw new PlanpathError('invalid-request', [issue(field, lever.id, m, { en: applicableDecisionLevers(scenario).map((l) => l.id).join(', '), zh: applicableDecisionLevers(scenario).map((l) => l.id).join('、') })]);
}
