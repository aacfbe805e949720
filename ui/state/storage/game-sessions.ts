/**
 * The workshop's sessions in the app's storage (IndexedDB): one record per session, the active id in
 * a small meta record. It implements the game's SessionStorage, so the game does not know where it
 * saves. A session record that fails the session checks is never shown and never overwritten or
 * deleted (it stays for export). Sessions kept in the old localStorage key are copied in once. Other
 * windows hear of every write through a BroadcastChannel and re-read the records.
 */
import type { GameSession } from '../../game/session-types';
import { parseSession } from '../../game/serialize';
import { SESSIONS_KEY, type SavedSessions, type SessionStorage } from '../../game/session-storage';
import type { AppStorage, StoredSnapshot } from './storage-types';

const ACTIVE = 'workshopActive';
const MIGRATED = 'workshopMigrated';
const CHANNEL = 'planpath-sessions';

function valid(records: readonly { id: string; value: unknown }[]): Map<string, GameSession> {
  const out = new Map<string, GameSession>();
  for (const { id, value } of records) {
    const r = parseSession(value);
    if (r.ok && r.value.id === id) out.set(id, r.value);
  }
  return out;
}

function fromSnapshot(snapshot: Pick<StoredSnapshot, 'sessions' | 'meta'>): { sessions: Map<string, GameSession>; activeId: string | null } {
  const sessions = valid(snapshot.sessions);
  const active = snapshot.meta?.[ACTIVE];
  return { sessions, activeId: typeof active === 'string' && sessions.has(active) ? active : null };
}

/**
 * Copies the sessions of the old localStorage key into `storage` once (every record as it was, valid
 * or not), and returns the snapshot to start from. The old key is left as it was.
 */
export async function migrateSessions(storage: AppStorage, snapshot: StoredSnapshot, legacy: Pick<Storage, 'getItem'> | undefined, now: string): Promise<StoredSnapshot> {
  if (snapshot.meta?.[MIGRATED] !== undefined) return snapshot;
  let text: string | null = null;
  try {
    text = legacy?.getItem(SESSIONS_KEY) ?? null;
  } catch {
    text = null;
  }
  let raw: { activeId?: unknown; sessions?: unknown } | null = null;
  try {
    raw = text ? JSON.parse(text) : null;
  } catch {
    raw = null;
  }
  const taken = new Set(snapshot.sessions.map((s) => s.id));
  const records = (Array.isArray(raw?.sessions) ? raw.sessions : [])
    .map((value: unknown, i: number) => ({ id: typeof (value as { id?: unknown })?.id === 'string' ? (value as { id: string }).id : `${SESSIONS_KEY}#${i}`, value }))
    .filter((r: { id: string }) => !taken.has(r.id));
  const meta: Record<string, unknown> = { [MIGRATED]: { from: SESSIONS_KEY, at: now, ...(text && raw === null ? { unreadable: text } : {}) } };
  if (typeof raw?.activeId === 'string' && snapshot.meta?.[ACTIVE] === undefined) meta[ACTIVE] = raw.activeId;
  await storage.apply({ put: { sessions: records }, meta });
  return storage.readAll();
}

/** The game's SessionStorage over the app's storage, starting from `snapshot`. */
export function idbSessionStorage(storage: AppStorage, snapshot: Pick<StoredSnapshot, 'sessions' | 'meta'>, onError: (error: unknown) => void = () => {}): SessionStorage {
  let current = fromSnapshot(snapshot);
  let written = new Map([...current.sessions].map(([id, s]) => [id, JSON.stringify(s)]));
  let writtenActive = current.activeId;
  let queue: Promise<void> = Promise.resolve();
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  return {
    load: () => ({ activeId: current.activeId, sessions: [...current.sessions.values()] }),
    save(value: SavedSessions) {
      current = { sessions: new Map(value.sessions.map((s) => [s.id, s])), activeId: value.activeId };
      queue = queue.then(async () => {
        const texts = new Map(value.sessions.map((s) => [s.id, JSON.stringify(s)]));
        const put = [...texts].filter(([id, t]) => written.get(id) !== t).map(([id]) => ({ id, value: JSON.parse(texts.get(id)!) }));
        // Only sessions this window loaded or wrote are deleted: a record it could not read is kept.
        const del = [...written.keys()].filter((id) => !texts.has(id));
        const meta = value.activeId !== writtenActive ? { [ACTIVE]: value.activeId } : undefined;
        if (put.length === 0 && del.length === 0 && !meta) return;
        try {
          await storage.apply({ put: { sessions: put }, delete: { sessions: del }, ...(meta ? { meta } : {}) });
          written = texts;
          writtenActive = value.activeId;
          channel?.postMessage('changed');
        } catch (error) {
          onError(error);
        }
      });
    },
    onExternalChange(listener: (value: SavedSessions) => void) {
      if (!channel) return () => undefined;
      // This window's queued writes land first, so a re-read never replaces newer local edits with older records.
      const on = () =>
        void queue.then(() => storage.readAll()).then((snap) => {
          current = fromSnapshot(snap);
          written = new Map([...current.sessions].map(([id, s]) => [id, JSON.stringify(s)]));
          writtenActive = current.activeId;
          listener({ activeId: current.activeId, sessions: [...current.sessions.values()] });
        });
      channel.addEventListener('message', on);
      return () => channel.removeEventListener('message', on);
    },
  };
}
