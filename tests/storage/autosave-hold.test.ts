/**
 * Autosave while a lever is held: the ~60 changes a second of a drag are written at most once per
 * interval (trailing, with the latest state), and release, an explicit flush, an export flush and
 * stopping write what is deferred at once. Nothing is lost: the stored record always ends equal to the
 * state. Timers are fake (no wall-clock assertions).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reduce } from '../../ui/state/reducer';
import { createStore } from '../../ui/state/store';
import { bootState, COLLECTIONS, memoryStorage, startAutosave } from '../../ui/state/storage/index';
import { flushPendingAutosaves, type AutosaveHold } from '../../ui/state/storage/autosave';
import { flakyStorage, legacyStorage, NOW, userFile } from './helpers';

function fakeHold(intervalMs = 250): AutosaveHold & { held: boolean; release: () => void } {
  const listeners = new Set<() => void>();
  const h = {
    held: false,
    intervalMs,
    isHeld: () => h.held,
    onRelease: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    release: () => {
      h.held = false;
      for (const l of [...listeners]) l();
    },
  };
  return h;
}

async function setup(hold: AutosaveHold) {
  const inner = memoryStorage('indexeddb');
  const storage = flakyStorage(inner);
  const { state } = await bootState({ open: async () => storage, legacy: legacyStorage(JSON.stringify({ openId: 'a', userScenarios: [userFile('a')] })), defaultLang: 'en', now: NOW });
  const store = createStore(reduce, state);
  const statuses: string[] = [];
  const autosave = startAutosave(store, storage, (s) => statuses.push(s), COLLECTIONS, {}, hold);
  storage.batches.length = 0;
  const rename = (i: number) => store.dispatch({ type: 'rename', id: 'a', name: { zh: `甲 ${i}`, en: `A ${i}` } });
  const storedName = () => (inner.records.scenarios.get('a') as { name: { en: string } } | undefined)?.name.en;
  return { inner, storage, store, autosave, statuses, rename, storedName };
}

describe('autosave while a lever is held', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('30 changes 16 ms apart (480 ms of drag) make 3 writes, not 30; release writes the last state at once', async () => {
    const hold = fakeHold(250);
    const s = await setup(hold);
    hold.held = true;
    for (let i = 1; i <= 30; i++) {
      s.rename(i);
      await vi.advanceTimersByTimeAsync(16);
    }
    // First change written at t=0; then trailing writes at t=250 and t=500 would be the only others:
    // by t=480 the writes made are at 0 and 250 (and one deferred, pending).
    expect(s.storage.batches.length).toBe(2);
    expect(s.statuses.at(-1)).toBe('busy');
    expect(s.storedName()).not.toBe('A 30');
    hold.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.storage.batches.length).toBe(3);
    expect(s.storedName()).toBe('A 30');
    expect(s.statuses.at(-1)).toBe('idle');
    s.autosave.stop();
  });

  it('a held lever with no release still gets its last change written within the interval', async () => {
    const hold = fakeHold(250);
    const s = await setup(hold);
    hold.held = true;
    s.rename(1);
    await vi.advanceTimersByTimeAsync(0);
    s.rename(2);
    s.rename(3);
    await vi.advanceTimersByTimeAsync(249);
    expect(s.storedName()).toBe('A 1');
    await vi.advanceTimersByTimeAsync(2);
    expect(s.storedName()).toBe('A 3');
    expect(s.storage.batches.length).toBe(2);
    s.autosave.stop();
  });

  it('the status stays busy while a deferred write is pending, even when an earlier write ends meanwhile', async () => {
    const hold = fakeHold(250);
    const s = await setup(hold);
    hold.held = true;
    s.rename(1);
    s.rename(2);
    await vi.advanceTimersByTimeAsync(10);
    expect(s.storedName()).toBe('A 1');
    expect(s.statuses.at(-1)).toBe('busy');
    await vi.advanceTimersByTimeAsync(250);
    expect(s.storedName()).toBe('A 2');
    expect(s.statuses.at(-1)).toBe('idle');
    s.autosave.stop();
  });

  it('flush(), an export flush and stop() write a deferred change at once', async () => {
    const hold = fakeHold(250);
    const s = await setup(hold);
    hold.held = true;
    s.rename(1);
    s.rename(2);
    await s.autosave.flush();
    expect(s.storedName()).toBe('A 2');
    s.rename(3);
    await flushPendingAutosaves();
    expect(s.storedName()).toBe('A 3');
    s.rename(4);
    s.autosave.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.storedName()).toBe('A 4');
  });

  it('no lever held: every change is written at once, as before', async () => {
    const hold = fakeHold(250);
    const s = await setup(hold);
    s.rename(1);
    await s.autosave.flush();
    s.rename(2);
    await s.autosave.flush();
    expect(s.storage.batches.length).toBe(2);
    expect(s.storedName()).toBe('A 2');
    s.autosave.stop();
  });
});
