/**
 * Entry point: the saved work is read (IndexedDB; the old localStorage state copied in once), the
 * store is built from it and autosaved after every change, workshop sessions are kept in the same
 * database, and the app is rendered inside an error boundary.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { browserLanguage } from './i18n/index';
import { reduce } from './state/reducer';
import { createStore, StoreContext } from './state/store';
import { bootState, COLLECTIONS, idbSessionStorage, migrateSessions, openIdbStorage, startAutosave, WINDOWS_CHANNEL } from './state/storage/index';
import { setGameSessionStorage } from './game/game-store';
import { ErrorBoundary } from './views/error-boundary';
import './styles.css';

performance.mark('planpath:boot');

const legacy = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();

async function boot(): Promise<void> {
  const now = new Date().toISOString();
  const { storage, state, snapshot } = await bootState({ open: openIdbStorage, legacy, defaultLang: browserLanguage(navigator.languages ?? [navigator.language]), now });
  const store = createStore(reduce, state);
  // Workshop sessions live in the same IndexedDB, one record each; a failed write shows the storage banner.
  const sessions = await migrateSessions(storage, snapshot, legacy, now).catch(() => snapshot);
  setGameSessionStorage(idbSessionStorage(storage, sessions, (error) => store.dispatch({ type: 'storageFailed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })));
  // The page's `data-autosave` says whether everything is written (idle), in progress (busy) or failing.
  // Other windows of the app announce their writes; this one takes in what they saved (nothing is lost between windows).
  startAutosave(store, storage, (status) => {
    document.documentElement.dataset.autosave = status;
  }, COLLECTIONS, { meta: snapshot.meta, channel: WINDOWS_CHANNEL });
  document.documentElement.dataset.autosave = state.storage.failed ? 'failed' : 'idle';
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <ErrorBoundary store={store}>
          <App />
        </ErrorBoundary>
      </StoreContext.Provider>
    </StrictMode>,
  );
}

void boot();
