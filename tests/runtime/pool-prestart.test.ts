/**
 * Starting a pool's workers before the first task (the CLI's `mc`: they start while the model
 * compiles): every worker is started once, results equal the in-process runner's, and a worker that
 * cannot start is reported by the first task as a RunnerError, not thrown by prestart.
 */
import { describe, it, expect } from 'vitest';
import { createInProcessRunner, poolExecutor, runnerFromExecutor, RunnerError, WorkerPool, type SpawnWorker } from '../../runtime/index';
import { channelWorker, smallRequest } from './support';

const counting = (make: () => ReturnType<SpawnWorker>) => {
  const spawn = (() => {
    spawn.spawned++;
    return make();
  }) as SpawnWorker & { spawned: number };
  spawn.spawned = 0;
  return spawn;
};

describe('WorkerPool.prestart', () => {
  it('starts every worker at once, never twice; the run equals the in-process one', async () => {
    const spawn = counting(() => channelWorker());
    const pool = new WorkerPool(spawn, { size: 3 });
    pool.prestart();
    expect(spawn.spawned).toBe(3);
    pool.prestart();
    expect(spawn.spawned).toBe(3);
    const runner = runnerFromExecutor(poolExecutor(pool));
    try {
      expect(await runner.runMonteCarlo(smallRequest())).toEqual(await createInProcessRunner().runMonteCarlo(smallRequest()));
      expect(spawn.spawned).toBe(3);
    } finally {
      runner.terminate();
    }
  });

  it('a worker that cannot start: prestart does not throw, the first task rejects with worker-crashed', async () => {
    const spawn = counting(() => {
      throw new Error('no threads left');
    });
    const pool = new WorkerPool(spawn, { size: 2 });
    expect(() => pool.prestart()).not.toThrow();
    const runner = runnerFromExecutor(poolExecutor(pool));
    try {
      const error = await runner.runMonteCarlo(smallRequest()).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(RunnerError);
      expect((error as RunnerError).kind).toBe('worker-crashed');
      expect((error as RunnerError).detail.en).toContain('no threads left');
    } finally {
      runner.terminate();
    }
  });

  it('after terminate, prestart starts nothing', () => {
    const spawn = counting(() => channelWorker());
    const pool = new WorkerPool(spawn, { size: 2 });
    pool.terminate();
    pool.prestart();
    expect(spawn.spawned).toBe(0);
  });
});
