/**
 * An Executor that shares Monte Carlo work between a worker pool and the calling thread. The range goes
 * to the pool in one chunk per worker, and each chunk has a shared block counter: its worker takes
 * blocks from the chunk's front, the calling thread from its back (simulate-blocks.ts, sharedClaim),
 * until they meet. The calling thread works on the chunk with the most blocks left, then the next.
 * So each thread simulates as much as its speed allows, whichever starts first or is slowed by another
 * process, and the partials still cover contiguous runs of blocks, merged by block as before.
 *
 * Why: a command-line run has a calling thread that would otherwise sit idle, and every worker costs
 * its start (loading Node's worker internals and the engine, about 60-80 ms of CPU on the 2-core
 * machine, competing with the main thread's own start). On 2 cores, 1 worker + the caller does the
 * work of 2 workers with one start less. A fixed split (the caller took 0.85 of an equal share) left
 * the calling thread idle for 0.3-0.6 s of a 1M-path run whenever another process slowed the worker.
 *
 * Results are identical to any other executor's: each block's paths depend on its index only, and
 * partials are merged by block (tests/runtime/determinism). Blocks that no partial covers (a worker
 * that failed after taking blocks, and whose retry found the counter spent) are simulated by the
 * calling thread at the end.
 *
 * Only for callers that may block: the calling thread is busy for its blocks (a CLI, not a UI thread).
 * Sobol rows go to the pool alone.
 */
import type { BlockRange, McModel, McPartial } from '../engine/index';
import { sharedClaim, simulateBlocks } from '../engine/mc/simulate-blocks';
import type { Executor } from './executor';
import { splitCount } from './split-count';

/** The blocks of `range` (offsets in it) that no part covers, as contiguous [offset, count] runs. */
export function uncoveredRuns(range: BlockRange, parts: readonly McPartial[]): [number, number][] {
  const covered = new Uint8Array(range.blockCount);
  for (const p of parts) covered.fill(1, p.range.firstBlock - range.firstBlock, p.range.firstBlock - range.firstBlock + p.range.blockCount);
  const runs: [number, number][] = [];
  for (let b = 0; b < range.blockCount; b++) {
    if (covered[b] === 1) continue;
    const start = b;
    while (b < range.blockCount && covered[b] === 0) b++;
    runs.push([start, b - start]);
  }
  return runs;
}

/** `pool` with the calling thread as one more worker for Monte Carlo blocks. */
export function callerAndPoolExecutor(pool: Executor, poolSize: number): Executor {
  return {
    async simulate(model: McModel, range: BlockRange, signal?: AbortSignal, deliver?: (part: McPartial) => void): Promise<McPartial[]> {
      // The pool's chunks (as pool-executor.ts splits them when given counters) and their counters.
      const chunks = splitCount(range.blockCount, poolSize);
      const claims = new Int32Array(new SharedArrayBuffer(4 * chunks.length));
      const seen: McPartial[] = [];
      const own: McPartial[] = [];
      const handOn = (part: McPartial) => {
        seen.push(part);
        if (deliver) deliver(part);
        else own.push(part);
      };
      const posted = range.blockCount > 0 ? pool.simulate(model, range, signal, deliver ? handOn : undefined, claims) : Promise.resolve([]);
      // Let the pool post its tasks (they are sent from a microtask) before this thread gets busy.
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (;;) {
        if (signal?.aborted) break;
        // The chunk with the most blocks left.
        let best = -1, most = 0;
        chunks.forEach(([, count], i) => {
          const left = count - Atomics.load(claims, i);
          if (left > most) [best, most] = [i, left];
        });
        if (best < 0) break;
        const [offset, count] = chunks[best];
        const chunk = { ...range, firstBlock: range.firstBlock + offset, blockCount: count };
        const part = simulateBlocks(model, chunk, undefined, sharedClaim(claims, best, count, true));
        if (part.range.blockCount > 0) handOn(part);
      }
      const fromPool = await posted;
      seen.push(...fromPool);
      if (!signal?.aborted) {
        for (const [offset, count] of uncoveredRuns(range, seen)) handOn(simulateBlocks(model, { ...range, firstBlock: range.firstBlock + offset, blockCount: count }));
      }
      return deliver ? [] : [...fromPool, ...own];
    },
    release: (part) => pool.release?.(part),
    sobolRows: (problem, first, count, signal) => pool.sobolRows(problem, first, count, signal),
    terminate: () => pool.terminate(),
  };
}
