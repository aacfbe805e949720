/**
 * Storage in memory: used when IndexedDB cannot be opened (some private modes) and in tests. The
 * app says that nothing is saved and offers export.
 */
import type { AppStorage, CollectionName, StorageBatch, StoredSnapshot } from './storage-types';

export function memoryStorage(kind: AppStorage['kind'] = 'memory'): AppStorage & { records: Record<CollectionName, Map<string, unknown>>; meta: Map<string, unknown> } {
  const records: Record<CollectionName, Map<string, unknown>> = { scenarios: new Map(), sessions: new Map(), setAside: new Map() };
  const meta = new Map<string, unknown>();
  return {
    kind,
    records,
    meta,
    async readAll(): Promise<StoredSnapshot> {
      return {
        prefs: structuredClone(meta.get('prefs')),
        scenarios: [...records.scenarios].map(([id, value]) => ({ id, value: structuredClone(value) })),
        sessions: [...records.sessions].map(([id, value]) => ({ id, value: structuredClone(value) })),
        setAside: [...records.setAside.values()].map((v) => structuredClone(v)),
        migrated: meta.has('migration'),
        meta: Object.fromEntries([...meta].map(([k, v]) => [k, structuredClone(v)])),
      };
    },
    async apply(batch: StorageBatch): Promise<void> {
      // Clone first so that a value that cannot be stored changes nothing (all or nothing, like IndexedDB).
      const puts = Object.entries(batch.put ?? {}).map(([name, items]) => [name, items.map((x) => ({ id: x.id, value: structuredClone(x.value) }))] as const);
      const prefs = batch.prefs === undefined ? undefined : structuredClone(batch.prefs);
      for (const [name, ids] of Object.entries(batch.delete ?? {})) for (const id of ids) records[name as CollectionName].delete(id);
      for (const [name, items] of puts) for (const { id, value } of items) records[name as CollectionName].set(id, value);
      if (prefs !== undefined) meta.set('prefs', prefs);
      if (batch.migrated) meta.set('migration', batch.migrated);
      for (const [key, value] of Object.entries(batch.meta ?? {})) meta.set(key, structuredClone(value));
    },
  };
}
