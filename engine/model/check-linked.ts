/**
 * Checks of the linked model's blocks that the per-field schema cannot express, on the merged
 * scenario: a population in jobs mode says `mode: "jobs"` and gives productivity growth and an
 * adjustment speed; cluster shares name clusters of the plan that take a share. Called by resolveScenario.
 */
import { issue, type ValidationIssue } from '../errors';
import type { PlanData } from '../plan/plan-types';
import { modeOf, POPULATION_MODE_RULE } from '../scenario/modes';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every problem of the merged scenario's linked blocks; empty when fine. */
export function linkedIssues(merged: Record<string, unknown>, plan: PlanData): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const a = isObject(merged.assumptions) ? merged.assumptions : {};
  const pop = a.population;
  if (isObject(pop) && modeOf(merged, POPULATION_MODE_RULE) === 'jobs') {
    if (pop.mode !== 'jobs') out.push(issue('assumptions.population.mode', pop.mode, { en: 'jobs-mode fields are given but "mode" is not "jobs"', zh: '给出了就业模式字段,但 "mode" 不是 "jobs"' }, { en: '"mode": "jobs" (or "growth" alone for exogenous population)', zh: '"mode": "jobs"(或只给 "growth" 表示外生人口)' }));
    for (const field of ['productivityGrowth', 'adjustmentSpeed'] as const) {
      if (pop[field] === undefined) out.push(issue(`assumptions.population.${field}`, undefined, { en: 'required in jobs mode', zh: '就业模式下必须给出' }, field === 'productivityGrowth' ? { en: 'labour-productivity growth per sector, e.g. { "primary": 0.03, "secondary": 0.06, "tertiary": 0.04 }', zh: '分产业劳动生产率增长,例如 { "primary": 0.03, "secondary": 0.06, "tertiary": 0.04 }' } : { en: 'a number in (0, 1]', zh: '(0, 1] 之间的数值' }));
    }
  }
  const shares = isObject(a.industry) && isObject(a.industry.clusterShares) ? a.industry.clusterShares : {};
  const clusters = plan.industry?.clusters ?? [];
  const sharing = clusters.filter((c) => c.sumOf === undefined).map((c) => c.id);
  for (const [id, v] of Object.entries(shares)) {
    if (!sharing.includes(id)) out.push(issue(`assumptions.industry.clusterShares.${id}`, v, { en: 'no industry cluster of the plan takes a share under this id', zh: '规划中没有以此标识取份额的产业集群' }, { en: sharing.join(', ') || 'none (the plan has no clusters)', zh: sharing.join('、') || '无(规划没有产业集群)' }));
  }
  return out;
}
