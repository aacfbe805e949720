/**
 * Two windows on one saved state: what this window's scenarios become when another window changed the
 * same records. Nothing saved is lost: new and changed scenarios of the other window are taken in when
 * this window has not changed them; when both changed one, both versions are kept (this window's edit
 * under a copy's unique id and name) and the user is told in a notice. Pure functions over the state.
 */
import type { LocalizedText, ScenarioFile } from '../../../engine/index';
import type { AppState, Notice } from '../app-state';
import { allScenarios, freshId } from '../scenarios';
import { uniqueCopyName } from '../unique-name';
import { admitSavedScenarios } from './admit-saved';
import type { WriteConflict } from './storage-types';

export interface MergeOutcome {
  userScenarios: ScenarioFile[];
  openId: string;
  /** Records now in the state exactly as stored (by id): this window must not write them back. */
  adopted: Map<string, ScenarioFile>;
  /** Ids the window no longer holds because another window deleted them. */
  dropped: string[];
  notice: Notice | null;
}

/**
 * The name a conflict copy starts from: a name that is itself a copy's ("X (copy)", "X (copy 2)";
 * "X(副本)", "X(副本2)") counts from its original, so two copies of one built-in become "(copy)" and
 * "(copy 2)" rather than "(copy) (copy)".
 */
export function copyBase(name: LocalizedText): LocalizedText {
  const en = /^(.*) \(copy(?: \d+)?\)$/.exec(name.en);
  const zh = /^(.*)\(副本\d*\)$/.exec(name.zh);
  return en && zh ? { en: en[1], zh: zh[1] } : name;
}

/** `theirs` if the app can use it beside `others` (same checks as at start-up), else undefined. */
function admit(id: string, theirs: unknown, others: readonly ScenarioFile[]): ScenarioFile | undefined {
  const { good } = admitSavedScenarios([...others.filter((s) => s.id !== id).map((s) => ({ id: s.id, value: s })), { id, value: theirs }]);
  return good.find((s) => s.id === id);
}

/**
 * Resolves refused writes. Our put against their change: theirs keeps the id, ours becomes a copy
 * (opened when it was open). Our delete against their change: theirs comes back. A stored record the
 * app cannot use is left in storage untouched (it is set aside at the next start) and not shown.
 */
export function resolveConflicts(state: AppState, conflicts: readonly WriteConflict[]): MergeOutcome {
  let list = [...state.userScenarios];
  let openId = state.openId;
  const adopted = new Map<string, ScenarioFile>();
  let notice: Notice | null = null;
  for (const c of conflicts) {
    const theirs = admit(c.id, c.theirs, list);
    const ours = list.find((s) => s.id === c.id);
    if (c.ours === 'put' && ours) {
      const rest = list.filter((s) => s.id !== c.id);
      const taken = theirs ? [...rest, theirs] : rest;
      const copy: ScenarioFile = { ...ours, id: freshId(c.id, taken), name: uniqueCopyName(copyBase(ours.name), allScenarios(taken).map((x) => x.file.name)) };
      list = list.flatMap((s) => (s.id !== c.id ? [s] : theirs ? [theirs, copy] : [copy]));
      if (openId === c.id) openId = copy.id;
      notice = { kind: 'error', key: 'storage.conflictCopy', params: { other: (theirs ?? ours).name, name: copy.name }, scenarioId: copy.id };
    } else if (theirs) {
      list = ours ? list.map((s) => (s.id === c.id ? theirs : s)) : [...list, theirs];
      notice = { kind: 'error', key: 'storage.conflictKept', params: { name: theirs.name }, scenarioId: theirs.id };
    }
    if (theirs) adopted.set(c.id, theirs);
  }
  return { userScenarios: list, openId, adopted, dropped: [], notice };
}

/**
 * Takes in what other windows saved: `stored` are the records now in storage with their revisions,
 * `known` the revision this window last saw of each record it holds, `unchanged(id)` whether this
 * window's copy is still the one it saved. Records this window changed meanwhile are left alone (its
 * own write then meets the other's revision and `resolveConflicts` keeps both).
 */
export function mergeStored(
  state: AppState,
  stored: readonly { id: string; value: unknown; revision: string | null }[],
  known: ReadonlyMap<string, string | null>,
  unchanged: (id: string) => boolean,
): MergeOutcome | null {
  let list = [...state.userScenarios];
  const adopted = new Map<string, ScenarioFile>();
  const dropped: string[] = [];
  const storedIds = new Set(stored.map((r) => r.id));
  for (const r of stored) {
    const mine = list.find((s) => s.id === r.id);
    const isNew = !known.has(r.id) && !mine;
    const changed = known.has(r.id) && known.get(r.id) !== r.revision && (!mine || unchanged(r.id));
    if (!isNew && !changed) continue;
    const theirs = admit(r.id, r.value, list);
    if (!theirs) continue;
    list = mine ? list.map((s) => (s.id === r.id ? theirs : s)) : [...list, theirs];
    adopted.set(r.id, theirs);
  }
  for (const id of known.keys()) {
    if (storedIds.has(id) || !list.some((s) => s.id === id) || !unchanged(id)) continue;
    list = list.filter((s) => s.id !== id);
    dropped.push(id);
  }
  if (adopted.size === 0 && dropped.length === 0) return null;
  return { userScenarios: list, openId: state.openId, adopted, dropped, notice: null };
}
