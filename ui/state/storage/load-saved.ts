/**
 * From what storage holds to the app's state: preferences are taken field by field (anything
 * unusable falls back to its default, the Monte Carlo path count is clamped), scenarios are admitted
 * one by one, and whatever cannot be used is set aside, never dropped.
 */
import { LEVERS, type Lang, type LeverId } from '../../../engine/index';
import { MAX_MC_PATHS, MIN_MC_PATHS, TABS, initialState, type AppState, type TabId } from '../app-state';
import { findScenario } from '../scenarios';
import { admitSavedScenarios } from './admit-saved';
import { linkedModelNotice } from '../linked-model-notice';
import type { SetAsideItem, StoredSnapshot } from './storage-types';

/** The preferences saved beside the scenarios. */
export const PREF_KEYS = ['lang', 'tab', 'openId', 'compareIds', 'referenceId', 'mcPaths', 'pathLever', 'seenNotices'] as const satisfies readonly (keyof AppState)[];
export type StoredPrefs = Pick<AppState, (typeof PREF_KEYS)[number]>;

export function prefsOf(state: AppState): StoredPrefs {
  return Object.fromEntries(PREF_KEYS.map((k) => [k, state[k]])) as StoredPrefs;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A Monte Carlo path count from storage, clamped to what the browser runs (rounded; default when not a number). */
export function clampMcPaths(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.max(MIN_MC_PATHS, Math.min(MAX_MC_PATHS, Math.round(value)));
}

/** A set-aside record read back from storage, when it has the expected shape. */
function asSetAside(value: unknown): SetAsideItem | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.text !== 'string') return undefined;
  return {
    id: value.id,
    at: typeof value.at === 'string' ? value.at : '',
    reason: value.reason === 'unreadable-state' ? 'unreadable-state' : 'invalid-scenario',
    label: typeof value.label === 'string' ? value.label : '?',
    issues: Array.isArray(value.issues) ? (value.issues as SetAsideItem['issues']) : [],
    text: value.text,
  };
}

/** JSON text of a value; a value JSON cannot hold (too deep) is described instead. */
export function textOf(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch (error) {
    return `/* could not be written as JSON: ${String(error)} */`;
  }
}

export interface LoadedState {
  state: AppState;
  /** Scenarios that failed validation now: to move from `scenarios` to `setAside` in storage. */
  newlySetAside: { item: SetAsideItem; key: string }[];
}

/**
 * The app state from a snapshot. `now` (ISO time) stamps newly set-aside items; `idPrefix` keeps
 * their keys unique across loads.
 */
export function stateFromSnapshot(snapshot: StoredSnapshot, defaultLang: Lang, now: string): LoadedState {
  const base = initialState(defaultLang);
  const { good, rejected } = admitSavedScenarios(snapshot.scenarios);
  const newlySetAside = rejected.map((r, i) => ({
    item: { id: `${now}#${i}`, at: now, reason: 'invalid-scenario' as const, label: r.label, issues: r.issues, text: textOf(r.value) },
    key: r.key,
  }));
  const kept = snapshot.setAside.map(asSetAside).filter((x): x is SetAsideItem => x !== undefined);
  const saved = isRecord(snapshot.prefs) ? snapshot.prefs : {};
  const known = (id: unknown): id is string => typeof id === 'string' && findScenario(id, good) !== undefined;
  const state: AppState = {
    ...base,
    lang: saved.lang === 'zh' || saved.lang === 'en' ? saved.lang : base.lang,
    tab: (TABS as readonly string[]).includes(saved.tab as string) ? (saved.tab as TabId) : base.tab,
    userScenarios: good,
    openId: known(saved.openId) ? saved.openId : base.openId,
    compareIds: Array.isArray(saved.compareIds) ? saved.compareIds.filter(known).filter((id, i, all) => all.indexOf(id) === i).slice(0, 4) : base.compareIds,
    referenceId: known(saved.referenceId) ? saved.referenceId : base.referenceId,
    mcPaths: clampMcPaths(saved.mcPaths, base.mcPaths),
    pathLever: (LEVERS as readonly string[]).includes(saved.pathLever as string) ? (saved.pathLever as LeverId) : base.pathLever,
    setAside: [...kept, ...newlySetAside.map((x) => x.item)],
  };
  const once = linkedModelNotice(good, Array.isArray(saved.seenNotices) ? saved.seenNotices.filter((x): x is string => typeof x === 'string') : []);
  state.seenNotices = once.seen;
  if (once.notice) state.notice = once.notice;
  if (newlySetAside.length > 0) state.notice = { kind: 'error', key: 'storage.setAsideNew', params: { n: newlySetAside.length } };
  return { state, newlySetAside };
}
