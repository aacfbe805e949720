/** Shared pieces of the storage tests: a legacy localStorage stub, scenarios, a storage that fails on demand. */
import type { ScenarioFile } from '../../engine/index';
import type { AppStorage, StorageBatch } from '../../ui/state/storage/index';

export const NOW = '2026-01-02T03:04:05.000Z';

export function legacyStorage(text: string | null): Pick<Storage, 'getItem'> & { text: string | null } {
  const store = { text, getItem: (key: string) => (key === 'planpath.state.v1' ? store.text : null) };
  return store;
}

export const userFile = (id: string, tertiary = 0.08): ScenarioFile => ({ schemaVersion: 1, id, name: { zh: `情景 ${id}`, en: `Scenario ${id}` }, extends: 'historical-trend', assumptions: { realGrowth: { tertiary } } } as ScenarioFile);

/** A storage whose writes fail with a QuotaExceededError while `full` is true; `batches` records every write tried. */
export function flakyStorage(inner: AppStorage): AppStorage & { full: boolean; batches: StorageBatch[] } {
  const s = {
    kind: inner.kind,
    full: false,
    batches: [] as StorageBatch[],
    readAll: () => inner.readAll(),
    async apply(batch: StorageBatch) {
      s.batches.push(batch);
      if (s.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return inner.apply(batch);
    },
  };
  return s;
}
