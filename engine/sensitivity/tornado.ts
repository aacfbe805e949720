/**
 * The tornado: each scalar assumption (lever, see engine/solve/levers.ts) moved down and up in turn,
 * every other assumption held, and the output recomputed by the deterministic projection. Moves are
 * shifts added to every year's rate (default +-2 percentage points), clamped to the lever's valid
 * range. Cost: 2 projections per lever (22 in all), a few milliseconds.
 */
import type { PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { project } from '../model/project';
import { seriesAt } from '../model/series-path';
import { LEVERS, applyLever, leverRange, type LeverId } from '../solve/levers';
import { DEFAULT_TORNADO_DELTA } from '../mc/mc-defaults';
import type { OutputSpec, SensitivityOptions, TornadoResult, TornadoRow } from './sensitivity-types';
import { checkSensitivityOptions } from './validate-sensitivity';

/** The output's value in a scenario. */
function outputOf(plan: PlanData, scenario: ResolvedScenario, output: OutputSpec): number {
  const p = project(plan, scenario);
  return seriesAt(p.series, output.series)![output.year - p.baseYear];
}

/** The tornado of `output`. @throws PlanpathError for bad options. */
export function tornado(plan: PlanData, scenario: ResolvedScenario, output: OutputSpec, options: SensitivityOptions = {}): TornadoResult {
  checkSensitivityOptions(options);
  const delta = options.delta ?? DEFAULT_TORNADO_DELTA;
  const levers: readonly LeverId[] = options.levers ?? LEVERS;
  const rows: TornadoRow[] = levers.map((lever) => {
    const { lo, hi } = leverRange(scenario, lever, 'shift');
    const wanted = options.ranges?.[lever] ?? { low: -delta, high: delta };
    const lowShift = Math.min(Math.max(wanted.low, lo), hi);
    const highShift = Math.min(Math.max(wanted.high, lo), hi);
    const outputLow = outputOf(plan, applyLever(scenario, lever, lowShift, 'shift'), output);
    const outputHigh = outputOf(plan, applyLever(scenario, lever, highShift, 'shift'), output);
    return { lever, lowShift, highShift, outputLow, outputHigh, swing: Math.abs(outputHigh - outputLow) };
  });
  rows.sort((a, b) => b.swing - a.swing);
  return { method: 'tornado', output, base: outputOf(plan, scenario, output), rows };
}
