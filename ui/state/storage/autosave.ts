/**
 * Autosave: after every change of state, the records that changed (compared by reference with what
 * was last saved) are written in one transaction; writes never overlap. When a write fails (a full
 * disk, a quota, a private mode) the app is told (`storageFailed`), keeps the work in memory, and
 * every later change retries everything not yet saved; the next success clears the failure.
 *
 * Other windows of the app share the storage. Scenario writes are guarded by revisions (revisions.ts):
 * a record another window changed since this one read it is never overwritten or deleted; both
 * versions are kept (window-merge.ts). With `sync`, each write is announced on a BroadcastChannel and
 * an announcement from another window makes this one take in the records that window saved.
 *
 * While a lever is held (a slider drag: about 60 changes a second) writes are coalesced: at most one
 * every `HELD_WRITE_MS`, trailing, with the state as it is then; the status says 'busy' meanwhile.
 * Releasing the lever, hiding or leaving the page (pagehide, visibilitychange) and an export
 * (`flushPendingAutosaves`) write at once. Nothing is dropped: a deferred write is only postponed.
 */
import type { AppState } from '../app-state';
import type { Store } from '../store';
import { prefsOf } from './load-saved';
import type { AppStorage, ApplyResult, CollectionName, StorageBatch } from './storage-types';
import { revisionsOf, windowToken } from './revisions';
import { mergeStored, resolveConflicts, type MergeOutcome } from './window-merge';
import { markExternal } from './external-change';
import { isDragging, onRelease } from '../../mc/release';

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
  /** Re-reads the storage and takes in what other windows saved (also done on their announcements with `sync`). */
  refresh(): Promise<void>;
  stop(): void;
}

export interface AutosaveSync {
  /** Revisions of the saved records when the state was read (the snapshot's meta records). */
  meta?: Record<string, unknown>;
  /** BroadcastChannel name shared by the app's windows; none: no announcements (tests call `refresh`). */
  channel?: string;
}

/** While a lever is held: at most one write per this many ms (trailing). */
export const HELD_WRITE_MS = 250;

/** How autosave learns that a lever is held and released (the sliders' drag state by default). */
export interface AutosaveHold {
  isHeld: () => boolean;
  onRelease: (listener: () => void) => () => void;
  /** Minimum time between writes while held (ms). */
  intervalMs?: number;
}

const DRAG_HOLD: AutosaveHold = { isHeld: isDragging, onRelease, intervalMs: HELD_WRITE_MS };

/** Every running autosave's immediate flush (for exports: write what is deferred first). */
const flushers = new Set<() => Promise<void>>();

/** Writes every autosave's deferred changes now (before an export); resolves when written. */
export function flushPendingAutosaves(): Promise<void> {
  return Promise.all([...flushers].map((f) => f())).then(() => undefined);
}

/** The channel the app's windows announce their writes on. */
export const WINDOWS_CHANNEL = 'planpath';

const reason = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Starts saving `store` into `storage`. The state at start is taken as saved (it was just read).
 * `onStatus` hears 'busy', 'idle' and 'failed' (for a test hook or an indicator).
 */
