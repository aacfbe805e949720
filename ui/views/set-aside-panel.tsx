/**
 * Saved data that could not be loaded (an unreadable saved state, a saved scenario that fails
 * validation), kept as it was: each item with its problems, Export and Forget.
 */
import { formatIssue } from '../../engine/index';
import { useLang, useT } from '../i18n/use-t';
import { downloadBlob } from '../io/download';
import { downloadAll } from '../io/export-all';
import type { SetAsideItem } from '../state/storage/storage-types';
import { useAppState, useDispatch, useStore } from '../state/store';

function exportItem(item: SetAsideItem): void {
  const stem = item.label.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60) || 'saved';
  downloadBlob(new Blob([item.text], { type: 'application/json' }), `set-aside-${stem}.json`);
}

export function SetAsidePanel() {
  const t = useT();
  const lang = useLang();
  const store = useStore();
  const dispatch = useDispatch();
  const items = useAppState((s) => s.setAside);
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="set-aside-title" data-testid="set-aside">
      <h3 id="set-aside-title">{t('storage.setAsideTitle')}</h3>
      <p className="hint">{t('storage.setAsideHint')}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-testid="set-aside-item">
            <strong>{item.reason === 'unreadable-state' ? t('storage.reasonUnreadable', { label: item.label }) : t('storage.reasonInvalid', { label: item.label })}</strong>{' '}
            ({t('storage.problems', { n: item.issues.length })}){' '}
            <button type="button" className="btn btn-small" onClick={() => exportItem(item)}>
              {t('storage.export')}
            </button>{' '}
            <button type="button" className="btn btn-small" onClick={() => window.confirm(t('storage.forgetConfirm')) && dispatch({ type: 'dropSetAside', id: item.id })}>
              {t('storage.forget')}
            </button>
            <ul>
              {item.issues.slice(0, 5).map((issue, i) => (
                <li key={i}>{formatIssue(issue, lang)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <button type="button" className="btn" onClick={() => downloadAll(store.getState())}>
        {t('storage.exportAll')}
      </button>
    </section>
  );
}
