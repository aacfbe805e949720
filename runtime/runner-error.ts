/**
 * Failures of the runtime rather than of the input: a worker that crashed or hung, a runner that was
 * terminated, a request that was cancelled or superseded. The message is bilingual like engine
 * errors; `kind` lets callers (the scheduler, the CLI) decide what to do.
 */
import type { LocalizedText } from '../engine/index';

/** What went wrong. `cancelled`: the caller aborted (e.g. a newer request superseded this one). */
export type RunnerErrorKind = 'worker-crashed' | 'worker-timeout' | 'terminated' | 'cancelled';

/** A runtime failure. Never carries partial results. */
export class RunnerError extends Error {
  readonly kind: RunnerErrorKind;
  readonly detail: LocalizedText;
  constructor(kind: RunnerErrorKind, detail: LocalizedText) {
    super(detail.en);
    this.name = 'RunnerError';
    this.kind = kind;
    this.detail = detail;
  }
}

/** True when `error` is a {@link RunnerError} (also across realms, by name). */
export function isRunnerError(error: unknown): error is RunnerError {
  return error instanceof RunnerError || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'RunnerError');
}

/** The error of an aborted request. */
export function cancelledError(): RunnerError {
  return new RunnerError('cancelled', { en: 'cancelled: a newer request superseded this one', zh: '已取消:被更新的请求取代' });
}
