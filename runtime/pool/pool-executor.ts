/**
 * An Executor over a WorkerPool: a range of Monte Carlo blocks is split into contiguous chunks, by
 * default one per worker (see {@link chunkCount}); each partial is handed on as it arrives. Sobol
 * rows: one chunk per worker.
 */
import { transfer } from 'comlink';
import type { BlockRange, McModel, McPartial, SobolPartial, SobolProblem } from '../../engine/index';
import type { Executor } from '../executor';
import { splitCount } from '../split-count';
import type { WorkerPool } from './worker-pool';

/** Longest chunk of blocks one task simulates (512 blocks = 2M paths, about 1-2 s). */
const MAX_CHUNK_BLOCKS = 512;

/**
 * Tasks per worker of a long range, by default 1. Several let a free worker take the next chunk when
 * another process slows one (CLI mc, 1M paths, JSON, 2 workers on the shared 2-core machine: with one
 * chunk each, one worker finished 0.56 s after the other; with 4, 0.06 s), but in the CLI's fresh
 * workers 4 chunks each cost more than they saved: +0.5 CPU-s (table) and +0.75 CPU-s (JSON) per run,
 * wall +0.3-0.5 s (6 and 4 alternating runs; cause not found: in warm in-process runs, 4 tasks cost the
 * same as 1). Kept as an option for pools whose workers are warm.
 */
const DEFAULT_TASKS_PER_WORKER = 1;
/** Shortest chunk split off for balance (16 blocks = 65,536 paths): a task's fixed costs stay small. */
const MIN_BALANCE_BLOCKS = 16;

/**
 * Chunks of a range of `blocks` blocks on `workers` workers: up to `tasksPerWorker` per worker, a
 * whole multiple of the workers, each at least MIN_BALANCE_BLOCKS long (short ranges: one per worker),
 * and never longer than MAX_CHUNK_BLOCKS.
 */
export function chunkCount(blocks: number, workers: number, tasksPerWorker = DEFAULT_TASKS_PER_WORKER): number {
  const balanced = Math.floor(Math.min(workers * tasksPerWorker, Math.floor(blocks / MIN_BALANCE_BLOCKS)) / workers) * workers;
  return Math.max(workers, balanced, Math.ceil(blocks / MAX_CHUNK_BLOCKS));
}

/**
 * Counts arrays kept for reuse: merged partials' histograms (slots x ~4,100 bins each, 0.35-4.5 MB)
 * go back to the workers with later tasks instead of being garbage while each task allocates anew.
 * A few per worker cover a run's tasks; more would only hold memory.
 */
const SPARES_PER_WORKER = 2;

/** The executor of `pool`. Terminating it terminates the pool. `tasksPerWorker`: see {@link chunkCount}. */
export function poolExecutor(pool: WorkerPool, options: { tasksPerWorker?: number } = {}): Executor {
  const spares: Uint32Array[] = [];
  /** A spare of exactly `length` counts, removed from the list (it is transferred to a worker). */
  const spareOf = (length: number): Uint32Array | undefined => {
    const at = spares.findIndex((s) => s.length === length);
    return at < 0 ? undefined : spares.splice(at, 1)[0];
  };
  return {
    async simulate(model: McModel, range: BlockRange, signal?: AbortSignal, deliver?: (part: McPartial) => void, claims?: Int32Array): Promise<McPartial[]> {
      const chunks = splitCount(range.blockCount, claims ? pool.size : chunkCount(range.blockCount, pool.size, options.tasksPerWorker));
      const parts = await Promise.all(
        chunks.map(([offset, count], i) => {
          const chunk = { ...range, firstBlock: range.firstBlock + offset, blockCount: count };
          // A view of the chunk's counter on the same shared memory (structured clone shares it).
          const claim = claims?.subarray(i, i + 1);
          const task = pool.run(async (api) => {
            // Wait one microtask: the chunk that just freed this worker is then merged and released
            // first, and its counts array goes to this task.
            await undefined;
            const spare = spareOf(model.slots.totalCounts);
            return api.simulate(model, chunk, spare ? transfer(spare, [spare.buffer]) : undefined, claim);
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
