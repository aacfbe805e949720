/**
 * Jobs drive population (the population's `jobs` mode). Year by year from the base year (t = 0):
 *
 *   productivity_s(t) = productivity_s(t-1) x (1 + p_s(t)),  productivity_s(0) = VA_real(s, 0) / L_s(0)
 *   L_s(t)            = VA_real(s, t) / productivity_s(t)                     jobs in sector s, 万人
 *   P*(t)             = L(t) / workersPerResident                            population the jobs support, 万人
 *   pop(t)            = pop(t-1) + adjustmentSpeed x (P*(t) - pop(t-1))       resident population, 万人
 *
 * with L(t) = sum_s L_s(t). Left out, workersPerResident = L(0) / pop(0), so P*(0) = pop(0). With
 * adjustmentSpeed 1 and equal growth g and productivity growth p in every sector,
 * pop(t) = pop(0) x ((1 + g) / (1 + p))^t. Money in 亿元 at base-year prices, people in 万人, so
 * productivity is in 万元 per worker (亿元 / 万人 = 万元 / 人).
 */
import { SECTORS, type Sector } from '../scenario/scenario-types';

/** Inputs of the jobs mode, expanded to one value per projected year (index 0 = baseYear+1). */
export interface JobsInput {
  /** Jobs by sector in the base year, 万人. */
  baseEmploymentWan: Record<Sector, number>;
  /** Resident population in the base year, 万人. */
  basePopulationWan: number;
  /** Labour-productivity growth by sector per projected year, fraction. */
  productivityGrowth: Record<Sector, number[]>;
  /** Workers per resident (> 0); undefined: the base year's L(0) / pop(0). */
  workersPerResident?: number;
  /** Share of the gap to the supported population closed each year, in (0, 1]. */
  adjustmentSpeed: number;
}

/** The jobs side of a projection, one value per year from the base year (index 0). */
export interface JobsSeries {
  /** Jobs by sector, 万人. */
  employmentBySector: Record<Sector, number[]>;
  /** All jobs, 万人. */
  employment: number[];
  /** Population the jobs would support, L / workersPerResident, 万人. */
  populationSupportedByJobs: number[];
  /** Resident population, 万人. */
  population: number[];
  /** Labour productivity by sector, 万元 per worker at base-year prices. */
  productivityBySector: Record<Sector, number[]>;
  /** Workers per resident used (given, or L(0) / pop(0)). */
  workersPerResident: number;
}

/** Sum of the three sectors' values. */
export const sumSectors = (v: Record<Sector, number>): number => SECTORS.reduce((a, s) => a + v[s], 0);

/** Workers per resident in effect: the given value, or the base year's jobs over residents. */
export function effectiveWorkersPerResident(input: Pick<JobsInput, 'baseEmploymentWan' | 'basePopulationWan' | 'workersPerResident'>): number {
  return input.workersPerResident ?? sumSectors(input.baseEmploymentWan) / input.basePopulationWan;
}

/** One year's population: the previous year's moved toward the supported population. */
export function adjustPopulation(previousWan: number, supportedWan: number, adjustmentSpeed: number): number {
  return previousWan + adjustmentSpeed * (supportedWan - previousWan);
}

/**
 * Jobs and population from real value added by sector.
 * @param valueAddedReal real value added by sector from the base year (index 0), 亿元 at base-year prices
 * @example projectJobs({ primary: [10, 11], secondary: [10, 11], tertiary: [10, 11] }, { baseEmploymentWan: { primary: 1, secondary: 1, tertiary: 1 }, basePopulationWan: 5, productivityGrowth: { primary: [0.1], secondary: [0.1], tertiary: [0.1] }, adjustmentSpeed: 1 }).population // => [5, 5]
 */
export function projectJobs(valueAddedReal: Record<Sector, readonly number[]>, input: JobsInput): JobsSeries {
  const years = valueAddedReal.primary.length;
  const wpr = effectiveWorkersPerResident(input);
  const productivityBySector = {} as Record<Sector, number[]>;
  const employmentBySector = {} as Record<Sector, number[]>;
  for (const s of SECTORS) {
    const prod = [valueAddedReal[s][0] / input.baseEmploymentWan[s]];
    for (let t = 1; t < years; t++) prod.push(prod[t - 1] * (1 + input.productivityGrowth[s][t - 1]));
    productivityBySector[s] = prod;
    employmentBySector[s] = prod.map((p, t) => (t === 0 ? input.baseEmploymentWan[s] : valueAddedReal[s][t] / p));
  }
  const employment = employmentBySector.primary.map((_, t) => SECTORS.reduce((a, s) => a + employmentBySector[s][t], 0));
  const populationSupportedByJobs = employment.map((l) => l / wpr);
  const population = [input.basePopulationWan];
  for (let t = 1; t < years; t++) population.push(adjustPopulation(population[t - 1], populationSupportedByJobs[t], input.adjustmentSpeed));
  return { employmentBySector, employment, populationSupportedByJobs, population, productivityBySector, workersPerResident: wpr };
}
