/**
 * An Executor over a WorkerPool: a range of Monte Carlo blocks is split into contiguous chunks, a few
 * per worker (see {@link chunkCount}); each partial is handed on as it arrives. Sobol rows: one chunk
 * per worker.
 */
import { transfer } from 'comlink';
import type { BlockRange, McModel, McPartial, SobolPartial, SobolProblem } from '../../engine/index';
import type { Executor } from '../executor';
import { splitCount } from '../split-count';
import type { WorkerPool } from './worker-pool';

/** Longest chunk of blocks one task simulates (512 blocks = 2M paths, about 1-2 s). */
const MAX_CHUNK_BLOCKS = 512;

/**
 * Tasks per worker of a long range. With one equal chunk per worker, a worker slowed by another
 * process delays the whole run (measured: CLI mc, 1M paths, JSON, two workers on a shared 2-core
 * machine: one finished 0.56 s after the other); with several, the free worker takes the next chunk.
 */
const TASKS_PER_WORKER = 4;
/** Shortest chunk split off for balance (16 blocks = 65,536 paths): a task's fixed costs stay small. */
const MIN_BALANCE_BLOCKS = 16;

/**
 * Chunks of a range of `blocks` blocks on `workers` workers: up to TASKS_PER_WORKER per worker, a
 * whole multiple of the workers, each at least MIN_BALANCE_BLOCKS long (short ranges: one per worker),
 * and never longer than MAX_CHUNK_BLOCKS.
 */
export function chunkCount(blocks: number, workers: number): number {
  const balanced = Math.floor(Math.min(workers * TASKS_PER_WORKER, Math.floor(blocks / MIN_BALANCE_BLOCKS)) / workers) * workers;
  return Math.max(workers, balanced, Math.ceil(blocks / MAX_CHUNK_BLOCKS));
}

/**
 * Counts arrays kept for reuse: merged partials' histograms (slots x ~4,100 bins each, 0.35-4.5 MB)
 * go back to the workers with later tasks instead of being garbage while each task allocates anew.
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
    async simulate(model: McModel, range: BlockRange, signal?: AbortSignal, deliver?: (part: McPartial) => void): Promise<McPartial[]> {
      const parts = await Promise.all(
        splitCount(range.blockCount, chunkCount(range.blockCount, pool.size)).map(([offset, count]) => {
          const chunk = { ...range, firstBlock: range.firstBlock + offset, blockCount: count };
          const task = pool.run(async (api) => {
            // Wait one microtask: the chunk that just freed this worker is then merged and released
            // first, and its counts array goes to this task.
            await undefined;
            const spare = spareOf(model.slots.totalCounts);
            return spare ? api.simulate(model, chunk, transfer(spare, [spare.buffer])) : api.simulate(model, chunk);
          }, signal);
          return deliver ? task.then((part) => void deliver(part)) : task;
        }),
      );
      return deliver ? [] : (parts as McPartial[]);
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
