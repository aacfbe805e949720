/**
 * Edits of a scenario through its levers. A slider shows the plan-period (2021-2025) average of a
 * lever's path; setting it shifts every year by the same amount, so the shape of the path is kept.
 * Edits are written into the user's file as overrides of the touched assumptions only, so a copy of
 * a built-in keeps `extends` and inherits everything else.
 */
import {
  SECTORS, applyInvestmentLever, applyLever, expandRatePath, expandSectorRates, investmentLeverPath, isInvestmentLever, leverPath,
  type AnyLeverId, type LeverId, type RatePath, type ResolvedScenario, type ScenarioAssumptions, type ScenarioFile, type Sector, type UncertaintySpec,
} from '../../engine/index';
import { plan, planPeriodIndices } from './scenarios';
import { allSectorsGrowth, allSectorsShift } from './all-sectors-growth';

/** The part of a scenario a lever belongs to: an assumption, or the investment block. */
export type AssumptionHead = 'realGrowth' | 'deflator' | 'population' | 'energyIntensityChange' | 'co2IntensityChange' | 'investment';

export function headOf(lever: AnyLeverId): AssumptionHead {
  return lever.split('.')[0] as AssumptionHead;
}

/** The lever's plan-period average (fraction a year; investment levers in their own units). */
export function leverValue(scenario: ResolvedScenario, lever: AnyLeverId): number {
  if (lever === 'realGrowth') return allSectorsGrowth(scenario);
  const path = isInvestmentLever(lever) ? investmentLeverPath(plan, scenario, lever) : leverPath(scenario, lever);
  const idx = planPeriodIndices(scenario);
  return idx.reduce((s, i) => s + path[i], 0) / idx.length;
}

const clean = (x: number) => Math.round(x * 1e9) / 1e9;

/**
 * The scenario with the lever's path shifted so that its plan-period average is `value` (the
 * programme's realisation rate, a single number, is set directly).
 */
export function withLeverValue(scenario: ResolvedScenario, lever: AnyLeverId, value: number): ResolvedScenario {
  if (isInvestmentLever(lever)) {
    if (lever === 'investment.realisationRate') return applyInvestmentLever(scenario, lever, value, 'constant', plan);
    return applyInvestmentLever(scenario, lever, value - leverValue(scenario, lever), 'shift', plan);
  }
  const delta = lever === 'realGrowth' ? allSectorsShift(scenario, value) : value - leverValue(scenario, lever);
  const moved = applyLever(scenario, lever, delta, 'shift');
  return { ...moved, assumptions: mapRates(moved.assumptions, headOf(lever) as Exclude<AssumptionHead, 'investment'>, clean) };
}

/** The scenario with one year of a lever's path set to `value` (per-sector or single-path levers only). */
export function withLeverYear(scenario: ResolvedScenario, lever: LeverId, index: number, value: number): ResolvedScenario {
  const n = scenario.endYear - scenario.baseYear;
  const [head, sector] = lever.split('.') as [Exclude<AssumptionHead, 'investment'>, string | undefined];
  const a = { ...scenario.assumptions };
  const set = (path: RatePath) => { const arr = expandRatePath(path, n).slice(); arr[index] = value; return arr; };
  if (head === 'realGrowth' || head === 'deflator') {
    const rates = expandSectorRates(a[head], n) as Record<Sector, RatePath>;
    a[head] = sector ? { ...rates, [sector]: set(rates[sector as Sector]) } : Object.fromEntries(SECTORS.map((s) => [s, set(rates[s])])) as Record<Sector, RatePath>;
  } else if (head === 'population') {
    a.population = { growth: set(a.population.growth ?? 0) };
  } else if (head === 'energyIntensityChange' && a.energy) {
    // Energy from the sector mix: the year's efficiency gain is set for every sector alike.
    const rates = expandSectorRates(a.energy.intensityChangeBySector ?? 0, n) as Record<Sector, RatePath>;
    a.energy = { ...a.energy, intensityChangeBySector: Object.fromEntries(SECTORS.map((s) => [s, set(rates[s])])) as Record<Sector, RatePath> };
  } else if (head === 'co2IntensityChange' && a.carbon) {
    a.carbon = { ...a.carbon, carbonPerEnergyChange: set(a.carbon.carbonPerEnergyChange ?? 0) };
  } else {
    a[head] = set(a[head] ?? 0);
  }
  return { ...scenario, assumptions: a };
}

/** A path written compactly: one number when every year has the same value. */
export function compactPath(path: RatePath): RatePath {
  if (!Array.isArray(path) || path.length === 0) return path;
  return path.every((v) => v === path[0]) ? path[0] : path;
}

