/**
 * Reading a saved state synchronously, from the old localStorage key: kept for tools and tests that
 * hold a Storage. The app itself saves to IndexedDB (storage/boot.ts, storage/autosave.ts), which
 * copies this key in once and then leaves it untouched.
 */
import type { Lang } from '../../engine/index';
import type { AppState } from './app-state';
import { LEGACY_KEY, readLegacy } from './storage/legacy';
import { stateFromSnapshot } from './storage/load-saved';

export const STORAGE_KEY = LEGACY_KEY;

/**
 * The saved state merged over the first-visit state. Saved scenarios that do not validate, and a text
 * that cannot be read at all, are in `setAside` (never dropped); unusable preferences fall back to
 * their defaults.
 */
export function loadState(storage: Pick<Storage, 'getItem'> | undefined, defaultLang: Lang, now = new Date().toISOString()): AppState {
  const legacy = readLegacy(storage);
  if (legacy.kind === 'none') return stateFromSnapshot({ prefs: undefined, scenarios: [], sessions: [], setAside: [], migrated: false }, defaultLang, now).state;
  const unreadable = legacy.kind === 'unreadable' ? [{ ...legacy.item, id: `${now}#legacy`, at: now }] : [];
  return stateFromSnapshot({ ...legacy.snapshot, setAside: unreadable }, defaultLang, now).state;
}
