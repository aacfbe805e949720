/**
 * A small store (no state library): a reducer, subscribers, and React hooks over
 * `useSyncExternalStore` so a component re-renders only when its selected slice changes.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState } from './app-state';
import type { Action } from './actions';

export interface Store {
  getState(): AppState;
  dispatch(action: Action): void;
  subscribe(listener: () => void): () => void;
}

/** A store over `reduce`. Listeners run after every change of state (not on no-op actions). */
export function createStore(reduce: (state: AppState, action: Action) => AppState, initial: AppState): Store {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reduce(state, action);
      if (next === state) return;
      state = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const StoreContext = createContext<Store | null>(null);

/** The store of the app (throws outside the provider: a programming error). */
export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext missing');
  return store;
}

/** A slice of state; re-renders when it changes (by ===). */
export function useAppState<T>(select: (s: AppState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

/** The dispatch function. */
export function useDispatch(): (action: Action) => void {
  return useStore().dispatch;
}
