/**
 * An Executor over a WorkerPool: a range of Monte Carlo blocks is split into one contiguous chunk per
 * worker (more for very long ranges, so that no task runs near the hang timeout), Sobol rows likewise.
 */
import { transfer } from 'comlink';
import type { BlockRange, McModel, McPartial, SobolPartial, SobolProblem } from '../../engine/index';
import type { Executor } from '../executor';
import { splitCount } from '../split-count';
import type { WorkerPool } from './worker-pool';

/** Longest chunk of blocks one task simulates (512 blocks = 2M paths, about 1-2 s). */
const MAX_CHUNK_BLOCKS = 512;

/**
 * Counts arrays kept for reuse: merged partials' histograms (slots x ~4,100 bins each, 0.35-4.5 MB)
 * go back to the workers with the next tasks instead of being garbage while each task allocates anew.
 * A few per worker cover a run's tasks; more would only hold memory.
 */
const SPARES_PER_WORKER = 2;

/** The executor of `pool`. Terminating it terminates the pool. */
export function poolExecutor(pool: WorkerPool): Executor {
  const spares: Uint32Array[] = [];
  /** A spare of exactly `length` counts, removed from the list (it is transferred to a worker). */
  const spareOf = (length: number): Uint32Array | undefined => {
    const at = spares.findIndex((s) => s.length === length);
    return at < 0 ? undefined : spares.splice(at, 1)[0];
  };
  return {
    async simulate(model: McModel, range: BlockRange, signal?: AbortSignal): Promise<McPartial[]> {
      const parts = Math.max(pool.size, Math.ceil(range.blockCount / MAX_CHUNK_BLOCKS));
      return Promise.all(
        splitCount(range.blockCount, parts).map(([offset, count]) => {
          const spare = spareOf(model.slots.totalCounts);
          const chunk = { ...range, firstBlock: range.firstBlock + offset, blockCount: count };
          // A retried task (its worker died) finds the spare detached by the first attempt: it sends none.
          return pool.run((api) => (spare && spare.byteLength > 0 ? api.simulate(model, chunk, transfer(spare, [spare.buffer])) : api.simulate(model, chunk)), signal);
        }),
      );
    },
    release(part: McPartial): void {
      if (part.counts.byteLength === 0) return;
      spares.push(part.counts);
      // The oldest go first: after a change of model shape its spares fit no task.
      if (spares.length > SPARES_PER_WORKER * pool.size) spares.shift();
    },
    async sobolRows(problem: SobolProblem, first: number, count: number, signal?: AbortSignal): Promise<SobolPartial[]> {
      return Promise.all(splitCount(count, pool.size).map(([offset, n]) => pool.run((api) => api.sobolRows(problem, first + offset, n), signal)));
    },
    terminate: () => pool.terminate(),
  };
}
