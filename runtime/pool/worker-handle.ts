/**
 * One live worker as the pool sees it, whatever kind it is (worker_threads, Web Worker, or a
 * MessageChannel in tests): its comlink proxy, a promise that rejects when it dies, and how to stop it.
 */
import type { Remote } from 'comlink';
import type { WorkerApi } from '../worker-api';

/** A live worker, as the pool sees it. */
export interface WorkerHandle {
  api: Remote<WorkerApi>;
  /** Never resolves; rejects with a RunnerError('worker-crashed') when the worker dies. Already has a no-op catch. */
  failed: Promise<never>;
  /** Busy workers keep a Node process alive; idle ones must not (no-op in browsers). */
  setBusy(busy: boolean): void;
  /** Stops the worker at once. */
  terminate(): void;
}

/** Starts one worker. */
export type SpawnWorker = () => WorkerHandle;
