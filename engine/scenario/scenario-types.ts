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
  /** Volatility of each sector's log energy-intensity change (structural energy mode; schemaVersion 2). */
  energyIntensityVolatility?: number | Record<Sector, number>;
  /** Volatility of the log change of CO2 per unit of energy (structural carbon mode; schemaVersion 2). */
  carbonPerEnergyVolatility?: number;
  /** Correlation of a sector's energy-intensity shock with its own growth shock, in [-1, 1] (default 0). */
  energyGrowthCorrelation?: number;
  /** Rare shocks such as a pandemic-like year. */
  shocks?: {
    /** Probability of a shock in any one year. */
    probabilityPerYear: number;
    /** Mean and standard deviation of the shock to log growth (all sectors alike), e.g. -0.08 and 0.03. */
    meanLogImpact: number;
    sdLogImpact: number;
  };
}

/**
 * How real output grows (see README "Investment-led growth"):
 * - `sectoral` (default): each sector's real value added grows at the scenario's `realGrowth`;
 * - `investment`: capital accumulation drives real GDP (the `investment` block); `realGrowth` is kept in
 *   the file, unused, so the scenario can be switched back to `sectoral` and stay complete.
 */
export type GrowthMode = 'sectoral' | 'investment';

/** How real GDP follows from capital in investment mode. */
export type InvestmentMethod = 'cobb-douglas' | 'icor';

/**
 * The investment block (investment growth mode), in the spirit of the World Bank's Long Term Growth
 * Model: K(t) = (1 - depreciation) K(t-1) + I(t), and either Y = A K^capitalShare L^(1 - capitalShare)
 * with L = population x employmentRate and A growing at tfpGrowth (`cobb-douglas`), or
 * Y(t) = Y(t-1) + I(t) / icor (`icor`). Money in 亿元 at base-year prices. Paths are one number or one
 * value per year from baseYear+1 to endYear, like rates.
 */
export interface InvestmentSpec {
  method: InvestmentMethod;
  /**
   * Fraction of the plan's investment programme (its major-project reserve by domain) realised in the
   * programme's years, spread evenly over them (1 = all of it). Required unless `amountYi` is given.
   */
  realisationRate?: number;
  /** Investment per year, 亿元 at base-year prices; replaces the programme and `realisationRate` when given. */
  amountYi?: RatePath;
  /** Growth of investment per year after the programme's last year (fraction; default 0: held). */
  growthAfterProgramme?: number;
  /** Capital stock in the base year relative to base-year real GDP (K0 / Y0). */
  capitalOutputRatio: number;
  /** Capital stock in the base year, 亿元 at base-year prices; replaces `capitalOutputRatio` when given. */
  initialCapitalYi?: number;
  /** Depreciation rate of the capital stock per year (fraction). */
  depreciation: RatePath;
  /** Capital's share of income, alpha in (0, 1] (cobb-douglas). */
  capitalShare?: number;
  /** Growth of total factor productivity per year (fraction; cobb-douglas). */
  tfpGrowth?: RatePath;
  /** Employed people per resident (fraction; cobb-douglas). Only its changes matter: A0 absorbs the level. */
  employmentRate?: RatePath;
  /** Incremental capital-output ratio: investment per unit of added real GDP (icor). */
  icor?: RatePath;
  /** Shares of added real output by sector (sum 1); default: the programme's domains mapped to sectors. */
  sectorShares?: number | Record<Sector, number>;
}

/**
 * Energy from the sector mix (structural energy mode, schemaVersion 2): E(t) = sum_s e_s(t) x VA_real(s, t),
 * e_s(t) = e_s(t-1) x (1 + c_s(t)). Fields left out take the plan's defaults (engine/model/energy-defaults.ts).
 */
export interface EnergySpec {
  /** Base-year energy use per unit of real value added, tonnes of standard coal per 万元 (only ratios matter for indices). */
  intensityBySector?: number | Record<Sector, number>;
  /** Yearly change of each sector's own energy intensity (fraction, negative = falling). */
  intensityChangeBySector?: SectorRates;
}

/** CO2 from energy (structural carbon mode, schemaVersion 2): CO2 = energy x carbon per energy. */
export interface CarbonSpec {
  /** Yearly change of CO2 per unit of energy (fraction, negative = cleaner energy). */
  carbonPerEnergyChange?: RatePath;
}

/**
 * How population moves (engine/model/jobs.ts). Exogenous mode: `growth` per year. Jobs mode
 * (schemaVersion 2): jobs by sector follow real value added over labour productivity, and population
 * moves toward the population those jobs support. A file states one of the two (modes.ts).
 */
export interface PopulationSpec {
  /** Exogenous mode: population growth per year (fraction). */
  growth?: RatePath;
  /** Jobs mode. */
  mode?: 'jobs';
  /** Labour-productivity growth per sector per year (fraction; jobs mode). */
  productivityGrowth?: SectorRates;
  /** Workers per resident (> 0); left out: the base year's jobs over residents (jobs mode). */
  workersPerResident?: number;
  /** Share of the gap to the population the jobs support closed each year, in (0, 1] (jobs mode). */
  adjustmentSpeed?: number;
}

