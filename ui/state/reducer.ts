/**
 * The reducer. Edits of the open scenario are validated by resolving the edited file: an edit that
 * the engine rejects changes nothing and shows the engine's issues. Editing a built-in scenario first
 * makes a copy (`extends` the built-in) under the user's scenarios and says so.
 */
import { isPlanpathError, type LocalizedText, type ResolvedScenario, type ScenarioFile } from '../../engine/index';
import { translate } from '../i18n/index';
import type { Action } from './actions';
import type { AppState, Notice } from './app-state';
import { allScenarios, findScenario, freshId, isBuiltin, resolveFile, resolveId } from './scenarios';
import { headOf, normalizedUncertainty, withLeverValue, withLeverYear, writeAssumptions } from './scenario-edit';
import { checkActualsEdit, scenarioCatalogue } from './actuals-edit';
import { withLinkedLever } from './linked-levers';
import { resetAllLevers, restoreSnapshot } from './lever-reset';
import { uniqueCopyName } from './unique-name';
import { clampMcPaths } from './storage/load-saved';

/** The name of a copy, in both languages. */
export function copyName(name: LocalizedText, user: readonly ScenarioFile[] = []): LocalizedText {
  return uniqueCopyName(name, allScenarios(user).map((s) => s.file.name));
}

/** A new user file that extends a built-in scenario, with its schema version (so v2 fields written by an edit stay valid). */
function forkOf(id: string, user: ScenarioFile[]): ScenarioFile {
  const source = findScenario(id, user)!;
  return { schemaVersion: source.schemaVersion, id: freshId(`${id}-copy`, user), name: copyName(source.name, user), extends: id };
}

function errorNotice(error: unknown): Notice {
  if (isPlanpathError(error)) return { kind: 'error', key: 'notice.invalidEdit', issues: error.issues };
  return { kind: 'error', key: 'notice.invalidEdit', params: { detail: String(error) } };
}

/** Applies `edit` to the open scenario's file (forking a built-in first). */
function editOpen(state: AppState, edit: (file: ScenarioFile, resolved: ResolvedScenario) => ScenarioFile): AppState {
  let resolved: ResolvedScenario;
  try {
    resolved = resolveId(state.openId, state.userScenarios);
  } catch (error) {
    return { ...state, notice: errorNotice(error) };
  }
  let user = state.userScenarios;
  let file: ScenarioFile;
  let notice = state.notice?.kind === 'error' ? null : state.notice;
  if (isBuiltin(state.openId)) {
    file = forkOf(state.openId, user);
    user = [...user, file];
    notice = { kind: 'info', key: 'notice.forked', params: { name: file.name }, scenarioId: file.id };
  } else {
    file = user.find((s) => s.id === state.openId)!;
  }
  let next: ScenarioFile;
  let nextUser: ScenarioFile[];
  try {
    next = edit(file, resolved);
    // The list checked is the list kept (one list built; the check's resolution is memoised for the views).
    nextUser = user.map((s) => (s.id === file.id ? next : s));
    resolveFile(next, nextUser);
  } catch (error) {
    return { ...state, notice: errorNotice(error) };
  }
  return { ...state, userScenarios: nextUser, openId: next.id, notice };
}

