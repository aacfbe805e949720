/**
 * The levers teams can own: every lever of the engine's registry (engine/decision/decision-lever.ts),
 * so a lever the model gains (energy, carbon, jobs, industry, ...) can be handed to a team by data.
 * Values are plan-period averages in the lever's unit; setting one shifts the lever's path so its
 * average is the value (for the goal-seek levers exactly as the lever panel does, with the "All
 * sectors" growth weighted by real value added).
 */
import { ALL_LEVERS, decisionLevers, leverName, type AnyLeverId, type DecisionLever, type LocalizedText, type ResolvedScenario } from '../../engine/index';
import { leverValue, withLeverValue } from '../state/scenario-edit';
import { planPeriodIndices } from '../state/scenarios';

const isGoalSeekLever = (id: string): id is AnyLeverId => (ALL_LEVERS as readonly string[]).includes(id);

/** The registry's lever with this id, if any. */
export function gameLever(id: string): DecisionLever | undefined {
  return decisionLevers().find((l) => l.id === id);
}

/** Every lever id of the registry, in registry order (all-sector levers before per-sector ones). */
export function registryLeverIds(): string[] {
  return decisionLevers().map((l) => l.id);
}

/** True when the model has this lever. */
export function isKnownLever(id: string): boolean {
  return gameLever(id) !== undefined;
}

/** Why the lever does not move this scenario (other growth, energy or population mode), or undefined when it does. */
export function leverMismatchText(scenario: ResolvedScenario, id: string): LocalizedText | undefined {
  const lever = gameLever(id);
  return lever ? lever.mismatch(scenario) : { zh: '模型暂无此杠杆', en: 'not in the model yet' };
}

/** True when the lever moves this scenario. */
export function leverApplies(scenario: ResolvedScenario, id: string): boolean {
  return leverMismatchText(scenario, id) === undefined;
}

/** The lever's plan-period average in `scenario` (its unit; fractions a year for rates). */
export function gameLeverValue(scenario: ResolvedScenario, id: string): number {
  if (isGoalSeekLever(id)) return leverValue(scenario, id);
  const path = gameLever(id)!.path(scenario);
  const idx = planPeriodIndices(scenario);
  return idx.reduce((s, i) => s + path[i], 0) / idx.length;
}

/** `scenario` with the lever's path shifted so its plan-period average is `value`. */
export function withGameLever(scenario: ResolvedScenario, id: string, value: number): ResolvedScenario {
  if (isGoalSeekLever(id)) return withLeverValue(scenario, id, value);
  return gameLever(id)!.apply(scenario, value - gameLeverValue(scenario, id), 'shift');
}

/** True when the lever's value is a fraction (shown in %). */
export function gameLeverIsFraction(id: string): boolean {
  return gameLever(id)?.isFraction ?? true;
}

/** Allowed values (floor exclusive, ceiling inclusive). */
export function gameLeverBounds(id: string): { floor: number; ceiling: number } {
  return gameLever(id)?.bounds ?? { floor: -1, ceiling: 1 };
}

/** The engine's name of the lever in both languages. */
export function gameLeverName(id: string): LocalizedText {
  return leverName(id);
}
