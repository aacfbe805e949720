/**
 * The plan's investment programme (e.g. the Wuhan ETDZ major-project reserve by domain, 2021-2025):
 * its amount per year and the sectors its output goes to. Amounts are the domains' target values in
 * 亿元, spread evenly over the programme's years.
 */
import type { PlanData } from '../plan/plan-types';
import { SECTORS, type Sector } from '../scenario/scenario-types';
import { effectiveTarget, targetAimValue } from '../model/indicator-paths';

/** The programme summed over its domains. */
export interface ProgrammeSummary {
  from: number;
  to: number;
  /** Sum of the domains' amounts over the programme's years, 亿元. */
  totalYi: number;
  /** The total spread evenly over the years, 亿元 per year. */
  perYearYi: number;
  /** Shares of the programme's output by sector: the domains' sector weights weighted by their amounts. */
  sectorShares: Record<Sector, number>;
  /** Each domain's amount, 亿元, by indicator id. */
  domainsYi: Record<string, number>;
}

/**
 * The plan's programme, or undefined when the plan has none or a domain's indicator has no numeric target.
 * @example programmeSummary(wuhan)!.totalYi // => 12057 (2945 + 4060 + 3326 + 544 + 601 + 581)
 */
export function programmeSummary(plan: PlanData): ProgrammeSummary | undefined {
  const prog = plan.investmentProgramme;
  if (!prog || prog.domains.length === 0 || prog.to < prog.from) return undefined;
  const domainsYi: Record<string, number> = {};
  for (const d of prog.domains) {
    const ind = plan.indicators.find((i) => i.id === d.indicatorId);
    const amount = ind ? targetAimValue(effectiveTarget(ind)) : undefined;
    if (amount === undefined || !(amount >= 0)) return undefined;
    domainsYi[d.indicatorId] = amount;
  }
  const totalYi = Object.values(domainsYi).reduce((a, b) => a + b, 0);
  if (!(totalYi > 0)) return undefined;
  const sectorShares = Object.fromEntries(SECTORS.map((s) => [s, prog.domains.reduce((sum, d) => sum + domainsYi[d.indicatorId] * d.sectorWeights[s], 0) / totalYi])) as Record<Sector, number>;
  return { from: prog.from, to: prog.to, totalYi, perYearYi: totalYi / (prog.to - prog.from + 1), sectorShares, domainsYi };
}
