/**
 * Entry point: the saved work is read (IndexedDB; the old localStorage state copied in once), the
 * store is built from it and autosaved after every change, and the app is rendered inside an error
 * boundary.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { browserLanguage } from './i18n/index';
import { reduce } from './state/reducer';
import { createStore, StoreContext } from './state/store';
import { bootState, openIdbStorage, startAutosave } from './state/storage/index';
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
  const { storage, state } = await bootState({ open: openIdbStorage, legacy, defaultLang: browserLanguage(navigator.languages ?? [navigator.language]), now: new Date().toISOString() });
  const store = createStore(reduce, state);
  // The page's `data-autosave` says whether everything is written (idle), in progress (busy) or failing.
  startAutosave(store, storage, (status) => {
    document.documentElement.dataset.autosave = status;
  });
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
