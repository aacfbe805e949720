/**
 * Types of the sensitivity analyses: a deterministic tornado over the scenario's levers, and
 * variance-based Sobol indices over the uncertain inputs of the Monte Carlo.
 */
import type { AnyLeverId } from '../solve/levers';

/** Options of both methods; each uses its own fields. Defaults in engine/mc/mc-defaults.ts. */
export interface SensitivityOptions {
  /** Tornado: move of every lever down and up, added to every year's rate (fraction; default 0.02 = 2 percentage points). */
  delta?: number;
  /** Tornado: explicit low and high moves (fractions, added to every year's rate) for some levers. */
  ranges?: Partial<Record<AnyLeverId, { low: number; high: number }>>;
  /** Tornado: the levers to move (default every lever). */
  levers?: AnyLeverId[];
  /** Sobol: base samples N; the cost is (groups + 2) x N path evaluations. Default 8192. */
  samples?: number;
  /** Sobol: bootstrap resamples for the intervals (default 300). */
  bootstrap?: number;
  /** Sobol: unsigned 32-bit seed (default: the scenario's seed). */
  seed?: number;
}

/** The output analysed: one series in one year, in the series' unit. */
export interface OutputSpec {
  series: string;
  year: number;
}

/** One bar of the tornado: the output with the lever moved down and up (shifts as fractions per year). */
export interface TornadoRow {
  lever: AnyLeverId;
  lowShift: number;
  highShift: number;
  outputLow: number;
  outputHigh: number;
  /** |outputHigh - outputLow|, in the output's unit. */
  swing: number;
}

/** A tornado: rows sorted by swing, largest first. */
export interface TornadoResult {
  method: 'tornado';
  output: OutputSpec;
  /** The output of the unmoved scenario. */
  base: number;
  rows: TornadoRow[];
}

/** An index with its bootstrap interval (fractions of the output variance). */
export interface IndexEstimate {
  estimate: number;
  lower: number;
  upper: number;
}

/** First-order and total Sobol indices of one group of uncertain inputs. */
export interface SobolGroupResult {
  /** `sector.primary`, `sector.secondary`, `sector.tertiary`, `deflator`, `population` or `rare`. */
  id: SobolGroupId;
  first: IndexEstimate;
  total: IndexEstimate;
}

/**
 * The uncertain input groups (see sobol-problem.ts): sector.<s> a sector's own growth shocks (uncorrelated
 * sectors), growth.factor<k> a factor of correlated growth shocks, energy and carbon the structural modes' shocks.
 */
export type SobolGroupId = 'sector.primary' | 'sector.secondary' | 'sector.tertiary' | 'growth.factor1' | 'growth.factor2' | 'growth.factor3' | 'deflator' | 'population' | 'rare' | 'energy' | 'carbon';

/** Sobol indices of the output over the active input groups. */
export interface SobolResult {
  method: 'sobol';
  output: OutputSpec;
  /** Base samples N and model evaluations (groups + 2) x N. */
  samples: number;
  evaluations: number;
  /** Mean and variance of the output over the A and B samples (output unit, unit squared). */
  mean: number;
  variance: number;
  /** Confidence level of the bootstrap intervals. */
  confidence: number;
  groups: SobolGroupResult[];
}

/** The result of either method, told apart by `method`. */
export type SensitivityResult = TornadoResult | SobolResult;
