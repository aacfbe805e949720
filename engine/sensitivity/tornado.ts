/**
 * The tornado: each scalar assumption (lever, see engine/solve/levers.ts) moved down and up in turn,
 * every other assumption held, and the output recomputed by the deterministic projection. Moves are
 * shifts added to every year's rate (default +-2 percentage points), clamped to the lever's valid
 * range. Investment-mode scenarios get the investment levers. Cost: 2 projections per lever, a few milliseconds.
 */
import type { PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { project } from '../model/project';
import { seriesAt } from '../model/series-path';
import { applicableLevers, applyLever, leverRange, type AnyLeverId } from '../solve/levers';
import { DEFAULT_TORNADO_DELTA } from '../mc/mc-defaults';
import type { OutputSpec, SensitivityOptions, TornadoResult, TornadoRow } from './sensitivity-types';
import { checkSensitivityOptions } from './validate-sensitivity';

/**
 * Default moves of levers that are not yearly rates: 20 points of the programme's realisation, and one
 * unit of the incremental capital-output ratio. Rates (growth, prices, TFP) move by `delta`.
 */
const DEFAULT_MOVES: Partial<Record<AnyLeverId, { low: number; high: number }>> = {
  'investment.realisationRate': { low: -0.2, high: 0.2 },
  'investment.icor': { low: -1, high: 1 },
};

/** The output's value in a scenario. */
function outputOf(plan: PlanData, scenario: ResolvedScenario, output: OutputSpec): number {
  const p = project(plan, scenario);
  return seriesAt(p.series, output.series)![output.year - p.baseYear];
}

/** The tornado of `output`. @throws PlanpathError for bad options. */
export function tornado(plan: PlanData, scenario: ResolvedScenario, output: OutputSpec, options: SensitivityOptions = {}): TornadoResult {
  checkSensitivityOptions(options);
  const delta = options.delta ?? DEFAULT_TORNADO_DELTA;
  // Levers that apply to the scenario's growth mode. investment.amountYi is left out by default: it
  // replaces the programme that investment.realisationRate already moves.
  const levers: readonly AnyLeverId[] = options.levers ?? applicableLevers(scenario).filter((l) => l !== 'investment.amountYi');
  const rows: TornadoRow[] = levers.map((lever) => {
    const { lo, hi } = leverRange(scenario, lever, 'shift');
    const wanted = options.ranges?.[lever] ?? DEFAULT_MOVES[lever] ?? { low: -delta, high: delta };
    const lowShift = Math.min(Math.max(wanted.low, lo), hi);
    const highShift = Math.min(Math.max(wanted.high, lo), hi);
    const outputLow = outputOf(plan, applyLever(scenario, lever, lowShift, 'shift'), output);
    const outputHigh = outputOf(plan, applyLever(scenario, lever, highShift, 'shift'), output);
    return { lever, lowShift, highShift, outputLow, outputHigh, swing: Math.abs(outputHigh - outputLow) };
  });
  rows.sort((a, b) => b.swing - a.swing);
  return { method: 'tornado', output, base: outputOf(plan, scenario, output), rows };
}
