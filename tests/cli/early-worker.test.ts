/**
 * cli/early-worker.mjs: a large `mc` run's first worker starts before the CLI bundle loads, and the
 * pool adopts it (runtime/node/spawn-node-worker.ts takeEarlyWorker). Which command lines start one,
 * that the pool adopts a live one (not a dead one) with the same results as in-process, and that the
 * process prints the same bytes with it as without workers.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { Worker } from 'node:worker_threads';
import { EARLY_WORKERS, IN_PROCESS_WORK, wantsEarlyWorker } from '../../cli/early-worker.mjs';
import { takeEarlyWorker } from '../../runtime/node/spawn-node-worker';
import { nodeWorkerScript } from '../../runtime/node/worker-script';
import { createNodePoolRunner } from '../../runtime/node/node-pool-runner';
import { createInProcessRunner } from '../../runtime/index';
import { builtin, defaultPlan } from '../mc/support/fixtures';
import { runCli, runCliProcess } from './run-cli';

type Early = { worker: Worker; alive: boolean }[];
const slot = globalThis as { [EARLY_WORKERS]?: Early };

afterEach(() => {
  for (const e of slot[EARLY_WORKERS] ?? []) void e.worker.terminate();
  delete slot[EARLY_WORKERS];
});

describe('an mc run\'s first worker started before the CLI loads', () => {
  it('starts one for mc runs the command sends to its default pool, by the arguments alone', () => {
    const mc = (...rest: string[]) => ['mc', 'plan-target', ...rest];
    // paths x 15 years against IN_PROCESS_WORK = 2,000,000: 133,334 paths and more.
    expect(IN_PROCESS_WORK).toBe(2_000_000);
    expect(wantsEarlyWorker(mc('--paths', '1000000'), 2)).toBe(true);
    expect(wantsEarlyWorker(mc('--paths=140000'), 2)).toBe(true);
    expect(wantsEarlyWorker(mc('--paths', '1,000,000'), 2)).toBe(true);
    expect(wantsEarlyWorker(mc('--paths', '133334'), 2)).toBe(true);
    expect(wantsEarlyWorker(mc('--paths', '133333'), 2)).toBe(false);
    expect(wantsEarlyWorker(mc('--paths', '1000'), 2)).toBe(false);
    // No --paths: adaptive, up to 1,000,000 paths.
    expect(wantsEarlyWorker(mc(), 2)).toBe(true);
    // An explicit pool (or none) is the command's to start; one core has no room for a worker.
    expect(wantsEarlyWorker(mc('--paths', '1000000', '--workers', '2'), 2)).toBe(false);
    expect(wantsEarlyWorker(mc('--workers=0'), 2)).toBe(false);
    expect(wantsEarlyWorker(mc('--paths', '1000000'), 1)).toBe(false);
    // Other commands, and nonsense, start none.
    expect(wantsEarlyWorker(['run', 'plan-target'], 2)).toBe(false);
    expect(wantsEarlyWorker(mc('--paths', 'many'), 2)).toBe(false);
    expect(wantsEarlyWorker([], 2)).toBe(false);
  });

  it('the pool adopts a live early worker, skips a dead one, and gives the in-process results', async () => {
    const live = new Worker(nodeWorkerScript());
    const dead = new Worker(nodeWorkerScript());
    slot[EARLY_WORKERS] = [{ worker: dead, alive: false }, { worker: live, alive: true }];
    const request = { plan: defaultPlan, scenario: builtin('plan-target'), options: { paths: 20_000, seed: 7, series: ['gdpNominal'] } };
    const pool = createNodePoolRunner({ workers: 1, prestart: true });
    try {
      // Both taken off the list at the pool's start: the dead one skipped, the live one adopted.
      expect(slot[EARLY_WORKERS]).toEqual([]);
      const onPool = await pool.runMonteCarlo(request);
      const inProcess = await createInProcessRunner().runMonteCarlo(request);
      expect(onPool.targets).toEqual(inProcess.targets);
      expect(onPool.quantiles).toEqual(inProcess.quantiles);
    } finally {
      pool.terminate();
      void dead.terminate();
    }
    expect(takeEarlyWorker()).toBeUndefined();
  });

  it('the process prints the same bytes with an early worker as in-process', () => {
    const args = ['mc', 'plan-target', '--paths', '140000', '--seed', '5', '--lang', 'en'];
    const withWorkers = runCliProcess(args);
    const alone = runCli([...args, '--workers', '0']);
    expect(withWorkers.stderr).toBe('');
    expect(withWorkers.code).toBe(0);
    expect(withWorkers.stdout).toContain('140,000 paths, seed 5');
    expect(withWorkers.stdout).toBe(alone.stdout);
  });
});
