/** Entry point: the store (restored from localStorage, autosaved on every change) and the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { browserLanguage } from './i18n/index';
import { loadState, saveState } from './state/persistence';
import { reduce } from './state/reducer';
import { createStore, StoreContext } from './state/store';
import './styles.css';

performance.mark('planpath:boot');
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();
const store = createStore(reduce, loadState(storage, browserLanguage(navigator.languages ?? [navigator.language])));
store.subscribe(() => saveState(storage, store.getState()));
saveState(storage, store.getState());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
