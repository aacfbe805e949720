/**
 * Autosave: the state is written to localStorage after every change (a few kilobytes, well under a
 * millisecond), so a reload or a crash loses nothing. On load, saved user scenarios that no longer
 * validate are kept out of the open slot rather than breaking the app.
 */
import { LEVERS, type Lang, type LeverId, type ScenarioFile } from '../../engine/index';
import { TABS, initialState, type AppState, type TabId } from './app-state';
import { findScenario } from './scenarios';

export const STORAGE_KEY = 'planpath.state.v1';

type Saved = Omit<AppState, 'notice'>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The saved state merged over the first-visit state; anything malformed falls back to the default. */
export function loadState(storage: Storage | undefined, defaultLang: Lang): AppState {
  const base = initialState(defaultLang);
  let saved: unknown;
  try {
    const text = storage?.getItem(STORAGE_KEY);
    saved = text ? JSON.parse(text) : undefined;
  } catch {
    saved = undefined;
  }
  if (!isRecord(saved)) return base;
  const user = Array.isArray(saved.userScenarios) ? (saved.userScenarios.filter((s) => isRecord(s) && typeof s.id === 'string') as unknown as ScenarioFile[]) : [];
  const known = (id: unknown): id is string => typeof id === 'string' && findScenario(id, user) !== undefined;
  return {
    ...base,
    lang: saved.lang === 'zh' || saved.lang === 'en' ? saved.lang : base.lang,
    tab: (TABS as readonly string[]).includes(saved.tab as string) ? (saved.tab as TabId) : base.tab,
    userScenarios: user,
    openId: known(saved.openId) ? saved.openId : base.openId,
    compareIds: Array.isArray(saved.compareIds) ? saved.compareIds.filter(known).slice(0, 4) : base.compareIds,
    referenceId: known(saved.referenceId) ? saved.referenceId : base.referenceId,
    mcPaths: typeof saved.mcPaths === 'number' && saved.mcPaths >= 1000 ? saved.mcPaths : base.mcPaths,
    pathLever: (LEVERS as readonly string[]).includes(saved.pathLever as string) ? (saved.pathLever as LeverId) : base.pathLever,
  };
}

/** Writes the state (without the transient notice). Storage errors (quota, private mode) are ignored. */
export function saveState(storage: Storage | undefined, state: AppState): void {
  const { notice: _notice, ...saved } = state;
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(saved satisfies Saved));
  } catch {
    /* nothing to do: the app keeps working in memory */
  }
}
