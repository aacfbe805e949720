/**
 * Autosave: after every change of state, the records that changed (compared by reference with what
 * was last saved) are written in one transaction; writes never overlap. When a write fails (a full
 * disk, a quota, a private mode) the app is told (`storageFailed`), keeps the work in memory, and
 * every later change retries everything not yet saved; the next success clears the failure.
 */
import type { AppState } from '../app-state';
import type { Store } from '../store';
import { prefsOf } from './load-saved';
import type { AppStorage, CollectionName, StorageBatch } from './storage-types';

/** A collection of the state saved one record per entry (entries are immutable: a change is a new object). */
export interface SavedCollection {
  store: CollectionName;
  select: (state: AppState) => readonly { id: string }[];
}

/** What is saved record by record. Workshop sessions join here as `{ store: 'sessions', select: (s) => s.sessions }`. */
export const COLLECTIONS: SavedCollection[] = [
  { store: 'scenarios', select: (s) => s.userScenarios },
  { store: 'setAside', select: (s) => s.setAside },
];

export type AutosaveStatus = 'idle' | 'busy' | 'failed';

export interface Autosave {
  /** Resolves when everything changed so far has been written (or has failed). */
  flush(): Promise<void>;
  stop(): void;
}

const reason = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Starts saving `store` into `storage`. The state at start is taken as saved (it was just read).
 * `onStatus` hears 'busy', 'idle' and 'failed' (for a test hook or an indicator).
 */
export function startAutosave(store: Store, storage: AppStorage, onStatus: (status: AutosaveStatus) => void = () => {}, collections: SavedCollection[] = COLLECTIONS): Autosave {
  const initial = store.getState();
  const saved = new Map(collections.map((c) => [c.store, new Map(c.select(initial).map((x) => [x.id, x as unknown]))]));
  let savedPrefs = JSON.stringify(prefsOf(initial));
  let running: Promise<void> | null = null;
  let again = false;

  function batchFor(state: AppState): { batch: StorageBatch; commit: () => void } | null {
    const batch: StorageBatch = { put: {}, delete: {} };
    let size = 0;
    const next = new Map<CollectionName, Map<string, unknown>>();
    for (const c of collections) {
      const before = saved.get(c.store)!;
      const now = new Map(c.select(state).map((x) => [x.id, x as unknown]));
      next.set(c.store, now);
      const puts = [...now].filter(([id, v]) => before.get(id) !== v).map(([id, value]) => ({ id, value }));
      const deletes = [...before.keys()].filter((id) => !now.has(id));
      if (puts.length) batch.put![c.store] = puts;
      if (deletes.length) batch.delete![c.store] = deletes;
      size += puts.length + deletes.length;
    }
    const prefs = JSON.stringify(prefsOf(state));
    if (prefs !== savedPrefs) {
      batch.prefs = JSON.parse(prefs);
      size++;
    }
    if (size === 0) return null;
    return {
      batch,
      commit() {
        for (const [name, map] of next) saved.set(name, map);
        savedPrefs = prefs;
      },
    };
  }

  async function run(): Promise<void> {
    do {
      again = false;
      const state = store.getState();
      const work = batchFor(state);
      if (!work) break;
      onStatus('busy');
      try {
        await storage.apply(work.batch);
        work.commit();
        if (store.getState().storage.failed !== null) store.dispatch({ type: 'storageSaved' });
      } catch (error) {
        store.dispatch({ type: 'storageFailed', detail: reason(error) });
        onStatus('failed');
        return;
      }
    } while (again);
    onStatus(store.getState().storage.failed === null ? 'idle' : 'failed');
  }

  function schedule(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => {
      running = null;
    });
    return running;
  }

  const unsubscribe = store.subscribe(() => void schedule());
  return {
    flush: async () => {
      while (running) await running;
      await schedule();
    },
    stop: unsubscribe,
  };
}
