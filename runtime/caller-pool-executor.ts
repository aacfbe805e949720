/**
 * An Executor that shares Monte Carlo work between a worker pool and the calling thread: the calling
 * thread takes the last contiguous chunk of the range (a little less than an equal share, CALLER_SHARE),
 * the pool the rest; the pool's tasks are posted first, then the calling thread simulates its chunk
 * while they run, then their partials are awaited.
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

/**
 * The calling thread's chunk, as a fraction of an equal share: it starts cold (its WebAssembly modules
 * are built at its first block; a worker builds its own while it waits for the task) and it merges and
 * summarises afterwards. mc plan-target 1M, 3 alternated runs: 1.03-1.11 s with equal shares,
 * 0.93-1.00 s at 0.85, 0.93-1.02 s at 0.7.
 */
const CALLER_SHARE = 0.85;

/** `pool` with the calling thread as one more worker for Monte Carlo blocks. */
export function callerAndPoolExecutor(pool: Executor, poolSize: number): Executor {
  return {
    async simulate(model: McModel, range: BlockRange, signal?: AbortSignal, deliver?: (part: McPartial) => void): Promise<McPartial[]> {
      const equal = splitCount(range.blockCount, poolSize + 1);
      const ownCount = equal.length === poolSize + 1 ? Math.floor(equal[poolSize][1] * CALLER_SHARE) : 0;
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
