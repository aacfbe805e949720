/** Says when changes are not being saved (quota, no IndexedDB) and offers to export everything. */
import { useT } from '../i18n/use-t';
import { downloadAll } from '../io/export-all';
import { useAppState, useStore } from '../state/store';

export function StorageBanner() {
  const t = useT();
  const store = useStore();
  const storage = useAppState((s) => s.storage);
  if (storage.failed === null && storage.kind !== 'memory') return null;
  return (
    <div className="notice notice-error" role="alert" data-testid="storage-banner">
      <div>
        <p>{storage.failed !== null && storage.kind !== 'memory' ? t('storage.failed', { detail: storage.failed }) : t('storage.memory')}</p>
      </div>
      <button type="button" className="btn btn-small" onClick={() => downloadAll(store.getState())} data-testid="storage-export">
        {t('storage.exportAll')}
      </button>
    </div>
  );
}
