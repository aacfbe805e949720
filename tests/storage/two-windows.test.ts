/**
 * Two windows of the app on one IndexedDB (fake-indexeddb; each window opens its own connection, as
 * two tabs do): nothing one window saved is lost to the other. A window's clicks write only what it
 * changed; what another window saved is taken in; when both change the same scenario, or one deletes
 * what the other edited, both versions are kept and the user is told.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { reduce } from '../../ui/state/reducer';
import { createStore, type Store } from '../../ui/state/store';
import { createLeverHistory } from '../../ui/state/lever-history';
import { bootState, COLLECTIONS, DB_NAME, openIdbStorage, startAutosave, type Autosave, type AppStorage } from '../../ui/state/storage/index';
import { legacyStorage, NOW, userFile } from './helpers';

interface Window {
  store: Store;
  autosave: Autosave;
  storage: AppStorage;
}
const open: Window[] = [];

/** A window: reads the saved state and starts saving (announcements on `channel` when given). */
async function openWindow(legacyText: string | null = null, channel?: string): Promise<Window> {
  const { state, storage, snapshot } = await bootState({ open: openIdbStorage, legacy: legacyStorage(legacyText), defaultLang: 'en', now: NOW });
  const store = createStore(reduce, state);
  const autosave = startAutosave(store, storage, () => {}, COLLECTIONS, { meta: snapshot.meta, channel });
  const w = { store, autosave, storage };
  open.push(w);
  return w;
}

const ids = (w: Window) => w.store.getState().userScenarios.map((s) => s.id).sort();
const nameOf = (w: Window, id: string) => w.store.getState().userScenarios.find((s) => s.id === id)?.name.en;
async function storedIds(w: Window): Promise<string[]> {
  return (await w.storage.readAll()).scenarios.map((s) => s.id).sort();
}
async function stored(w: Window, id: string): Promise<{ name: { en: string }; assumptions?: { realGrowth?: { tertiary?: number } } } | undefined> {
  return (await w.storage.readAll()).scenarios.find((s) => s.id === id)?.value as never;
}

beforeEach(async () => {
  await deleteDB(DB_NAME);
});
afterEach(() => {
  for (const w of open.splice(0)) w.autosave.stop();
});

const START = JSON.stringify({ lang: 'en', openId: 'a', userScenarios: [userFile('a'), userFile('b')] });

