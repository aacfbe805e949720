/**
 * Scenario files: the JSON users write by hand and the app writes too.
 *
 * All rates are fractions per year (0.06 = 6% a year). A number applies to every year; an array
 * gives one value per year from baseYear+1 to endYear.
 */
import type { LocalizedText } from '../plan/plan-types';

/** The three sectors of the national accounts. */
export const SECTORS = ['primary', 'secondary', 'tertiary'] as const;
export type Sector = (typeof SECTORS)[number];

/** A fraction per year: one number for every year, or one value per year from baseYear+1 to endYear. */
export type RatePath = number | number[];

/** Either one path for all sectors alike, or one per sector. */
export type SectorRates = RatePath | Record<Sector, RatePath>;

/**
 * How a plan indicator that the model does not compute moves over time.
 * - `{ annualChange }`: compound change per year from the base value (fraction);
 * - `{ path, to, year }`: a straight (`linear`) or constant-rate (`compound`) path from the base value to `to` in `year`,
 *   held after `year`.
 * `start` supplies a base-year value when the plan gives none.
 */
export type IndicatorTrajectory =
  | { annualChange: number; start?: number }
  | { path: 'linear' | 'compound'; to: number; year: number; start?: number };

/** The uncertainty block (Monte Carlo). Volatilities are standard deviations of log growth (fractions). */
export interface UncertaintySpec {
  realGrowthVolatility: number | Record<Sector, number>;
  /** 3x3 correlation of the sectors' shocks (primary, secondary, tertiary order). */
  correlation?: number[][];
  /** AR(1) coefficient of the shocks, in (-1, 1]. The innovation is scaled to keep unit variance. */
  persistence?: number;
  deflatorVolatility?: number;
  populationGrowthVolatility?: number;
  /** Rare shocks such as a pandemic-like year. */
  shocks?: {
    /** Probability of a shock in any one year. */
    probabilityPerYear: number;
    /** Mean and standard deviation of the shock to log growth (all sectors alike), e.g. -0.08 and 0.03. */
    meanLogImpact: number;
    sdLogImpact: number;
  };
}

/** Assumptions of a scenario. Every field optional in a file that `extends` another. */
export interface ScenarioAssumptions {
  /** Real growth of value added, per sector or for all sectors alike. */
  realGrowth?: SectorRates;
  /** Price change per year (GDP deflator), for all sectors or per sector. */
  deflator?: SectorRates;
  population?: { growth: RatePath };
  /** Annual change of energy use per unit of GDP (negative = falling). */
  energyIntensityChange?: RatePath;
  /** Annual change of CO2 per unit of GDP (negative = falling). */
  co2IntensityChange?: RatePath;
  /** Trajectories of plan indicators the model does not compute, by indicator id. */
  indicators?: Record<string, IndicatorTrajectory>;
}

/** A scenario file as written (before `extends` is resolved). */
export interface ScenarioFile {
  schemaVersion: 1;
  id: string;
  name: LocalizedText;
  /** A short story of the scenario, in both languages. */
  narrative?: LocalizedText;
  /** Id of a scenario whose contents this one inherits and overrides. */
  extends?: string;
  /** Plan the scenario applies to (default: the embedded plan). */
  plan?: string;
  baseYear?: number;
  endYear?: number;
  assumptions?: ScenarioAssumptions;
  uncertainty?: UncertaintySpec;
  /** Seed for the Monte Carlo (an unsigned 32-bit integer). */
  seed?: number;
  /** Free notes, e.g. which rates meet which targets. */
  notes?: LocalizedText;
}

/** A scenario with `extends` resolved and every required field present. */
export interface ResolvedScenario extends ScenarioFile {
  baseYear: number;
  endYear: number;
  assumptions: Required<Pick<ScenarioAssumptions, 'realGrowth' | 'deflator' | 'population' | 'energyIntensityChange' | 'co2IntensityChange'>> &
    Pick<ScenarioAssumptions, 'indicators'>;
  /** The chain of ids this scenario inherits from, nearest first. */
  lineage: string[];
}

/** Per-year values of every assumption, indexed 0 for baseYear+1 ... n-1 for endYear. */
export interface YearlyAssumptions {
  /** Calendar years covered, baseYear+1 ... endYear. */
  years: number[];
  realGrowth: Record<Sector, number[]>;
  deflator: Record<Sector, number[]>;
  populationGrowth: number[];
  energyIntensityChange: number[];
  co2IntensityChange: number[];
}
