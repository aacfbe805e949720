/**
 * A finding of the plan audit: targets of the plan checked against each other through one of the
 * model's identities, with the numbers used and what would have to be true for them to hold together.
 */
import type { LocalizedText, PlanData, PlanIndicator } from '../plan/plan-types';
import { effectiveTarget, targetAimValue } from '../model/indicator-paths';
import { groupDigits } from '../format/format-value';

export interface AuditFinding {
  id: string;
  /** Indicator ids of the targets involved. */
  targets: string[];
  /** The identity used, in symbols (stable text for machines). */
  identity: string;
  /** The identity in words, in both languages. */
  identityText: LocalizedText;
  /** The numbers, in the units their names say. */
  values: Record<string, number>;
  /** False when the targets cannot all hold under the identity as the plan's data stand. */
  consistent: boolean;
  message: LocalizedText;
  /** What would have to be true for the targets to hold together. */
  requirement?: LocalizedText;
}

/** A check that could not run on this plan (data it needs are missing). */
export interface AuditSkip {
  id: string;
  reason: LocalizedText;
}

export interface AuditResult {
  planId: string;
  findings: AuditFinding[];
  skipped: AuditSkip[];
}

/** A check returns a finding, or a skip saying what is missing. */
export type AuditCheck = (plan: PlanData) => AuditFinding | AuditSkip;

/** The indicator the model computes from `series`, with a numeric target (its own or a labelled proxy). */
export function targetOnSeries(plan: PlanData, series: string): { ind: PlanIndicator; year: number; value: number; comparator: string; min?: number; max?: number } | undefined {
  const ind = plan.indicators.find((i) => i.model?.series === series && targetAimValue(effectiveTarget(i)) !== undefined);
  if (!ind) return undefined;
  const t = effectiveTarget(ind)!;
  return { ind, year: t.year, value: targetAimValue(t)! / ind.model!.scale, comparator: t.comparator, min: t.min === undefined ? undefined : t.min / ind.model!.scale, max: t.max === undefined ? undefined : t.max / ind.model!.scale };
}

export const skip = (id: string, en: string, zh: string): AuditSkip => ({ id, reason: { en, zh } });
export const isFinding = (x: AuditFinding | AuditSkip): x is AuditFinding => 'identity' in x;
/** Thousands grouped, fixed decimals (groupDigits: 4000.5 -> "4,000.5"). */
export const fmt = (v: number, digits = 0) => groupDigits(v, digits);
