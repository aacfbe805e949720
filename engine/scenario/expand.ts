/**
 * Expands a resolved scenario's assumptions into one value per year (baseYear+1 ... endYear).
 * Input must come from {@link resolveScenario}, which has checked every type and length.
 */
import { SECTORS, type RatePath, type ResolvedScenario, type Sector, type SectorRates, type YearlyAssumptions } from './scenario-types';

/** One value per year: a number repeated, or the array itself (copied). */
export function expandRatePath(path: RatePath, yearCount: number): number[] {
  return Array.isArray(path) ? path.slice(0, yearCount) : new Array<number>(yearCount).fill(path);
}

/** Per-sector yearly values from a path for all sectors alike or a per-sector record. */
export function expandSectorRates(rates: SectorRates, yearCount: number): Record<Sector, number[]> {
  const isRecord = typeof rates === 'object' && !Array.isArray(rates);
  return Object.fromEntries(SECTORS.map((s) => [s, expandRatePath(isRecord ? (rates as Record<Sector, RatePath>)[s] : (rates as RatePath), yearCount)])) as Record<Sector, number[]>;
}

/** Yearly assumptions of a resolved scenario. */
export function expandAssumptions(scenario: ResolvedScenario): YearlyAssumptions {
  const n = scenario.endYear - scenario.baseYear;
  const a = scenario.assumptions;
  return {
    years: Array.from({ length: n }, (_, i) => scenario.baseYear + 1 + i),
    realGrowth: expandSectorRates(a.realGrowth, n),
    deflator: expandSectorRates(a.deflator, n),
    // Exogenous mode; in jobs mode (population.mode "jobs") population follows jobs and this stays zero.
    populationGrowth: expandRatePath(a.population.growth ?? 0, n),
    // Exogenous modes; in the structural modes (assumptions.energy / carbon) these stay zero and unused.
    energyIntensityChange: expandRatePath(a.energyIntensityChange ?? 0, n),
    co2IntensityChange: expandRatePath(a.co2IntensityChange ?? 0, n),
  };
}
