/**
 * The pool hands merged partials' histogram counts back to the workers with later tasks, so a run of
 * many tasks does not allocate a counts array per task. Checked on channel workers that record what
 * they are given: the first run's 2 tasks get none; the second run's 2 tasks each get an array of
 * exactly the model's count length; a model of another shape gets none (the lengths differ), and the
 * pool keeps at most 2 spares per worker, oldest dropped first; every result equals the in-process
 * runner's bit for bit.
 */
import { describe, it, expect } from 'vitest';
import { compileMonteCarlo } from '../../engine/index';
import { createInProcessRunner, poolExecutor, runnerFromExecutor, WorkerPool, workerApi } from '../../runtime/index';
import { channelWorker, smallRequest } from './support';

describe('pool reuses counts arrays', () => {
  it('the second run of a shape gets the first run\'s counts back; results unchanged', async () => {
    const given: number[] = [];
    const recording = { ...workerApi, simulate: (...args: Parameters<typeof workerApi.simulate>) => {
      given.push(args[2]?.length ?? 0);
      return workerApi.simulate(...args);
    } };
    const runner = runnerFromExecutor(poolExecutor(new WorkerPool(() => channelWorker(recording), { size: 2 })));
    const inProcess = createInProcessRunner();
    try {
      const a = smallRequest();
      const b = smallRequest({ series: ['gdpNominal'] });
      const lengthA = compileMonteCarlo(a.plan, a.scenario, a.options).model.slots.totalCounts;
      const lengthB = compileMonteCarlo(b.plan, b.scenario, b.options).model.slots.totalCounts;
      expect(lengthB).not.toBe(lengthA);
      const want = await inProcess.runMonteCarlo(a);
      expect(await runner.runMonteCarlo(a)).toEqual(want);
      expect(given).toEqual([0, 0]);
      expect(await runner.runMonteCarlo(a)).toEqual(want);
      expect(given).toEqual([0, 0, lengthA, lengthA]);
      expect(await runner.runMonteCarlo(b)).toEqual(await inProcess.runMonteCarlo(b));
      expect(given.slice(4)).toEqual([0, 0]);
      // Spares now: A, A, B, B (the cap, 2 workers x 2): A's are still there.
      expect(await runner.runMonteCarlo(a)).toEqual(want);
      expect(given.slice(6)).toEqual([lengthA, lengthA]);
    } finally {
      runner.terminate();
    }
  });
});
