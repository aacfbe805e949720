/**
 * A scorecard row opened: the plan's own sentence with its chapter and section, the target as
 * written, a proxy target's source, notes, and (for indicators the model does not compute) the
 * scenario's annual-change assumption, editable here.
 */
import { useState } from 'react';
import type { Lang, PlanIndicator, TargetResult } from '../../engine/index';
import type { MessageKey, Translate } from '../i18n/index';
import { useOpenScenario } from '../state/derived';
import { plan } from '../state/scenarios';
import { useDispatch } from '../state/store';

/** The annual-change assumption of an indicator the model does not compute. */
function TrajectoryEditor({ ind, result, t }: { ind: PlanIndicator; result?: TargetResult; t: Translate }) {
  const dispatch = useDispatch();
  const open = useOpenScenario();
  const own = open.ok ? open.value.scenario.assumptions.indicators?.[ind.id] : undefined;
  const [text, setText] = useState(own && 'annualChange' in own ? String(Number((own.annualChange * 100).toFixed(4))) : '');
  const value = Number(text) / 100;
  const valid = text.trim() !== '' && Number.isFinite(value) && value > -1 && value <= 10;
  return (
    <div className="toolbar" style={{ marginTop: 8 }}>
      <label className="field">
        <span>{t('score.detail.annualChange')}</span>
        <input type="number" step="0.1" value={text} onChange={(e) => setText(e.target.value)} data-testid={`trajectory-${ind.id}`} style={{ width: 100 }} />
      </label>
      <button type="button" className="btn btn-small btn-primary" disabled={!valid} onClick={() => dispatch({ type: 'setIndicator', id: ind.id, trajectory: { annualChange: value } })} data-testid={`trajectory-set-${ind.id}`}>
        {t('score.detail.setPath')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => dispatch({ type: 'setIndicator', id: ind.id, trajectory: null })}>
        {t('score.detail.resetPath')}
      </button>
      {result && <span className="hint">{t('score.detail.current', { basis: t(`score.basis.${result.basis}` as MessageKey) })}</span>}
    </div>
  );
}

export function ScorecardDetail({ ind, result, lang, t, onClose }: { ind: PlanIndicator; result?: TargetResult; lang: Lang; t: Translate; onClose: () => void }) {
  const proxy = result?.proxyAssumption ? plan.assumptions[result.proxyAssumption] : undefined;
  return (
    <div className="detail" data-testid={`detail-${ind.id}`}>
      <p className="hint">{t('score.detail.quote')}</p>
      <blockquote lang="zh-CN">{ind.source.quote}</blockquote>
      <dl>
        <dt>{t('score.detail.where')}</dt>
        <dd>
          {ind.source.chapter}
          {ind.source.section ? ` · ${ind.source.section}` : ''}
        </dd>
        {ind.target?.text && (
          <>
            <dt>{t('score.detail.targetText')}</dt>
            <dd>{ind.target.text[lang]}</dd>
          </>
        )}
        {proxy && (
          <>
            <dt>{t('score.detail.proxy')}</dt>
            <dd>
              {proxy.label[lang]}: {proxy.value}
              {proxy.unit} — {proxy.source[lang]}
            </dd>
          </>
        )}
        {ind.note && (
          <>
            <dt>{t('score.detail.note')}</dt>
            <dd>{ind.note[lang]}</dd>
          </>
        )}
      </dl>
      {!ind.model && ind.base && (
        <>
          <p className="hint" style={{ marginTop: 10, marginBottom: 0 }}>{t('score.detail.trajectory')}</p>
          <TrajectoryEditor ind={ind} result={result} t={t} />
        </>
      )}
      <button type="button" className="btn btn-small" onClick={onClose}>
        {t('score.detail.close')}
      </button>
    </div>
  );
}
