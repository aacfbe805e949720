/**
 * Plan against actual: a chart of one observed series (observations, the scenario's path, the path
 * re-anchored at the last observed year, the plan's path to its target) and a table of every
 * observation with its deviation from both paths, in value and in percent.
 */
import { useMemo, useState } from 'react';
import { autoDecimals, PUBLISHED_STATUS_LABELS, type ActualComparison, type ActualsCatalogue, type Lang, type ReviewResult } from '../../engine/index';
import { ChartFrame } from '../charts/chart-frame';
import { reviewFigure } from '../charts/review-chart';
import type { Translate } from '../i18n/index';
import { num, pp, signedPct } from '../i18n/format';
import { observedSeries, seriesDisplay, seriesPaths, type SeriesDisplay } from '../state/review-series';
import { plan } from '../state/scenarios';
import { csvText } from '../io/csv';
import { csvFileName } from '../io/file-name';
import { downloadCsv } from '../io/download';
import { reviewCsvRows } from '../io/review-csv';

interface Props {
  review: ReviewResult;
  catalogue: ActualsCatalogue;
  scenarioId: string;
  scenarioName: string;
  lang: Lang;
  t: Translate;
}

const signed = (x: number, decimals: number) => (x > 0 ? `+${num(x, decimals)}` : num(x, decimals));

/** A value in its display unit: "34.6%" for percent series, else the number (the unit has its column). */
function shown(v: number | null, d: SeriesDisplay, t: Translate): string {
  if (v === null) return t('common.none');
  return d.percent ? `${num(v * d.factor)}%` : num(v * d.factor);
}

/**
 * A deviation: percentage points for percent series, else the value with as many decimals as the
 * observation needs; with the relative deviation when there is one.
 */
function deviation(dev: number | null, devPct: number | null, observed: number, d: SeriesDisplay, lang: Lang, t: Translate): string {
  if (dev === null) return t('common.none');
  const abs = d.percent ? pp((dev * d.factor) / 100, lang) : signed(dev * d.factor, autoDecimals(observed * d.factor));
  return devPct === null ? abs : `${abs} (${signedPct(devPct)})`;
}

/** A source: a link when it is an address, else the text. */
function Source({ text, t }: { text: string | null; t: Translate }) {
  if (!text) return <>{t('common.none')}</>;
  if (!/^https?:\/\//.test(text)) return <>{text}</>;
  let label = text;
  try {
    label = new URL(text).host;
  } catch {
    // not a URL after all: show it as written
  }
  return (
    <a href={text} target="_blank" rel="noreferrer noopener" title={text}>
      {label}
    </a>
  );
}

export function ReviewComparison({ review, catalogue, scenarioId, scenarioName, lang, t }: Props) {
  const names = useMemo(() => observedSeries(review), [review]);
  const [picked, setPicked] = useState<string | null>(null);
  const series = picked && names.includes(picked) ? picked : names[0];
  const figure = useMemo(
    () => reviewFigure(seriesPaths(review, series, catalogue), seriesDisplay(series, catalogue, lang), review.anchorYear, plan.period.to, t),
    [review, series, catalogue, lang, t],
  );
  const display = (c: ActualComparison) => seriesDisplay(c.series, catalogue, lang);
  return (
    <div className="card" aria-labelledby="review-compare-title">
      <div className="card-head">
        <h3 id="review-compare-title">{t('review.compare.title')}</h3>
        <label className="field field-inline">
          <span>{t('review.compare.series')}</span>
          <select value={series} onChange={(e) => setPicked(e.target.value)} data-testid="review-series">
            {names.map((s) => {
              const d = seriesDisplay(s, catalogue, lang);
              return (
                <option key={s} value={s}>
                  {`${d.label} (${d.unit})`}
                </option>
              );
            })}
          </select>
        </label>
      </div>
      <ChartFrame id="review-chart" figure={figure} lang={lang} height={320} fileStem={`${scenarioId}-review-${series}`} />
      <div className="toolbar" style={{ marginTop: 12, marginBottom: 0 }}>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => downloadCsv(csvText(reviewCsvRows(review.comparisons, (x) => seriesDisplay(x, catalogue, lang), lang, t)), csvFileName(scenarioName, 'review'))}
          aria-label={t('csv.exportAria', { what: t('review.compare.table') })}
          data-testid="review-csv"
        >
          {t('csv.export')}
        </button>
      </div>
      <div className="table-wrap" style={{ marginTop: 12 }}>
        <table className="data review-comparisons" data-testid="review-comparisons">
          <caption>{t('review.compare.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.compare.col.year')}</th>
              <th scope="col">{t('review.compare.col.series')}</th>
              <th scope="col" className="num">{t('review.compare.col.observed')}</th>
              <th scope="col">{t('review.compare.col.status')}</th>
              <th scope="col" className="num">{t('review.compare.col.scenario')}</th>
              <th scope="col" className="num">{t('review.compare.col.deviation')}</th>
              <th scope="col" className="num">{t('review.compare.col.planPath')}</th>
              <th scope="col" className="num">{t('review.compare.col.planDeviation')}</th>
              <th scope="col">{t('review.compare.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {review.comparisons.map((c) => {
              const d = display(c);
              return (
                <tr key={`${c.year}-${c.series}`} data-testid={`comparison-${c.year}-${c.series}`}>
                  <td>{c.year}</td>
                  <th scope="row" className="series-cell">
                    {d.label}
                    <span className="sub">{t('review.targets.unit', { unit: d.unit })}</span>
                  </th>
                  <td className="num">{shown(c.observed, d, t)}</td>
                  <td>{c.status ? <span className={`badge badge-status-${c.status}`}>{PUBLISHED_STATUS_LABELS[c.status][lang]}</span> : t('common.none')}</td>
                  <td className="num" title={c.modelSeriesMissing ? t('review.compare.noModelNote', { series: c.modelSeries ?? '' }) : c.modelSeries ?? undefined}>
                    {c.modelSeriesMissing ? <span className="hint-inline">{t('review.compare.noModel')}</span> : shown(c.scenario, d, t)}
                  </td>
                  <td className="num">{deviation(c.deviation, c.deviationPct, c.observed, d, lang, t)}</td>
                  <td className="num">{shown(c.targetPath, d, t)}</td>
                  <td className="num">{deviation(c.targetDeviation, c.targetDeviationPct, c.observed, d, lang, t)}</td>
                  <td className="source-cell">
                    <Source text={c.source} t={t} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