function mapRates(a: ResolvedScenario['assumptions'], head: Exclude<AssumptionHead, 'investment'>, f: (x: number) => number): ResolvedScenario['assumptions'] {
  const mapPath = (p: RatePath): RatePath => (Array.isArray(p) ? p.map(f) : f(p));
  const next = { ...a };
  if (head === 'realGrowth' || head === 'deflator') {
    const v = a[head];
    next[head] = typeof v === 'object' && !Array.isArray(v) ? (Object.fromEntries(SECTORS.map((s) => [s, mapPath(v[s])])) as Record<Sector, RatePath>) : mapPath(v);
  } else if (head === 'population') next.population = { growth: mapPath(a.population.growth ?? 0) };
  else if (head === 'energyIntensityChange' && a.energy) {
    const v = a.energy.intensityChangeBySector ?? 0;
    next.energy = { ...a.energy, intensityChangeBySector: typeof v === 'object' && !Array.isArray(v) ? (Object.fromEntries(SECTORS.map((s) => [s, mapPath(v[s])])) as Record<Sector, RatePath>) : mapPath(v) };
  } else if (head === 'co2IntensityChange' && a.carbon) next.carbon = { ...a.carbon, carbonPerEnergyChange: mapPath(a.carbon.carbonPerEnergyChange ?? 0) };
  else next[head] = mapPath(a[head] ?? 0);
  return next;
}

/** `file` with the given assumptions copied from `scenario` (compacted), everything else kept. */
export function writeAssumptions(file: ScenarioFile, scenario: ResolvedScenario, heads: readonly AssumptionHead[]): ScenarioFile {
  const assumptions: ScenarioAssumptions = { ...(file.assumptions ?? {}) };
  let investment = file.investment;
  for (const head of heads) {
    if (head === 'investment') {
      const spec = scenario.investment;
      if (spec) investment = Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, typeof v === 'number' || Array.isArray(v) ? compactPath(v as RatePath) : v])) as typeof spec;
    } else if (head === 'realGrowth' || head === 'deflator') {
      const v = scenario.assumptions[head];
      assumptions[head] = typeof v === 'object' && !Array.isArray(v) ? (Object.fromEntries(SECTORS.map((s) => [s, compactPath(v[s])])) as Record<Sector, RatePath>) : compactPath(v);
    } else if (head === 'population') assumptions.population = { growth: compactPath(scenario.assumptions.population.growth ?? 0) };
    else if (head === 'energyIntensityChange' && scenario.assumptions.energy) {
      // Structural mode: only the efficiency gains are the user's; base intensities stay inherited.
      const v = scenario.assumptions.energy.intensityChangeBySector ?? 0;
      assumptions.energy = { ...(file.assumptions?.energy ?? {}), intensityChangeBySector: typeof v === 'object' && !Array.isArray(v) ? (Object.fromEntries(SECTORS.map((s) => [s, compactPath(v[s])])) as Record<Sector, RatePath>) : compactPath(v) };
    } else if (head === 'co2IntensityChange' && scenario.assumptions.carbon) assumptions.carbon = { ...(file.assumptions?.carbon ?? {}), carbonPerEnergyChange: compactPath(scenario.assumptions.carbon.carbonPerEnergyChange ?? 0) };
    else assumptions[head] = compactPath(scenario.assumptions[head] ?? 0);
  }
  // The structural energy and carbon blocks need schemaVersion 2.
  const v2 = assumptions.energy !== undefined || assumptions.carbon !== undefined;
  return { ...file, ...(v2 ? { schemaVersion: 2 as const } : {}), assumptions, ...(investment ? { investment } : {}) };
}

/** Defaults for a scenario that has no uncertainty block yet (the built-ins' values). */
export const DEFAULT_UNCERTAINTY: UncertaintySpec = {
  realGrowthVolatility: { primary: 0.05, secondary: 0.08, tertiary: 0.06 },
  correlation: [[1, 0.3, 0.2], [0.3, 1, 0.6], [0.2, 0.6, 1]],
  persistence: 0.5,
  deflatorVolatility: 0.01,
  populationGrowthVolatility: 0.02,
};

/** The uncertainty block with per-sector volatilities (a single number expanded). */
export function normalizedUncertainty(u: UncertaintySpec | undefined): Omit<UncertaintySpec, 'realGrowthVolatility'> & { realGrowthVolatility: Record<Sector, number> } {
  const base = u ?? DEFAULT_UNCERTAINTY;
  const v = base.realGrowthVolatility;
  const perSector = typeof v === 'number' ? { primary: v, secondary: v, tertiary: v } : { ...v };
  return { ...base, realGrowthVolatility: perSector };
}
