/**
 * Targets re-anchored at the last observed year: for every target, its last observation, the
 * projection before and after the review, the constant annual change required before and now, and
 * the probability of meeting it under the scenario's uncertainty (Monte Carlo from the re-anchored
 * base, delivered in the background; a probability of an older input is never shown).
 */
import { useState } from 'react';
import { PROGRESS_CLASS_LABELS, type Lang, type PlanIndicator, type ReviewResult, type ReviewTarget } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { indicatorUnit, indicatorValue, num, pct, pp, signedPct } from '../i18n/format';
import { plan } from '../state/scenarios';

/** What the Monte Carlo column shows. */
export type ProbabilityState =
  | { kind: 'ready'; byId: Readonly<Record<string, number>> }
  | { kind: 'pending' }
  | { kind: 'unavailable'; reason: 'noUncertainty' | 'noYears' | 'error' };

interface Props {
  review: ReviewResult;
  probabilities: ProbabilityState;
  lang: Lang;
  t: Translate;
}

const SYMBOL = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' } as const;

/** A value in the indicator's unit without the unit (it has its own column); percent units keep "%". */
function plain(v: number, ind: PlanIndicator, lang: Lang): string {
  return ind.unit === '%' ? indicatorValue(v, ind, lang) : num(v);
}

function targetText(r: ReviewTarget, ind: PlanIndicator, lang: Lang): string {
  if (r.comparator === 'range') {
    const range = ind.target?.comparator === 'range' ? ind.target : undefined;
    return range?.min !== undefined && range.max !== undefined ? `${plain(range.min, ind, lang)}-${plain(range.max, ind, lang)}` : plain(r.target, ind, lang);
  }
  return `${SYMBOL[r.comparator]} ${plain(r.target, ind, lang)}`;
}

/** Shown by default: targets with something to say (a projection, an observation or a lower bound). */
const informative = (r: ReviewTarget) => r.projected !== null || r.lastObserved !== null || r.originalProjected !== null || r.progress.year !== null;
/** Classified, then observed, then model-computed targets first: the review speaks about them with most confidence. */
const rank = (r: ReviewTarget) => (r.progress.class !== null ? 0 : r.lastObserved !== null || r.progress.year !== null ? 1 : r.basis === 'model' ? 2 : 3);

/** The badge class of each honest status (styles.css). */
const STATUS_BADGE: Record<ReviewTarget['status'], string> = { met: 'met', 'at-risk': 'atRisk', missed: 'missed', assumed: 'assumed', 'not-assessed': 'none' };
const STATUS_KEY = { met: 'status.met', 'at-risk': 'status.atRisk', missed: 'status.missed', assumed: 'status.assumed', 'not-assessed': 'common.none' } as const;

/** The mid-term class of a target: its name and the share of the expected progress made, or why there is none. */
function ProgressCell({ r, ind, lang, t }: { r: ReviewTarget; ind: PlanIndicator; lang: Lang; t: Translate }) {
  const p = r.progress;
  if (p.class) {
    return (
      <>
        <span className={`badge badge-class-${p.class}`}>{PROGRESS_CLASS_LABELS[p.class][lang]}</span>
        {p.progressRatio !== null && <span className="hint-inline"> {Math.round(p.progressRatio * 100)}%</span>}
        {p.year !== null && p.pathValue !== null && <span className="sub">{`${p.year}: ${plain(p.observed!, ind, lang)} / ${plain(p.pathValue, ind, lang)}`}</span>}
      </>
    );
  }
  if (p.reason === 'lower-bound') return <span className="hint-inline">{t('review.class.lowerBound', { value: plain(p.observed!, ind, lang), year: p.year!, path: plain(p.pathValue!, ind, lang) })}</span>;
  return <span className="hint-inline">{t('review.class.none')}</span>;
}

function BeforeNow({ before, now }: { before: string; now: string }) {
  return (
    <>
      <span className="before">{before}</span>
      <span className="arrow-sep" aria-hidden="true">→</span>
      <strong>{now}</strong>
    </>
  );
}

