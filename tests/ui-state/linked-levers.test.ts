/**
 * The linked model's levers in the app (energy by sector, jobs mode): each one sets exactly its scenario
 * field and nothing else, through the reducer as the panel does; and the energy-intensity result moves as
 * the sector-mix equation says. Expected values are hand calculations written here:
 *   VA_s(t) = VA_s(2020) (1 + g_s)^t      (historical trend: g = 2% / 3.9% / 9.1%, plan base 16.5 / 1088.5 / 545 亿元)
 *   e_s(t)  = e_s(2020) (1 + c_s)^t
 *   index(t) = [sum e_s(t) VA_s(t) / sum VA_s(t)] / [sum e_s(0) VA_s(0) / sum VA_s(0)]
 */
import { describe, expect, it } from 'vitest';
import { project, type ResolvedScenario, type ScenarioFile } from '../../engine/index';
import { reduce } from '../../ui/state/reducer';
import { initialState } from '../../ui/state/app-state';
import { plan, resolveFile } from '../../ui/state/scenarios';
import { ENERGY_LINKED_LEVERS, JOBS_LINKED_LEVERS, linkedLeverApplies, linkedLeverValue, type LinkedLeverId } from '../../ui/state/linked-levers';

const SECTORS = ['primary', 'secondary', 'tertiary'] as const;
type Sectors = Record<(typeof SECTORS)[number], number>;
const VA0: Sectors = { primary: 16.5, secondary: 1088.5, tertiary: 545 };
const G: Sectors = { primary: 0.02, secondary: 0.039, tertiary: 0.091 };
const E0: Sectors = { primary: 0.12, secondary: 0.89, tertiary: 0.15 };
const C_COMMON = -0.016193;

const copy: ScenarioFile = { schemaVersion: 2, id: 'my-trend', name: { zh: '我的', en: 'Mine' }, extends: 'historical-trend' };

/** The open copy after one lever move through the reducer (as the panel dispatches it). */
function moved(lever: LinkedLeverId, value: number): { file: ScenarioFile; resolved: ResolvedScenario } {
  const start = { ...initialState('en'), userScenarios: [copy], openId: copy.id };
  const next = reduce(start, { type: 'setLinkedLever', lever, value });
  expect(next.notice?.kind).not.toBe('error');
  const file = next.userScenarios.find((f) => f.id === copy.id)!;
  return { file, resolved: resolveFile(file, []) };
}

/** Every leaf of a value as dotted path -> value (arrays by index). */
function leaves(x: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, x);
  return out;
}

/** The scenario with per-sector fields written as records (one number for all sectors is the same setting). */
function perSectorRecords(r: ResolvedScenario): ResolvedScenario {
  const bySector = (v: unknown) => (typeof v === 'number' || Array.isArray(v) ? Object.fromEntries(SECTORS.map((s) => [s, v])) : v);
  const a = r.assumptions;
  return {
    ...r,
    assumptions: {
      ...a,
      ...(a.energy ? { energy: { ...a.energy, intensityBySector: bySector(a.energy.intensityBySector), intensityChangeBySector: bySector(a.energy.intensityChangeBySector) } } : {}),
      population: { ...a.population, ...(a.population.productivityGrowth !== undefined ? { productivityGrowth: bySector(a.population.productivityGrowth) } : {}) },
    },
  } as ResolvedScenario;
}

/** Leaf paths that differ between two resolved scenarios (lineage aside; per-sector fields as records). */
function changedPaths(a: ResolvedScenario, b: ResolvedScenario): string[] {
  const la = leaves({ ...perSectorRecords(a), lineage: undefined });
  const lb = leaves({ ...perSectorRecords(b), lineage: undefined });
  const keys = new Set([...la.keys(), ...lb.keys()]);
  return [...keys].filter((k) => la.get(k) !== lb.get(k)).sort();
}

const FIELD: Record<string, string> = {
  'energy.intensityBySector': 'assumptions.energy.intensityBySector',
  'energy.intensityChange': 'assumptions.energy.intensityChangeBySector',
  'population.productivityGrowth': 'assumptions.population.productivityGrowth',
};

const perGdp = (e: Sectors, va: Sectors) => SECTORS.reduce((x, s) => x + e[s] * va[s], 0) / SECTORS.reduce((x, s) => x + va[s], 0);
const vaAt = (t: number): Sectors => ({ primary: VA0.primary * (1 + G.primary) ** t, secondary: VA0.secondary * (1 + G.secondary) ** t, tertiary: VA0.tertiary * (1 + G.tertiary) ** t });
const eAt = (e0: Sectors, c: Sectors, t: number): Sectors => ({ primary: e0.primary * (1 + c.primary) ** t, secondary: e0.secondary * (1 + c.secondary) ** t, tertiary: e0.tertiary * (1 + c.tertiary) ** t });
const indexAt = (e0: Sectors, c: Sectors, t: number) => perGdp(eAt(e0, c, t), vaAt(t)) / perGdp(e0, vaAt(0));
const common: Sectors = { primary: C_COMMON, secondary: C_COMMON, tertiary: C_COMMON };

