/**
 * View preferences of this browser: the presenter layout, simple or advanced levers, the charts'
 * baseline. Kept apart from the scenario state (they change how things look, not what is computed)
 * in a small store saved under its own localStorage key.
 */
import { useSyncExternalStore } from 'react';

export interface ViewPrefs {
  presenter: boolean;
  /** Simple: policy-level levers with plain labels; advanced: every model parameter. */
  leverMode: 'simple' | 'advanced';
  /** The charts' baseline: 'parent' (the scenario before the user's edits), 'none', or a scenario id. */
  baseline: string;
}

export const VIEW_PREFS_KEY = 'planpath.view.v1';
const DEFAULTS: ViewPrefs = { presenter: false, leverMode: 'advanced', baseline: 'parent' };

function load(): ViewPrefs {
  try {
    const v = JSON.parse(globalThis.localStorage?.getItem(VIEW_PREFS_KEY) ?? 'null') as Partial<ViewPrefs> | null;
    return {
      presenter: v?.presenter === true,
      leverMode: v?.leverMode === 'simple' ? 'simple' : 'advanced',
      baseline: typeof v?.baseline === 'string' ? v.baseline : DEFAULTS.baseline,
    };
  } catch {
    return { ...DEFAULTS };
  }
}

let prefs: ViewPrefs | null = null;
const listeners = new Set<() => void>();

export function getViewPrefs(): ViewPrefs {
  prefs ??= load();
  return prefs;
}

export function setViewPrefs(patch: Partial<ViewPrefs>): void {
  prefs = { ...getViewPrefs(), ...patch };
  try {
    globalThis.localStorage?.setItem(VIEW_PREFS_KEY, JSON.stringify(prefs));
  } catch {
    /* the preference holds for this page only */
  }
  for (const l of [...listeners]) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** One preference, re-rendering when it changes. */
export function useViewPref<K extends keyof ViewPrefs>(key: K): ViewPrefs[K] {
  return useSyncExternalStore(subscribe, () => getViewPrefs()[key]);
}
