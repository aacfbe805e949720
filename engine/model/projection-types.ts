/**
 * The result of a deterministic projection. Every series has one value per year from baseYear to
 * endYear (index 0 = base year). Units are in the names' docs; `SERIES_UNITS` lists them for output.
 */
import type { Sector } from '../scenario/scenario-types';
import type { TargetResult } from '../scorecard/scorecard-types';
import type { LinkedSeries } from './linked';

/** Series of the model, plus the linked model's (jobs, land, implied investment, industry, income: linked.ts). */
export interface ProjectionSeries extends LinkedSeries {
  /** GDP at current prices, 亿元 (1 亿元 = 100 million CNY). */
  gdpNominal: number[];
  /** GDP at base-year prices, 亿元. */
  gdpReal: number[];
  /** Real GDP relative to the base year (= 1). */
  gdpRealIndex: number[];
  /** Real GDP growth over the previous year at fixed base-year prices, fraction. Base year: as the plan states it. */
  realGrowth: number[];
  /** Real GDP growth chain-linked at previous-year prices (the national statistics' convention), fraction. */
  realGrowthChained: number[];
  /** GDP deflator, base year = 1. */
  gdpDeflatorIndex: number[];
  /** Value added at current prices, 亿元. */
  valueAddedNominal: Record<Sector, number[]>;
  /** Value added at base-year prices, 亿元. */
  valueAddedReal: Record<Sector, number[]>;
  /** Price index by sector, base year = 1. */
  priceIndex: Record<Sector, number[]>;
  /** Share of nominal GDP, fraction (sums to 1). */
  shares: Record<Sector, number[]>;
  /** Resident population, 万人 (10,000 people). */
  population: number[];
  /** GDP per resident, 万元 per person (10,000 CNY). */
  gdpPerCapita: number[];
  /** Energy use per unit of real GDP, base year = 1. */
  energyIntensityIndex: number[];
  /** CO2 per unit of real GDP, base year = 1. */
  co2IntensityIndex: number[];
  /** Cumulative change of energy intensity since the base year, fraction (-0.135 = 13.5% lower). */
  energyIntensityChangeSinceBase: number[];
  /** Cumulative change of CO2 intensity since the base year, fraction. */
  co2IntensityChangeSinceBase: number[];
  /** Total energy use, base year = 1 (intensity x real GDP index). */
  energyUseIndex: number[];
  /** Total CO2 emitted, base year = 1. */
  co2EmissionsIndex: number[];
  /** Energy use by sector, 万吨 of standard coal equivalent (structural energy mode only). */
  energyUse?: Record<Sector, number[]>;
  /** Public-service needs by service id, in each service's unit (see the plan's publicServices). */
  publicServices: Record<string, number[]>;
  /** Paths of plan indicators that the model does not compute, in each indicator's unit. */
  indicators: Record<string, number[]>;
}

/** A projection of one scenario. */
export interface Projection {
  scenarioId: string;
  planId: string;
  baseYear: number;
  endYear: number;
  /** baseYear ... endYear. */
  years: number[];
  series: ProjectionSeries;
  /** The scorecard: one entry per indicator with a numeric (or proxy) target. */
  targets: TargetResult[];
}

/** Units of the top-level and sector series, for tables and CSV headers. */
export const SERIES_UNITS: Record<string, { zh: string; en: string }> = {
  gdpNominal: { zh: '亿元(现价)', en: 'CNY 100 million, current prices' },
  gdpReal: { zh: '亿元(基年价)', en: 'CNY 100 million, base-year prices' },
  gdpRealIndex: { zh: '基年=1', en: 'base year = 1' },
  realGrowth: { zh: '比例', en: 'fraction' },
  realGrowthChained: { zh: '比例(上年价格链式)', en: 'fraction, chain-linked at previous-year prices' },
  energyUse: { zh: '万吨标准煤', en: '10,000 tonnes of standard coal equivalent' },
  gdpDeflatorIndex: { zh: '基年=1', en: 'base year = 1' },
  valueAddedNominal: { zh: '亿元(现价)', en: 'CNY 100 million, current prices' },
  valueAddedReal: { zh: '亿元(基年价)', en: 'CNY 100 million, base-year prices' },
  priceIndex: { zh: '基年=1', en: 'base year = 1' },
  shares: { zh: '占GDP比例', en: 'fraction of GDP' },
  population: { zh: '万人', en: '10,000 people' },
  gdpPerCapita: { zh: '万元/人', en: 'CNY 10,000 per person' },
  energyIntensityIndex: { zh: '基年=1', en: 'base year = 1' },
  co2IntensityIndex: { zh: '基年=1', en: 'base year = 1' },
  energyIntensityChangeSinceBase: { zh: '比例', en: 'fraction' },
  co2IntensityChangeSinceBase: { zh: '比例', en: 'fraction' },
  energyUseIndex: { zh: '基年=1', en: 'base year = 1' },
  co2EmissionsIndex: { zh: '基年=1', en: 'base year = 1' },
  employment: { zh: '万人', en: '10,000 people' },
  populationSupportedByJobs: { zh: '万人', en: '10,000 people' },
  laborProductivity: { zh: '万元/人(基年价)', en: 'CNY 10,000 per worker, base-year prices' },
  constructionLandKm2: { zh: '平方公里', en: 'km2' },
  industrialLandKm2: { zh: '平方公里', en: 'km2' },
  constructionLandLimitKm2: { zh: '平方公里', en: 'km2' },
  impliedInvestment: { zh: '亿元/年(基年价)', en: 'CNY 100 million a year, base-year prices' },
  impliedInvestmentCumulative: { zh: '亿元(基年价)', en: 'CNY 100 million, base-year prices' },
  industrialOutput: { zh: '亿元(现价)', en: 'CNY 100 million, current prices' },
  clusterOutput: { zh: '亿元(现价)', en: 'CNY 100 million, current prices' },
  disposableIncomeIndex: { zh: '基年=1', en: 'base year = 1' },
  incomeGrowthGapToGdp: { zh: '比例', en: 'fraction' },
};
