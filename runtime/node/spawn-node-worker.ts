/**
 * Starts one worker_threads worker and wraps it for the pool. A worker that throws an uncaught error
 * or exits on its own is reported through `failed`. Idle workers are unref'd so that a finished CLI
 * command exits even if nobody calls terminate().
 */
import { Worker } from 'node:worker_threads';
import { wrap, releaseProxy } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { WorkerApi } from '../worker-api';
import type { SpawnWorker, WorkerHandle } from '../pool/worker-handle';
import { RunnerError } from '../runner-error';
import { nodeWorkerScript } from './worker-script';
import { disableOnStackReplacement } from './v8-flags';

/** Where the CLI's bin.mjs leaves a worker it started before loading the CLI (cli/early-worker.mjs). */
const EARLY_WORKERS = Symbol.for('planpath.earlyWorkers');

/** An engine worker started early by the CLI and still alive, taken from the list, or undefined. */
export function takeEarlyWorker(): Worker | undefined {
  const early = (globalThis as { [EARLY_WORKERS]?: { worker: Worker; alive: boolean }[] })[EARLY_WORKERS];
  while (early && early.length > 0) {
    const { worker, alive } = early.shift()!;
    if (alive) return worker;
  }
  return undefined;
}

/** A spawner of workers running `script` (default: the engine worker, see worker-script.ts; the first may be one the CLI started early). Tests pass fault-injecting scripts. */
export function nodeWorkerSpawner(script?: URL): SpawnWorker {
  disableOnStackReplacement();
  return (): WorkerHandle => {
    const worker = (script === undefined ? takeEarlyWorker() : undefined) ?? new Worker(script ?? nodeWorkerScript());
    worker.unref();
    let stopping = false;
    const failed = new Promise<never>((_, reject) => {
      worker.on('error', (error) => reject(new RunnerError('worker-crashed', { en: `a worker crashed: ${error.message}`, zh: `工作线程崩溃:${error.message}` })));
      worker.on('exit', (code) => {
        if (!stopping) reject(new RunnerError('worker-crashed', { en: `a worker exited unexpectedly (code ${code})`, zh: `工作线程意外退出(代码 ${code})` }));
      });
    });
    failed.catch(() => {});
    const api = wrap<WorkerApi>(nodeEndpoint(worker as never));
    return {
      api,
      failed,
      setBusy: (busy) => (busy ? worker.ref() : worker.unref()),
      terminate: () => {
        stopping = true;
        api[releaseProxy]();
        void worker.terminate();
      },
    };
  };
}
