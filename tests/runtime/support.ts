/**
 * Runtime test helpers: workers wired over an in-process MessageChannel with comlink (the browser
 * pool's wire, without a browser), and fault-injecting variants.
 */
import { expose, wrap } from 'comlink';
import { RunnerError, workerApi, type SpawnWorker, type WorkerApi, type WorkerHandle } from '../../runtime/index';
import type { McOptions } from '../../engine/index';
import { builtin, defaultPlan } from '../mc/support/fixtures';

/** A worker on a MessageChannel exposing `api`; `crash()` makes it fail as a dead worker would. */
export function channelWorker(api: Partial<WorkerApi> = workerApi): WorkerHandle & { crash(): void } {
  const { port1, port2 } = new MessageChannel();
  expose(api, port2 as never);
  let crash: (error: RunnerError) => void = () => {};
  const failed = new Promise<never>((_, reject) => (crash = reject));
  failed.catch(() => {});
  return {
    api: wrap<WorkerApi>(port1 as never),
    failed,
    setBusy: () => {},
    terminate: () => {
      port1.close();
      port2.close();
    },
    crash: () => crash(new RunnerError('worker-crashed', { en: 'test crash', zh: '测试崩溃' })),
  };
}

/** Spawns `faulty` workers first (`count` of them), then good ones. Counts spawns. */
export function faultySpawner(faulty: () => WorkerHandle, count: number, good: SpawnWorker = () => channelWorker()): SpawnWorker & { spawned: number } {
  const spawn = (() => {
    spawn.spawned++;
    return spawn.spawned <= count ? faulty() : good();
  }) as SpawnWorker & { spawned: number };
  spawn.spawned = 0;
  return spawn;
}

/** A small Monte Carlo request on the Wuhan plan (historical trend, full uncertainty). */
export function smallRequest(options: McOptions = {}) {
  return { plan: defaultPlan, scenario: builtin('historical-trend'), options: { paths: 9000, seed: 3, ...options } };
}
