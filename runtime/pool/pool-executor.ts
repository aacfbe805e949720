/**
 * An Executor over a WorkerPool: a range of Monte Carlo blocks is split into one contiguous chunk per
 * worker (more for very long ranges, so that no task runs near the hang timeout), Sobol rows likewise.
 */
import type { BlockRange, McModel, McPartial, SobolPartial, SobolProblem } from '../../engine/index';
import type { Executor } from '../executor';
import { splitCount } from '../split-count';
import type { WorkerPool } from './worker-pool';

/** Longest chunk of blocks one task simulates (512 blocks = 2M paths, about 1-2 s). */
const MAX_CHUNK_BLOCKS = 512;

/** The executor of `pool`. Terminating it terminates the pool. */
export function poolExecutor(pool: WorkerPool): Executor {
  return {
    async simulate(model: McModel, range: BlockRange, signal?: AbortSignal): Promise<McPartial[]> {
      const parts = Math.max(pool.size, Math.ceil(range.blockCount / MAX_CHUNK_BLOCKS));
      return Promise.all(
        splitCount(range.blockCount, parts).map(([offset, count]) =>
          pool.run((api) => api.simulate(model, { ...range, firstBlock: range.firstBlock + offset, blockCount: count }), signal),
        ),
      );
    },
    async sobolRows(problem: SobolProblem, first: number, count: number, signal?: AbortSignal): Promise<SobolPartial[]> {
      return Promise.all(splitCount(count, pool.size).map(([offset, n]) => pool.run((api) => api.sobolRows(problem, first + offset, n), signal)));
    },
    terminate: () => pool.terminate(),
  };
}
