/**
 * The linked model's series of one projection: jobs, land, implied investment, industrial output and
 * clusters, disposable income. Pure arithmetic over the economy and population already projected.
 *
 * In exogenous population mode jobs follow residents: employment = (L(0) / pop(0)) x pop(t), split
 * between sectors in base-year proportions, and the population the jobs support is the population
 * itself. Labour productivity = real GDP / employment in either mode (万元 per worker, base-year prices).
 */
import { SECTORS, type Sector } from '../scenario/scenario-types';
import type { EconomySeries } from './economy';
import type { JobsSeries } from './jobs';
import { projectLand } from './land';
import { impliedInvestment } from './implied-investment';
import { clusterOutputs, industrialOutput } from './industry-output';
import { disposableIncome } from './income';
import type { LinkedInput } from './linked-inputs';

/** Series of the linked model, one value per year from the base year. */
export interface LinkedSeries {
  /** Jobs, 万人: all sectors (`total`) and by sector. */
  employment: { total: number[] } & Record<Sector, number[]>;
  /** Population the jobs would support, 万人. */
  populationSupportedByJobs: number[];
  /** Real GDP per job, 万元 per worker at base-year prices (the plan's 全员劳动生产率). */
  laborProductivity: number[];
  /** Construction land, km2. */
  constructionLandKm2: number[];
  /** Of which industrial land, km2. */
  industrialLandKm2: number[];
  /** The scenario's construction-land limit, km2, every year (absent when there is no limit). */
  constructionLandLimitKm2?: number[];
  /** Investment the growth path implies, 亿元 a year at base-year prices (base year: 0). */
  impliedInvestment: number[];
  /** Its running total since the base year, 亿元. */
  impliedInvestmentCumulative: number[];
  /** Industrial output, 亿元 at current prices (absent without the plan's industry data). */
  industrialOutput?: number[];
  /** Output of each industry cluster, 亿元 at current prices, by cluster id. */
  clusterOutput?: Record<string, number[]>;
  /** Per-capita disposable income, base year = 1 (real). */
  disposableIncomeIndex: number[];
  /** Average annual income growth since the base year minus real GDP growth, fraction. */
  incomeGrowthGapToGdp: number[];
}

/** Linked series from the projected economy and population (and jobs, in jobs mode). */
export function linkedSeries(economy: EconomySeries, population: readonly number[], jobs: JobsSeries | undefined, input: LinkedInput): LinkedSeries {
  let employment: LinkedSeries['employment'];
  let supported: number[];
  if (jobs) {
    employment = { total: jobs.employment, ...jobs.employmentBySector };
    supported = jobs.populationSupportedByJobs;
  } else {
    const base = input.baseEmploymentWan;
    const perResident = SECTORS.reduce((a, s) => a + base[s], 0) / population[0];
    const total = population.map((p) => perResident * p);
    const share = (s: Sector) => base[s] / (perResident * population[0]);
    employment = { total, primary: total.map((l) => l * share('primary')), secondary: total.map((l) => l * share('secondary')), tertiary: total.map((l) => l * share('tertiary')) };
    supported = population.slice();
  }
  const land = projectLand(population, economy.valueAddedReal.secondary, input.land);
  const invest = impliedInvestment(economy.valueAddedReal, input.impliedInvestment);
  const income = disposableIncome(economy.gdpReal, population, input.incomeElasticity);
  const out: LinkedSeries = {
    employment,
    populationSupportedByJobs: supported,
    laborProductivity: economy.gdpReal.map((y, t) => y / employment.total[t]),
    constructionLandKm2: land.constructionLandKm2,
    industrialLandKm2: land.industrialLandKm2,
    impliedInvestment: invest.perYearYi,
    impliedInvestmentCumulative: invest.cumulativeYi,
    disposableIncomeIndex: income.index,
    incomeGrowthGapToGdp: income.growthGapToGdp,
  };
  if (input.landLimitKm2 !== undefined) out.constructionLandLimitKm2 = population.map(() => input.landLimitKm2!);
  if (input.industry) {
    const io = industrialOutput(economy.valueAddedNominal.secondary, input.industry.valueAddedRatioBase, input.industry.ratioChange);
    out.industrialOutput = io;
    out.clusterOutput = clusterOutputs(io, input.industry.clusters, input.industry.shares);
  }
  return out;
}
