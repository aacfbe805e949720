/**
 * A pool of long-lived workers running tasks one at a time each. Workers start on first use and stay
 * alive between requests (starting one costs 30-300 ms). A worker that dies during a task, or that
 * does not answer within `taskTimeoutMs`, is terminated and replaced; its task is retried on a fresh
 * worker up to `retries` times, then fails with a RunnerError naming the cause. A task never hangs.
 */
import type { Remote } from 'comlink';
import type { WorkerApi } from '../worker-api';
import { RunnerError, cancelledError, isRunnerError } from '../runner-error';
import type { SpawnWorker, WorkerHandle } from './worker-handle';

/** Pool settings. */
export interface PoolOptions {
  /** Number of workers (at least 1). */
  size: number;
  /** A task running longer than this is treated as hung (default 60,000 ms). */
  taskTimeoutMs?: number;
  /** Retries of a task whose worker crashed or hung (default 1). */
  retries?: number;
}

interface Task {
  run: (api: Remote<WorkerApi>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  attempts: number;
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** Long-lived workers, one task each at a time; crash and hang handling as described above. */
export class WorkerPool {
  private readonly handles: (WorkerHandle | undefined)[];
  private readonly busy: boolean[];
  /**
   * Rejects the task running on each slot (set while one runs). A worker's `failed` promise lives as
   * long as the worker and is listened to once, when the worker starts: racing every task against it
   * (Promise.race) left one reaction per task on it, each holding that task's result, so a long-lived
   * pool kept every partial it ever returned (the bench: +0.7 MB a run, 23 MB after 30 runs).
   */
  private readonly failTask: (((error: unknown) => void) | undefined)[];
  /** Workers that died, with the error: a task given to one fails at once (and is retried on a fresh worker). */
  private readonly deaths = new WeakMap<WorkerHandle, unknown>();
  private readonly queue: Task[] = [];
  private readonly running = new Set<Task>();
  private terminated = false;
  private readonly timeoutMs: number;
  private readonly retries: number;

  constructor(private readonly spawn: SpawnWorker, options: PoolOptions) {
    const size = Math.max(1, Math.floor(options.size));
    this.handles = new Array(size).fill(undefined);
    this.busy = new Array(size).fill(false);
    this.failTask = new Array(size).fill(undefined);
    this.timeoutMs = options.taskTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = options.retries ?? 1;
  }

  /** Number of workers. */
  get size(): number {
    return this.handles.length;
  }

  /**
   * Starts every worker now instead of on first use, so that their start-up (a thread, an isolate,
   * the worker script) overlaps the caller's own work, e.g. compiling the model. A worker that cannot
   * start is left for `run` to retry and report.
   */
  prestart(): void {
    if (this.terminated) return;
    for (let slot = 0; slot < this.handles.length; slot++) {
      try {
        this.handles[slot] ??= this.spawnOn(slot);
      } catch {
        // reported by the first task on this slot (start() spawns again)
      }
    }
  }

  /** Runs `run` on the next free worker. Queued tasks of an aborted signal reject with RunnerError('cancelled'). */
  run<T>(run: (api: Remote<WorkerApi>) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.terminated) return Promise.reject(terminatedError());
    if (signal?.aborted) return Promise.reject(cancelledError());
    return new Promise<T>((resolve, reject) => {
      const task: Task = { run, resolve: resolve as (v: unknown) => void, reject, attempts: 0, signal };
      this.queue.push(task);
      signal?.addEventListener('abort', () => {
        const at = this.queue.indexOf(task);
        if (at >= 0) {
          this.queue.splice(at, 1);
          reject(cancelledError());
        }
      }, { once: true });
      this.dispatch();
    });
  }

  /** Stops every worker; queued and running tasks reject with RunnerError('terminated'). */
  terminate(): void {
    this.terminated = true;
    for (const h of this.handles) h?.terminate();
    this.handles.fill(undefined);
    for (const task of [...this.queue.splice(0), ...this.running]) task.reject(terminatedError());
    this.running.clear();
  }

  private dispatch(): void {
    for (let slot = 0; slot < this.handles.length && this.queue.length > 0; slot++) {
      if (!this.busy[slot]) this.start(slot, this.queue.shift()!);
    }
  }

  private start(slot: number, task: Task): void {
    let handle: WorkerHandle;
    try {
      handle = this.handles[slot] ??= this.spawnOn(slot);
    } catch (error) {
      task.reject(new RunnerError('worker-crashed', { en: `a worker could not be started: ${(error as Error).message}`, zh: `无法启动工作线程:${(error as Error).message}` }));
      return;
    }
    this.busy[slot] = true;
    this.running.add(task);
    task.attempts++;
    handle.setBusy(true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outcome = new Promise<unknown>((resolve, reject) => {
      if (this.deaths.has(handle)) reject(this.deaths.get(handle));
      this.failTask[slot] = reject;
      timer = setTimeout(() => reject(new RunnerError('worker-timeout', { en: `a worker did not answer within ${this.timeoutMs} ms`, zh: `工作线程在 ${this.timeoutMs} 毫秒内未响应` })), this.timeoutMs);
      task.run(handle.api).then(resolve, reject);
    });
    outcome.then(
      (value) => this.finish(slot, handle, task, timer, () => task.resolve(value)),
      (error) => this.finish(slot, handle, task, timer, () => this.fail(slot, handle, task, error)),
    );
  }

  /** Starts the worker of `slot`; its death rejects whatever task then runs on the slot. */
  private spawnOn(slot: number): WorkerHandle {
    const handle = this.spawn();
    handle.failed.catch((error) => {
      this.deaths.set(handle, error);
      if (this.handles[slot] === handle) this.failTask[slot]?.(error);
    });
    return handle;
  }

  private finish(slot: number, handle: WorkerHandle, task: Task, timer: ReturnType<typeof setTimeout> | undefined, settle: () => void): void {
    clearTimeout(timer);
    this.failTask[slot] = undefined;
    if (!this.running.delete(task)) return; // terminated meanwhile: already rejected
    handle.setBusy(false);
    this.busy[slot] = false;
    settle();
    this.dispatch();
  }

  /** A crashed or hung worker is replaced; its task is retried or fails. Other errors pass through. */
  private fail(slot: number, handle: WorkerHandle, task: Task, error: unknown): void {
    const lost = isRunnerError(error) && (error.kind === 'worker-crashed' || error.kind === 'worker-timeout');
    if (!lost) return task.reject(error);
    handle.terminate();
    if (this.handles[slot] === handle) this.handles[slot] = undefined;
    if (task.attempts <= this.retries && !task.signal?.aborted) this.queue.unshift(task);
    else task.reject(error);
  }
}

function terminatedError(): RunnerError {
  return new RunnerError('terminated', { en: 'the runner was terminated', zh: '运行器已终止' });
}
