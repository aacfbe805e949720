/**
 * Scenarios: the built-in ones (read-only) and the user's own, with `extends` shown; duplicate,
 * rename, delete, export JSON, share link. Import validates the file first: a bad file lists every
 * problem (path, value, allowed) and changes nothing.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { formatIssue, issueCount, type ScenarioFile, type ValidationIssue } from '../../engine/index';
import { useLang, useT } from '../i18n/use-t';
import { admitScenario, portableFile, readJsonFile } from '../io/admit';
import { downloadScenario } from '../io/scenario-json';
import { encodeShare, shareUrl } from '../io/share-link';
import { allScenarios, isBuiltin } from '../state/scenarios';
import { useAppState, useDispatch, useStore } from '../state/store';
import { SetAsidePanel } from './set-aside-panel';

const DEFAULT_SEED = 20210101;

export function ScenarioManager() {
  const t = useT();
  const lang = useLang();
  const dispatch = useDispatch();
  const store = useStore();
  const user = useAppState((s) => s.userScenarios);
  const openId = useAppState((s) => s.openId);
  const compareIds = useAppState((s) => s.compareIds);
  const [importErrors, setImportErrors] = useState<{ file: string; issues: ValidationIssue[] } | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; text: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [share, setShare] = useState<{ id: string; url: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [lastFile, setLastFile] = useState<string | null>(null);

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setLastFile(file.name);
    setImported(null);
    const parsed = await readJsonFile(file);
    const admitted = parsed.ok ? admitScenario(parsed.value, store.getState().userScenarios) : parsed;
    if (!admitted.ok) {
      setImportErrors({ file: file.name, issues: admitted.issues });
      return;
    }
    setImportErrors(null);
    const f = admitted.file;
    dispatch({
      type: 'add',
      file: f,
      notice: admitted.renamedFrom ? { kind: 'info', key: 'scen.importedRenamed', params: { name: f.name, id: f.id, old: admitted.renamedFrom }, scenarioId: f.id } : { kind: 'info', key: 'scen.imported', params: { name: f.name }, scenarioId: f.id },
    });
    setImported(f.id);
  };

  const onShare = async (file: ScenarioFile) => {
    const portable = portableFile(file, user, isBuiltin);
    const encoded = await encodeShare({ schemaVersion: 1, seed: portable.seed ?? DEFAULT_SEED, scenario: portable });
    const url = shareUrl(window.location.href, encoded);
    setShare({ id: file.id, url });
    try {
      await navigator.clipboard?.writeText(url);
    } catch {
      /* the link is shown for manual copying */
    }
  };

  const toggleCompare = (id: string, on: boolean) => dispatch({ type: 'setCompare', ids: on ? [...compareIds, id] : compareIds.filter((x) => x !== id) });

  return (
    <section className="view" aria-labelledby="scen-title">
      <div className="view-head">
        <h2 id="scen-title">{t('scen.title')}</h2>
      </div>
      <p className="intro">{t('scen.intro')}</p>
      <div className="card">
        <h3 id="import-title">{t('scen.import')}</h3>
        <p className="hint" id="import-hint">{t('scen.importHint')}</p>
        <div className="file-pick">
          <input id="import-file" className="file-input" ref={fileInput} type="file" accept=".json,application/json" onChange={(e) => void onImport(e)} aria-labelledby="import-title" aria-describedby="import-hint" data-testid="import-file" />
          <label htmlFor="import-file" className="btn">
            {t('scen.chooseFile')}
          </label>
          <span className="hint" style={{ margin: 0 }}>{lastFile ?? t('scen.noFile')}</span>
        </div>
        {importErrors && (
          <div className="import-errors" role="alert" data-testid="import-errors">
            <p>{t('scen.importErrors', { file: importErrors.file, count: issueCount(importErrors.issues) })}</p>
            <ul>
              {importErrors.issues.map((issue, i) => (
                <li key={i}>{formatIssue(issue, lang)}</li>
              ))}
            </ul>
          </div>
        )}
        {imported && !importErrors && (
          <p className="import-ok" role="status" data-testid="import-ok">
            {t('scen.imported', { name: user.find((s) => s.id === imported)?.name[lang] ?? imported })}
          </p>
        )}
      </div>
      <div className="table-wrap">
        <table className="data" data-testid="scenario-list">
          <thead>
            <tr>
              <th scope="col">{t('scen.col.name')}</th>
              <th scope="col">{t('scen.col.id')}</th>
              <th scope="col">{t('scen.col.kind')}</th>
              <th scope="col">{t('scen.col.extends')}</th>
              <th scope="col">{t('scen.compareToggle')}</th>
              <th scope="col">{t('scen.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {allScenarios(user).map(({ file, builtin }) => {
              const name = file.name[lang];
              const isRenaming = renaming?.id === file.id;
              return (
                <tr key={file.id} data-testid={`scenario-row-${file.id}`}>
                  <td>
                    {isRenaming ? (
                      <form
                        className="actions"
                        onSubmit={(e) => {
                          e.preventDefault();
                          const text = renaming.text.trim();
                          if (text) dispatch({ type: 'rename', id: file.id, name: { zh: text, en: text } });
                          setRenaming(null);
                        }}
                      >
                        <input type="text" value={renaming.text} aria-label={t('scen.renameLabel', { name })} autoFocus onChange={(e) => setRenaming({ id: file.id, text: e.target.value })} data-testid={`rename-input-${file.id}`} />
                        <button type="submit" className="btn btn-small btn-primary" data-testid={`rename-save-${file.id}`}>
                          {t('scen.save')}
                        </button>
                        <button type="button" className="btn btn-small" onClick={() => setRenaming(null)}>
                          {t('scen.cancel')}
                        </button>
                      </form>
                    ) : (
                      <>
                        <span className="scenario-name" data-testid={`scenario-name-${file.id}`}>{name}</span>
                        {openId === file.id && <span className="badge" style={{ marginLeft: 6 }}>{t('scen.opened')}</span>}
                      </>
                    )}
                  </td>
                  <td className="scenario-id">{file.id}</td>
                  <td>{builtin ? t('scen.builtin') : t('scen.user')}</td>
                  <td className="scenario-id">{file.extends ?? t('common.none')}</td>
                  <td>
                    <input type="checkbox" checked={compareIds.includes(file.id)} disabled={!compareIds.includes(file.id) && compareIds.length >= 4} onChange={(e) => toggleCompare(file.id, e.target.checked)} aria-label={`${t('scen.compareToggle')}: ${name}`} />
                  </td>
                  <td>
                    <div className="actions">
                      <button type="button" className="btn btn-small" disabled={openId === file.id} onClick={() => dispatch({ type: 'open', id: file.id })} data-testid={`open-${file.id}`} aria-label={`${t('scen.open')}: ${name}`}>
                        {t('scen.open')}
                      </button>
                      <button type="button" className="btn btn-small" onClick={() => dispatch({ type: 'duplicate', id: file.id })} data-testid={`duplicate-${file.id}`} aria-label={`${t('scen.duplicate')}: ${name}`}>
                        {t('scen.duplicate')}
                      </button>
                      {!builtin && (
                        <button type="button" className="btn btn-small" onClick={() => setRenaming({ id: file.id, text: name })} data-testid={`rename-${file.id}`} aria-label={`${t('scen.rename')}: ${name}`}>
                          {t('scen.rename')}
                        </button>
                      )}
                      <button type="button" className="btn btn-small" onClick={() => downloadScenario(file)} data-testid={`export-${file.id}`} aria-label={`${t('scen.export')}: ${name}`}>
                        {t('scen.export')}
                      </button>
                      <button type="button" className="btn btn-small" onClick={() => void onShare(file)} data-testid={`share-${file.id}`} aria-label={`${t('scen.share')}: ${name}`}>
                        {t('scen.share')}
                      </button>
                      {!builtin &&
                        (deleting === file.id ? (
                          <span className="actions" role="group" aria-label={t('scen.deleteConfirm', { name })}>
                            <span className="hint" style={{ margin: 0 }}>{t('scen.deleteConfirm', { name })}</span>
                            <button type="button" className="btn btn-small btn-danger" onClick={() => { dispatch({ type: 'delete', id: file.id }); setDeleting(null); }} data-testid={`delete-confirm-${file.id}`}>
                              {t('scen.delete')}
                            </button>
                            <button type="button" className="btn btn-small" onClick={() => setDeleting(null)}>
                              {t('scen.cancel')}
                            </button>
                          </span>
                        ) : (
                          <button type="button" className="btn btn-small btn-danger" onClick={() => setDeleting(file.id)} data-testid={`delete-${file.id}`} aria-label={`${t('scen.delete')}: ${name}`}>
                            {t('scen.delete')}
                          </button>
                        ))}
                    </div>
                    {share?.id === file.id && (
                      <div className="share-box">
                        <label className="field" style={{ flex: 1 }}>
                          <span>{t('scen.shareReady', { name })}</span>
                          <input type="text" readOnly value={share.url} onFocus={(e) => e.target.select()} data-testid="share-link" />
                        </label>
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SetAsidePanel />
    </section>
  );
}
