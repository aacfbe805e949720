/**
 * Workshop sessions in the app's IndexedDB: one record each, copied once from the old localStorage key
 * (valid or not), a record that fails the session checks is never shown, overwritten or deleted, and
 * the active session id is kept.
 */
import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach, vi } from 'vitest';
import { deleteDB } from 'idb';
import { DB_NAME, idbSessionStorage, migrateSessions, openIdbStorage } from '../../ui/state/storage/index';
import { SESSIONS_KEY } from '../../ui/game/session-storage';
import { testSession } from '../game/fixtures';
import { NOW } from './helpers';

beforeEach(async () => {
  await deleteDB(DB_NAME);
});

/** Waits (up to 5 s, polling) until the saved sessions are `ids`: writes are asynchronous, a fixed sleep races a busy machine. */
const savedIds = (storage: { readAll(): Promise<{ sessions: { id: string }[] }> }, ids: string[]) =>
  vi.waitFor(async () => expect((await storage.readAll()).sessions.map((s) => s.id).sort()).toEqual(ids), { timeout: 5000, interval: 20 });

describe('sessions in IndexedDB', () => {
  it('copies the old key once, shows the valid session, keeps the damaged one untouched, and saves one record per session', async () => {
    const good = { ...testSession(), id: 'ws-good' };
    const damaged = { ...testSession(), id: 'ws-damaged', name: null };
    const legacy = { getItem: (k: string) => (k === SESSIONS_KEY ? JSON.stringify({ activeId: 'ws-good', sessions: [good, damaged] }) : null) };
    const storage = await openIdbStorage();
    const snapshot = await migrateSessions(storage, await storage.readAll(), legacy, NOW);
    expect(snapshot.sessions.map((s) => s.id).sort()).toEqual(['ws-damaged', 'ws-good']);
    const sessions = idbSessionStorage(storage, snapshot);
    expect(sessions.load().activeId).toBe('ws-good');
    expect(sessions.load().sessions.map((s) => s.id)).toEqual(['ws-good']);
    // A new session, then the good one removed: the damaged record is still there, as it was.
    const other = { ...testSession(), id: 'ws-other' };
    sessions.save({ activeId: 'ws-other', sessions: [good, other] });
    sessions.save({ activeId: 'ws-other', sessions: [other] });
    await savedIds(storage, ['ws-damaged', 'ws-other']);
    const after = await storage.readAll();
    expect(after.sessions.map((s) => s.id).sort()).toEqual(['ws-damaged', 'ws-other']);
    expect(after.sessions.find((s) => s.id === 'ws-damaged')!.value).toEqual(JSON.parse(JSON.stringify(damaged)));
    expect(after.meta?.workshopActive).toBe('ws-other');
    // A second start does not copy the old key again (the removed session stays removed).
    const again = await migrateSessions(storage, after, legacy, NOW);
    expect(again.sessions.map((s) => s.id).sort()).toEqual(['ws-damaged', 'ws-other']);
    expect(idbSessionStorage(storage, again).load()).toEqual({ activeId: 'ws-other', sessions: [JSON.parse(JSON.stringify(other))] });
  });

  it('a failed write is reported and the next save writes it', async () => {
    const storage = await openIdbStorage();
    let fail = true;
    const errors: unknown[] = [];
    const flaky = { ...storage, apply: (b: Parameters<typeof storage.apply>[0]) => (fail ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : storage.apply(b)) };
    const sessions = idbSessionStorage(flaky, await storage.readAll(), (e) => errors.push(e));
    const s = { ...testSession(), id: 'ws-a' };
    sessions.save({ activeId: 'ws-a', sessions: [s] });
    await vi.waitFor(() => expect(errors).toHaveLength(1), { timeout: 5000, interval: 20 });
    expect((await storage.readAll()).sessions).toEqual([]);
    fail = false;
    sessions.save({ activeId: 'ws-a', sessions: [s] });
    await savedIds(storage, ['ws-a']);
    expect(errors).toHaveLength(1);
  });
});
