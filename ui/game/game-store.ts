/**
 * The workshop's state in the browser: the saved sessions, the active one and the board's sub-view.
 * A small store with `useSyncExternalStore` hooks; every change of sessions is saved at once.
 */
import { useSyncExternalStore } from 'react';
import type { GameSession } from './session-types';
import { localSessionStorage, type SessionStorage } from './session-storage';

export type GameView = 'board' | 'history' | 'debrief' | 'materials';

export interface GameState {
  sessions: GameSession[];
  activeId: string | null;
  view: GameView;
  /** The last message of the board (taken in / refused), in both languages. */
  message: { kind: 'info' | 'error'; text: { zh: string; en: string } } | null;
  /** What print CSS shows: nothing special, the briefing cards, the run sheet, or the debrief. */
  print: 'none' | 'cards' | 'runSheet' | 'debrief';
}

export interface GameStore {
  get(): GameState;
  set(patch: Partial<GameState>): void;
  /** Replaces (or adds) a session and makes it active. */
  put(session: GameSession): void;
  remove(id: string): void;
  subscribe(l: () => void): () => void;
}

export function createGameStore(storage: SessionStorage): GameStore {
  const saved = storage.load();
  let state: GameState = { sessions: saved.sessions, activeId: saved.activeId, view: 'board', message: null, print: 'none' };
  const listeners = new Set<() => void>();
  const emit = () => { for (const l of [...listeners]) l(); };
  const persist = () => storage.save({ activeId: state.activeId, sessions: state.sessions });
  storage.onExternalChange((v) => {
    state = { ...state, sessions: v.sessions, activeId: v.activeId ?? state.activeId };
    emit();
  });
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      if ('sessions' in patch || 'activeId' in patch) persist();
      emit();
    },
    put(session) {
      const i = state.sessions.findIndex((s) => s.id === session.id);
      const sessions = i < 0 ? [...state.sessions, session] : state.sessions.map((s, k) => (k === i ? session : s));
      state = { ...state, sessions, activeId: session.id };
      persist();
      emit();
    },
    remove(id) {
      state = { ...state, sessions: state.sessions.filter((s) => s.id !== id), activeId: state.activeId === id ? null : state.activeId };
      persist();
      emit();
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

let shared: GameStore | null = null;
let sessionStorageInUse: SessionStorage | null = null;

/** Where the page's sessions are kept (main.tsx: the app's IndexedDB storage); set before the first gameStore(). */
export function setGameSessionStorage(storage: SessionStorage): void {
  sessionStorageInUse = storage;
}

/** The page's game store (created on first use over the storage set above, else localStorage). */
export function gameStore(): GameStore {
  shared ??= createGameStore(sessionStorageInUse ?? localSessionStorage());
  return shared;
}

export function useGame<T>(select: (s: GameState) => T): T {
  const store = gameStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

/** The active session, or null. */
export function useActiveSession(): GameSession | null {
  return useGame((s) => s.sessions.find((x) => x.id === s.activeId) ?? null);
}
