/**
 * Calibration from history: a pasted or imported history CSV (same format as actuals) gives each
 * series' trend growth, volatility and autocorrelation of growth with standard errors and the
 * observations each rests on (engine/calibration), with warnings where they are too few. One button
 * writes them into the open scenario as its growth assumptions and uncertainty parameters (a built-in
 * is first copied, as for any edit).
 */
import { useMemo, useState, type ChangeEvent } from 'react';
import {
  decodeText, isPlanpathError, PlanpathError,
  DEFAULT_PUBLISHED_STATUSES, MIN_OBSERVATIONS, SECTORS, SECTOR_LABELS, calibrateHistory, calibratedScenario, historyCatalogue, historyNote, parseActuals,
  type Estimate, type Lang, type RatePath, type ResolvedScenario, type ScenarioFile, type SectorRates,
} from '../../engine/index';
import type { Translate } from '../i18n/index';
import { num, pct } from '../i18n/format';
import { findScenario, plan } from '../state/scenarios';
import { useAppState, useDispatch, useStore } from '../state/store';
import { IssueList } from './review-issues';
import { fileSizeIssue } from '../io/admit';
import { publishedHistoryCsv, publishedSource } from '../state/review-published';

/** The source name of the published history (shown translated). */
const PUBLISHED = '\u0000published';

/**
 * The history typed or imported last, kept while the app runs (switching views does not lose it). It
 * starts as the plan's published history (the real figures, few as they are) when the plan has one.
 */
let lastHistory: { text: string; source: string } = publishedSource ? { text: publishedHistoryCsv(DEFAULT_PUBLISHED_STATUSES), source: PUBLISHED } : { text: '', source: '' };

interface Props {
  scenario: ResolvedScenario;
  lang: Lang;
  t: Translate;
}

const rateText = (p: RatePath | undefined) => (p === undefined ? '-' : Array.isArray(p) ? p.map((x) => pct(x)).join(', ') : pct(p));

/** The lines saying what applying will set, in the current language. */
function proposalLines(file: ScenarioFile, t: Translate): string[] {
  const a = file.assumptions ?? {};
  const u = file.uncertainty;
  const out: string[] = [];
  const perSector = (v: SectorRates | number | Record<string, number>, key: 'cal.set.realGrowthSectors' | 'cal.set.volatilitySectors', one: 'cal.set.realGrowth' | 'cal.set.volatility') =>
    typeof v === 'object' && !Array.isArray(v)
      ? t(key, Object.fromEntries(SECTORS.map((s) => [s, rateText((v as Record<string, RatePath>)[s])])))
      : t(one, { value: rateText(v as RatePath) });
  if (a.realGrowth !== undefined) out.push(perSector(a.realGrowth, 'cal.set.realGrowthSectors', 'cal.set.realGrowth'));
  if (a.deflator !== undefined) out.push(t('cal.set.deflator', { value: rateText(a.deflator as RatePath) }));
  if (a.population) out.push(t('cal.set.population', { value: rateText(a.population.growth) }));
  if (u?.realGrowthVolatility !== undefined) out.push(perSector(u.realGrowthVolatility as number | Record<string, number>, 'cal.set.volatilitySectors', 'cal.set.volatility'));
  if (u?.persistence !== undefined) out.push(t('cal.set.persistence', { value: num(u.persistence, 2) }));
  if (u?.deflatorVolatility !== undefined) out.push(t('cal.set.deflatorVolatility', { value: pct(u.deflatorVolatility) }));
  if (u?.populationGrowthVolatility !== undefined) out.push(t('cal.set.populationVolatility', { value: pct(u.populationGrowthVolatility) }));
  if (u?.correlation) out.push(u.correlation.flat().every((x) => x === 1) ? t('cal.set.correlationOne') : t('cal.set.correlation'));
  return out;
}

