/**
 * A crashed or hung worker is replaced; the caller gets the retried result, or a RunnerError naming
 * the cause when retries run out; never a hang. Terminating rejects what is pending.
 */
import { describe, it, expect } from 'vitest';
import { createInProcessRunner, poolExecutor, runnerFromExecutor, RunnerError, WorkerPool, workerApi, type PoolOptions, type SpawnWorker } from '../../runtime/index';
import { createNodePoolRunner } from '../../runtime/node/node-pool-runner';
import { nodeWorkerSpawner } from '../../runtime/node/spawn-node-worker';
import { channelWorker, faultySpawner, smallRequest } from './support';

const expected = createInProcessRunner().runMonteCarlo(smallRequest());
const poolRunner = (spawn: SpawnWorker, options: Omit<PoolOptions, 'size'> & { size?: number } = {}) => runnerFromExecutor(poolExecutor(new WorkerPool(spawn, { size: 2, ...options })));

/** A channel worker that dies as soon as it is given work. */
const dying = () => {
  const w = channelWorker({ ...workerApi, simulate: () => { w.crash(); return new Promise(() => {}) as never; } });
  return w;
};
/** A channel worker that never answers. */
const silent = () => channelWorker({ ...workerApi, simulate: () => new Promise(() => {}) as never });

async function failure(promise: Promise<unknown>): Promise<RunnerError> {
  try {
    await promise;
  } catch (error) {
    return error as RunnerError;
  }
  throw new Error('expected a failure');
}

describe('worker faults', () => {
  it('a worker that crashes is replaced and the task retried: same result as in-process', async () => {
    const spawn = faultySpawner(dying, 1);
    const runner = poolRunner(spawn);
    try {
      expect(await runner.runMonteCarlo(smallRequest())).toEqual(await expected);
      expect(spawn.spawned).toBe(3);
    } finally {
      runner.terminate();
    }
  });

  it('a worker that keeps crashing gives a RunnerError("worker-crashed") once retries run out', async () => {
    const runner = poolRunner(faultySpawner(dying, 100), { retries: 1 });
    try {
      const error = await failure(runner.runMonteCarlo(smallRequest()));
      expect(error).toBeInstanceOf(RunnerError);
      expect(error.kind).toBe('worker-crashed');
    } finally {
      runner.terminate();
    }
  });

  it('a worker that hangs is timed out, replaced and the task retried', async () => {
    // The timeout applies to the healthy worker's attempt too: a cold in-thread worker needs about 0.25 s of
    // CPU for this request, several times that on a busy machine, so the limit leaves it ample room.
    const runner = poolRunner(faultySpawner(silent, 1), { taskTimeoutMs: 3000 });
    try {
      expect(await runner.runMonteCarlo(smallRequest())).toEqual(await expected);
    } finally {
      runner.terminate();
    }
  });

  it('a hang with no retries left gives RunnerError("worker-timeout")', async () => {
    const runner = poolRunner(faultySpawner(silent, 100), { taskTimeoutMs: 100, retries: 0 });
    try {
      expect((await failure(runner.runMonteCarlo(smallRequest()))).kind).toBe('worker-timeout');
    } finally {
      runner.terminate();
    }
  });

  it('terminate() rejects pending work with RunnerError("terminated")', async () => {
    const runner = poolRunner(() => silent(), { taskTimeoutMs: 60_000 });
    const pending = runner.runMonteCarlo(smallRequest());
    await new Promise((r) => setTimeout(r, 20));
    runner.terminate();
    expect((await failure(pending)).kind).toBe('terminated');
  });

  it('an aborted request rejects with RunnerError("cancelled") and returns no result', async () => {
    const runner = createInProcessRunner();
    const controller = new AbortController();
    controller.abort();
    expect((await failure(runner.runMonteCarlo(smallRequest(), { signal: controller.signal }))).kind).toBe('cancelled');
  });
});

describe('worker_threads faults', () => {
  it('a thread that exits during a task is replaced and the task retried', async () => {
    const crashing = nodeWorkerSpawner(new URL('./fixtures/crashing-worker.mjs', import.meta.url));
    const runner = createNodePoolRunner({ workers: 1, spawn: faultySpawner(crashing, 1, nodeWorkerSpawner()) });
    try {
      expect(await runner.runMonteCarlo(smallRequest())).toEqual(await expected);
    } finally {
      runner.terminate();
    }
  });

  it('a thread stuck in a loop is terminated at the timeout: RunnerError("worker-timeout")', async () => {
    const hanging = nodeWorkerSpawner(new URL('./fixtures/hanging-worker.mjs', import.meta.url));
    const runner = createNodePoolRunner({ workers: 1, spawn: hanging, taskTimeoutMs: 1500, retries: 0 });
    try {
      expect((await failure(runner.runMonteCarlo(smallRequest()))).kind).toBe('worker-timeout');
    } finally {
      runner.terminate();
    }
  });
});
