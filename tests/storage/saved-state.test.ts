/**
 * Saved work is never lost or silently replaced: an unreadable saved state is kept aside, a saved
 * scenario that fails validation is set aside one by one (the others load), a stored path count is
 * clamped, and a failing write is reported while the work stays in memory and is saved later.
 */
import { describe, it, expect } from 'vitest';
import { loadState } from '../../ui/state/persistence';
import { reduce } from '../../ui/state/reducer';
import { createStore } from '../../ui/state/store';
import { bootState, memoryStorage, startAutosave } from '../../ui/state/storage/index';
import { flakyStorage, legacyStorage, NOW, userFile } from './helpers';

const boot = (legacyText: string | null, storage = memoryStorage('indexeddb')) =>
  bootState({ open: async () => storage, legacy: legacyStorage(legacyText), defaultLang: 'en', now: NOW }).then((r) => ({ ...r, storage }));

describe('an unreadable saved state is kept aside', () => {
  it('a truncated state: the exact text is kept and can be exported; the app starts with defaults and says so', async () => {
    const full = JSON.stringify({ lang: 'zh', userScenarios: [userFile('mine-1'), userFile('mine-2')] });
    const truncated = full.slice(0, full.length - 30);
    const { state, storage } = await boot(truncated);
    expect(state.userScenarios).toEqual([]);
    expect(state.setAside).toHaveLength(1);
    expect(state.setAside[0].reason).toBe('unreadable-state');
    expect(state.setAside[0].text).toBe(truncated);
    expect(state.setAside[0].issues[0].message.en).toMatch(/not valid JSON/);
    expect(storage.records.setAside.size).toBe(1);
  });

  it('a wrongly shaped state (userScenarios not a list) keeps its text aside and still reads the language', () => {
    const text = '{"lang":"zh","openId":"gone","userScenarios":{"0":{"id":"x"}}}';
    const s = loadState(legacyStorage(text), 'en', NOW);
    expect(s.lang).toBe('zh');
    expect(s.setAside.map((x) => x.text)).toEqual([text]);
  });
});

describe('saved scenarios are validated one by one', () => {
  it('a scenario with a null name (not even open) is set aside; the others load and the open one stays open', async () => {
    const bad = { ...userFile('broken'), name: null };
    const text = JSON.stringify({ openId: 'mine-1', userScenarios: [userFile('mine-1'), bad, userFile('mine-2')] });
    const { state, storage } = await boot(text);
    expect(state.userScenarios.map((s) => s.id)).toEqual(['mine-1', 'mine-2']);
    expect(state.openId).toBe('mine-1');
    expect(state.setAside).toHaveLength(1);
    expect(state.setAside[0]).toMatchObject({ reason: 'invalid-scenario', label: 'broken' });
    expect(JSON.parse(state.setAside[0].text)).toEqual(bad);
    expect(state.setAside[0].issues.map((i) => i.path)).toContain('name');
    expect(state.notice).toMatchObject({ kind: 'error', key: 'storage.setAsideNew', params: { n: 1 } });
    // In storage the bad record moved from scenarios to setAside, in one step.
    expect([...storage.records.scenarios.keys()].sort()).toEqual(['mine-1', 'mine-2']);
    expect(storage.records.setAside.size).toBe(1);
    // A second start finds the same, with nothing set aside twice.
    const again = await bootState({ open: async () => storage, legacy: legacyStorage(text), defaultLang: 'en', now: '2026-01-03T00:00:00.000Z' });
    expect(again.state.userScenarios.map((s) => s.id)).toEqual(['mine-1', 'mine-2']);
    expect(again.state.setAside).toHaveLength(1);
    expect(again.state.notice).toBeNull();
  });

  it('a child whose parent is set aside is set aside too, with the reason; a duplicate id is kept aside, not dropped', async () => {
    const parent = { ...userFile('parent'), assumptions: { realGrowth: { tertiary: 'fast' } } };
    const child = { ...userFile('child'), extends: 'parent' };
    const dup = userFile('mine-1', 0.05);
    const { state } = await boot(JSON.stringify({ userScenarios: [parent, child, userFile('mine-1'), dup] }));
    expect(state.userScenarios.map((s) => s.id)).toEqual(['mine-1']);
    expect(state.setAside.map((x) => x.label).sort()).toEqual(['child', 'mine-1', 'parent']);
    expect(state.setAside.find((x) => x.label === 'child')!.issues[0].message.en).toMatch(/no scenario with this id/);
    expect(JSON.parse(state.setAside.find((x) => x.label === 'mine-1')!.text)).toEqual(dup);
  });

  it('a scenario that passes the schema but cannot be projected is set aside with the projection problem', async () => {
    const overflow = { ...userFile('collapse'), endYear: 2050, assumptions: { realGrowth: -0.99999999999, deflator: -0.9999999999 } };
    const { state } = await boot(JSON.stringify({ userScenarios: [overflow] }));
    expect(state.userScenarios).toEqual([]);
    expect(state.setAside[0].issues[0].path).toMatch(/^series\./);
  });
});

