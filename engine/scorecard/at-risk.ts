/**
 * The one "at risk" rule, shared by the CLI, the app and every report: a target missed by less than
 * {@link AT_RISK_SHARE} of the target value (for a range, of the bound that is missed) is at risk, close
 * enough that a modest change of assumptions meets it. An assumption of the product, not of the plan.
 */
import type { Comparator } from '../plan/plan-types';

/** A miss smaller than this share of the target value counts as "at risk" (assumption: 5%). */
export const AT_RISK_SHARE = 0.05;

/**
 * True when a missed target is missed by at most {@link AT_RISK_SHARE} of its value.
 * @param gap projected - target (for a range, the signed distance to the nearest bound), in the target's unit
 */
export function isAtRisk(gap: number, comparator: Exclude<Comparator, 'qualitative'>, target: number, min?: number, max?: number): boolean {
  const reference = comparator === 'range' ? (gap < 0 ? (min ?? target) : (max ?? target)) : target;
  return Math.abs(gap) / Math.max(Math.abs(reference), 1e-12) <= AT_RISK_SHARE;
}
