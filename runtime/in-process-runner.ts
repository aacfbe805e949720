/**
 * Runs everything on the calling thread: the simplest runner, and the reference the pools must match
 * bit for bit. A long run blocks the thread; use a pool in an interactive app.
 */
import { simulateBlocks } from '../engine/mc/simulate-blocks';
import { evaluateSobolRows } from '../engine/sensitivity/sobol-samples';
import type { Executor } from './executor';
import { runnerFromExecutor } from './executor-runner';
import type { Runner } from './runner';

/** The in-process executor (synchronous work behind a promise). */
export const inProcessExecutor: Executor = {
  simulate: async (model, range) => [simulateBlocks(model, range)],
  sobolRows: async (problem, first, count) => [evaluateSobolRows(problem, first, count)],
  terminate: () => {},
};

/** A runner that computes on the calling thread. */
export function createInProcessRunner(): Runner {
  return runnerFromExecutor(inProcessExecutor);
}