describe('preferences', () => {
  it('a stored Monte Carlo path count of 1e8 is clamped to 1,000,000; 5 to 1,000; text to the default', () => {
    expect(loadState(legacyStorage('{"mcPaths":1e8}'), 'en').mcPaths).toBe(1_000_000);
    expect(loadState(legacyStorage('{"mcPaths":5}'), 'en').mcPaths).toBe(1000);
    expect(loadState(legacyStorage('{"mcPaths":"many"}'), 'en').mcPaths).toBe(20_000);
  });
});

describe('autosave', () => {
  it('a quota error is reported, the work stays in memory, and everything is written once saving works again', async () => {
    const inner = memoryStorage('indexeddb');
    const storage = flakyStorage(inner);
    const { state } = await bootState({ open: async () => storage, legacy: undefined, defaultLang: 'en', now: NOW });
    const store = createStore(reduce, state);
    const autosave = startAutosave(store, storage);
    storage.full = true;
    store.dispatch({ type: 'add', file: userFile('big-import'), notice: { kind: 'info', key: 'scen.imported', params: { name: 'x' } } });
    await autosave.flush();
    expect(store.getState().storage.failed).toMatch(/^QuotaExceededError: /);
    expect(store.getState().userScenarios.map((s) => s.id)).toEqual(['big-import']);
    expect(inner.records.scenarios.size).toBe(0);
    store.dispatch({ type: 'duplicate', id: 'big-import' });
    await autosave.flush();
    expect(store.getState().storage.failed).not.toBeNull();
    storage.full = false;
    store.dispatch({ type: 'setTab', tab: 'compare' });
    await autosave.flush();
    expect(store.getState().storage.failed).toBeNull();
    expect([...inner.records.scenarios.keys()].sort()).toEqual(['big-import', 'big-import-copy']);
    expect(inner.meta.get('prefs')).toMatchObject({ tab: 'compare', openId: 'big-import-copy' });
  });

  it('one record per scenario: an edit writes only the scenario it changed', async () => {
    const inner = memoryStorage('indexeddb');
    const storage = flakyStorage(inner);
    const { state } = await bootState({ open: async () => storage, legacy: legacyStorage(JSON.stringify({ openId: 'a', userScenarios: [userFile('a'), userFile('b')] })), defaultLang: 'en', now: NOW });
    const store = createStore(reduce, state);
    const autosave = startAutosave(store, storage);
    storage.batches.length = 0;
    store.dispatch({ type: 'rename', id: 'b', name: { zh: '乙', en: 'B' } });
    await autosave.flush();
    expect(storage.batches).toHaveLength(1);
    expect(storage.batches[0].put?.scenarios?.map((x) => x.id)).toEqual(['b']);
    expect(storage.batches[0].prefs).toBeUndefined();
  });
});
