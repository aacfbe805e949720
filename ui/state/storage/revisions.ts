/**
 * Revisions of saved records, for windows that share one storage. Every guarded write stamps the
 * records it writes with a revision (a token unique to the writing window and write); a window
 * remembers the revision of every record it has read or written. When it writes a record whose stored
 * revision is no longer the one it saw, another window changed that record meanwhile: the write is
 * refused as a conflict (the caller keeps both versions) instead of silently replacing the other's work.
 */
import type { ApplyResult, StorageBatch, WriteConflict } from './storage-types';

/** The meta key holding the revision of a record. */
export const revisionKey = (store: string, id: string): string => `rev:${store}:${id}`;

/** The revisions of a store's records, read from the meta records of a snapshot. */
export function revisionsOf(meta: Record<string, unknown> | undefined, store: string): Map<string, string> {
  const prefix = revisionKey(store, '');
  return new Map(
    Object.entries(meta ?? {})
      .filter(([k, v]) => k.startsWith(prefix) && typeof v === 'string')
      .map(([k, v]) => [k.slice(prefix.length), v as string]),
  );
}

/**
 * Whether a guarded write may go ahead. A record that is gone may be written again (nothing of the
 * other window's is lost; deleting it again does nothing); a record stored under the revision this
 * window saw may be replaced; any other is a conflict.
 */
export function mayWrite(seen: string | null, stored: { exists: boolean; revision: string | null }): boolean {
  return !stored.exists || stored.revision === seen;
}

/** A unique token for this window (random), used as the prefix of its revisions. */
export function windowToken(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID().slice(0, 13);
  return Math.random().toString(36).slice(2, 14);
}

/**
 * Applies the guard of `batch` on a storage that can be read record by record within the same
 * transaction: the batch without the refused writes, with the revisions of the written ones, and
 * the conflicts.
 */
export async function guardBatch(
  batch: StorageBatch,
  read: (store: 'scenarios', id: string) => Promise<{ value: unknown; revision: string | null } | undefined>,
): Promise<{ batch: StorageBatch; metaDeletes: string[]; result: ApplyResult }> {
  const guard = batch.guard;
  if (!guard) return { batch, metaDeletes: [], result: { conflicts: [] } };
  const conflicts: WriteConflict[] = [];
  const refused = new Set<string>();
  const puts = batch.put?.[guard.store] ?? [];
  const deletes = batch.delete?.[guard.store] ?? [];
  const planned: [string, 'put' | 'delete'][] = [...puts.map((p) => [p.id, 'put'] as [string, 'put']), ...deletes.map((id) => [id, 'delete'] as [string, 'delete'])];
  for (const [id, ours] of planned) {
    if (!(id in guard.seen)) continue;
    const stored = await read(guard.store, id);
    if (mayWrite(guard.seen[id], { exists: stored !== undefined, revision: stored?.revision ?? null })) continue;
    refused.add(id);
    conflicts.push({ store: guard.store, id, theirs: stored!.value, revision: stored!.revision, ours });
  }
  const keptPuts = puts.filter((p) => !refused.has(p.id));
  const keptDeletes = deletes.filter((id) => !refused.has(id));
  const meta = { ...(batch.meta ?? {}) };
  for (const p of keptPuts) if (p.id in guard.seen) meta[revisionKey(guard.store, p.id)] = guard.revision;
  return {
    batch: { ...batch, put: { ...batch.put, [guard.store]: keptPuts }, delete: { ...batch.delete, [guard.store]: keptDeletes }, meta },
    metaDeletes: keptDeletes.filter((id) => id in guard.seen).map((id) => revisionKey(guard.store, id)),
    result: { conflicts },
  };
}
