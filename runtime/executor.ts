/**
 * Where the engine's pure work runs. A runner (executor-runner.ts) compiles requests on the calling
 * thread and hands blocks of Monte Carlo paths, or rows of Sobol samples, to an executor: the calling
 * thread itself, or a pool of workers. Results never depend on the executor.
 */
import type { BlockRange, McModel, McPartial, SobolPartial, SobolProblem } from '../engine/index';

/** Runs pure work units and returns their partial results (any number, any order). */
export interface Executor {
  /** Partials are returned, or handed to `deliver` one by one as they arrive (then none is returned). */
  simulate(model: McModel, range: BlockRange, signal?: AbortSignal, deliver?: (part: McPartial) => void): Promise<McPartial[]>;
  /** Takes back a partial of `simulate` once merged, to reuse its arrays in later tasks (optional). */
  release?(part: McPartial): void;
  sobolRows(problem: SobolProblem, first: number, count: number, signal?: AbortSignal): Promise<SobolPartial[]>;
  terminate(): void;
}
