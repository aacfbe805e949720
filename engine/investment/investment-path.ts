/**
 * The investment growth mode, year by year: capital from investment, real GDP from capital (Cobb-Douglas
 * or ICOR), and the three sectors' real value added from the split rule (sector-split.ts). The sectors'
 * implied growth rates then drive the ordinary economy equations (prices, nominal values, shares), so an
 * investment-mode scenario and its sectoral equivalent give the same projection.
 */
import type { PlanData } from '../plan/plan-types';
import { SECTORS } from '../scenario/scenario-types';
import { accumulateCapital } from './capital';
import { cobbDouglasOutput, icorOutput } from './production';
import { splitBySector } from './sector-split';
import { baseRealValueAdded } from './expand-investment';
import type { InvestmentPath, YearlyInvestment } from './investment-types';

/**
 * The capital path of an investment-mode projection.
 * @param populationWan resident population from the base year (index 0), 万人
 * @param baseYear calendar year of index 0
 */
export function investmentPath(plan: PlanData, inv: YearlyInvestment, populationWan: readonly number[], baseYear: number): InvestmentPath {
  const base = baseRealValueAdded(plan);
  const gdpReal0 = SECTORS.reduce((sum, s) => sum + base[s], 0);
  const capitalStockYi = accumulateCapital(inv.initialCapitalYi, inv.investmentYi, inv.depreciation);
  const labourWan = populationWan.map((p, t) => p * (t === 0 ? inv.employmentRateBase : inv.employmentRate[t - 1]));
  let gdpReal: number[];
  let tfpIndex: number[];
  switch (inv.method) {
    case 'cobb-douglas':
      ({ gdpReal, tfpIndex } = cobbDouglasOutput(gdpReal0, capitalStockYi, labourWan, inv.capitalShare, inv.tfpGrowth));
      break;
    case 'icor':
      gdpReal = icorOutput(gdpReal0, inv.investmentYi, inv.icor);
      tfpIndex = gdpReal.map(() => 1);
      break;
    default:
      return inv.method satisfies never;
  }
  const { valueAddedReal, growth } = splitBySector(base, gdpReal, inv.sectorShares);
  return capitalPath(baseYear, inv, { capitalStockYi, tfpIndex, labourWan, gdpReal, valueAddedReal, sectorGrowth: growth });
}

/** The path record from its computed parts (investment with a base-year 0, years, output-capital ratio). */
export function capitalPath(baseYear: number, inv: YearlyInvestment, parts: Pick<InvestmentPath, 'capitalStockYi' | 'tfpIndex' | 'labourWan' | 'gdpReal' | 'valueAddedReal' | 'sectorGrowth'>): InvestmentPath {
  return {
    ...parts,
    years: parts.gdpReal.map((_, t) => baseYear + t),
    investmentYi: [0, ...inv.investmentYi],
    outputCapitalRatio: parts.gdpReal.map((y, t) => y / parts.capitalStockYi[t]),
  };
}
