/**
 * Built-in scenarios: JSON files in this folder, validated by the scenario schema (engine/scenario).
 * They are read-only in the app; users duplicate them to edit.
 */
import type { ScenarioFile } from '../engine/scenario/scenario-types';
import planTarget from './plan-target.json' with { type: 'json' };
import historicalTrend from './historical-trend.json' with { type: 'json' };
import servicesLed from './services-led.json' with { type: 'json' };
import manufacturingSurge from './manufacturing-surge.json' with { type: 'json' };
import slowRecovery from './slow-recovery.json' with { type: 'json' };
import investmentLed from './investment-led.json' with { type: 'json' };
import greenTransition from './green-transition.json' with { type: 'json' };

/** Built-in scenarios in display order. */
export const builtinScenarios: ScenarioFile[] = [planTarget, historicalTrend, servicesLed, manufacturingSurge, slowRecovery, investmentLed, greenTransition] as ScenarioFile[];

/** Finds a built-in scenario by id. */
export function builtinScenario(id: string): ScenarioFile | undefined {
  return builtinScenarios.find((s) => s.id === id);
}
