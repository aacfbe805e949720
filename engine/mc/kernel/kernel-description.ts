/**
 * The compiled description of a Monte Carlo model that the kernel generator (generate-step.ts) turns
 * into code: how many sectors, which stages run, the scalar constants to bake into the code, where
 * each stage's normals sit in a year's draws, and which primitives a path must write out or count
 * into a histogram. It is plain JSON (its text is the kernel cache's key), small, and says nothing
 * about years: per-year numbers (planned growth, prices, histogram ranges) stay in arrays that the
 * generated code reads once per year (KernelInputs).
 *
 * describeKernel() reads it off the compiled McModel (3 sectors today); tests also build
 * descriptions directly, with any number of sectors, and compare the generated kernel with the
 * description's single-path reference (reference-path.ts). See docs/monte-carlo-kernel.md.
 */
import type { McModel } from '../mc-types';

/** How population moves on a path. */
export type PopulationMode =
  /** The planned path, the same on every path (one number per year, no per-path state). */
  | 'exogenous'
  /** The planned growth times exp(sigmaP eP), eP an AR(1) shock with its own normals. */
  | 'shocked'
  /** Follows each path's jobs (jobs-stage.ts); population shocks do not apply. */
  | 'jobs';

/** How the energy stage computes energy use (energy-stage.ts). */
export type EnergyMode = 'off' | 'structural' | 'exogenous';

/** Where a primitive of a model with S sectors sits among a path's values (its `kind`). */
export interface PrimitiveLayout {
  gdpNominal: number;
  gdpReal: number;
  growthFactor: number;
  gdpDeflatorIndex: number;
  valueAddedNominal: number[];
  valueAddedReal: number[];
  shares: number[];
  population: number;
  gdpPerCapita: number;
  priceFactor: number;
  energyUse: number[];
  energyUseRaw: number;
  energyIntensityRaw: number;
  co2EmissionsRaw: number;
  co2IntensityRaw: number;
  chainedGrowthFactor: number;
  /** Number of kinds. */
  count: number;
}

/**
 * The layout for S sectors, in the order of primitive-kinds.ts (per-sector kinds take S entries):
 * for S = 3 it is exactly KIND (tested).
 */
export function primitiveLayout(sectors: number): PrimitiveLayout {
  let next = 0;
  const one = () => next++;
  const many = () => Array.from({ length: sectors }, () => next++);
  const layout = {
    gdpNominal: one(), gdpReal: one(), growthFactor: one(), gdpDeflatorIndex: one(),
    valueAddedNominal: many(), valueAddedReal: many(), shares: many(),
    population: one(), gdpPerCapita: one(), priceFactor: one(),
    energyUse: many(), energyUseRaw: one(), energyIntensityRaw: one(), co2EmissionsRaw: one(), co2IntensityRaw: one(),
    chainedGrowthFactor: one(),
  };
  return { ...layout, count: next };
}

/** The description: the model's shape and its scalar constants (literals in a baked kernel). */
export interface KernelDescription {
  /** S: sectors, each with a correlated AR(1) growth shock; its normals are columns 0 ... S-1 of a year. */
  sectors: number;
  /**
   * Normals per path-year (S, then the columns below that are >= 0). The last `energy.normals` of them
   * are the energy stage's, drawn from a stream of their own and only while the stage runs (see
   * {@link blockNormalsLayout}).
   */
  normalsPerYear: number;
  /** Lower-triangular factor L of the sectors' correlation, row-major S x S. */
  factor: number[];
  /** Volatility of each sector's log growth. */
  sectorVolatility: number[];
  /** AR(1) persistence rho and sqrt(1 - rho^2), shared by every shock. */
  persistence: number;
  innovationScale: number;
  /** Rare shocks (all sectors alike): probability per year, mean and sd of the log impact; column of the size's normal. */
  rare: { probability: number; mean: number; sd: number; column: number } | null;
  /** Common price shock: volatility of the log price factor and its column (null: no price shock). */
  deflator: { volatility: number; column: number } | null;
  /** Population; `volatility` and `column` only in the shocked mode, `adjustmentSpeed` only in the jobs mode. */
  population: { mode: PopulationMode; volatility: number; column: number; adjustmentSpeed: number };
  /** GDP per capita over the year-end population (schemaVersion 1) or the average of opening and closing (2). */
  perCapita: 'yearEnd' | 'average';
  /**
   * Energy and CO2 (energy-stage.ts), computed up to year index `lastYear`. `volatility` and `column`
   * (first of S columns) when energy shocks are on; `carbon` when CO2 per energy carries a shock.
   * `normals`: how many of a year's columns, the last ones, belong to the stage (its shocks' and
   * carbon's; counted whether or not the stage runs).
   */
  energy: {
    mode: EnergyMode;
    lastYear: number;
    normals: number;
    inverseBaseEnergy: number;
    baseReal: number;
    shocks: { volatility: number[]; growthCorrelation: number; ownScale: number; column: number } | null;
    carbon: { volatility: number; column: number } | null;
  };
  /** Kinds written to the block's arrays each year (read after the year by histograms, targets and samples). */
  write: number[];
}

