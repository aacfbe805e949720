/**
 * Where the engine's pure work runs. A runner (executor-runner.ts) compiles requests on the calling
 * thread and hands blocks of Monte Carlo paths, or rows of Sobol samples, to an executor: the calling
 * thread itself, or a pool of workers. Results never depend on the executor.
 */
import type { BlockRange, McModel, McPartial, SobolPartial, SobolProblem } from '../engine/index';

/** Runs pure work units and returns their partial results (any number, any order). */
export interface Executor {
  /**
   * Partials are returned, or handed to `deliver` one by one as they arrive (then none is returned).
   * `claims` (a pool's option, for a caller that simulates beside it: caller-pool-executor.ts): the range
   * goes in one chunk per worker (splitCount), and the worker of chunk i takes its blocks one by one
   * from the chunk's front on the shared counter claims[i] (simulate-blocks.ts, sharedClaim), so that
   * the caller can take blocks from the chunk's back; a worker's partial covers the blocks it took.
   */
  simulate(model: McModel, range: BlockRange, signal?: AbortSignal, deliver?: (part: McPartial) => void, claims?: Int32Array): Promise<McPartial[]>;
  /** Takes back a partial of `simulate` once merged, to reuse its arrays in later tasks (optional). */
  release?(part: McPartial): void;
  sobolRows(problem: SobolProblem, first: number, count: number, signal?: AbortSignal): Promise<SobolPartial[]>;
  terminate(): void;
}
