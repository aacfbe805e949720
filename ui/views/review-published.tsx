/**
 * The plan's published statistics in the Review view: every figure with its year, value and unit as
 * published, its status (final / preliminary / estimate / uncertain), whether the review uses it and why
 * not, and its source (address, with the quoted sentence as a tooltip). Status boxes choose which
 * figures the review uses (final and preliminary by default). For a scenario with saved observations the
 * list is shown for reference: the saved ones take precedence.
 */
import { PUBLISHED_STATUSES, PUBLISHED_STATUS_LABELS, type Lang, type PublishedInputs, type PublishedStatus } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { publishedSource } from '../state/review-published';

interface Props {
  inputs: PublishedInputs;
  statuses: readonly PublishedStatus[];
  onStatuses: (next: PublishedStatus[]) => void;
  /** True when the scenario's saved observations are used instead. */
  superseded: boolean;
  /** Copies the used figures into the scenario's saved observations; absent when superseded. */
  onCopy?: () => void;
  lang: Lang;
  t: Translate;
}

/** A short label of a source address: its host. */
function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function PublishedCard({ inputs, statuses, onStatuses, superseded, onCopy, lang, t }: Props) {
  const on = new Set(statuses);
  const toggle = (s: PublishedStatus, checked: boolean) => onStatuses(PUBLISHED_STATUSES.filter((x) => (x === s ? checked : on.has(x))));
  const used = inputs.choices.filter((c) => c.reason === 'used').length;
  return (
    <div className="card" aria-labelledby="review-published-title" data-testid="review-published">
      <div className="card-head">
        <h3 id="review-published-title">{t('review.published.title')}</h3>
        {onCopy && !superseded && (
          <button type="button" className="btn" onClick={onCopy} disabled={used === 0} data-testid="review-published-copy">
            {t('review.published.copy')}
          </button>
        )}
      </div>
      <p className="hint">{t('review.published.intro', { description: publishedSource?.description[lang] ?? '' })}</p>
      {superseded && <p className="hint hint-readonly" data-testid="review-published-superseded">{t('review.published.savedNote')}</p>}
      <fieldset className="checks" disabled={superseded}>
        <legend className="hint-inline">{t('review.published.statuses')}</legend>
        {PUBLISHED_STATUSES.map((s) => (
          <label key={s}>
            <input type="checkbox" checked={on.has(s)} onChange={(e) => toggle(s, e.target.checked)} aria-label={t('review.published.statusAria', { status: PUBLISHED_STATUS_LABELS[s][lang] })} data-testid={`published-status-${s}`} />
            <span className={`badge badge-status-${s}`}>{PUBLISHED_STATUS_LABELS[s][lang]}</span>
          </label>
        ))}
      </fieldset>
      <div className="table-wrap" style={{ marginTop: 8 }}>
        <table className="data review-published" data-testid="review-published-table" data-used={used}>
          <thead>
            <tr>
              <th scope="col">{t('review.published.col.year')}</th>
              <th scope="col">{t('review.published.col.series')}</th>
              <th scope="col" className="num">{t('review.published.col.value')}</th>
              <th scope="col">{t('review.published.col.status')}</th>
              <th scope="col">{t('review.published.col.use')}</th>
              <th scope="col">{t('review.published.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {inputs.choices.map(({ figure: f, reason }) => (
              <tr key={f.line} data-testid={`published-${f.sourceSeries}-${f.yearText}`} data-reason={reason} className={reason === 'used' && !superseded ? 'row-used' : 'row-unused'}>
                <td>{f.yearText}</td>
                <th scope="row" className="series-cell">
                  {f.sourceSeries}
                  {f.series && f.series !== f.sourceSeries && <span className="sub">→ {f.series}</span>}
                </th>
                <td className="num">
                  {f.valueText} <span className="hint-inline">{f.unit}</span>
                </td>
                <td>
                  <span className={`badge badge-status-${f.status}`} title={f.statusText}>
                    {PUBLISHED_STATUS_LABELS[f.status][lang]}
                  </span>
                </td>
                <td className="reason-cell">
                  {reason === 'used' && !superseded ? <strong>{t('review.published.reason.used')}</strong> : t(`review.published.reason.${reason}`)}
                  {f.why && reason !== 'used' && <span className="sub">{f.why[lang]}</span>}
                </td>
                <td className="source-cell">
                  <a href={f.sourceUrl} target="_blank" rel="noreferrer noopener" title={t('review.published.quote', { quote: f.quote })}>
                    {host(f.sourceUrl)}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
