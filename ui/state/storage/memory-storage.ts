/**
 * Storage in memory: used when IndexedDB cannot be opened (some private modes) and in tests. The
 * app says that nothing is saved and offers export.
 */
import type { AppStorage, ApplyResult, CollectionName, StorageBatch, StoredSnapshot } from './storage-types';
import { guardBatch, revisionKey } from './revisions';

export function memoryStorage(kind: AppStorage['kind'] = 'memory'): AppStorage & { records: Record<CollectionName, Map<string, unknown>>; meta: Map<string, unknown> } {
  const records: Record<CollectionName, Map<string, unknown>> = { scenarios: new Map(), sessions: new Map(), setAside: new Map() };
  const meta = new Map<string, unknown>();
  let queue: Promise<unknown> = Promise.resolve();
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
    apply(whole: StorageBatch): Promise<ApplyResult> {
      // One write at a time, as an IndexedDB transaction would be (a guard's reads and its writes are not interleaved).
      const done = queue.then(() => write(whole));
      queue = done.catch(() => undefined);
      return done;
    },
  };
  async function write(whole: StorageBatch): Promise<ApplyResult> {
    const guarded = await guardBatch(whole, async (store, id) => {
      if (!records[store].has(id)) return undefined;
      const revision = meta.get(revisionKey(store, id));
      return { value: structuredClone(records[store].get(id)), revision: typeof revision === 'string' ? revision : null };
    });
    const batch = guarded.batch;
    // Clone first so that a value that cannot be stored changes nothing (all or nothing, like IndexedDB).
    const puts = Object.entries(batch.put ?? {}).map(([name, items]) => [name, items.map((x) => ({ id: x.id, value: structuredClone(x.value) }))] as const);
    const prefs = batch.prefs === undefined ? undefined : structuredClone(batch.prefs);
    for (const [name, ids] of Object.entries(batch.delete ?? {})) for (const id of ids) records[name as CollectionName].delete(id);
    for (const [name, items] of puts) for (const { id, value } of items) records[name as CollectionName].set(id, value);
    if (prefs !== undefined) meta.set('prefs', prefs);
    if (batch.migrated) meta.set('migration', batch.migrated);
    for (const [key, value] of Object.entries(batch.meta ?? {})) meta.set(key, structuredClone(value));
    for (const key of guarded.metaDeletes) meta.delete(key);
    return guarded.result;
  }
}