export function ReviewTargets({ review, probabilities, lang, t }: Props) {
  const [all, setAll] = useState(false);
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const rows = review.targets.filter((r) => all || informative(r)).map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map((x) => x.r);
  const none = t('common.none');
  const value = (v: number | null, ind: PlanIndicator) => (v === null ? none : plain(v, ind, lang));
  // A rate of the level in %, or (the scorecard's `points` kind, shares in %) percentage points a year.
  const change = (v: number | null, kind: ReviewTarget['changeKind']) => (v === null ? none : kind === 'points' ? pp(v / 100, lang, 2) : signedPct(v, 2));
  const probability = (r: ReviewTarget) => {
    if (r.probability !== null) return <strong>{pct(r.probability)}</strong>;
    if (probabilities.kind === 'pending') return <span className="pending" aria-busy="true">{t('review.prob.pending')}</span>;
    if (probabilities.kind !== 'ready') return none;
    const p = probabilities.byId[r.id];
    if (p === undefined) return <span className="hint-inline" title={t('review.targets.notModelled')}>{none}</span>;
    return (
      <>
        <span className="prob-bar" style={{ width: `${Math.round(p * 40)}px` }} aria-hidden="true" />
        <strong>{pct(p)}</strong>
      </>
    );
  };
  return (
    <div className="card" aria-labelledby="review-targets-title">
      <div className="card-head">
        <h3 id="review-targets-title">{t('review.targets.title', { year: review.anchorYear })}</h3>
        <label className="check">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="review-targets-all" />
          {t('review.targets.showAll', { n: review.targets.length })}
        </label>
      </div>
      <p className="hint">{t('review.targets.intro', { base: review.original.baseYear })}</p>
      <div className="table-wrap">
        <table className="data review-targets" data-testid="review-targets">
          <thead>
            <tr>
              <th scope="col">{t('review.targets.col.indicator')}</th>
              <th scope="col">{t('review.targets.col.target')}</th>
              <th scope="col" className="num">{t('review.targets.col.lastObserved')}</th>
              <th scope="col">{t('review.targets.col.class')}</th>
              <th scope="col" className="num">{t('review.targets.col.projected')}</th>
              <th scope="col">{t('review.targets.col.status')}</th>
              <th scope="col" className="num">{t('review.targets.col.required')}</th>
              <th scope="col">{t('review.targets.col.probability')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const ind = byId.get(r.id)!;
              return (
                <tr key={r.id} data-testid={`review-target-${r.id}`}>
                  <th scope="row">
                    {ind.label[lang]}
                    {r.proxyAssumption ? ` ${t('score.proxyMark')}` : ''}
                    <span className="sub">
                      {t('review.targets.unit', { unit: indicatorUnit(ind, lang) })}
                      {r.basis !== 'model' ? ` · ${t('review.targets.basis', { basis: t(`score.basis.${r.basis}`) })}` : ''}
                    </span>
                  </th>
                  <td>
                    {targetText(r, ind, lang)} <span className="hint-inline">({r.year})</span>
                  </td>
                  <td className="num">{r.lastObserved === null ? none : <>{value(r.lastObserved, ind)} <span className="hint-inline">({r.lastObservedYear})</span></>}</td>
                  <td data-testid={`review-class-${r.id}`} data-class={r.progress.class ?? r.progress.reason ?? ''}>
                    <ProgressCell r={r} ind={ind} lang={lang} t={t} />
                  </td>
                  <td className="num" data-testid={`review-projected-${r.id}`}>
                    <BeforeNow before={value(r.originalProjected, ind)} now={value(r.projected, ind)} />
                  </td>
                  <td data-testid={`review-status-${r.id}`} data-status={r.status}>
                    {r.status === 'not-assessed' ? none : <span className={`badge badge-${STATUS_BADGE[r.status]}`}>{t(STATUS_KEY[r.status])}</span>}
                    {r.observedPace && (
                      <span className="sub">{t('review.targets.pace', { from: r.observedPace.fromYear, to: r.observedPace.toYear, value: plain(r.observedPace.projected, ind, lang), year: r.year })} {r.observedPace.met ? '✓' : '✗'}</span>
                    )}
                  </td>
                  <td className="num" data-testid={`review-required-${r.id}`}>
                    <BeforeNow before={change(r.originalRequiredAnnualChange, r.changeKind)} now={change(r.requiredAnnualChange, r.changeKind)} />
                    {r.requiredAnnualChange !== null && <span className="sub">{t('review.targets.from', { year: r.requiredFromYear })}</span>}
                  </td>
                  <td className="prob-cell" data-testid={`review-prob-${r.id}`}>{probability(r)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
