/**
 * The app's state: the open scenario, the user's scenarios, the comparison set, the language and the
 * current view. Everything here is plain data, saved in IndexedDB after every change (storage/autosave.ts).
 */
import type { Lang, LeverId, LocalizedText, ScenarioFile, ValidationIssue } from '../../engine/index';
import type { MessageKey } from '../i18n/index';
import type { SetAsideItem, StorageStatus } from './storage/storage-types';

/** The views of the main area, in tab order. */
export const TABS = ['workspace', 'scorecard', 'compare', 'uncertainty', 'sensitivity', 'goalSeek', 'decision', 'review', 'workshop', 'scenarios'] as const;
export type TabId = (typeof TABS)[number];

/** A parameter of a notice: plain, or a text in both languages (rendered in the current language). */
export type NoticeParam = string | number | LocalizedText;

/** A message shown under the header until dismissed or replaced. */
export interface Notice {
  kind: 'info' | 'error';
  key: MessageKey;
  params?: Record<string, NoticeParam>;
  /** The scenario the notice names: its `name` parameter is looked up by this id when shown, so it follows renames. */
  scenarioId?: string;
  /** Validation problems to list under the message. */
  issues?: ValidationIssue[];
}

export interface AppState {
  lang: Lang;
  tab: TabId;
  /** Id of the open scenario (built-in or user). */
  openId: string;
  /** The user's own scenario files, in creation order. */
  userScenarios: ScenarioFile[];
  /** Scenarios overlaid in Compare (2 to 4 ids). */
  compareIds: string[];
  /** The reference scenario of Compare's differences. */
  referenceId: string;
  /** Monte Carlo paths of the Uncertainty view. */
  mcPaths: number;
  /** The lever whose per-year path the table shows. */
  pathLever: LeverId;
  /** One-time notices already shown (e.g. linked-model-notice.ts). */
  seenNotices: string[];
  notice: Notice | null;
  /** Saved data that could not be loaded, kept as it was for export (never overwritten). */
  setAside: SetAsideItem[];
  /** Whether changes are being saved; when saving fails the work stays in this tab (export it). */
  storage: StorageStatus;
}

/** Default Monte Carlo paths in the browser. */
export const DEFAULT_MC_PATHS = 20_000;
/** Fewest and most Monte Carlo paths the browser runs (a saved or typed count is clamped to these). */
export const MIN_MC_PATHS = 1000;
export const MAX_MC_PATHS = 1_000_000;

/** The state of a first visit. */
export function initialState(lang: Lang): AppState {
  return {
    lang,
    tab: 'workspace',
    openId: 'plan-target',
    userScenarios: [],
    compareIds: ['plan-target', 'historical-trend'],
    referenceId: 'plan-target',
    mcPaths: DEFAULT_MC_PATHS,
    pathLever: 'realGrowth.tertiary',
    seenNotices: [],
    notice: null,
    setAside: [],
    storage: { kind: 'indexeddb', failed: null },
  };
}
