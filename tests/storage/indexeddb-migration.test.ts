/**
 * The IndexedDB storage (fake-indexeddb in Node, the same API as the browser's): the old localStorage
 * state is copied in once, record by record, losing nothing (bad scenarios set aside, the old key left
 * as it was); a second start does not copy again; writes are all or nothing.
 */
import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach } from 'vitest';
import { deleteDB, openDB } from 'idb';
import { bootState, DB_NAME, openIdbStorage } from '../../ui/state/storage/index';
import { legacyStorage, NOW, userFile } from './helpers';

beforeEach(async () => {
  await deleteDB(DB_NAME);
});

async function records(store: string): Promise<Map<string, unknown>> {
  const db = await openDB(DB_NAME);
  const keys = await db.getAllKeys(store);
  const values = await db.getAll(store);
  db.close();
  return new Map(keys.map((k, i) => [String(k), values[i]]));
}

describe('migration from localStorage', () => {
  it('copies every scenario as its own record and the preferences; bad ones set aside; the old text untouched', async () => {
    const bad = { ...userFile('no-name'), name: undefined };
    const text = JSON.stringify({ lang: 'zh', tab: 'compare', openId: 'b', compareIds: ['a', 'b'], mcPaths: 50_000, userScenarios: [userFile('a'), userFile('b', 0.1), bad] });
    const legacy = legacyStorage(text);
    const { state, storage } = await bootState({ open: openIdbStorage, legacy, defaultLang: 'en', now: NOW });
    expect(storage.kind).toBe('indexeddb');
    expect(state.userScenarios.map((s) => s.id)).toEqual(['a', 'b']);
    expect([state.lang, state.tab, state.openId, state.mcPaths]).toEqual(['zh', 'compare', 'b', 50_000]);
    expect(state.compareIds).toEqual(['a', 'b']);
    const scenarios = await records('scenarios');
    expect([...scenarios.keys()].sort()).toEqual(['a', 'b']);
    expect(scenarios.get('b')).toEqual(userFile('b', 0.1));
    const setAside = [...(await records('setAside')).values()] as { label: string; text: string }[];
    expect(setAside.map((x) => x.label)).toEqual(['no-name']);
    expect(JSON.parse(setAside[0].text)).toEqual(JSON.parse(JSON.stringify(bad)));
    expect((await records('meta')).get('migration')).toEqual({ from: 'planpath.state.v1', at: NOW });
    expect(legacy.text).toBe(text);
  });

  it('a second start reads IndexedDB and ignores the old key (no duplicate copies, later edits kept)', async () => {
    const legacy = legacyStorage(JSON.stringify({ userScenarios: [userFile('a')] }));
    const first = await bootState({ open: openIdbStorage, legacy, defaultLang: 'en', now: NOW });
    await first.storage.apply({ put: { scenarios: [{ id: 'a', value: userFile('a', 0.12) }, { id: 'c', value: userFile('c') }] } });
    const second = await bootState({ open: openIdbStorage, legacy, defaultLang: 'en', now: NOW });
    expect(second.state.userScenarios).toEqual([userFile('a', 0.12), userFile('c')]);
    expect(second.state.setAside).toEqual([]);
  });

  it('an unreadable old state is kept aside in IndexedDB with its exact text', async () => {
    const legacy = legacyStorage('{"userScenarios":[{"id":"a"');
    const { state } = await bootState({ open: openIdbStorage, legacy, defaultLang: 'en', now: NOW });
    expect(state.setAside.map((x) => x.text)).toEqual(['{"userScenarios":[{"id":"a"']);
    expect([...(await records('setAside')).values()]).toHaveLength(1);
  });

  it('a write that cannot be stored changes nothing (one transaction)', async () => {
    const { storage } = await bootState({ open: openIdbStorage, legacy: undefined, defaultLang: 'en', now: NOW });
    await storage.apply({ put: { scenarios: [{ id: 'a', value: userFile('a') }] } });
    await expect(storage.apply({ put: { scenarios: [{ id: 'b', value: userFile('b') }, { id: 'c', value: { f: () => 1 } }] } })).rejects.toThrow();
    expect([...(await records('scenarios')).keys()]).toEqual(['a']);
  });

  it('when IndexedDB cannot be opened the app runs in memory on the old state and says so', async () => {
    const legacy = legacyStorage(JSON.stringify({ userScenarios: [userFile('a')] }));
    const { state, storage } = await bootState({ open: async () => { throw new DOMException('denied', 'SecurityError'); }, legacy, defaultLang: 'en', now: NOW });
    expect(storage.kind).toBe('memory');
    expect(state.storage).toEqual({ kind: 'memory', failed: 'SecurityError: denied' });
    expect(state.userScenarios.map((s) => s.id)).toEqual(['a']);
  });
});