/**
 * Where a block's normals sit in its `z` array (block-state.ts) for a year: the columns before the
 * energy stage's, path-major from the start (path j's column c at j x base + c); then the energy
 * stage's, path-major from `energyAt` (path j's energy column c at energyAt + j x energy + c - base).
 * The two parts come from different random streams (simulate-blocks.ts), so that a run that stops the
 * energy stage early (no energy series read after 2025) draws the same numbers for everything else.
 */
export function blockNormalsLayout(d: KernelDescription, blockPaths: number): { base: number; energy: number; energyAt: number } {
  const energy = d.energy.normals;
  const base = d.normalsPerYear - energy;
  return { base, energy, energyAt: blockPaths * base };
}

/**
 * The keys of the description's scalar constants (the rest is its shape: sector count, columns,
 * stages, written kinds). A kernel built without baking is shared by every description of one shape.
 */
const CONSTANT_KEYS = new Set(['factor', 'sectorVolatility', 'persistence', 'innovationScale', 'probability', 'mean', 'sd', 'volatility', 'adjustmentSpeed', 'lastYear', 'inverseBaseEnergy', 'baseReal', 'growthCorrelation', 'ownScale']);

/** The description's shape as text: its constants blanked out. */
export function shapeKey(d: KernelDescription): string {
  return JSON.stringify(d, (key, value) => (CONSTANT_KEYS.has(key) ? null : value));
}

/** Reads the description off a compiled 3-sector model. `write`: the kinds histograms, targets and samples read. */
export function describeKernel(m: McModel, write: readonly number[]): KernelDescription {
  const g = m.energy;
  const energyOn = g.active && g.lastYear >= 0;
  // The stage's columns are the year's last ones (compileEnergyStage appends them).
  const energyColumns = [g.column >= 0 ? g.column : Infinity, g.carbonColumn >= 0 ? g.carbonColumn : Infinity];
  const firstEnergyColumn = Math.min(...energyColumns);
  const populationMode: PopulationMode = m.jobs.active ? 'jobs' : m.populationColumn >= 0 ? 'shocked' : 'exogenous';
  return {
    sectors: m.baseValueAdded.length,
    normalsPerYear: m.normalsPerYear,
    factor: Array.from(m.factor),
    sectorVolatility: Array.from(m.sectorVolatility),
    persistence: m.persistence,
    innovationScale: m.innovationScale,
    rare: m.rareColumn >= 0 && m.rareProbability > 0 ? { probability: m.rareProbability, mean: m.rareMean, sd: m.rareSd, column: m.rareColumn } : null,
    deflator: m.deflatorColumn >= 0 ? { volatility: m.deflatorVolatility, column: m.deflatorColumn } : null,
    population: {
      mode: populationMode,
      volatility: populationMode === 'shocked' ? m.populationVolatility : 0,
      column: populationMode === 'shocked' ? m.populationColumn : -1,
      adjustmentSpeed: populationMode === 'jobs' ? m.jobs.adjustmentSpeed : 0,
    },
    perCapita: m.averagePopulationPerCapita ? 'average' : 'yearEnd',
    energy: {
      mode: !energyOn ? 'off' : g.structural ? 'structural' : 'exogenous',
      lastYear: energyOn ? g.lastYear : -1,
      normals: firstEnergyColumn === Infinity ? 0 : m.normalsPerYear - firstEnergyColumn,
      inverseBaseEnergy: g.inverseBaseEnergy,
      baseReal: g.baseReal,
      shocks: energyOn && g.structural && g.column >= 0 ? { volatility: Array.from(g.volatility), growthCorrelation: g.growthCorrelation, ownScale: g.ownScale, column: g.column } : null,
      carbon: energyOn && g.carbonColumn >= 0 ? { volatility: g.carbonVolatility, column: g.carbonColumn } : null,
    },
    write: [...new Set(write)].sort((a, b) => a - b),
  };
}
