/**
 * Runs an analysis in the background for the latest input: never while a slider is held, at once
 * when a lever is released, otherwise after a short pause in typing. Requests go through the
 * runtime's LatestScheduler: a newer request aborts the one in flight and a stale result is never
 * delivered. The previous result stays on screen meanwhile.
 */
import { useEffect, useRef, useState } from 'react';
import { LatestScheduler } from '../../runtime/scheduler';
import { isDragging, onRelease } from './release';

/** Pause after a change that did not come from a released lever (typing), in ms. */
export const DEBOUNCE_MS = 250;

export interface BackgroundRun<T> {
  result: T | null;
  /** True when `result` was computed for other inputs than the current ones (show it dimmed, never as current). */
  stale: boolean;
  running: boolean;
  error: unknown;
  /** Wall time of the last delivered run, ms. */
  ms: number | null;
  rerun(): void;
}

/**
 * @param input the analysis input; null means nothing to run. A new object starts a new run.
 * @param work the analysis; it must honour the signal (the runtime's runners do)
 * @param mark name of the performance mark set when a result is delivered (for the bench)
 */
export function useBackgroundRun<I, T>(input: I | null, work: (input: I, signal: AbortSignal) => Promise<T>, mark: string): BackgroundRun<T> {
  const [state, setState] = useState<{ result: T | null; running: boolean; error: unknown; ms: number | null; resultFor: I | null }>({ result: null, running: false, error: null, ms: null, resultFor: null });
  const workRef = useRef(work);
  workRef.current = work;
  const scheduler = useRef<LatestScheduler<I, T> | null>(null);
  scheduler.current ??= new LatestScheduler<I, T>((value, signal) => workRef.current(value, signal));
  const pending = useRef<I | null>(null);
  const started = useRef(false);
  const alive = useRef(true);

  const start = useRef((value: I) => {
    pending.current = null;
    setState((s) => ({ ...s, running: true }));
    const t0 = performance.now();
    void scheduler.current!.submit(value).then((outcome) => {
      if (outcome.kind === 'superseded' || !alive.current) return;
      if (outcome.kind === 'result') {
        performance.mark(mark);
        setState({ result: outcome.value, running: false, error: null, ms: performance.now() - t0, resultFor: value });
      } else setState((s) => ({ ...s, running: false, error: outcome.error }));
    });
  });

  useEffect(() => {
    if (input === null) return;
    pending.current = input;
    if (isDragging()) return;
    if (!started.current) {
      // First run of this view: nothing to wait for.
      started.current = true;
      start.current(input);
      return;
    }
    const timer = setTimeout(() => {
      if (pending.current !== null && !isDragging()) start.current(pending.current);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);

  useEffect(() => {
    alive.current = true;
    const off = onRelease(() => {
      // The store has already applied the final value: the pending input is the released one.
      queueMicrotask(() => {
        if (pending.current !== null) start.current(pending.current);
      });
    });
    return () => {
      off();
      alive.current = false;
    };
  }, []);

  const { resultFor, ...shown } = state;
  return { ...shown, stale: shown.result !== null && resultFor !== input, rerun: () => input !== null && start.current(input) };
}
