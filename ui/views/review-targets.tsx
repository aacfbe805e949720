/**
 * Targets re-anchored at the last observed year: for every target, its last observation, the
 * projection before and after the review, the constant annual change required before and now, and
 * the probability of meeting it under the scenario's uncertainty (Monte Carlo from the re-anchored
 * base, delivered in the background; a probability of an older input is never shown).
 */
import { useState } from 'react';
import type { Lang, PlanIndicator, ReviewResult, ReviewTarget } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { indicatorUnit, indicatorValue, num, pct, signedPct } from '../i18n/format';
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

/** Shown by default: targets with something to say (a projection or an observation). */
const informative = (r: ReviewTarget) => r.projected !== null || r.lastObserved !== null || r.originalProjected !== null;
/** Observed or model-computed targets first: the review speaks about them with most confidence. */
const rank = (r: ReviewTarget) => (r.lastObserved !== null ? 0 : r.basis === 'model' ? 1 : 2);

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
  const change = (v: number | null) => (v === null ? none : signedPct(v, 2));
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
                  <td className="num" data-testid={`review-projected-${r.id}`}>
                    <BeforeNow before={value(r.originalProjected, ind)} now={value(r.projected, ind)} />
                  </td>
                  <td>{r.met === null ? none : <span className={`badge badge-${r.met ? 'met' : 'missed'}`}>{t(r.met ? 'status.met' : 'status.missed')}</span>}</td>
                  <td className="num" data-testid={`review-required-${r.id}`}>
                    <BeforeNow before={change(r.originalRequiredAnnualChange)} now={change(r.requiredAnnualChange)} />
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