export function startAutosave(store: Store, storage: AppStorage, onStatus: (status: AutosaveStatus) => void = () => {}, collections: SavedCollection[] = COLLECTIONS, sync: AutosaveSync = {}, hold: AutosaveHold = DRAG_HOLD): Autosave {
  const initial = store.getState();
  const saved = new Map(collections.map((c) => [c.store, new Map(c.select(initial).map((x) => [x.id, x as unknown]))]));
  let savedPrefs = JSON.stringify(prefsOf(initial));
  let running: Promise<void> | null = null;
  let again = false;
  let refreshWanted = false;
  // The revision of every scenario record this window holds as last read or written (null: stored without one).
  const revisions = revisionsOf(sync.meta, 'scenarios');
  const known = new Map<string, string | null>(initial.userScenarios.map((s) => [s.id, revisions.get(s.id) ?? null]));
  const token = windowToken();
  let writes = 0;
  const channel = sync.channel && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(sync.channel) : null;
  const savedScenarios = () => saved.get('scenarios') ?? new Map<string, unknown>();
  const unchanged = (id: string) => store.getState().userScenarios.find((s) => s.id === id) === savedScenarios().get(id);

  /** Puts a merge into the state, marking the records taken from storage as saved (so they are not written back). */
  function adopt(outcome: MergeOutcome): void {
    for (const [id, file] of outcome.adopted) savedScenarios().set(id, file);
    for (const id of outcome.dropped) {
      savedScenarios().delete(id);
      known.delete(id);
    }
    markExternal(outcome.userScenarios, outcome.adopted, outcome.dropped);
    store.dispatch({ type: 'restoreScenarios', userScenarios: outcome.userScenarios, openId: outcome.openId });
    if (outcome.notice) store.dispatch({ type: 'notice', notice: outcome.notice });
  }

  async function takeInOthers(): Promise<void> {
    const snapshot = await storage.readAll();
    const revs = revisionsOf(snapshot.meta, 'scenarios');
    const stored = snapshot.scenarios.map((r) => ({ ...r, revision: revs.get(r.id) ?? null }));
    const outcome = mergeStored(store.getState(), stored, known, unchanged);
    for (const r of stored) if (outcome?.adopted.has(r.id)) known.set(r.id, r.revision);
    if (outcome) adopt(outcome);
  }

  /** After a write: the revisions it set, and the refused writes resolved (both versions kept). */
  function settle(batch: StorageBatch, result: ApplyResult | void): void {
    const guard = batch.guard;
    if (!guard) return;
    const refused = new Map((result?.conflicts ?? []).map((c) => [c.id, c]));
    for (const { id } of batch.put?.scenarios ?? []) if (!refused.has(id)) known.set(id, guard.revision);
    for (const id of batch.delete?.scenarios ?? []) if (!refused.has(id)) known.delete(id);
    if (refused.size === 0) return;
    for (const c of refused.values()) {
      known.set(c.id, c.revision);
      // Until resolved, the refused record counts as not saved by this window: it must not be deleted.
      savedScenarios().delete(c.id);
    }
    adopt(resolveConflicts(store.getState(), [...refused.values()]));
  }

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
    const touched = [...(batch.put!.scenarios ?? []).map((p) => p.id), ...(batch.delete!.scenarios ?? [])];
    if (touched.length > 0) batch.guard = { store: 'scenarios', seen: Object.fromEntries(touched.map((id) => [id, known.get(id) ?? null])), revision: `${token}.${++writes}` };
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
      if (refreshWanted) {
        refreshWanted = false;
        try {
          await takeInOthers();
        } catch {
          // Reading failed: the next announcement or write tries again; this window's work is unaffected.
        }
      }
      const state = store.getState();
      const work = batchFor(state);
      if (!work) break;
      onStatus('busy');
      try {
        const result = await storage.apply(work.batch);
        work.commit();
        settle(work.batch, result);
        if (work.batch.guard) channel?.postMessage({ from: token });
        if (store.getState().storage.failed !== null) store.dispatch({ type: 'storageSaved' });
      } catch (error) {
        store.dispatch({ type: 'storageFailed', detail: reason(error) });
        onStatus('failed');
        return;
      }
    } while (again);
    // A write deferred while a lever is held is still to come: not idle yet.
    onStatus(store.getState().storage.failed !== null ? 'failed' : deferred !== null ? 'busy' : 'idle');
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

  // Coalescing while a lever is held: one trailing timer; release, page hide and exports write at once.
  let deferred: ReturnType<typeof setTimeout> | null = null;
  let lastWrite = -Infinity;
  const interval = hold.intervalMs ?? HELD_WRITE_MS;
  function writeNow(): Promise<void> {
    if (deferred !== null) {
      clearTimeout(deferred);
      deferred = null;
    }
    lastWrite = Date.now();
    return schedule();
  }
  function onChange(): void {
    if (!hold.isHeld()) {
      void writeNow();
      return;
    }
    if (deferred !== null) return;
    const wait = Math.max(0, lastWrite + interval - Date.now());
    if (wait === 0 && !running) {
      void writeNow();
      return;
    }
    onStatus('busy');
    deferred = setTimeout(() => void writeNow(), Math.max(wait, 1));
  }
  const flushDeferred = () => (deferred !== null ? writeNow() : running ?? Promise.resolve());
  const onHide = () => void flushDeferred();
  const onVisibility = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') void flushDeferred();
  };
  const offRelease = hold.onRelease(onHide);
  const target = typeof window !== 'undefined' && typeof window.addEventListener === 'function' ? window : null;
  target?.addEventListener('pagehide', onHide);
  if (typeof document !== 'undefined' && typeof document.addEventListener === 'function') document.addEventListener('visibilitychange', onVisibility);
  flushers.add(flushDeferred);

  const unsubscribe = store.subscribe(onChange);
  const onMessage = () => {
    refreshWanted = true;
    void schedule();
  };
  channel?.addEventListener('message', onMessage);
  return {
    flush: async () => {
      while (running) await running;
      await writeNow();
    },
    refresh: async () => {
      while (running) await running;
      refreshWanted = true;
      await schedule();
    },
    stop: () => {
      unsubscribe();
      offRelease();
      flushers.delete(flushDeferred);
      target?.removeEventListener('pagehide', onHide);
      if (typeof document !== 'undefined' && typeof document.removeEventListener === 'function') document.removeEventListener('visibilitychange', onVisibility);
      // A deferred write is still made (nothing saved before stopping is lost).
      if (deferred !== null) void writeNow();
      channel?.removeEventListener('message', onMessage);
      channel?.close();
    },
  };
}
