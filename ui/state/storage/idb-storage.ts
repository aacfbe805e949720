/**
 * The app's storage in IndexedDB (through `idb`, a thin promise wrapper): database `planpath`, one
 * object store per collection plus `meta` (prefs, migration marker). A connection that blocks a newer
 * version or a deletion closes itself, so another tab or a test can always upgrade or clear it.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { AppStorage, ApplyResult, CollectionName, StorageBatch, StoredSnapshot } from './storage-types';
import { guardBatch, revisionKey } from './revisions';

export const DB_NAME = 'planpath';
const DB_VERSION = 1;
const COLLECTIONS: CollectionName[] = ['scenarios', 'sessions', 'setAside'];
const META = 'meta';

/** Opens (creating when needed) the database. @throws when IndexedDB is unavailable or refuses */
export async function openIdbStorage(): Promise<AppStorage> {
  const db: IDBPDatabase = await openDB(DB_NAME, DB_VERSION, {
    upgrade(database) {
      for (const name of [...COLLECTIONS, META]) if (!database.objectStoreNames.contains(name)) database.createObjectStore(name);
    },
    blocking() {
      db.close();
    },
  });
  return {
    kind: 'indexeddb',
    async readAll(): Promise<StoredSnapshot> {
      const tx = db.transaction([...COLLECTIONS, META], 'readonly');
      const [scenarioKeys, scenarios, sessionKeys, sessionValues, setAside, prefs, migration, metaKeys, metaValues] = await Promise.all([
        tx.objectStore('scenarios').getAllKeys(),
        tx.objectStore('scenarios').getAll(),
        tx.objectStore('sessions').getAllKeys(),
        tx.objectStore('sessions').getAll(),
        tx.objectStore('setAside').getAll(),
        tx.objectStore(META).get('prefs'),
        tx.objectStore(META).get('migration'),
        tx.objectStore(META).getAllKeys(),
        tx.objectStore(META).getAll(),
      ]);
      await tx.done;
      return { prefs, scenarios: scenarioKeys.map((k, i) => ({ id: String(k), value: scenarios[i] })), sessions: sessionKeys.map((k, i) => ({ id: String(k), value: sessionValues[i] })), setAside, migrated: migration !== undefined, meta: Object.fromEntries(metaKeys.map((k, i) => [String(k), metaValues[i]])) };
    },
    async apply(whole: StorageBatch): Promise<ApplyResult> {
      const tx = db.transaction([...COLLECTIONS, META], 'readwrite');
      // Guarded writes first read the records' revisions in the same transaction (no other window can write in between).
      let guarded: Awaited<ReturnType<typeof guardBatch>> = { batch: whole, metaDeletes: [], result: { conflicts: [] } };
      if (whole.guard) {
        try {
          guarded = await guardBatch(whole, async (store, id) => {
            const [value, revision] = await Promise.all([tx.objectStore(store).get(id), tx.objectStore(META).get(revisionKey(store, id))]);
            return value === undefined ? undefined : { value, revision: typeof revision === 'string' ? revision : null };
          });
        } catch (error) {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw error;
        }
      }
      const batch = guarded.batch;
      const writes: Promise<unknown>[] = [];
      // A failed request aborts the transaction and tx.done rejects with the reason, so requests are only awaited, never thrown from.
      const track = (request: Promise<unknown>) => writes.push(request.catch(() => undefined));
      try {
        for (const name of COLLECTIONS) {
          for (const id of batch.delete?.[name] ?? []) track(tx.objectStore(name).delete(id));
          for (const { id, value } of batch.put?.[name] ?? []) track(tx.objectStore(name).put(value, id));
        }
        if (batch.prefs !== undefined) track(tx.objectStore(META).put(batch.prefs, 'prefs'));
        if (batch.migrated) track(tx.objectStore(META).put(batch.migrated, 'migration'));
        for (const [key, value] of Object.entries(batch.meta ?? {})) track(tx.objectStore(META).put(value, key));
        for (const key of guarded.metaDeletes) track(tx.objectStore(META).delete(key));
      } catch (error) {
        // A value that cannot be cloned throws at once: undo the writes already queued.
        tx.abort();
        await tx.done.catch(() => undefined);
        throw error;
      }
      await Promise.all([...writes, tx.done]);
      return guarded.result;
    },
  };
}
