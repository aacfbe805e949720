/**
 * Population growth against income "in step with economic growth". Identities (nominal, over n years):
 *   GDP per resident growth = ((1 + g_GDP) / (1 + g_pop)) - 1
 *   income growth           = (1 + GDP per resident growth)^elasticity - 1   (the model's income rule)
 *   gap = income growth - GDP growth, which the plan's "in step" target keeps within its range.
 * Also: the largest population growth (and population in the target year) that keeps the gap in range.
 */
import type { PlanData } from '../plan/plan-types';
import { INCOME_ELASTICITY } from '../model/linked-defaults';
import { fmt, skip, targetOnSeries, type AuditCheck } from './audit-types';

export const auditIncome: AuditCheck = (plan: PlanData) => {
  const id = 'population-vs-income-in-step';
  const gdp = targetOnSeries(plan, 'gdpNominal');
  const pop = targetOnSeries(plan, 'population');
  const income = targetOnSeries(plan, 'incomeGrowthGapToGdp');
  if (!gdp || !pop || !income) return skip(id, 'the plan has no GDP, population or income-in-step target the model computes', '规划没有模型计算的GDP、人口或收入同步目标');
  const n = gdp.year - plan.base.year;
  const gGdp = Math.pow(gdp.value / plan.base.gdpYi, 1 / n) - 1;
  const popTarget = pop.comparator === 'range' ? pop.min ?? pop.value : pop.value;
  const gPop = Math.pow(popTarget / plan.base.populationWan, 1 / n) - 1;
  const perCapita = (1 + gGdp) / (1 + gPop) - 1;
  const e = INCOME_ELASTICITY;
  const gIncome = Math.pow(1 + perCapita, e) - 1;
  const gap = gIncome - gGdp;
  const tolerance = income.min !== undefined ? -income.min : Math.abs(income.value);
  const consistent = gap >= -tolerance - 1e-12;
  // Largest population growth with income growth >= GDP growth - tolerance: (1+g)/(1+g_pop) >= (1+g-tol)^(1/e).
  const gPopMax = (1 + gGdp) / Math.pow(1 + gGdp - tolerance, 1 / e) - 1;
  const popMax = plan.base.populationWan * Math.pow(1 + gPopMax, n);
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  return {
    id,
    targets: [gdp.ind.id, pop.ind.id, income.ind.id],
    identity: 'income growth = ((1 + GDP growth) / (1 + population growth))^elasticity - 1; in step: income growth - GDP growth >= -tolerance',
    identityText: { en: 'income grows with GDP per resident (to the power of the elasticity); in step means income growth falls short of GDP growth by no more than the tolerance', zh: '收入随人均GDP增长(按弹性);同步指收入增速低于GDP增速不超过容许幅度' },
    values: { gdpGrowthNominal: gGdp, populationGrowth: gPop, gdpPerResidentGrowth: perCapita, incomeElasticity: e, incomeGrowth: gIncome, gapToGdpGrowth: gap, tolerance, populationGrowthMax: gPopMax, populationTargetYearMaxWan: popMax, populationTargetWan: popTarget },
    consistent,
    message: {
      en: `GDP ${fmt(gdp.value)} in ${gdp.year} needs ${pct(gGdp)} a year; the population target of ${fmt(popTarget, 1)} (10,000 people) grows ${pct(gPop)} a year, so GDP per resident grows only ${pct(perCapita)} a year and income (elasticity ${e}) ${pct(gIncome)}: ${(gap * 100).toFixed(1)} percentage points a year from "in step with growth" (allowed: ${(tolerance * 100).toFixed(1)}).`,
      zh: `${gdp.year} 年地区生产总值 ${fmt(gdp.value)} 亿元需年均增长 ${pct(gGdp)};常住人口目标 ${fmt(popTarget, 1)} 万人对应年均增长 ${pct(gPop)},人均GDP年均仅增长 ${pct(perCapita)},收入(弹性 ${e})年均增长 ${pct(gIncome)}:比"与经济增长同步"相差 ${(gap * 100).toFixed(1)} 个百分点/年(允许 ${(tolerance * 100).toFixed(1)})。`,
    },
    requirement: consistent ? undefined : {
      en: `For income to keep in step, population could grow at most ${pct(gPopMax)} a year (${fmt(popMax, 1)} in ${gdp.year}, against the target ${fmt(popTarget, 1)}), or the income elasticity would have to be far above ${e}.`,
      zh: `要使收入与经济增长同步,人口年均增长至多 ${pct(gPopMax)}(${gdp.year} 年 ${fmt(popMax, 1)} 万人,目标为 ${fmt(popTarget, 1)} 万人),或收入弹性须远高于 ${e}。`,
    },
  };
};
