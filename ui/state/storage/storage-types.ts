/**
 * What the app keeps in the browser and how it is stored: one record per user scenario, per workshop
 * session and per item kept aside (saved data that could not be loaded), plus small preference
 * records (idb-storage.ts lays them out in IndexedDB).
 */
import type { ValidationIssue } from '../../../engine/index';

/** Object stores holding one record per item, keyed by the item's id. */
export type CollectionName = 'scenarios' | 'sessions' | 'setAside';

/** Saved data that could not be loaded, kept as it was so that it can be exported and repaired. */
export interface SetAsideItem {
  /** Key of this record (unique, never reused). */
  id: string;
  /** When it was set aside (ISO 8601). */
  at: string;
  /** `unreadable-state`: the whole saved state could not be read; `invalid-scenario`: one saved scenario failed validation. */
  reason: 'unreadable-state' | 'invalid-scenario';
  /** What it was: the scenario id, or the storage key. */
  label: string;
  /** Why it could not be loaded (at most 50 listed, then a count). */
  issues: ValidationIssue[];
  /** The saved data as text (JSON when it was JSON), exactly as found. */
  text: string;
}

/** Everything read back from storage, unvalidated. */
export interface StoredSnapshot {
  prefs: unknown;
  /** Scenario records with their keys (a record's key is its scenario's id). */
  scenarios: { id: string; value: unknown }[];
  sessions: { id: string; value: unknown }[];
  setAside: unknown[];
  /** True once the old localStorage state has been copied in. */
  migrated: boolean;
  /** Small named records beside the prefs (e.g. the workshop's active session id). */
  meta?: Record<string, unknown>;
}

/** One atomic write: records to put and ids to delete per collection, and optionally the prefs. */
export interface StorageBatch {
  put?: Partial<Record<CollectionName, { id: string; value: unknown }[]>>;
  delete?: Partial<Record<CollectionName, string[]>>;
  prefs?: unknown;
  /** Marks the migration from localStorage as done (written in the same transaction). */
  migrated?: { from: string; at: string };
  /** Small named records to put (keys other than 'prefs' and 'migration'). */
  meta?: Record<string, unknown>;
  /**
   * Guarded writes (another window may have changed the same records): per id, the revision this
   * window last saw (null: none). A guarded put or delete whose stored record now carries another
   * revision is not written and comes back as a conflict; the others are written with `revision`.
   */
  guard?: { store: 'scenarios'; seen: Record<string, string | null>; revision: string };
}

/** A guarded write that was not made: another window changed the record since this one read it. */
export interface WriteConflict {
  store: 'scenarios';
  id: string;
  /** The record as the other window saved it, and its revision. */
  theirs: unknown;
  revision: string | null;
  /** What this window tried: to put its own version, or to delete the record. */
  ours: 'put' | 'delete';
}

/** What a write did beyond the batch itself. */
export interface ApplyResult {
  conflicts: WriteConflict[];
}

/** The app's persistent store. Every write is one transaction: all of it is saved, or none. */
export interface AppStorage {
  readonly kind: 'indexeddb' | 'memory';
  readAll(): Promise<StoredSnapshot>;
  /**
   * @returns the guarded writes refused because another window changed those records (none without a guard)
   * @throws the browser's error (e.g. a DOMException named QuotaExceededError); nothing is written then
   */
  apply(batch: StorageBatch): Promise<ApplyResult | void>;
}

/** Whether the work is being saved: `failed` keeps the work in memory only, with the reason. */
export interface StorageStatus {
  kind: AppStorage['kind'];
  failed: string | null;
}
