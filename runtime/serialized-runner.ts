/**
 * In-process, but every work unit and every result goes through structuredClone, as if it had crossed
 * to a worker and back (Squiggle's "embedded with serialization" runner). The test suite runs through
 * it, so anything that does not survive the worker boundary (functions, class instances, lost typed
 * arrays) fails in a plain Node test.
 */
import { simulateBlocks } from '../engine/mc/simulate-blocks';
import { evaluateSobolRows } from '../engine/sensitivity/sobol-samples';
import type { Executor } from './executor';
import { runnerFromExecutor } from './executor-runner';
import type { Runner } from './runner';
import { splitCount } from './split-count';

/** Splits work into `chunks` units (as a pool would) and round-trips each through structuredClone. */
export function serializedExecutor(chunks = 2): Executor {
  return {
    simulate: async (model, range) => {
      const units = splitCount(range.blockCount, chunks);
      return units.map(([offset, count]) => structuredClone(simulateBlocks(structuredClone(model), { ...range, firstBlock: range.firstBlock + offset, blockCount: count })));
    },
    sobolRows: async (problem, first, count) =>
      splitCount(count, chunks).map(([offset, n]) => structuredClone(evaluateSobolRows(structuredClone(problem), first + offset, n))),
    terminate: () => {},
  };
}

/** A runner whose work crosses a simulated worker boundary; `chunks` work units per call (default 2). */
export function createSerializedRunner(chunks = 2): Runner {
  return runnerFromExecutor(serializedExecutor(chunks));
}
