/** The notice under the header: information (polite) or an error with the engine's issues listed. */
import { formatIssue } from '../../engine/index';
import { useLang, useT } from '../i18n/use-t';
import type { Notice, NoticeParam } from '../state/app-state';
import { useAppState, useDispatch } from '../state/store';
import type { Lang, ScenarioFile } from '../../engine/index';
import { findScenario } from '../state/scenarios';

/**
 * Notice parameters in the current language. A notice about a scenario shows the scenario's current
 * name (looked up by id in `user`, so it follows a rename); the name stored at notice time is the fallback.
 */
export function noticeParams(notice: Notice, lang: Lang, user: readonly ScenarioFile[] = []): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(notice.params ?? {})) out[k] = typeof v === 'object' ? (v as Exclude<NoticeParam, string | number>)[lang] : v;
  const current = notice.scenarioId ? findScenario(notice.scenarioId, user) : undefined;
  if (current && 'name' in out) out.name = current.name[lang];
  return out;
}

export function NoticeBar() {
  const t = useT();
  const lang = useLang();
  const dispatch = useDispatch();
  const notice = useAppState((s) => s.notice);
  const user = useAppState((s) => s.userScenarios);
  if (!notice) return <div className="notice-slot" aria-live="polite" />;
  const params = noticeParams(notice, lang, user);
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <div>
        <p>
          {t(notice.key, params)}
          {params.detail !== undefined && !notice.issues?.length ? ` ${params.detail}` : ''}
        </p>
        {notice.issues && notice.issues.length > 0 && (
          <ul>
            {notice.issues.map((issue, i) => (
              <li key={i}>{formatIssue(issue, lang)}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="btn btn-small" onClick={() => dispatch({ type: 'notice', notice: null })}>
        {t('notice.close')}
      </button>
    </div>
  );
}
