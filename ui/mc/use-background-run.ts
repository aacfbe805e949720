/**
 * Runs an analysis in the background for the latest input: never while a slider is held, at once
 * when a lever is released, otherwise after a short pause in typing. Only the newest request's
 * result is ever delivered (see latest.ts); the previous result stays on screen meanwhile.
 */
import { useEffect, useRef, useState } from 'react';
import { createLatest } from './latest';
import { isDragging, onRelease } from './release';

/** Pause after a change that did not come from a released lever (typing), in ms. */
export const DEBOUNCE_MS = 250;

export interface BackgroundRun<T> {
  result: T | null;
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
  const [state, setState] = useState<{ result: T | null; running: boolean; error: unknown; ms: number | null }>({ result: null, running: false, error: null, ms: null });
  const latest = useRef(createLatest());
  const pending = useRef<I | null>(null);
  const started = useRef(false);
  const workRef = useRef(work);
  workRef.current = work;

  const start = useRef((value: I) => {
    pending.current = null;
    setState((s) => ({ ...s, running: true }));
    const t0 = performance.now();
    void latest.current.run((signal) => workRef.current(value, signal)).then((outcome) => {
      if (outcome.kind === 'stale') return;
      if (outcome.kind === 'done') {
        performance.mark(mark);
        setState({ result: outcome.value, running: false, error: null, ms: performance.now() - t0 });
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
    const off = onRelease(() => {
      // The store has already applied the final value: the pending input is the released one.
      queueMicrotask(() => {
        if (pending.current !== null) start.current(pending.current);
      });
    });
    const current = latest.current;
    return () => {
      off();
      current.cancel();
    };
  }, []);

  return { ...state, rerun: () => input !== null && start.current(input) };
}
