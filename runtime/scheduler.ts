/**
 * Between a UI and a runner: the newest request wins. At most one run is in flight; a request that
 * arrives meanwhile aborts it (through its AbortSignal) and waits; a request superseded before it
 * started never runs. A result is delivered only if no newer request was submitted before it arrived,
 * so a slow, stale reply can never overwrite a newer result (SDEverywhere's ModelScheduler, with
 * cancellation).
 */
import { isRunnerError } from './runner-error';

/** How a submitted request ended. `superseded`: a newer request was submitted before its result arrived. */
export type ScheduleOutcome<R> = { kind: 'result'; value: R } | { kind: 'superseded' } | { kind: 'error'; error: unknown };

interface Pending<Q, R> {
  request: Q;
  generation: number;
  resolve: (outcome: ScheduleOutcome<R>) => void;
}

/** Latest-wins scheduling of requests Q with results R (see above). */
export class LatestScheduler<Q, R> {
  private generation = 0;
  private running: { controller: AbortController } | undefined;
  private waiting: Pending<Q, R> | undefined;

  /**
   * @param run starts one run; it should stop early when `signal` aborts
   * @param onResult called with every delivered result (never a stale one), e.g. to draw it
   */
  constructor(
    private readonly run: (request: Q, signal: AbortSignal) => Promise<R>,
    private readonly onResult?: (value: R, request: Q) => void,
  ) {}

  /** Submits a request; resolves when it is delivered, superseded or failed. Never rejects. */
  submit(request: Q): Promise<ScheduleOutcome<R>> {
    const generation = ++this.generation;
    return new Promise((resolve) => {
      this.waiting?.resolve({ kind: 'superseded' });
      this.waiting = { request, generation, resolve };
      if (this.running) this.running.controller.abort();
      else this.startWaiting();
    });
  }

  /** True while a run is in flight. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  private startWaiting(): void {
    const job = this.waiting;
    if (!job) return;
    this.waiting = undefined;
    const controller = new AbortController();
    this.running = { controller };
    let promise: Promise<R>;
    try {
      promise = this.run(job.request, controller.signal);
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (value) => this.settle(job, { kind: 'result', value }),
      (error) => this.settle(job, isRunnerError(error) && error.kind === 'cancelled' ? { kind: 'superseded' } : { kind: 'error', error }),
    );
  }

  private settle(job: Pending<Q, R>, outcome: ScheduleOutcome<R>): void {
    this.running = undefined;
    const stale = job.generation !== this.generation;
    if (stale) job.resolve({ kind: 'superseded' });
    else {
      if (outcome.kind === 'result') this.onResult?.(outcome.value, job.request);
      job.resolve(outcome);
    }
    this.startWaiting();
  }
}
