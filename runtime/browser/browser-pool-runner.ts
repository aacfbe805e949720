/**
 * The Runner for the web app: a pool of module Web Workers. Same results as every other runner.
 * A worker that reports an error is replaced (see WorkerPool); terminate() stops them all.
 */
import { wrap, releaseProxy } from 'comlink';
import type { WorkerApi } from '../worker-api';
import { WorkerPool, type PoolOptions } from '../pool/worker-pool';
import { poolExecutor } from '../pool/pool-executor';
import type { SpawnWorker, WorkerHandle } from '../pool/worker-handle';
import { runnerFromExecutor } from '../executor-runner';
import type { Runner } from '../runner';
import { RunnerError } from '../runner-error';

/** Starts one module Web Worker running browser-worker.ts. */
export const spawnBrowserWorker: SpawnWorker = (): WorkerHandle => {
  const worker = new Worker(new URL('./browser-worker.ts', import.meta.url), { type: 'module' });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => reject(new RunnerError('worker-crashed', { en: `a worker failed: ${event.message || 'error'}`, zh: `工作线程出错:${event.message || 'error'}` })));
    worker.addEventListener('messageerror', () => reject(new RunnerError('worker-crashed', { en: 'a worker sent a message that could not be read', zh: '工作线程发送了无法读取的消息' })));
  });
  failed.catch(() => {});
  const api = wrap<WorkerApi>(worker);
  return {
    api,
    failed,
    setBusy: () => {},
    terminate: () => {
      api[releaseProxy]();
      worker.terminate();
    },
  };
};

/** Options: `workers` defaults to navigator.hardwareConcurrency (at most 8). */
export interface BrowserPoolOptions extends Partial<Omit<PoolOptions, 'size'>> {
  workers?: number;
}

/** A runner on a pool of Web Workers. */
export function createBrowserPoolRunner(options: BrowserPoolOptions = {}): Runner {
  const size = options.workers ?? Math.min(8, Math.max(1, navigator.hardwareConcurrency || 2));
  return runnerFromExecutor(poolExecutor(new WorkerPool(spawnBrowserWorker, { size, taskTimeoutMs: options.taskTimeoutMs, retries: options.retries })));
}
