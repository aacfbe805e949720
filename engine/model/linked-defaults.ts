/**
 * Default parameters of the linked model (jobs, land, implied investment, income) that are not the
 * zone's own figures. Each is a labelled proxy (a national statistic standing in for the zone) or an
 * assumption with its reasoning. Scenario files override them (assumptions.population, land,
 * impliedInvestment, income); docs/linked-model-jobs-land.md shows the derivations.
 */
import type { Sector } from '../scenario/scenario-types';

/**
 * Workers per resident in the base year, proxy: China's employed persons over resident population at
 * the end of 2020, 75,064 万 / 141,212 万 = 0.5316 (NBS, Statistical Communiqué on the 2020 National
 * Economic and Social Development: 全国就业人员75064万人; 年末全国人口141212万人). No figure for the zone
 * is available here (the plan gives none).
 */
export const WORKERS_PER_RESIDENT_PROXY = 75064 / 141212;

/**
 * Value added per worker by sector, 万元 per person, proxy for the zone's relative productivity: China
 * 2020, value added (NBS 2020 communiqué: primary 77,754, secondary 384,255, tertiary 553,977 亿元) over
 * employed persons by sector (NBS, China Statistical Yearbook 2021, employment by three strata of
 * industry: 23.6%, 28.7%, 47.7% of 75,064 万). Only the ratios are used: they split the zone's base-year
 * jobs between sectors (L_s proportional to VA_s / productivity_s).
 */
export const RELATIVE_PRODUCTIVITY_PROXY: Record<Sector, number> = {
  primary: 77754 / (75064 * 0.236),
  secondary: 384255 / (75064 * 0.287),
  tertiary: 553977 / (75064 * 0.477),
};

/**
 * Gross incremental capital-output ratios by sector, proxy: China 2019, fixed-asset investment by sector
 * (NBS 2019 communiqué, excluding rural households: primary 12,633, secondary 163,070, tertiary 375,775
 * 亿元) over the year's real value-added increase (2019 value added 70,467, 386,165, 534,233 亿元,
 * growing 3.1%, 5.7%, 6.9%: increase = VA x g / (1 + g)). About 5.96, 7.83 and 10.90. The zone's own
 * 2021-2022 fixed-asset investment (832.71 + 929.5 亿元) over its nominal GDP increase (1650 to 2008.8
 * 亿元) gives about 4.9 overall, lower (2021 was a rebound year); see the docs.
 */
export const ICOR_PROXY: Record<Sector, number> = {
  primary: 12633 / ((70467 * 0.031) / 1.031),
  secondary: 163070 / ((386165 * 0.057) / 1.057),
  tertiary: 375775 / ((534233 * 0.069) / 1.069),
};

/**
 * Non-industrial construction land per resident, m2, assumption: the national standard GB 50137-2011
 * (城市用地分类与规划建设用地标准) allows 65-115 m2 of urban construction land per resident and puts
 * industrial land at 15-30% of it. 100 m2 with a 20% industrial part leaves 80 m2 for housing, public
 * services, roads and green space.
 */
export const NON_INDUSTRIAL_M2_PER_RESIDENT = 80;

/**
 * Secondary value added per km2 of industrial land in the base year, 亿元 / km2, assumption: 20 亿元 per
 * km2 is 133 万元 of value added per mu (1 km2 = 1,500 mu), about 360 万元 of gross output per mu at the
 * plan's value-added ratio 0.366, the order of output per mu that development zones' "亩产" evaluations
 * treat as good. The zone's industrial land is not published; this sets 1088.5 亿元 on about 54 km2.
 */
export const INDUSTRIAL_VALUE_ADDED_YI_PER_KM2 = 20;

/** Elasticity of per-capita disposable income to real GDP per resident: 1 (the default; an assumption of a constant income share). */
export const INCOME_ELASTICITY = 1;

/** The plan's "in step with economic growth", read as within this many points of GDP growth a year (fraction): an assumption. */
export const INCOME_IN_STEP_TOLERANCE = 0.01;
