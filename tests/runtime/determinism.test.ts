/**
 * Determinism across runners: the same request gives bit-identical results in-process, through the
 * serialized runner with any number of work units, over comlink channels and on a worker_threads pool
 * of 1 or 2 workers.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { createInProcessRunner, createSerializedRunner, poolExecutor, runnerFromExecutor, WorkerPool, type Runner } from '../../runtime/index';
import { createNodePoolRunner } from '../../runtime/node/node-pool-runner';
import { fcRuns, samplePlan, sampleScenario, uncertaintyArb } from '../mc/support/fixtures';
import { channelWorker, smallRequest } from './support';

const inProcess = createInProcessRunner();

describe('determinism across runners', () => {
  it('the serialized runner with 1 to 6 work units equals the in-process runner (seeds and scenarios)', async () => {
    await fc.assert(fc.asyncProperty(uncertaintyArb, fc.nat({ max: 0xffffffff }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 30_000 }), async (u, seed, chunks, paths) => {
      const request = { plan: samplePlan, scenario: sampleScenario(u), options: { paths, seed, histograms: [{ series: 'gdpNominal', year: 2025 }] } };
      const [a, b] = await Promise.all([inProcess.runMonteCarlo(request), createSerializedRunner(chunks).runMonteCarlo(request)]);
      expect(b).toEqual(a);
    }), fcRuns(25));
  });

  it('a pool over comlink channels equals the in-process runner', async () => {
    const runner = runnerFromExecutor(poolExecutor(new WorkerPool(() => channelWorker(), { size: 3 })));
    try {
      const request = smallRequest({ paths: 20_000 });
      expect(await runner.runMonteCarlo(request)).toEqual(await inProcess.runMonteCarlo(request));
    } finally {
      runner.terminate();
    }
  });

  it('a run of N paths is the prefix of a longer run (same paths, same order)', async () => {
    const samples = [{ series: 'gdpNominal', year: 2030 }];
    const short = await inProcess.runMonteCarlo(smallRequest({ paths: 5000, samples }));
    const long = await inProcess.runMonteCarlo(smallRequest({ paths: 12_000, samples }));
    expect(Array.from(long.samples[0].values.subarray(0, 5000))).toEqual(Array.from(short.samples[0].values));
  });
});

describe('worker_threads pool', () => {
  let pools: Runner[] = [];
  beforeAll(() => {
    // The last: one worker and the calling thread sharing the blocks (the CLI's default, callerShare).
    pools = [createNodePoolRunner({ workers: 1 }), createNodePoolRunner({ workers: 2 }), createNodePoolRunner({ workers: 1, callerShare: true })];
  });
  afterAll(() => pools.forEach((p) => p.terminate()));

  it('1 and 2 workers, and 1 worker with the calling thread, give the in-process result, bit for bit (seeds and scenarios)', async () => {
    await fc.assert(fc.asyncProperty(uncertaintyArb, fc.nat({ max: 0xffffffff }), async (u, seed) => {
      const request = { plan: samplePlan, scenario: sampleScenario(u), options: { paths: 10_000, seed } };
      const expected = await inProcess.runMonteCarlo(request);
      for (const pool of pools) expect(await pool.runMonteCarlo(request)).toEqual(expected);
    }), fcRuns(4));
  });

  it('Sobol indices on the pool equal the in-process ones', async () => {
    const request = { ...smallRequest(), output: 'gdpNominal@2025', method: 'sobol' as const, options: { samples: 512, bootstrap: 20 } };
    const expected = await inProcess.runSensitivity(request);
    expect(await pools[1].runSensitivity(request)).toEqual(expected);
    expect(await pools[2].runSensitivity(request)).toEqual(expected);
  });

  it('shares blocks between the worker and the calling thread: runs of many blocks, one block and one path equal the in-process ones', async () => {
    // 40,000 paths = 10 blocks, taken from both ends as each thread is free (tests/runtime/caller-pool-executor.test.ts); 4,096 paths = 1 block.
    for (const paths of [40_000, 4096, 1]) {
      const request = smallRequest({ paths, seed: 7 });
      expect(await pools[2].runMonteCarlo(request)).toEqual(await inProcess.runMonteCarlo(request));
    }
  });
});
