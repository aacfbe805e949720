/** The app's saved work: IndexedDB storage, start-up (with the localStorage migration) and autosave. */
export type { AppStorage, ApplyResult, WriteConflict, CollectionName, SetAsideItem, StorageBatch, StorageStatus, StoredSnapshot } from './storage-types';
export { openIdbStorage, DB_NAME } from './idb-storage';
export { memoryStorage } from './memory-storage';
export { bootState, type BootOptions } from './boot';
export { startAutosave, COLLECTIONS, WINDOWS_CHANNEL, type Autosave, type AutosaveStatus, type AutosaveSync, type SavedCollection } from './autosave';
export { revisionKey, revisionsOf } from './revisions';
export { LEGACY_KEY, readLegacy } from './legacy';
export { PREF_KEYS, prefsOf, clampMcPaths, type StoredPrefs } from './load-saved';
export { idbSessionStorage, migrateSessions } from './game-sessions';
