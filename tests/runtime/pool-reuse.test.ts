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
import { chunkCount } from '../../runtime/pool/pool-executor';
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

describe('pool splits long ranges: one chunk per worker by default, optionally several', () => {
  it('chunkCount: by default one per worker; with 4 per worker, a multiple of the workers, at least 16 blocks each; never over 512', () => {
    expect(chunkCount(245, 2)).toBe(2);
    // 1M paths = 245 blocks on 2 workers, 4 per worker: min(2 x 4, floor(245 / 16) = 15) = 8 chunks of 30-31 blocks.
    expect(chunkCount(245, 2, 4)).toBe(8);
    // 100k paths = 25 blocks: floor(25 / 16) = 1 chunk of balance, so one per worker.
    expect(chunkCount(25, 2, 4)).toBe(2);
    // 50 blocks: floor(50 / 16) = 3, rounded down to a multiple of 2 workers.
    expect(chunkCount(50, 2, 4)).toBe(2);
    expect(chunkCount(100, 2, 4)).toBe(6);
    // Very long ranges: no chunk over 512 blocks (5000 / 512 = 9.8 -> 10).
    expect(chunkCount(5000, 2)).toBe(10);
    // Fewer blocks than workers: one per worker (some get none), as before.
    expect(chunkCount(1, 4)).toBe(4);
  });

  it('a 4-chunk run on 2 workers: partials merged as they arrive, the last 2 chunks refill the first 2 chunks\' counts; result equals in-process', async () => {
    const given: number[] = [];
    const recording = { ...workerApi, simulate: (...args: Parameters<typeof workerApi.simulate>) => {
      given.push(args[2]?.length ?? 0);
      return workerApi.simulate(...args);
    } };
    const runner = runnerFromExecutor(poolExecutor(new WorkerPool(() => channelWorker(recording), { size: 2 }), { tasksPerWorker: 4 }));
    try {
      // 300,000 paths = 74 blocks: chunkCount(74, 2, 4) = floor(min(8, 4) / 2) x 2 = 4.
      const request = smallRequest({ paths: 300_000, series: ['gdpNominal'] });
      const length = compileMonteCarlo(request.plan, request.scenario, request.options).model.slots.totalCounts;
      expect(await runner.runMonteCarlo(request)).toEqual(await createInProcessRunner().runMonteCarlo(request));
      expect(given).toEqual([0, 0, length, length]);
    } finally {
      runner.terminate();
    }
  });
});
