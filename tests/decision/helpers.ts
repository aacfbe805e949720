/** Shared fixtures of the decision-analysis tests: the second (test) plan and hand-written scenarios. */
import { checkPlan, resolveScenario, type PlanData, type ResolvedScenario } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';
import samplePlanJson from '../fixtures/sample-plan.json' with { type: 'json' };

export const samplePlan: PlanData = checkPlan(samplePlanJson);
export const wuhan = defaultPlan;

/** A stand-alone schema-1 scenario (exogenous modes): every rate given, common deflator unless stated. */
export function scenarioOf(plan: PlanData, assumptions: Record<string, unknown> = {}, endYear = 2030): ResolvedScenario {
  const file = {
    schemaVersion: 1, id: 'test', name: { zh: '测试', en: 'test' }, baseYear: plan.base.year, endYear,
    assumptions: { realGrowth: 0.05, deflator: 0.02, population: { growth: 0.02 }, energyIntensityChange: -0.03, co2IntensityChange: -0.04, ...assumptions },
  };
  return resolveScenario(file, () => undefined, plan);
}

export const builtin = (id: string) => resolveScenario(builtinScenario(id), (x) => builtinScenario(x), defaultPlan);