/** Construction land (schemaVersion 2; engine/model/land.ts). Fields left out take labelled defaults. */
export interface LandSpec {
  /** Construction-land limit, km2 (no limit when left out). */
  limitKm2?: number;
  /** Housing, public, road and green land per resident, m2 (industrial land excluded). */
  nonIndustrialM2PerResident?: number;
  /** Secondary real value added per km2 of industrial land in the base year, 亿元 / km2. */
  industrialValueAddedYiPerKm2?: number;
  /** Yearly change of that density (fraction; 0 = no densification). */
  industrialDensityChange?: RatePath;
}

/** Industrial output and clusters (schemaVersion 2; engine/model/industry-output.ts). */
export interface IndustrySpec {
  /** Yearly change of the ratio of secondary value added to industrial output (fraction). */
  valueAddedRatioChange?: RatePath;
  /** Shares replacing the plan's, by cluster id (fractions of industrial output or of the parent cluster). */
  clusterShares?: Record<string, number>;
}

/** Per-capita disposable income (schemaVersion 2; engine/model/income.ts). */
export interface IncomeSpec {
  /** Elasticity of per-capita income growth to real GDP-per-resident growth (default 1). */
  elasticity?: number;
}

/** The investment a growth path implies (schemaVersion 2; engine/model/implied-investment.ts). */
export interface ImpliedInvestmentSpec {
  /** Gross incremental capital-output ratio, for all sectors or per sector. */
  icor?: number | Record<Sector, number>;
  /** Replacement investment per year as a fraction of the capital stock (default 0 with gross ICORs). */
  depreciation?: number;
  /** Base-year capital stock over real GDP, used with `depreciation`. */
  capitalOutputRatio?: number;
}

/** Assumptions of a scenario. Every field optional in a file that `extends` another. */
export interface ScenarioAssumptions {
  /** Real growth of value added, per sector or for all sectors alike. */
  realGrowth?: SectorRates;
  /** Price change per year (GDP deflator), for all sectors or per sector. */
  deflator?: SectorRates;
  /** Population: exogenous (`growth`) or following jobs (`mode: "jobs"`, schemaVersion 2); one of the two. */
  population?: PopulationSpec;
  /** Annual change of energy use per unit of GDP (negative = falling); exogenous mode, excludes `energy`. */
  energyIntensityChange?: RatePath;
  /** Annual change of CO2 per unit of GDP (negative = falling); exogenous mode, excludes `carbon`. */
  co2IntensityChange?: RatePath;
  /** Energy from the sector mix (structural mode, schemaVersion 2); excludes `energyIntensityChange`. */
  energy?: EnergySpec;
  /** CO2 from energy use (structural mode, schemaVersion 2); excludes `co2IntensityChange`. */
  carbon?: CarbonSpec;
  /** Construction land and its limit (schemaVersion 2). */
  land?: LandSpec;
  /** Industrial output and cluster shares (schemaVersion 2). */
  industry?: IndustrySpec;
  /** Disposable income (schemaVersion 2). */
  income?: IncomeSpec;
  /** The investment growth implies (schemaVersion 2). */
  impliedInvestment?: ImpliedInvestmentSpec;
  /** Trajectories of plan indicators the model does not compute, by indicator id. */
  indicators?: Record<string, IndicatorTrajectory>;
}

/** One observation saved in a scenario: a row of an actuals CSV. */
export interface SavedActual {
  year: number;
  /** An output name (gdpNominal, shares.tertiary, ...) or a plan indicator id. */
  series: string;
  /** In the unit of `series` (an indicator id: the indicator's unit). */
  value: number;
  source?: string;
}

/** A scenario file as written (before `extends` is resolved). */
export interface ScenarioFile {
  /** 1, or 2 for files that use the linked model's blocks (energy, carbon, population modes). */
  schemaVersion: 1 | 2;
  id: string;
  name: LocalizedText;
  /** A short story of the scenario, in both languages. */
  narrative?: LocalizedText;
  /** Id of a scenario whose contents this one inherits and overrides. */
  extends?: string;
  /** `sectoral` (default) or `investment`: what drives real growth. */
  growthMode?: GrowthMode;
  /** Capital, investment and productivity assumptions (used when growthMode is `investment`). */
  investment?: InvestmentSpec;
  /** Plan the scenario applies to (default: the embedded plan). */
  plan?: string;
  baseYear?: number;
  endYear?: number;
  assumptions?: ScenarioAssumptions;
  uncertainty?: UncertaintySpec;
  /** Seed for the Monte Carlo (an unsigned 32-bit integer). */
  seed?: number;
  /** Observed statistics saved with the scenario for a mid-term review (see engine/review). */
  actuals?: SavedActual[];
  /** Free notes, e.g. which rates meet which targets. */
  notes?: LocalizedText;
}

/** A scenario with `extends` resolved and every required field present. */
export interface ResolvedScenario extends ScenarioFile {
  baseYear: number;
  endYear: number;
  /** Exactly one of energyIntensityChange / energy and of co2IntensityChange / carbon is present (modes.ts). */
  assumptions: Required<Pick<ScenarioAssumptions, 'realGrowth' | 'deflator' | 'population'>> &
    Pick<ScenarioAssumptions, 'indicators' | 'energyIntensityChange' | 'co2IntensityChange' | 'energy' | 'carbon' | 'land' | 'industry' | 'income' | 'impliedInvestment'>;
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
