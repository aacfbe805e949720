/**
 * Undo and redo of scenario edits (lever moves, resets, per-year values). It watches the store: when
 * the user's scenarios change, the state before the change is pushed on the undo stack. A drag is one
 * step: changes less than COALESCE_MS apart on the same open scenario are folded into the step before.
 * Undo and redo dispatch `restoreScenarios`; the stacks hold references to immutable state, so they
 * cost almost nothing.
 */
import { useSyncExternalStore } from 'react';
import type { ScenarioFile } from '../../engine/index';
import type { Store } from './store';
import { externalChange } from './storage/external-change';

export const COALESCE_MS = 600;
const LIMIT = 100;

interface Snapshot {
  userScenarios: ScenarioFile[];
  openId: string;
}

export interface LeverHistory {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  subscribe(listener: () => void): () => void;
  /** Stops watching the store. */
  dispose(): void;
}

/** Watches `store`; `now` is injectable for tests. */
export function createLeverHistory(store: Store, now: () => number = () => performance.now()): LeverHistory {
  const past: Snapshot[] = [];
  const future: Snapshot[] = [];
  const listeners = new Set<() => void>();
  let last: Snapshot = pick(store.getState());
  let lastAt = -Infinity;
  let restoring = false;
  const notify = () => { for (const l of [...listeners]) l(); };
  const unsubscribe = store.subscribe(() => {
    const current = pick(store.getState());
    if (current.userScenarios === last.userScenarios) {
      last = current;
      return;
    }
    // Another window's saved change taken in: not a step of its own; the older lists get it too, so
    // that undo never drops or reverts what the other window saved.
    const external = externalChange(current.userScenarios);
    if (external && !restoring) {
      for (const s of [...past, ...future]) s.userScenarios = external(s.userScenarios);
      last = current;
      notify();
      return;
    }
    if (!restoring) {
      const t = now();
      const folded = t - lastAt < COALESCE_MS && current.openId === last.openId && past.length > 0;
      if (!folded) past.push(last);
      if (past.length > LIMIT) past.shift();
      future.length = 0;
      lastAt = t;
    }
    last = current;
    notify();
  });
  const move = (from: Snapshot[], to: Snapshot[]) => {
    const target = from.pop();
    if (!target) return;
    to.push(pick(store.getState()));
    restoring = true;
    try {
      store.dispatch({ type: 'restoreScenarios', ...target });
    } finally {
      restoring = false;
    }
    lastAt = -Infinity;
    notify();
  };
  return {
    undo: () => move(past, future),
    redo: () => move(future, past),
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    dispose: unsubscribe,
  };
}

function pick(s: { userScenarios: ScenarioFile[]; openId: string }): Snapshot {
  return { userScenarios: s.userScenarios, openId: s.openId };
}

/** [canUndo, canRedo] for buttons. */
export function useUndoState(h: LeverHistory): [boolean, boolean] {
  const key = useSyncExternalStore(h.subscribe, () => `${h.canUndo() ? 1 : 0}${h.canRedo() ? 1 : 0}`);
  return [key[0] === '1', key[1] === '1'];
}
