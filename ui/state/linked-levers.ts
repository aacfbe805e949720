/**
 * Levers of the linked model's blocks that the panel shows in the advanced set: the energy block's
 * base-year intensity and yearly efficiency gain of each sector, and the jobs block's labour-productivity
 * growth of each sector and adjustment speed. Each lever sets exactly one field of the user's file:
 *   energy.intensityBySector.<s>         assumptions.energy.intensityBySector.<s>        tce per 万元 (base year)
 *   energy.intensityChange.<s>           assumptions.energy.intensityChangeBySector.<s>  fraction a year
 *   population.productivityGrowth.<s>    assumptions.population.productivityGrowth.<s>   fraction a year
 *   population.adjustmentSpeed           assumptions.population.adjustmentSpeed         share of the gap a year
 * Rate paths move as the other levers do (the plan-period average is set, the path's shape kept), through
 * the engine's decision levers of the same id; the base intensities and the adjustment speed are single
 * numbers. A lever shows only when its block is in use (structural energy mode, population in jobs mode).
 */
import { RATE_CEILING, RATE_FLOOR, SECTORS, findDecisionLever, type RatePath, type ResolvedScenario, type ScenarioFile, type Sector } from '../../engine/index';
import { planPeriodIndices } from './scenarios';
import { compactPath } from './scenario-edit';

export type LinkedLeverId =
  | `energy.intensityBySector.${Sector}`
  | `energy.intensityChange.${Sector}`
  | `population.productivityGrowth.${Sector}`
  | 'population.adjustmentSpeed';

export interface LinkedLever {
  id: LinkedLeverId;
  /** True when the value is a fraction (shown in %). */
  isFraction: boolean;
  /** Allowed values: floor exclusive, ceiling inclusive (the scenario schema's bounds). */
  floor: number;
  ceiling: number;
  /** Slider window in the lever's unit. */
  slider: [number, number];
  /** Slider step in display units (percent for fractions). */
  step: number;
}

const lever = (id: LinkedLeverId, isFraction: boolean, floor: number, ceiling: number, slider: [number, number], step: number): LinkedLever => ({ id, isFraction, floor, ceiling, slider, step });

/** Energy levers in panel order: the three base intensities, then the three efficiency gains. */
export const ENERGY_LINKED_LEVERS: readonly LinkedLever[] = [
  // Schema: (0, 100] tce per 万元; the slider spans what sectors use in public statistics (about 0.05 to 2).
  ...SECTORS.map((s) => lever(`energy.intensityBySector.${s}`, false, 0, 100, [0.01, 2], 0.01)),
  ...SECTORS.map((s) => lever(`energy.intensityChange.${s}`, true, RATE_FLOOR, RATE_CEILING.intensityChange, [-0.1, 0.05], 0.1)),
];

/** Jobs-mode levers in panel order. */
export const JOBS_LINKED_LEVERS: readonly LinkedLever[] = [
  // Ceiling 0.5: the schema's bound on labour-productivity growth (engine/scenario/linked-schema.ts).
  ...SECTORS.map((s) => lever(`population.productivityGrowth.${s}`, true, RATE_FLOOR, 0.5, [-0.05, 0.15], 0.1)),
  lever('population.adjustmentSpeed', true, 0, 1, [0.05, 1], 1),
];

const sectorOf = (id: LinkedLeverId): Sector => id.split('.').pop() as Sector;

/** Whether the lever's block is in use in this scenario (structural energy; population in jobs mode). */
export function linkedLeverApplies(scenario: ResolvedScenario, id: LinkedLeverId): boolean {
  const a = scenario.assumptions;
  if (id.startsWith('energy.')) return a.energy !== undefined;
  return a.population.mode === 'jobs' && a.population.growth === undefined;
}

/** The lever's value: a path lever's plan-period average, or the single number (undefined when the field has no value). */
export function linkedLeverValue(scenario: ResolvedScenario, id: LinkedLeverId): number | undefined {
  const a = scenario.assumptions;
  if (id.startsWith('energy.intensityBySector.')) {
    const e = a.energy?.intensityBySector;
    return typeof e === 'number' ? e : e?.[sectorOf(id)];
  }
  if (id === 'population.adjustmentSpeed') return a.population.adjustmentSpeed ?? 1;
  if (id.startsWith('population.') && a.population.productivityGrowth === undefined) return undefined;
  const path = findDecisionLever(id).path(scenario);
  const idx = planPeriodIndices(scenario);
  return idx.reduce((sum, i) => sum + path[i], 0) / idx.length;
}

const clean = (x: number) => Math.round(x * 1e9) / 1e9;
const compactSectors = (v: Record<Sector, RatePath>): Record<Sector, RatePath> => Object.fromEntries(SECTORS.map((s) => [s, compactPath(Array.isArray(v[s]) ? (v[s] as number[]).map(clean) : clean(v[s] as number))])) as Record<Sector, RatePath>;
const asRecord = <T>(v: T | Record<Sector, T>): Record<Sector, T> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<Sector, T>) : (Object.fromEntries(SECTORS.map((s) => [s, v])) as Record<Sector, T>));

/**
 * `file` with the lever set to `value` (its plan-period average for a path lever), written as an override of
 * that one field (per-sector records written whole, from the resolved scenario); schemaVersion 2.
 * The caller (the reducer) validates the result by resolving it.
 */
export function withLinkedLever(file: ScenarioFile, scenario: ResolvedScenario, id: LinkedLeverId, value: number): ScenarioFile {
  const a = scenario.assumptions;
  const assumptions = { ...(file.assumptions ?? {}) };
  if (id.startsWith('energy.')) {
    const energy = { ...(file.assumptions?.energy ?? {}) };
    if (id.startsWith('energy.intensityBySector.')) {
      energy.intensityBySector = { ...asRecord(a.energy?.intensityBySector ?? 0), [sectorOf(id)]: value };
    } else {
      const moved = findDecisionLever(id).apply(scenario, value - (linkedLeverValue(scenario, id) ?? 0), 'shift');
      energy.intensityChangeBySector = compactSectors(asRecord(moved.assumptions.energy!.intensityChangeBySector ?? 0));
    }
    assumptions.energy = energy;
  } else {
    // Jobs mode: the file states the mode too, so it never falls back on a parent's fixed growth rate.
    const population = { ...(file.assumptions?.population ?? {}), mode: 'jobs' as const };
    delete population.growth;
    if (id === 'population.adjustmentSpeed') population.adjustmentSpeed = value;
    else {
      const moved = findDecisionLever(id).apply(scenario, value - (linkedLeverValue(scenario, id) ?? 0), 'shift');
      population.productivityGrowth = compactSectors(asRecord(moved.assumptions.population.productivityGrowth ?? 0));
    }
    assumptions.population = population;
  }
  return { ...file, schemaVersion: 2, assumptions };
}

/** The lever's definition. */
export function linkedLever(id: LinkedLeverId): LinkedLever {
  return [...ENERGY_LINKED_LEVERS, ...JOBS_LINKED_LEVERS].find((l) => l.id === id)!;
}
