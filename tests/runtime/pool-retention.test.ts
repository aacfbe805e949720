/**
 * A long-lived pool keeps nothing of a finished task: the bench and the app run hundreds of tasks on
 * the same workers, and each result (a Monte Carlo partial: histogram counts, 0.5-5 MB) must be
 * collectable once its caller drops it. The pool used to race every task against the worker's
 * never-settling `failed` promise, which left one reaction per task on it holding that task's result
 * (the bench's main thread grew by 0.7 MB a run). Also: a worker that died while idle still fails its
 * next task at once (retried on a fresh worker), as it did when every task raced `failed`.
 */
import { describe, it, expect } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { WorkerPool, type SpawnWorker } from '../../runtime/index';
import { channelWorker } from './support';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs one task returning a fresh 1 MB array and returns only a weak reference to that result. */
async function weakResult(pool: WorkerPool): Promise<WeakRef<Float64Array>> {
  const result = await pool.run(async () => new Float64Array(131_072));
  expect(result.length).toBe(131_072);
  return new WeakRef(result);
}

describe('WorkerPool retention', () => {
  it('a finished task\'s result is garbage once the caller drops it (10 tasks on 2 live workers)', async () => {
    const pool = new WorkerPool(() => channelWorker(), { size: 2 });
    try {
      const refs: WeakRef<Float64Array>[] = [];
      for (let i = 0; i < 10; i++) refs.push(await weakResult(pool));
      await tick();
      gc();
      await tick();
      gc();
      expect(refs.filter((r) => r.deref() !== undefined).length).toBe(0);
    } finally {
      pool.terminate();
    }
  });

  it('a worker that died while idle fails its next task at once; the task is retried on a fresh worker', async () => {
    const workers: ReturnType<typeof channelWorker>[] = [];
    const spawn: SpawnWorker = () => {
      const w = channelWorker();
      workers.push(w);
      return w;
    };
    // A timeout far beyond the test's own: the retry must not wait for it.
    const pool = new WorkerPool(spawn, { size: 1, taskTimeoutMs: 600_000 });
    try {
      expect(await pool.run((api) => api.ping())).toBe(1);
      workers[0].crash();
      await tick();
      expect(await pool.run((api) => api.ping())).toBe(1);
      expect(workers.length).toBe(2);
    } finally {
      pool.terminate();
    }
  });
});