function EstimateCell({ e, kind, min, t }: { e: Estimate; kind: 'rate' | 'ratio'; min: number; t: Translate }) {
  if (e.value === null) return <td className="num">{t('common.none')}</td>;
  const v = kind === 'rate' ? pct(e.value, 2) : num(e.value, 2);
  const se = e.standardError === null ? null : kind === 'rate' ? `${num(e.standardError * 100, 2)} ${t('cal.pp')}` : num(e.standardError, 2);
  return (
    <td className="num">
      {v}
      {se !== null && <span className="hint-inline"> ± {se}</span>}
      {e.tooFew && (
        <span className="warn-mark" title={t('cal.tooFew', { min })}>
          {' '}⚠<span className="sr-only">{t('cal.tooFew', { min })}</span>
        </span>
      )}
    </td>
  );
}

export function CalibrationPanel({ scenario, lang, t }: Props) {
  const dispatch = useDispatch();
  const store = useStore();
  const user = useAppState((s) => s.userScenarios);
  const [text, setText] = useState(lastHistory.text);
  const [source, setSource] = useState(lastHistory.source);
  const [applied, setApplied] = useState<string | null>(null);
  const update = (next: string, from: string) => {
    lastHistory = { text: next, source: from };
    setText(next);
    setSource(from);
    setApplied(null);
  };
  const parsed = useMemo(() => (text.trim() ? parseActuals(text, historyCatalogue(plan)) : null), [text]);
  const result = useMemo(() => (parsed && parsed.observations.length > 0 ? calibrateHistory(parsed.observations) : null), [parsed]);
  const sourceName = source === PUBLISHED ? t('cal.published') : source;
  const proposal = useMemo(
    () => (result ? calibratedScenario(result, { id: 'calibrated', name: { zh: '校准', en: 'Calibrated' }, extends: scenario.id, source: sourceName || t('cal.pasted') }) : undefined),
    [result, scenario.id, sourceName, t],
  );
  const note = useMemo(() => (result ? historyNote(result) : null), [result]);
  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    // The same reading as every import: refused over the size limit, UTF-8 or UTF-16 with a BOM, other encodings named.
    try {
      const big = fileSizeIssue(file.name, file.size);
      if (big) throw new PlanpathError('invalid-request', [big]);
      update(decodeText(new Uint8Array(await file.arrayBuffer()), file.name).text, file.name);
    } catch (error) {
      if (!isPlanpathError(error)) throw error;
      dispatch({ type: 'notice', notice: { kind: 'error', key: 'storage.fileRefused', issues: error.issues } });
    }
  };
  const apply = () => {
    if (!proposal) return;
    dispatch({ type: 'applyCalibration', assumptions: proposal.assumptions ?? {}, ...(proposal.uncertainty ? { uncertainty: proposal.uncertainty } : {}) });
    // A built-in is copied first: name the scenario that now holds the calibration. A refused edit says why in the notice.
    const state = store.getState();
    setApplied(state.notice?.kind === 'error' ? null : state.openId);
  };
  const corr = result?.sectorCorrelation;
  return (
    <div className="card" data-testid="calibration-panel" aria-labelledby="cal-title">
      <h3 id="cal-title">{t('cal.title')}</h3>
      <p className="hint" id="cal-hint">{t('cal.intro')}</p>
      <div className="cal-input">
        <label className="field" style={{ flex: 1 }}>
          <span>{t('cal.input')}</span>
          <textarea
            rows={6}
            value={text}
            spellCheck={false}
            placeholder={'year,series,value,source\n2001,realGrowth.tertiary,0.119,\n2002,realGrowth.tertiary,0.104,'}
            aria-describedby="cal-hint"
            onChange={(e) => update(e.target.value, '')}
            data-testid="calibration-input"
          />
        </label>
        <div className="actions" style={{ flexDirection: 'column', alignItems: 'stretch' }}>
          <div className="file-pick">
            <input id="calibration-import" className="file-input" type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void onImport(e)} aria-label={t('cal.importAria')} data-testid="calibration-import" />
            <label htmlFor="calibration-import" className="btn">
              {t('cal.import')}
            </label>
          </div>
          {publishedSource && (
            <button type="button" className="btn" title={t('cal.publishedHint')} onClick={() => update(publishedHistoryCsv(DEFAULT_PUBLISHED_STATUSES), PUBLISHED)} data-testid="calibration-published">
              {t('cal.published')}
            </button>
          )}
          <button type="button" className="btn" disabled={!text} onClick={() => update('', '')} data-testid="calibration-clear">
            {t('cal.clear')}
          </button>
        </div>
      </div>
      {source && <p className="hint" data-testid="calibration-source">{source === PUBLISHED ? t('cal.publishedHint') : t('cal.from', { file: source })}</p>}
      {parsed && parsed.issues.length > 0 && (
        <div className="import-errors" role="alert" data-testid="calibration-errors">
          <p>{t('cal.errors', { n: parsed.issues.length, good: parsed.observations.length })}</p>
          <IssueList issues={parsed.issues} lang={lang} t={t} />
        </div>
      )}
      {!parsed && <p className="hint">{t('cal.none')}</p>}
      {result && (
        <>
          <div className="table-wrap" style={{ marginTop: 10 }}>
            <table className="data" data-testid="calibration-estimates">
              <caption>{t('cal.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cal.col.series')}</th>
                  <th scope="col">{t('cal.col.kind')}</th>
                  <th scope="col" className="num">{t('cal.col.n')}</th>
                  <th scope="col" className="num">{t('cal.col.trend')}</th>
                  <th scope="col" className="num">{t('cal.col.volatility')}</th>
                  <th scope="col" className="num">{t('cal.col.persistence')}</th>
                </tr>
              </thead>
              <tbody>
                {result.series.map((c) => (
                  <tr key={c.key} data-testid={`calibration-${c.key}`}>
                    <th scope="row" className="scenario-id">{c.key}</th>
                    <td>{t(c.kind === 'level' ? 'cal.kind.level' : 'cal.kind.rate')}</td>
                    <td className="num">{c.estimates.trend.observations}</td>
                    <EstimateCell e={c.estimates.trend} kind="rate" min={MIN_OBSERVATIONS.trend} t={t} />
                    <EstimateCell e={c.estimates.volatility} kind="rate" min={MIN_OBSERVATIONS.volatility} t={t} />
                    <EstimateCell e={c.estimates.persistence} kind="ratio" min={MIN_OBSERVATIONS.persistence} t={t} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{t('cal.legend', { trend: MIN_OBSERVATIONS.trend, volatility: MIN_OBSERVATIONS.volatility, persistence: MIN_OBSERVATIONS.persistence })}</p>
          {note && <p className={note.few ? 'warnings' : 'hint'} data-testid="calibration-note">{note.text[lang]}</p>}
          {corr && (
            <div className="table-wrap corr-wrap">
              <table className="data" data-testid="calibration-correlation">
                <caption>{t('cal.correlation', { n: corr.observations })}</caption>
                <thead>
                  <tr>
                    <td />
                    {SECTORS.map((s) => (
                      <th key={s} scope="col" className="num">{SECTOR_LABELS[s][lang]}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {SECTORS.map((s, i) => (
                    <tr key={s}>
                      <th scope="row">{SECTOR_LABELS[s][lang]}</th>
                      {corr.matrix[i].map((x, j) => (
                        <td key={j} className="num">{num(x, 2)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {result.warnings.length > 0 && (
            <div className="warnings" role="note" data-testid="calibration-warnings">
              <p>{t('cal.warnings', { n: result.warnings.length })}</p>
              <ul>
                {result.warnings.map((w, i) => (
                  <li key={i}>{w[lang]}</li>
                ))}
              </ul>
            </div>
          )}
          {proposal ? (
            <div className="result-box">
              <p>{t('cal.proposal', { name: scenario.name[lang] })}</p>
              <ul className="proposal" data-testid="calibration-proposal">
                {proposalLines(proposal, t).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
              {scenario.growthMode === 'investment' && <p className="hint">{t('cal.investmentNote')}</p>}
              <div className="actions">
                <button type="button" className="btn btn-primary" onClick={apply} data-testid="calibration-apply">
                  {t('cal.apply')}
                </button>
                {applied && (
                  <span className="import-ok" role="status" style={{ margin: 0 }} data-testid="calibration-applied">
                    {t('cal.applied', { name: findScenario(applied, user)?.name[lang] ?? applied })}
                  </span>
                )}
              </div>
            </div>
          ) : (
            <p className="hint">{t('cal.nothing')}</p>
          )}
        </>
      )}
    </div>
  );
}
