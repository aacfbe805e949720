/**
 * The investment growth mode's yearly inputs and its capital path. Money in 亿元 at the plan's
 * original base-year prices (1 亿元 = 100 million CNY); labour in 万人 (10,000 people).
 */
import type { InvestmentMethod, Sector } from '../scenario/scenario-types';

/**
 * Investment assumptions expanded to one value per year. Arrays run over the projected years
 * baseYear+1 ... endYear (index 0 = baseYear+1), like {@link YearlyAssumptions}.
 */
export interface YearlyInvestment {
  method: InvestmentMethod;
  /** Gross fixed investment I(t), 亿元 at base-year prices. */
  investmentYi: number[];
  /** Depreciation rate delta(t), fraction of the previous year's capital stock. */
  depreciation: number[];
  /** Base-year capital stock K0, 亿元 at base-year prices. */
  initialCapitalYi: number;
  /** Capital's share of income alpha (cobb-douglas; 0 under icor). */
  capitalShare: number;
  /** TFP growth per year, fraction (cobb-douglas; zeros under icor). */
  tfpGrowth: number[];
  /** Employed people per resident in the base year and each projected year (cobb-douglas). */
  employmentRateBase: number;
  employmentRate: number[];
  /** Incremental capital-output ratio per year (icor; empty when the scenario gives none). */
  icor: number[];
  /** Shares of added real output by sector (sum 1). */
  sectorShares: Record<Sector, number>;
}

/** The capital side of an investment-mode projection, one value per year from the base year (index 0). */
export interface InvestmentPath {
  years: number[];
  /** Gross investment, 亿元 at base-year prices (0 in the base year: not modelled). */
  investmentYi: number[];
  /** Capital stock at the end of each year, 亿元 at base-year prices. */
  capitalStockYi: number[];
  /** Total factor productivity A(t) relative to the base year (= 1); 1 throughout under icor. */
  tfpIndex: number[];
  /** Employed people, 万人 (population x employment rate). */
  labourWan: number[];
  /** Real GDP, 亿元 at base-year prices. */
  gdpReal: number[];
  /** Real value added by sector, 亿元 at base-year prices. */
  valueAddedReal: Record<Sector, number[]>;
  /** Real growth of each sector implied by the path (fraction), one per projected year: the sectoral equivalent. */
  sectorGrowth: Record<Sector, number[]>;
  /** Real GDP over capital (Y / K). */
  outputCapitalRatio: number[];
}
