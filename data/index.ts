/**
 * The plans Planpath ships. The embedded default is the Wuhan ETDZ 14th Five-Year Plan; see
 * data/plans/wuhan-etdz-14th/README.md for where every figure comes from.
 */
import type { PlanData } from '../engine/plan/plan-types';
import wuhan from './plans/wuhan-etdz-14th/plan.json' with { type: 'json' };

/** The embedded default plan. */
export const defaultPlan = wuhan as unknown as PlanData;

/** Every built-in plan, by id. */
export const plans: Record<string, PlanData> = { [defaultPlan.id]: defaultPlan };
