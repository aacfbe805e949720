/**
 * The quantities one simulated path computes each year ("primitives"). Every stochastic series of a
 * projection is one of them or an exact affine function of one (see series-catalogue.ts), so the
 * kernel keeps one streaming histogram per primitive and year and no more.
 *
 * A path's values live in a Float64Array laid out kind-major: value(kind, t) at `kind * years + t`,
 * t = 0 for the first projected year (baseYear + 1).
 */

/** Primitive ids, their projection series and units. All are positive on every path. */
export const PRIMITIVES = [
  /** GDP at current prices, 亿元. */
  'gdpNominal',
  /** GDP at base-year prices, 亿元. */
  'gdpReal',
  /** 1 + real GDP growth over the previous year (ratio); realGrowth = this - 1. */
  'growthFactor',
  /** GDP deflator, base year = 1. */
  'gdpDeflatorIndex',
  'valueAddedNominal.primary',
  'valueAddedNominal.secondary',
  'valueAddedNominal.tertiary',
  'valueAddedReal.primary',
  'valueAddedReal.secondary',
  'valueAddedReal.tertiary',
  /** Shares of nominal GDP, fractions. */
  'shares.primary',
  'shares.secondary',
  'shares.tertiary',
  /** Resident population, 万人. */
  'population',
  /** GDP per resident, 万元 per person. */
  'gdpPerCapita',
  /** exp(cumulative deflator shocks): each sector's price index is its deterministic index times this. */
  'priceFactor',
  /**
   * Energy and CO2 (computed only when the scenario uses the structural energy or carbon mode): energy
   * use by sector in 万吨 tce, and "raw" indices relative to the base year of the path's own model
   * (E / E0, (E / E0) / (Y / Y0), and both times CO2 per unit of energy). The catalogue maps the
   * projection's series onto them (a re-anchored base only rescales them).
   */
  'energyUse.primary',
  'energyUse.secondary',
  'energyUse.tertiary',
  'energyUseRaw',
  'energyIntensityRaw',
  'co2EmissionsRaw',
  'co2IntensityRaw',
  /** 1 + real GDP growth chain-linked at previous-year prices (realGrowthChained = this - 1). */
  'chainedGrowthFactor',
] as const;

/** A primitive's name (its projection series, or growthFactor / priceFactor). */
export type PrimitiveName = (typeof PRIMITIVES)[number];

/** Index of each primitive (its `kind`). */
export const KIND = {
  gdpNominal: 0,
  gdpReal: 1,
  growthFactor: 2,
  gdpDeflatorIndex: 3,
  valueAddedNominal: 4,
  valueAddedReal: 7,
  shares: 10,
  population: 13,
  gdpPerCapita: 14,
  priceFactor: 15,
  energyUse: 16,
  energyUseRaw: 19,
  energyIntensityRaw: 20,
  co2EmissionsRaw: 21,
  co2IntensityRaw: 22,
  chainedGrowthFactor: 23,
} as const;

/** First and last kind of the energy and CO2 primitives. */
export const ENERGY_KINDS = { first: 16, last: 22 } as const;

/** Number of primitives. */
export const PRIMITIVE_COUNT = PRIMITIVES.length;
