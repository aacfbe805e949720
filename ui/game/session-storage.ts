/**
 * Where sessions are kept in the browser, behind a small interface so the app's storage (IndexedDB,
 * ui/state/storage) can take over without touching the game. Today: localStorage, one key holding
 * every session and the active id. Writes from another window arrive through the `storage` event,
 * so two windows of one workshop never overwrite each other's proposals with stale copies.
 */
import type { GameSession } from './session-types';
import { parseSession } from './serialize';

export interface SavedSessions {
  activeId: string | null;
  sessions: GameSession[];
}

export interface SessionStorage {
  load(): SavedSessions;
  save(value: SavedSessions): void;
  /** Calls back when another window changed the saved sessions. */
  onExternalChange(listener: (value: SavedSessions) => void): () => void;
}

export const SESSIONS_KEY = 'planpath.workshop.v1';

/** Keeps only sessions that pass the session checks (a damaged entry is dropped from view, not from storage, until the next save). */
export function readSaved(text: string | null): SavedSessions {
  try {
    const v = JSON.parse(text ?? 'null') as { activeId?: unknown; sessions?: unknown } | null;
    const sessions = Array.isArray(v?.sessions) ? v.sessions.flatMap((s) => { const r = parseSession(s); return r.ok ? [r.value] : []; }) : [];
    const activeId = typeof v?.activeId === 'string' && sessions.some((s) => s.id === v.activeId) ? v.activeId : null;
    return { activeId, sessions };
  } catch {
    return { activeId: null, sessions: [] };
  }
}

/** The localStorage implementation (an in-memory one when storage is unavailable). */
export function localSessionStorage(storage: Storage | undefined = globalThis.localStorage): SessionStorage {
  let memory: SavedSessions = { activeId: null, sessions: [] };
  return {
    load: () => (storage ? readSaved(storage.getItem(SESSIONS_KEY)) : memory),
    save(value) {
      memory = value;
      try {
        storage?.setItem(SESSIONS_KEY, JSON.stringify(value));
      } catch {
        /* quota: the session stays in this window; "Save session file" keeps it */
      }
    },
    onExternalChange(listener) {
      if (typeof window === 'undefined') return () => undefined;
      const on = (e: StorageEvent) => { if (e.key === SESSIONS_KEY) listener(readSaved(e.newValue)); };
      window.addEventListener('storage', on);
      return () => window.removeEventListener('storage', on);
    },
  };
}
