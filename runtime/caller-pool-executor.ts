/**
 * An Executor that shares Monte Carlo work between a worker pool and the calling thread: the range is
 * cut into pool.size + 1 contiguous chunks; the workers' chunks are posted first, then the calling
 * thread simulates the last chunk itself while they run, then their partials are awaited.
 *
 * Why: a command-line run has a calling thread that would otherwise sit idle, and every worker costs
 * its start (loading Node's worker internals and the engine, about 60-80 ms of CPU on the 2-core
 * machine, competing with the main thread's own start). On 2 cores, 1 worker + the caller does the
 * work of 2 workers with one start less. Results are identical: partials are merged by block, whoever
 * simulated them (tests/runtime/determinism).
 *
 * Only for callers that may block: the calling thread is busy for its chunk (a CLI, not a UI thread).
 * Sobol rows go to the pool alone.
 */
import type { BlockRange, McModel, McPartial } from '../engine/index';
import { simulateBlocks } from '../engine/mc/simulate-blocks';
import type { Executor } from './executor';
import { splitCount } from './split-count';

/** `pool` with the calling thread as one more worker for Monte Carlo blocks. */
export function callerAndPoolExecutor(pool: Executor, poolSize: number): Executor {
  return {
    async simulate(model: McModel, range: BlockRange, signal?: AbortSignal, deliver?: (part: McPartial) => void): Promise<McPartial[]> {
      const parts0 = splitCount(range.blockCount, poolSize + 1);
      const ownCount = parts0.length === poolSize + 1 ? parts0[poolSize][1] : 0;
      const poolRange = { ...range, blockCount: range.blockCount - ownCount };
      const posted = poolRange.blockCount > 0 ? pool.simulate(model, poolRange, signal, deliver) : Promise.resolve([]);
      // Let the pool post its tasks (they are sent from a microtask) before this thread gets busy.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const parts: McPartial[] = [];
      if (ownCount > 0 && !signal?.aborted) {
        const part = simulateBlocks(model, { ...range, firstBlock: range.firstBlock + poolRange.blockCount, blockCount: ownCount });
        if (deliver) deliver(part);
        else parts.push(part);
      }
      return [...(await posted), ...parts];
    },
    release: (part) => pool.release?.(part),
    sobolRows: (problem, first, count, signal) => pool.sobolRows(problem, first, count, signal),
    terminate: () => pool.terminate(),
  };
}