describe('two windows on one saved state', () => {
  it('a second window that opens and clicks a tab keeps the first window\'s scenarios, also ones saved after it opened', async () => {
    const first = await openWindow(START);
    const second = await openWindow();
    expect(ids(second)).toEqual(['a', 'b']);
    first.store.dispatch({ type: 'duplicate', id: 'historical-trend' });
    await first.autosave.flush();
    second.store.dispatch({ type: 'setTab', tab: 'compare' });
    await second.autosave.flush();
    second.store.dispatch({ type: 'setTab', tab: 'scenarios' });
    await second.autosave.flush();
    expect(await storedIds(first)).toEqual(['a', 'b', 'historical-trend-copy']);
    // The second window takes in the scenario the first saved, without writing it back.
    await second.autosave.refresh();
    expect(ids(second)).toEqual(['a', 'b', 'historical-trend-copy']);
    // A third start sees everything.
    expect(ids(await openWindow())).toEqual(['a', 'b', 'historical-trend-copy']);
  });

  it('an edit or a deletion saved in one window reaches the other when that one has not changed the scenario', async () => {
    const first = await openWindow(START);
    const second = await openWindow();
    first.store.dispatch({ type: 'rename', id: 'a', name: { zh: '甲', en: 'Renamed in the first' } });
    first.store.dispatch({ type: 'delete', id: 'b' });
    await first.autosave.flush();
    await second.autosave.refresh();
    expect(nameOf(second, 'a')).toBe('Renamed in the first');
    expect(ids(second)).toEqual(['a']);
    // Taking in writes nothing back, and the second window's next edit of 'a' is no conflict.
    second.store.dispatch({ type: 'rename', id: 'a', name: { zh: '乙', en: 'Then the second' } });
    await second.autosave.flush();
    expect(second.store.getState().notice).toBeNull();
    expect(await storedIds(first)).toEqual(['a']);
    expect((await stored(first, 'a'))!.name.en).toBe('Then the second');
  });

  it('both windows edit the same scenario: both versions are kept, the later one as a copy with a unique name, and a notice says so', async () => {
    const first = await openWindow(START);
    const second = await openWindow();
    first.store.dispatch({ type: 'setLever', lever: 'realGrowth.tertiary', value: 0.1 });
    await first.autosave.flush();
    // The second window has not heard of the first's edit yet.
    second.store.dispatch({ type: 'setLever', lever: 'realGrowth.tertiary', value: 0.05 });
    await second.autosave.flush();
    const s = second.store.getState();
    expect(ids(second)).toEqual(['a', 'a-2', 'b']);
    expect(s.openId).toBe('a-2');
    expect(nameOf(second, 'a-2')).toBe('Scenario a (copy)');
    expect(s.notice).toMatchObject({ key: 'storage.conflictCopy', scenarioId: 'a-2', params: { other: { en: 'Scenario a' }, name: { en: 'Scenario a (copy)' } } });
    // In storage: the first window's edit under 'a', the second's under the copy.
    expect((await stored(first, 'a'))!.assumptions!.realGrowth!.tertiary).toBe(0.1);
    expect((await stored(first, 'a-2'))!.assumptions!.realGrowth!.tertiary).toBe(0.05);
    // The first window takes the copy in.
    await first.autosave.refresh();
    expect(ids(first)).toEqual(['a', 'a-2', 'b']);
  });

  it('one window deletes a scenario the other edited: it is not deleted, and comes back in the deleting window', async () => {
    const first = await openWindow(START);
    const second = await openWindow();
    first.store.dispatch({ type: 'rename', id: 'b', name: { zh: '改', en: 'Edited' } });
    await first.autosave.flush();
    second.store.dispatch({ type: 'delete', id: 'b' });
    await second.autosave.flush();
    expect(await storedIds(first)).toEqual(['a', 'b']);
    expect(nameOf(second, 'b')).toBe('Edited');
    expect(second.store.getState().notice).toMatchObject({ key: 'storage.conflictKept', scenarioId: 'b' });
  });

  it('one window edits a scenario the other deleted: the edit is saved (the scenario comes back)', async () => {
    const first = await openWindow(START);
    const second = await openWindow();
    first.store.dispatch({ type: 'delete', id: 'b' });
    await first.autosave.flush();
    second.store.dispatch({ type: 'rename', id: 'b', name: { zh: '留', en: 'Kept' } });
    await second.autosave.flush();
    expect((await stored(first, 'b'))!.name.en).toBe('Kept');
    await first.autosave.refresh();
    expect(nameOf(first, 'b')).toBe('Kept');
  });

  it('two windows make a copy of the same built-in at once: two records, unique ids and names', async () => {
    const first = await openWindow();
    const second = await openWindow();
    first.store.dispatch({ type: 'duplicate', id: 'plan-target' });
    second.store.dispatch({ type: 'duplicate', id: 'plan-target' });
    await Promise.all([first.autosave.flush(), second.autosave.flush()]);
    expect(await storedIds(first)).toEqual(['plan-target-copy', 'plan-target-copy-2']);
    const later = ids(first).length === 2 ? first : second;
    expect(ids(later)).toEqual(['plan-target-copy', 'plan-target-copy-2']);
    expect(nameOf(later, 'plan-target-copy-2')).toBe('Plan target (copy 2)');
  });

  it('undo in a window never drops or reverts what another window saved meanwhile', async () => {
    const first = await openWindow(START);
    const second = await openWindow();
    const history = createLeverHistory(second.store);
    second.store.dispatch({ type: 'rename', id: 'a', name: { zh: '乙', en: 'Second\'s edit' } });
    await second.autosave.flush();
    first.store.dispatch({ type: 'add', file: userFile('from-first'), notice: { kind: 'info', key: 'scen.imported', params: { name: 'x' } } });
    first.store.dispatch({ type: 'rename', id: 'b', name: { zh: '甲', en: 'First\'s edit' } });
    await first.autosave.flush();
    await second.autosave.refresh();
    expect(ids(second)).toEqual(['a', 'b', 'from-first']);
    // Undo of the second window's own rename: its rename goes, the first window's scenario and edit stay.
    expect(history.canUndo()).toBe(true);
    history.undo();
    await second.autosave.flush();
    expect(history.canUndo()).toBe(false);
    expect(nameOf(second, 'a')).toBe('Scenario a');
    expect(ids(second)).toEqual(['a', 'b', 'from-first']);
    expect(nameOf(second, 'b')).toBe('First\'s edit');
    expect(await storedIds(first)).toEqual(['a', 'b', 'from-first']);
    expect((await stored(first, 'b'))!.name.en).toBe('First\'s edit');
    history.dispose();
  });

  it('with a BroadcastChannel, a write in one window is taken in by the other without a reload', async () => {
    const channel = `planpath-test-${Math.random()}`;
    const first = await openWindow(START, channel);
    const second = await openWindow(null, channel);
    first.store.dispatch({ type: 'add', file: userFile('from-first'), notice: { kind: 'info', key: 'scen.imported', params: { name: 'x' } } });
    await first.autosave.flush();
    await expect.poll(() => ids(second), { timeout: 5000 }).toEqual(['a', 'b', 'from-first']);
  });
});
