/**
 * The investment growth mode (Cobb-Douglas) when population follows jobs. Labour in year t is
 * employment of the previous year, L(t-1), which keeps the system explicit (no simultaneous
 * equation): capital and L(t-1) give real GDP, the split rule gives each sector's real value added,
 * productivity gives each sector's jobs L_s(t), and so on. Year 1 uses the base year's L(0) on both
 * sides, so Y(0) is exact. Under the ICOR method labour plays no part and investmentPath is used as is.
 */
import type { PlanData } from '../plan/plan-types';
import { SECTORS, type Sector } from '../scenario/scenario-types';
import type { JobsInput } from '../model/jobs';
import { accumulateCapital } from './capital';
import { baseRealValueAdded } from './expand-investment';
import { capitalPath } from './investment-path';
import { compoundPath } from '../model/compound';
import type { InvestmentPath, YearlyInvestment } from './investment-types';

const sum = (v: Record<Sector, number>) => SECTORS.reduce((a, s) => a + v[s], 0);
// (The rule of sector-split.ts is inlined below so a collapse stays finite.)

/** Smallest ratio of a year's real GDP to the previous year's (output cannot fall faster than this). */
const MAX_FALL_FACTOR = 1e-9;

/** The capital path of a Cobb-Douglas investment-mode projection with population in jobs mode. */
export function investmentPathWithJobs(plan: PlanData, inv: YearlyInvestment, jobs: JobsInput, baseYear: number): InvestmentPath {
  const n = inv.investmentYi.length;
  const alpha = inv.capitalShare;
  const base = baseRealValueAdded(plan);
  const gdpReal0 = sum(base);
  const capitalStockYi = accumulateCapital(inv.initialCapitalYi, inv.investmentYi, inv.depreciation);
  const tfpIndex = compoundPath(1, inv.tfpGrowth);
  const l0 = sum(jobs.baseEmploymentWan);
  // The labour behind base-year output: L(0) itself in the plan's base year (year 1 then uses L(0) on both
  // sides); on a review's re-anchored base, the previous year's jobs that produced the anchor year's output.
  const labourInput0 = plan.base.reference?.labourInputWan ?? l0;
  const productivity = Object.fromEntries(SECTORS.map((s) => [s, base[s] / jobs.baseEmploymentWan[s]])) as Record<Sector, number>;
  const valueAddedReal = Object.fromEntries(SECTORS.map((s) => [s, [base[s]]])) as Record<Sector, number[]>;
  const growth = Object.fromEntries(SECTORS.map((s) => [s, [] as number[]])) as Record<Sector, number[]>;
  const gdpReal = [gdpReal0];
  const labourWan = [labourInput0];
  let employment = l0;
  for (let t = 1; t <= n; t++) {
    labourWan.push(employment);
    const total = SECTORS.reduce((a, s) => a + valueAddedReal[s][t - 1], 0);
    // A fall is floored at a factor of 1e-9 a year: extreme levers (TFP growth near -100%, tried by goal
    // seek) make output and jobs collapse together, and the growth rates handed to the economy equations
    // must stay representable (1 + g > 0). The split rule of sector-split.ts follows; a fall is written as
    // prev x (y / total), equal to prev x (1 + change / total) without cancellation.
    const y = Math.max(total * MAX_FALL_FACTOR, gdpReal0 * tfpIndex[t] * Math.pow(capitalStockYi[t] / capitalStockYi[0], alpha) * Math.pow(employment / labourInput0, 1 - alpha));
    const change = y - total;
    employment = 0;
    for (const s of SECTORS) {
      const prev = valueAddedReal[s][t - 1];
      const next = change >= 0 ? prev + inv.sectorShares[s] * change : prev * (y / total);
      valueAddedReal[s].push(next);
      growth[s].push(next / prev - 1);
      productivity[s] *= 1 + jobs.productivityGrowth[s][t - 1];
      employment += next / productivity[s];
    }
    gdpReal.push(SECTORS.reduce((a, s) => a + valueAddedReal[s][t], 0));
  }
  return capitalPath(baseYear, inv, { capitalStockYi, tfpIndex, labourWan, gdpReal, valueAddedReal, sectorGrowth: growth });
}
