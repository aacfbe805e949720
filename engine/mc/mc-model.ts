/**
 * The compiled model that crosses to workers (McModel: plain data and typed arrays only, so it
 * survives structuredClone), the block ranges workers are given, and what they return (McPartial).
 */
import type { Comparator } from '../plan/plan-types';
import type { JobsStage } from './jobs-stage';

/** An affine read-out x = a * value(kind, t) + b of a path's values (kind -1: the constant b). */
export interface Readout {
  /** Index into a path's value array (kind * years + t), or -1 for a constant. */
  valueIndex: number;
  a: number;
  b: number;
}

/** The compiled model. Plain data: it is sent to workers as is. Money in 亿元, population in 万人. */
export interface McModel {
  /** The run's scrambled seed (see rng/splitmix32.ts); every block stream derives from it. */
  scrambledSeed: number;
  /** Projected years (baseYear + 1 ... endYear). */
  years: number;
  /** Normals per path-year: 3 sectors, then deflator, population, rare-shock size, 3 energy and 1 carbon when active. */
  normalsPerYear: number;
  /** Column of the deflator, population and rare-shock-size normals in a year (-1 when inactive). */
  deflatorColumn: number;
  populationColumn: number;
  rareColumn: number;
  /** Base-year value added by sector (亿元) and population (万人). */
  baseValueAdded: Float64Array;
  /** Base-year price index of each sector (for chained growth's first year). */
  basePrice: Float64Array;
  basePopulation: number;
  /** 1 + planned real growth, [t * 3 + sector]. */
  growth: Float64Array;
  /** Deterministic price index of each sector (base year = 1), [t * 3 + sector]. */
  price: Float64Array;
  /** 1 + planned population growth, [t]. */
  populationGrowth: Float64Array;
  /** Volatility of log growth by sector (standard deviation, fraction). */
  sectorVolatility: Float64Array;
  /** Lower-triangular factor of the sectors' correlation, row-major 3x3. */
  factor: Float64Array;
  /** AR(1) persistence rho and the innovation scale sqrt(1 - rho^2). */
  persistence: number;
  innovationScale: number;
  deflatorVolatility: number;
  populationVolatility: number;
  /** Rare shocks: probability per year, mean and standard deviation of the log impact (0 when none). */
  rareProbability: number;
  rareMean: number;
  rareSd: number;
  /**
   * The energy and CO2 stage (structural energy or carbon mode, and an energy primitive needed).
   * See energy-stage.ts for its equations; when false no energy primitive is computed.
   */
  energy: EnergyStage;
  /** Population follows each path's jobs (population in jobs mode; jobs-stage.ts). Population shocks then do not apply. */
  jobs: JobsStage;
  /** GDP per capita over the year's average population (schemaVersion 2); else over year-end population. */
  averagePopulationPerCapita: boolean;
  /** Which primitives a path must compute (1 = needed), by kind. */
  need: Uint8Array;
  /** True when real GDP, real value added, population or the price factor is needed (or derived from them). */
  stateNeeded: boolean;
  /** True when growth, the deflator, nominal value added or GDP per capita is needed (computed after the path). */
  derivedNeeded: boolean;
  /** Histogram slots: one per tracked (primitive, year). */
  slots: HistogramSlots;
  /** Targets judged on every path, in indicator units. */
  targets: TargetCheck[];
  /** Indices into `targets` of the joint set. */
  joint: number[];
  /** Series-years whose per-path values are kept. */
  samples: Readout[];
}

/** The compiled energy and CO2 stage of a path (see energy-stage.ts). */
export interface EnergyStage {
  active: boolean;
  /** Last year index (0 = first projected year) whose energy values are read: later years are skipped. */
  lastYear: number;
  /** Energy from the sector mix (else: an exogenous intensity path times real GDP). */
  structural: boolean;
  /** Base-year energy per unit of real value added by sector, tce per 万元 (structural). */
  baseIntensity: Float64Array;
  /** 1 + planned change of each sector's intensity, [t * 3 + sector] (structural). */
  intensityFactor: Float64Array;
  /** Exogenous energy: the planned intensity index relative to the base year, [t]. */
  exogenousIntensity: Float64Array;
  /** 1 / base-year energy use (万吨 tce; structural) and base-year real GDP (亿元). */
  inverseBaseEnergy: number;
  baseReal: number;
  /** Volatility of each sector's log intensity change; its shock has correlation `growthCorrelation` with the sector's growth shock. */
  volatility: Float64Array;
  growthCorrelation: number;
  /** sqrt(1 - growthCorrelation^2). */
  ownScale: number;
  /** First of the three columns of the energy shocks' own normals in a year (-1: no energy shocks). */
  column: number;
  /** 1 + planned change of CO2 per unit of energy, [t] (all ones without the structural carbon mode). */
  carbonFactor: Float64Array;
  carbonVolatility: number;
  /** Column of the carbon shock's normal (-1: none). */
  carbonColumn: number;
}

/** Histogram layout, one entry per slot. Bins sit on the float32 bit pattern of the value. */
export interface HistogramSlots {
  count: number;
  /** Index into a path's values. */
  valueIndex: Int32Array;
  /** float32 bits of the lowest edge; bin i starts at bits lo + (i << shift). */
  lo: Int32Array;
  shift: Int32Array;
  /** Regular bins (excluding the underflow and overflow bins). */
  bins: Int32Array;
  /** Offset of the slot's underflow bin in the counts array; regular bins follow, then overflow. */
  offset: Int32Array;
  /** Length of the counts array. */
  totalCounts: number;
}

/** A target checked on every path: x = readout, met when `meets(x, comparator, value, min, max)`. */
export interface TargetCheck {
  readout: Readout;
  comparator: Exclude<Comparator, 'qualitative'>;
  value: number;
  min?: number;
  max?: number;
}

/** Blocks to simulate: [firstBlock, firstBlock + blockCount) of a run of `totalPaths` paths. */
export interface BlockRange {
  firstBlock: number;
  blockCount: number;
  totalPaths: number;
}

/**
 * What a worker returns for a block range. Integer counts merge in any order; float sums are kept per
 * block and summed in block order, so merged results are identical for any number of workers.
 */
export interface McPartial {
  range: BlockRange;
  paths: number;
  /** Histogram counts (see HistogramSlots.offset). */
  counts: Uint32Array;
  /** Smallest and largest value per slot: [2 * slot] and [2 * slot + 1]. */
  minMax: Float64Array;
  /** Sum of values per block and slot: [block * slots + slot]. */
  blockSums: Float64Array;
  /** Paths meeting each target. */
  targetHits: Uint32Array;
  /** Paths meeting every target of the joint set. */
  jointHits: number;
  /** Per-path values of each requested sample, in path order. */
  samples: Float32Array[];
}
