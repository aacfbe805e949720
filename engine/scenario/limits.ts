/**
 * Documented bounds for scenario inputs, gathered in one place (like Squiggle's magicNumbers).
 * A rate is a fraction per year. Every rate must be above -1 (-100%, which would wipe the quantity out)
 * and at most its ceiling.
 */
import { LISTED_ISSUES } from '../errors';

/** The earliest and latest calendar years a scenario may cover. */
export const MIN_YEAR = 1949;
/** Latest supported end year: 15 years past the plan's 2035 vision year. */
export const MAX_END_YEAR = 2050;

/** Ceilings (inclusive) for each kind of annual rate, as fractions. Floors are exclusive at -1. */
export const RATE_CEILING = {
  /** Real growth of a sector's value added: at most +100% a year. */
  realGrowth: 1,
  /** Price change: at most +50% a year. */
  deflator: 0.5,
  /** Population growth: at most +50% a year. */
  populationGrowth: 0.5,
  /** Change of energy or CO2 intensity: at most +50% a year. */
  intensityChange: 0.5,
  /** Compound change of any other indicator: at most +1000% a year. */
  indicatorChange: 10,
} as const;

/** Exclusive floor of every rate: -100% a year. */
export const RATE_FLOOR = -1;

/** Upper bounds of the uncertainty block. */
export const UNCERTAINTY_LIMITS = {
  /** Volatility of log growth (standard deviation): at most 1. */
  volatility: 1,
  /** AR(1) persistence must be in (-1, this]. 1 repeats the first year's shock in every year. */
  persistenceCeiling: 1,
  /** Tolerance for symmetry, unit diagonal and semi-definiteness of a correlation matrix. */
  correlationTolerance: 1e-9,
} as const;

/** Longest id: ids are kebab-case ASCII. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Bounds on what any input may cost to read. An error report lists at most `listedIssues` problems and
 * then counts the rest, so a file with a million bad values is answered in bounded time and memory.
 */
export const INPUT_LIMITS = {
  /** Problems listed one by one; the rest are counted in one closing line. */
  listedIssues: LISTED_ISSUES,
  /** Deepest nesting of objects and arrays in a scenario, plan or saved state (real files need about 6). */
  nestingDepth: 32,
  /** Largest scenario, plan or actuals file read, in bytes (the built-in scenarios are about 3 kB). */
  fileBytes: 8 * 1024 * 1024,
  /** Largest JSON a share link may inflate to, in bytes. */
  shareInflatedBytes: 4 * 1024 * 1024,
} as const;
