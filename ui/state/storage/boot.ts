/**
 * Start-up: open the storage (IndexedDB, else memory), copy the old localStorage state in once,
 * build the app state, and move saved scenarios that fail validation to the set-aside store in the
 * same step. Nothing saved is ever deleted or overwritten here.
 */
import type { Lang } from '../../../engine/index';
import type { AppState } from '../app-state';
import { LEGACY_KEY, readLegacy } from './legacy';
import { prefsOf, stateFromSnapshot, textOf } from './load-saved';
import { issue } from '../../../engine/index';
import { memoryStorage } from './memory-storage';
import type { AppStorage, SetAsideItem, StoredSnapshot } from './storage-types';

export interface BootOptions {
  /** Opens the persistent storage; when it throws, the app runs on memory storage and says so. */
  open: () => Promise<AppStorage>;
  /** The old localStorage (may be undefined or throw). */
  legacy: Pick<Storage, 'getItem'> | undefined;
  defaultLang: Lang;
  /** ISO time, for set-aside records. */
  now: string;
}

const reason = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * The legacy scenarios as records keyed by id. One without a usable id, or a second one with an id
 * already used, cannot have a record of its own: it is set aside at once, with the reason.
 */
function legacyRecords(snapshot: StoredSnapshot, now: string): { scenarios: { id: string; value: unknown }[]; setAside: SetAsideItem[] } {
  const scenarios: { id: string; value: unknown }[] = [];
  const setAside: SetAsideItem[] = [];
  for (const [i, { value }] of snapshot.scenarios.entries()) {
    const id = typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : undefined;
    if (id !== undefined && !scenarios.some((s) => s.id === id)) scenarios.push({ id, value });
    else {
      const detail = id === undefined ? { en: 'a saved scenario without an id', zh: '保存的情景没有标识' } : { en: 'a second saved scenario with this id', zh: '另一个已保存情景使用了此标识' };
      setAside.push({ id: `${now}#legacy-${i}`, at: now, reason: 'invalid-scenario', label: id ?? '?', issues: [issue('id', id, detail, { en: 'one saved scenario per id', zh: '每个标识只对应一个已保存情景' })], text: textOf(value) });
    }
  }
  return { scenarios, setAside };
}

export async function bootState(options: BootOptions): Promise<{ storage: AppStorage; state: AppState; snapshot: StoredSnapshot }> {
  let storage: AppStorage;
  let failed: string | null = null;
  try {
    storage = await options.open();
  } catch (error) {
    storage = memoryStorage();
    failed = reason(error);
  }
  let snapshot = await storage.readAll();
  const legacy = snapshot.migrated ? ({ kind: 'none' } as const) : readLegacy(options.legacy);
  if (legacy.kind !== 'none') {
    const { scenarios, setAside } = legacyRecords(legacy.snapshot, options.now);
    const unreadable: SetAsideItem[] = [...(legacy.kind === 'unreadable' ? [{ ...legacy.item, id: `${options.now}#legacy`, at: options.now }] : []), ...setAside];
    const batch = {
      put: { scenarios, setAside: unreadable.map((x) => ({ id: x.id, value: x })) },
      prefs: legacy.snapshot.prefs,
      migrated: { from: LEGACY_KEY, at: options.now },
    };
    try {
      await storage.apply(batch);
      snapshot = await storage.readAll();
    } catch (error) {
      // Could not copy: run on the legacy state in memory; localStorage keeps it as it was.
      failed = reason(error);
      snapshot = { ...legacy.snapshot, scenarios, setAside: unreadable };
    }
  }
  const { state, newlySetAside } = stateFromSnapshot(snapshot, options.defaultLang, options.now);
  // Preferences as loaded (clamped, one-time notices marked seen) are written back at once, so a notice
  // shown on this load is not shown again even when nothing else changes.
  const prefs = prefsOf(state);
  const prefsChanged = JSON.stringify(prefs) !== JSON.stringify(snapshot.prefs);
  if ((newlySetAside.length > 0 || prefsChanged) && failed === null) {
    try {
      await storage.apply({
        put: { setAside: newlySetAside.map(({ item }) => ({ id: item.id, value: item })) },
        delete: { scenarios: newlySetAside.map((x) => x.key) },
        ...(prefsChanged ? { prefs } : {}),
      });
    } catch (error) {
      failed = reason(error);
    }
  }
  return { storage, state: { ...state, storage: { kind: storage.kind, failed } }, snapshot };
}
