/**
 * The state the app kept in localStorage before IndexedDB (`planpath.state.v1`: the whole state as
 * one JSON text). It is read once, copied record by record into IndexedDB, and then left as it was.
 */
import { issue } from '../../../engine/index';
import type { SetAsideItem, StoredSnapshot } from './storage-types';

export const LEGACY_KEY = 'planpath.state.v1';

export type LegacyRead =
  | { kind: 'none' }
  | { kind: 'ok'; snapshot: StoredSnapshot }
  /** The text could not be read as a saved state: it is kept aside, and what could be read is used. */
  | { kind: 'unreadable'; item: Omit<SetAsideItem, 'id' | 'at'>; snapshot: StoredSnapshot };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const empty = (): StoredSnapshot => ({ prefs: undefined, scenarios: [], sessions: [], setAside: [], migrated: false });

/** Reads the old localStorage state. Never throws (storage that cannot be read counts as none). */
export function readLegacy(storage: Pick<Storage, 'getItem'> | undefined): LegacyRead {
  let text: string | null | undefined;
  try {
    text = storage?.getItem(LEGACY_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (!text) return { kind: 'none' };
  const unreadable = (detail: { en: string; zh: string }, snapshot = empty()): LegacyRead => ({
    kind: 'unreadable',
    item: { reason: 'unreadable-state', label: LEGACY_KEY, issues: [issue('', `${text!.slice(0, 40)}${text!.length > 40 ? '...' : ''}`, detail, { en: 'the state this app saved', zh: '本应用保存的状态' })], text: text! },
    snapshot,
  });
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch (error) {
    return unreadable({ en: `not valid JSON (${String(error)}), e.g. cut short`, zh: `不是有效的 JSON(${String(error)}),可能被截断` });
  }
  if (!isRecord(saved)) return unreadable({ en: 'not an object', zh: '不是对象' });
  const { userScenarios, ...prefs } = saved;
  if (userScenarios !== undefined && !Array.isArray(userScenarios)) {
    return unreadable({ en: '"userScenarios" is not a list', zh: '"userScenarios" 不是列表' }, { ...empty(), prefs });
  }
  const scenarios = ((userScenarios as unknown[] | undefined) ?? []).map((value, i) => ({ id: String(i), value }));
  return { kind: 'ok', snapshot: { ...empty(), prefs, scenarios } };
}