describe('linked-model levers set exactly their field', () => {
  const before = resolveFile(copy, []);
  const cases: [LinkedLeverId, number][] = [
    ['energy.intensityBySector.primary', 0.3], ['energy.intensityBySector.secondary', 0.6], ['energy.intensityBySector.tertiary', 0.2],
    ['energy.intensityChange.primary', -0.03], ['energy.intensityChange.secondary', -0.045], ['energy.intensityChange.tertiary', -0.01],
    ['population.productivityGrowth.primary', 0.05], ['population.productivityGrowth.secondary', 0.08], ['population.productivityGrowth.tertiary', 0.02],
    ['population.adjustmentSpeed', 0.25],
  ];
  it('covers every lever of the panel, and all apply to the historical trend (structural energy, population in jobs mode)', () => {
    expect(cases.map(([id]) => id).sort()).toEqual([...ENERGY_LINKED_LEVERS, ...JOBS_LINKED_LEVERS].map((l) => l.id).sort());
    for (const [id] of cases) expect(linkedLeverApplies(before, id)).toBe(true);
  });
  for (const [id, value] of cases) {
    it(`${id} = ${value}`, () => {
      const { file, resolved } = moved(id, value);
      expect(file.schemaVersion).toBe(2);
      expect(linkedLeverValue(resolved, id)).toBeCloseTo(value, 12);
      const head = id.split('.').slice(0, -1).join('.');
      const field = id === 'population.adjustmentSpeed' ? 'assumptions.population.adjustmentSpeed' : `${FIELD[head]}.${id.split('.').pop()}`;
      const changed = changedPaths(before, resolved);
      expect(changed.length).toBeGreaterThan(0);
      // Only the lever's own field (a path lever: every year of that sector's path).
      for (const path of changed) expect(path === field || path.startsWith(`${field}.`), path).toBe(true);
    });
  }
  it('a lever outside its block does not apply (exogenous energy and population: a schema-1 file)', () => {
    const v1 = resolveFile({ schemaVersion: 1, id: 'old', name: { zh: '旧', en: 'Old' }, baseYear: 2020, endYear: 2030, assumptions: { realGrowth: 0.05, deflator: 0.02, population: { growth: 0.01 }, energyIntensityChange: -0.03, co2IntensityChange: -0.03 } }, []);
    for (const [id] of cases) expect(linkedLeverApplies(v1, id)).toBe(false);
  });
});

describe('the energy-intensity result moves as the equation says', () => {
  it('the built-in as it is: 2025 index from the 2020 intensities 0.12 / 0.89 / 0.15 and a common -1.6193% a year', () => {
    const p = project(plan, resolveFile(copy, []));
    expect(p.series.energyIntensityIndex[5]).toBeCloseTo(indexAt(E0, common, 5), 9);
  });
  it('industry\'s base intensity 0.89 -> 0.6 tce per 万元: a smaller fall (the shift to services saves less)', () => {
    const p = project(plan, moved('energy.intensityBySector.secondary', 0.6).resolved);
    const expected = indexAt({ ...E0, secondary: 0.6 }, common, 5);
    expect(p.series.energyIntensityIndex[5]).toBeCloseTo(expected, 9);
    expect(expected).toBeGreaterThan(indexAt(E0, common, 5));
  });
  it('only the ratios matter: every base intensity doubled gives the same index (three lever moves)', () => {
    let state = { ...initialState('en'), userScenarios: [copy], openId: copy.id };
    for (const s of SECTORS) state = reduce(state, { type: 'setLinkedLever', lever: `energy.intensityBySector.${s}`, value: 2 * E0[s] });
    const p = project(plan, resolveFile(state.userScenarios.find((f) => f.id === copy.id)!, []));
    expect(p.series.energyIntensityIndex[5]).toBeCloseTo(indexAt(E0, common, 5), 12);
    // Energy use in 万吨 doubles: e (tce per 万元) x VA (亿元) = 万吨.
    expect(p.series.energyUse!.secondary[0]).toBeCloseTo(2 * 0.89 * 1088.5, 9);
  });
  it('industry\'s efficiency gain -1.6193% -> -4.5% a year: index(2025) with c = -4.5% for industry only', () => {
    const p = project(plan, moved('energy.intensityChange.secondary', -0.045).resolved);
    expect(p.series.energyIntensityIndex[5]).toBeCloseTo(indexAt(E0, { ...common, secondary: -0.045 }, 5), 9);
  });
});
