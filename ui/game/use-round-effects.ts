/**
 * The board's per-team effects and Shapley attribution, computed after the board's first paint:
 * taking in a proposal draws the combined projection at once, then the coalitions' projections
 * (2^teams; the new ones only, the rest is memoised) run in short slices on timers, so the page stays
 * responsive and a newer proposal drops the unfinished work. Until they are done the previous
 * effects are shown, marked stale. Measure: `planpath:board-effects` (proposal taken in -> effects).
 */
import { useEffect, useRef, useState } from 'react';
import { cachedEffects, effectSteps, effectsKey, type TeamEffect } from './board';
import type { GameSession } from './session-types';

/** Mark (set by the board at the proposal's time) that the effects measure starts from. */
export const EFFECTS_PENDING = 'planpath:board-effects-pending';

/** Work per timer task before giving the page back (one projection is a few milliseconds). */
const SLICE_MS = 8;

export interface ShownEffects {
  effects: TeamEffect[];
  /** The effects shown are those of earlier proposals; the current ones are being computed. */
  stale: boolean;
}

export function useRoundEffects(session: GameSession, round: number): ShownEffects {
  const key = effectsKey(session, round);
  const ready = cachedEffects(session, round);
  const [done, setDone] = useState<{ key: string; effects: TeamEffect[] } | null>(null);
  const last = useRef<TeamEffect[]>([]);
  useEffect(() => {
    if (cachedEffects(session, round)) return;
    const steps = effectSteps(session, round);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      const t0 = performance.now();
      for (;;) {
        const r = steps.next();
        if (r.done) {
          if (performance.getEntriesByName(EFFECTS_PENDING, 'mark').length > 0) {
            performance.measure('planpath:board-effects', EFFECTS_PENDING);
            performance.clearMarks(EFFECTS_PENDING);
          }
          setDone({ key, effects: r.value });
          return;
        }
        if (performance.now() - t0 > SLICE_MS) break;
      }
      timer = setTimeout(run, 0);
    };
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }, [session.start, key]); // eslint-disable-line react-hooks/exhaustive-deps
  const current = ready ?? (done?.key === key ? done.effects : undefined);
  if (current) {
    last.current = current;
    return { effects: current, stale: false };
  }
  return { effects: last.current, stale: true };
}
