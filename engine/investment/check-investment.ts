/**
 * Checks of an investment-mode scenario that the schema's per-field rules cannot express: the block is
 * there, each method has the fields it needs, investment has a source (an amount or the plan's
 * programme), and sector shares sum to 1. Called by resolveScenario on the merged scenario.
 */
import { issue, type ValidationIssue } from '../errors';
import type { PlanData } from '../plan/plan-types';
import { SECTORS } from '../scenario/scenario-types';
import { programmeSummary } from './programme';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields each method needs besides the always-required ones. */
export const METHOD_FIELDS = {
  'cobb-douglas': ['capitalShare', 'tfpGrowth', 'employmentRate'],
  icor: ['icor'],
} as const;

/** Tolerance of the check that sector shares sum to 1. */
export const SHARE_SUM_TOLERANCE = 1e-9;

/** Every problem of the merged scenario's investment settings; empty when sectoral or fine. */
export function investmentIssues(merged: Record<string, unknown>, plan: PlanData): ValidationIssue[] {
  if (merged.growthMode !== 'investment') return [];
  const inv = merged.investment;
  if (!isObject(inv)) {
    return [issue('investment', inv, { en: 'growthMode is "investment" but there is no investment block', zh: 'growthMode 为 "investment",但缺少 investment(投资)设置' }, { en: 'an "investment" block with method, capitalOutputRatio, depreciation and the method\'s fields (see docs/review-calibration-investment.md)', zh: '含 method、capitalOutputRatio、depreciation 及所选方法所需字段的 "investment" 块' })];
  }
  const out: ValidationIssue[] = [];
  const method = inv.method;
  if (method === 'cobb-douglas' || method === 'icor') {
    // With population in jobs mode labour is last year's employment, so no employment rate is needed.
    const jobsMode = isObject(merged.assumptions) && isObject(merged.assumptions.population) && merged.assumptions.population.mode === 'jobs';
    for (const field of METHOD_FIELDS[method]) {
      if (field === 'employmentRate' && jobsMode) continue;
      if (inv[field] === undefined) out.push(issue(`investment.${field}`, undefined, { en: `required by method "${method}"`, zh: `方法 "${method}" 需要此字段` }, { en: `present when investment.method is "${method}"`, zh: `investment.method 为 "${method}" 时必须给出` }));
    }
  }
  if (inv.amountYi === undefined) {
    if (inv.realisationRate === undefined) out.push(issue('investment.realisationRate', undefined, { en: 'no investment given: neither amountYi nor realisationRate', zh: '未给出投资:既无 amountYi 也无 realisationRate' }, { en: "realisationRate (share of the plan's investment programme realised) or amountYi (亿元 per year)", zh: 'realisationRate(规划投资实现比例)或 amountYi(每年投资,亿元)' }));
    else if (!programmeSummary(plan)) out.push(issue('investment.realisationRate', inv.realisationRate, { en: `the plan "${plan.id}" has no investment programme to realise`, zh: `规划 "${plan.id}" 没有可实现的投资计划` }, { en: 'investment.amountYi (亿元 per year) instead', zh: '改用 investment.amountYi(每年投资,亿元)' }));
  }
  const shares = inv.sectorShares;
  if (isObject(shares) && SECTORS.every((s) => typeof shares[s] === 'number')) {
    const sum = SECTORS.reduce((a, s) => a + (shares[s] as number), 0);
    if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) out.push(issue('investment.sectorShares', shares, { en: `shares sum to ${sum}`, zh: `比例之和为 ${sum}` }, { en: 'three fractions summing to 1 (primary, secondary, tertiary)', zh: '三个比例之和为 1(一产、二产、三产)' }));
  } else if (typeof shares === 'number' && Math.abs(3 * shares - 1) > SHARE_SUM_TOLERANCE) {
    out.push(issue('investment.sectorShares', shares, { en: 'one number for all sectors sums to 3 times itself', zh: '一个数值用于三个产业,合计为其 3 倍' }, { en: 'three fractions summing to 1 (primary, secondary, tertiary)', zh: '三个比例之和为 1(一产、二产、三产)' }));
  }
  return out;
}
