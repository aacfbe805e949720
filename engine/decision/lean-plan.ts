/**
 * A plan reduced to what the decision analyses read: the indicators the model computes (and those the
 * linked model needs, such as the base of industrial output), without public services. Projections of it
 * give the same modelled series about three times faster (the map evaluates 1,681 scenarios).
 */
import type { PlanData } from '../plan/plan-types';

export function leanPlan(plan: PlanData): PlanData {
  const keep = new Set(plan.indicators.filter((i) => i.model).map((i) => i.id));
  if (plan.industry) keep.add(plan.industry.outputIndicatorId);
  for (const d of plan.investmentProgramme?.domains ?? []) keep.add(d.indicatorId);
  return { ...plan, indicators: plan.indicators.filter((i) => keep.has(i.id)), publicServices: [] };
}