/** A user file without `extends`: every inherited value copied in (used when its parent is deleted). */
function flatten(file: ScenarioFile, user: ScenarioFile[]): ScenarioFile {
  const { lineage: _lineage, extends: _extends, ...rest } = resolveFile(file, user);
  return rest as ScenarioFile;
}

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'setLang':
      return state.lang === action.lang ? state : { ...state, lang: action.lang };
    case 'setTab':
      return state.tab === action.tab ? state : { ...state, tab: action.tab };
    case 'open':
      return findScenario(action.id, state.userScenarios) && state.openId !== action.id ? { ...state, openId: action.id } : state;
    case 'setLever':
      return editOpen(state, (f, r) => writeAssumptions(f, withLeverValue(r, action.lever, action.value), [headOf(action.lever)]));
    case 'setGrowthMode':
      return editOpen(state, (f, r) => {
        if (action.mode === 'investment' && !r.investment) return f;
        return { ...f, growthMode: action.mode, ...(action.method && r.investment ? { investment: { ...r.investment, method: action.method } } : {}) };
      });
    case 'setLeverYear':
      return editOpen(state, (f, r) => writeAssumptions(f, withLeverYear(r, action.lever, action.index, action.value), [headOf(action.lever)]));
    case 'setLinkedLever':
      return editOpen(state, (f, r) => withLinkedLever(f, r, action.lever, action.value));
    case 'setUncertainty':
      return editOpen(state, (f, r) => {
        const uncertainty = { ...normalizedUncertainty(r.uncertainty), ...action.patch };
        // Energy and carbon shocks (inherited from a built-in or set here) need schemaVersion 2.
        const v2 = uncertainty.energyIntensityVolatility !== undefined || uncertainty.carbonPerEnergyVolatility !== undefined || uncertainty.energyGrowthCorrelation !== undefined;
        return { ...f, ...(v2 ? { schemaVersion: 2 as const } : {}), uncertainty };
      });
    case 'setIndicator':
      return editOpen(state, (f) => {
        const indicators = { ...(f.assumptions?.indicators ?? {}) };
        if (action.trajectory) indicators[action.id] = action.trajectory;
        else delete indicators[action.id];
        const { indicators: _old, ...rest } = f.assumptions ?? {};
        return { ...f, assumptions: Object.keys(indicators).length ? { ...rest, indicators } : rest };
      });
    case 'setSeed':
      return editOpen(state, (f) => ({ ...f, seed: action.seed }));
    case 'applySolved':
      return editOpen(state, (f) => writeAssumptions(f, action.scenario, action.heads));
    case 'setActuals':
      return editOpen(state, (f, r) => {
        checkActualsEdit(r.actuals ?? [], action.rows, scenarioCatalogue(r));
        const { actuals: _old, ...rest } = f;
        // An empty list is written only to hide rows a parent scenario would otherwise pass on.
        const inherited = f.extends ? (findScenario(f.extends, state.userScenarios) ? resolveId(f.extends, state.userScenarios).actuals : undefined) : undefined;
        return action.rows.length > 0 || inherited?.length ? { ...rest, actuals: action.rows } : rest;
      });
    case 'applyCalibration':
      return editOpen(state, (f, r) => ({
        ...f,
        assumptions: { ...(f.assumptions ?? {}), ...action.assumptions },
        ...(action.uncertainty ? { uncertainty: { ...normalizedUncertainty(r.uncertainty), ...action.uncertainty } } : {}),
      }));
    case 'duplicate': {
      const source = findScenario(action.id, state.userScenarios);
      if (!source) return state;
      const id = freshId(`${action.id}-copy`, state.userScenarios);
      const copy: ScenarioFile = isBuiltin(action.id)
        ? { schemaVersion: source.schemaVersion, id, name: copyName(source.name, state.userScenarios), extends: action.id }
        : { ...structuredClone(source), id, name: copyName(source.name, state.userScenarios) };
      return { ...state, userScenarios: [...state.userScenarios, copy], openId: id };
    }
    case 'rename': {
      const name = { zh: action.name.zh.trim(), en: action.name.en.trim() };
      if (isBuiltin(action.id) || !name.zh || !name.en) return state;
      return { ...state, userScenarios: state.userScenarios.map((s) => (s.id === action.id ? { ...s, name } : s)) };
    }
    case 'delete': {
      if (isBuiltin(action.id) || !state.userScenarios.some((s) => s.id === action.id)) return state;
      const user = state.userScenarios.map((s) => (s.extends === action.id ? flatten(s, state.userScenarios) : s)).filter((s) => s.id !== action.id);
      const compareIds = state.compareIds.filter((id) => id !== action.id);
      return {
        ...state,
        userScenarios: user,
        openId: state.openId === action.id ? 'plan-target' : state.openId,
        compareIds,
        referenceId: state.referenceId === action.id ? (compareIds[0] ?? 'plan-target') : state.referenceId,
      };
    }
    case 'add':
      return { ...state, userScenarios: [...state.userScenarios, action.file], openId: action.file.id, notice: action.notice };
    case 'setCompare': {
      const ids = action.ids.filter((id, i, all) => all.indexOf(id) === i && findScenario(id, state.userScenarios)).slice(0, 4);
      return { ...state, compareIds: ids, referenceId: ids.includes(state.referenceId) ? state.referenceId : (ids[0] ?? state.referenceId) };
    }
    case 'setReference':
      return { ...state, referenceId: action.id };
    case 'setMcPaths':
      return { ...state, mcPaths: clampMcPaths(action.paths, state.mcPaths) };
    case 'setPathLever':
      return { ...state, pathLever: action.lever };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'resetLevers':
      return resetAllLevers(state);
    case 'restoreScenarios':
      return restoreSnapshot(state, action);
    case 'storageFailed':
      return state.storage.failed === action.detail ? state : { ...state, storage: { ...state.storage, failed: action.detail } };
    case 'storageSaved':
      return state.storage.failed === null ? state : { ...state, storage: { ...state.storage, failed: null } };
    case 'dropSetAside':
      return state.setAside.some((x) => x.id === action.id) ? { ...state, setAside: state.setAside.filter((x) => x.id !== action.id) } : state;
    default:
      return action satisfies never;
  }
}
