/**
 * The targets judged on every path: each scorecard row the model computes (a plan indicator with a
 * `model` link whose target year is projected), read from the path in the indicator's unit.
 */
import type { PlanData } from '../plan/plan-types';
import type { Projection } from '../model/projection-types';
import type { TargetResult } from '../scorecard/scorecard-types';
import type { TargetCheck } from './mc-types';
import { readoutOf, type CatalogueEntry } from './series-catalogue';

/** A target judged on every path, with what the summary reports about it. */
export interface TargetMeta {
  result: TargetResult;
  /** The series does not depend on the shocks (its probability is exactly 0 or 1). */
  deterministic: boolean;
}

/** Scorecard rows the Monte Carlo can judge. */
export function candidateTargets(projection: Projection): TargetResult[] {
  return projection.targets.filter((t) => t.basis === 'model' && (t.status === 'met' || t.status === 'at-risk' || t.status === 'missed') && t.year > projection.baseYear);
}

/** The targets, their per-path checks, and the joint set (indices; default: the plan's last-year targets with a number in the plan itself). */
export function compileTargets(plan: PlanData, projection: Projection, catalogue: Map<string, CatalogueEntry>, jointIds: string[] | undefined): { targets: TargetMeta[]; checks: TargetCheck[]; joint: number[] } {
  const years = projection.years.length - 1;
  const targets: TargetMeta[] = [];
  const checks: TargetCheck[] = [];
  for (const result of candidateTargets(projection)) {
    const link = plan.indicators.find((i) => i.id === result.id)?.model;
    const entry = link && catalogue.get(link.series);
    if (!link || !entry) continue;
    const readout = readoutOf(entry, result.year - projection.baseYear, years, link.scale);
    targets.push({ result, deterministic: readout.valueIndex < 0 });
    // Same shape for every check (min and max always present) keeps the kernel's property access monomorphic.
    checks.push({ readout, comparator: result.comparator, value: result.target, min: result.min, max: result.max });
  }
  const ids = jointIds ?? targets.filter((t) => t.result.year === plan.period.to && !t.result.proxyAssumption).map((t) => t.result.id);
  const joint = targets.map((t, k) => (ids.includes(t.result.id) ? k : -1)).filter((k) => k >= 0);
  return { targets, checks, joint };
}
