/**
 * The board's probabilities in the browser: the round's Monte Carlo on the app's worker pool, started at
 * once when the round's scenario or the settings change (a proposal taken in is one change, not a drag,
 * so there is no debounce). Requests go through the runtime's LatestScheduler: a newer one aborts the
 * one in flight and a result for old inputs is never delivered as current; until the new one arrives the
 * old result is returned with `stale` set, and the board dims it. Sets the performance measure
 * `planpath:board-probabilities` (input change to result) for tests.
 */
import { useEffect, useRef, useState } from 'react';
import { LatestScheduler } from '../../runtime/scheduler';
import { getRunner } from '../mc/runner';
import { boardProbabilities, type BoardMcInput, type KeyProbability } from './board-probability';

export interface BoardProbabilities {
  result: KeyProbability[] | null;
  /** The result was computed for other inputs (show it dimmed with a mark, never as current). */
  stale: boolean;
  running: boolean;
  error: unknown;
  /** Wall time of the last delivered run, ms. */
  ms: number | null;
}

export function useBoardProbabilities(input: BoardMcInput | null): BoardProbabilities {
  const [state, setState] = useState<{ result: KeyProbability[] | null; for: BoardMcInput | null; error: unknown; ms: number | null; running: boolean }>({ result: null, for: null, error: null, ms: null, running: false });
  const scheduler = useRef<LatestScheduler<BoardMcInput, KeyProbability[]> | null>(null);
  scheduler.current ??= new LatestScheduler((value, signal) => boardProbabilities(getRunner(), value, signal));
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => { alive.current = false; };
  }, []);
  useEffect(() => {
    if (input === null) return;
    const t0 = performance.now();
    setState((s) => ({ ...s, running: true }));
    void scheduler.current!.submit(input).then((outcome) => {
      if (outcome.kind === 'superseded' || !alive.current) return;
      if (outcome.kind === 'result') {
        performance.measure('planpath:board-probabilities', { start: t0, end: performance.now() });
        setState({ result: outcome.value, for: input, error: null, ms: performance.now() - t0, running: false });
      } else setState((s) => ({ ...s, error: outcome.error, running: false }));
    });
  }, [input]);
  return { result: state.result, stale: state.result !== null && state.for !== input, running: state.running, error: state.error, ms: state.ms };
}
