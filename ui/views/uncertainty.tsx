/**
 * Uncertainty: a seeded Monte Carlo of the open scenario on the worker pool, started when a lever is
 * released (never while one is held). Fan charts per series, each target's probability with its
 * standard error and 95% interval, the joint probability, and the histogram of 2025 GDP.
 */
import { useMemo } from 'react';
import { formatIssue, isPlanpathError, scoredUnit, type Lang, type McResult, type ResolvedScenario } from '../../engine/index';
import { isRunnerError } from '../../runtime/runner-error';
import { ChartFrame } from '../charts/chart-frame';
import { fanFigure, quantilePath, type FanSpec } from '../charts/fan-chart';
import { histogramFigure } from '../charts/histogram-chart';
import { translator, type Translate } from '../i18n/index';
import { indicatorUnit, indicatorValue, money, num, pct } from '../i18n/format';
import { useLang, useT } from '../i18n/use-t';
import { getRunner, workerCount } from '../mc/runner';
import { useBackgroundRun } from '../mc/use-background-run';
import { useOpenScenario } from '../state/derived';
import { plan } from '../state/scenarios';
import { useAppState } from '../state/store';
import { csvText } from '../io/csv';
import { csvFileName } from '../io/file-name';
import { downloadCsv } from '../io/download';
import { quantilesCsvRows } from '../io/quantiles-csv';

const FAN_SERIES = ['gdpNominal', 'shares.tertiary', 'population', 'gdpPerCapita'];

interface McInput {
  scenario: ResolvedScenario;
  paths: number;
}

function fanSpecs(lang: Lang, t: Translate): { id: string; spec: FanSpec }[] {
  const zh = lang === 'zh';
  const target = (id: string, scale = 1) => {
    const ind = plan.indicators.find((i) => i.id === id);
    return ind?.target?.value !== undefined ? { year: ind.target.year, value: ind.target.value * scale } : undefined;
  };
  return [
    { id: 'chart-fan-gdp', spec: { series: 'gdpNominal', title: t('chart.gdp.nominal'), axis: t('chart.gdp.axis'), scale: 1, unit: zh ? ' 亿元' : '', decimals: 0, target: target('gdpNominal') } },
    { id: 'chart-fan-shares', spec: { series: 'shares.tertiary', title: t('compare.share'), axis: t('chart.shares.axis'), scale: 100, unit: '%', decimals: 1, target: target('servicesShareOfGdp') } },
    { id: 'chart-fan-population', spec: { series: 'population', title: t('chart.population.series'), axis: t('chart.population.axis'), scale: 1, unit: zh ? ' 万人' : '', decimals: 1, target: target('population') } },
    { id: 'chart-fan-percapita', spec: { series: 'gdpPerCapita', title: t('chart.perCapita.series'), axis: t('chart.perCapita.axis'), scale: 1, unit: zh ? ' 万元/人' : '', decimals: 2 } },
  ];
}

function runMc(input: McInput, signal: AbortSignal): Promise<McResult> {
  return getRunner().runMonteCarlo(
    { plan, scenario: input.scenario, options: { paths: input.paths, series: FAN_SERIES, histograms: [{ series: 'gdpNominal', year: plan.period.to, bins: 40 }] } },
    { signal },
  );
}

function errorText(error: unknown, lang: Lang): string {
  if (isPlanpathError(error)) return error.issues.map((i) => formatIssue(i, lang)).join('; ');
  if (isRunnerError(error)) return error.detail[lang];
  return String(error);
}

export function Uncertainty() {
  const t = useT();
  const lang = useLang();
  const open = useOpenScenario();
  const paths = useAppState((s) => s.mcPaths);
  const scenario = open.ok ? open.value.scenario : null;
  const input = useMemo<McInput | null>(() => (scenario?.uncertainty ? { scenario, paths } : null), [scenario, paths]);
  const run = useBackgroundRun(input, runMc, 'planpath:mc-result');
  const result = run.result;
  const figures = useMemo(() => {
    if (!result) return null;
    const tr = translator(lang);
    const fans = fanSpecs(lang, tr).flatMap(({ id, spec }) => {
      const f = fanFigure(result, spec, plan.period.to, lang, tr);
      return f ? [{ id, figure: f }] : [];
    });
    const h = result.histograms[0];
    const gdpTarget = result.targets.find((x) => x.id === 'gdpNominal');
    const median = quantilePath(result, 'gdpNominal', 0.5)?.[plan.period.to - result.years[0]];
    const hist = h ? histogramFigure(h, gdpTarget?.target, tr('unc.hist.summary', { p: gdpTarget ? pct(gdpTarget.probability) : '-', median: median !== undefined ? money(median, lang) : '-' }), lang, tr) : null;
    return { fans, hist };
  }, [result, lang]);
  if (!open.ok) return <p role="alert">{open.message}</p>;
  const label = (id: string) => plan.indicators.find((i) => i.id === id)?.label[lang] ?? id;
  const unitOf = (id: string) => {
    const ind = plan.indicators.find((i) => i.id === id);
    return ind ? indicatorUnit(scoredUnit(ind), lang) : '';
  };
  const valueOf = (id: string, v: number) => {
    const ind = plan.indicators.find((i) => i.id === id);
    return ind ? indicatorValue(v, scoredUnit(ind), lang) : num(v);
  };
  const sym = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', range: '∈' } as const;
  return (
    <section className="view" aria-labelledby="unc-title">
      <div className="view-head">
        <h2 id="unc-title">{t('unc.title')}</h2>
        <div className="actions">
          <span className="run-status" role="status" data-testid="mc-status" data-state={run.running ? 'running' : run.stale ? 'stale' : result ? 'done' : 'idle'}>
            {run.running ? t('unc.running', { paths: paths.toLocaleString('en-US') }) : result ? t('unc.done', { paths: result.paths.toLocaleString('en-US'), seed: result.seed, ms: Math.round(run.ms ?? 0), workers: workerCount() }) : ''}
          </span>
          <button type="button" className="btn btn-small" onClick={run.rerun} disabled={!input} data-testid="mc-run">
            {t('unc.run')}
          </button>
        </div>
      </div>
      <p className="intro">{t('unc.intro')}</p>
      {!scenario?.uncertainty && <p className="hint-readonly hint">{t('unc.noUncertainty')}</p>}
      {run.error != null && (
        <div className="import-errors" role="alert">
          {t('unc.error')} {errorText(run.error, lang)}
        </div>
      )}
      {result && input && (
        <div className={run.stale ? 'mc-result is-stale' : 'mc-result'} aria-busy={run.stale} data-testid="mc-result" data-stale={run.stale ? 'true' : 'false'}>
          <div className="card">
            <h3>{t('unc.probTitle')}</h3>
            <div className="table-wrap">
              <table className="data" data-testid="mc-probabilities">
                <thead>
                  <tr>
                    <th scope="col">{t('unc.col.target')}</th>
                    <th scope="col">{t('unc.col.deterministic')}</th>
                    <th scope="col">{t('unc.col.probability')}</th>
                    <th scope="col" className="num">{t('unc.col.se')}</th>
                    <th scope="col" className="num">{t('unc.col.interval')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.targets.map((r) => (
                    <tr key={r.id} data-testid={`prob-${r.id}`}>
                      <th scope="row">
                        {label(r.id)} {r.year} {sym[r.comparator]} {r.comparator === 'range' ? `${num(r.min!)}-${num(r.max!)} ${unitOf(r.id)}` : valueOf(r.id, r.target)}
                        {r.proxyAssumption ? ` ${t('score.proxyMark')}` : ''}
                      </th>
                      <td>
                        <span className={`badge badge-${r.deterministicMet ? 'met' : 'missed'}`}>{t(r.deterministicMet ? 'status.met' : 'status.missed')}</span>
                      </td>
                      <td>
                        <span className="prob-bar" style={{ width: `${Math.round(r.probability * 120)}px` }} aria-hidden="true" />
                        <strong data-testid={`prob-value-${r.id}`}>{pct(r.probability)}</strong>
                      </td>
                      <td className="num">{pct(r.standardError, 2)}</td>
                      <td className="num">
                        {pct(r.interval.lower)} – {pct(r.interval.upper)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="joint" data-testid="mc-joint">
              {t('unc.joint', { ids: result.joint.ids.map(label).join(lang === 'zh' ? '、' : ', ') })} <strong>{pct(result.joint.probability)}</strong> ({t('unc.col.interval')} {pct(result.joint.interval.lower)} – {pct(result.joint.interval.upper)}; {t('unc.col.se')} {pct(result.joint.standardError, 2)})
            </p>
          </div>
          {figures && (
            <div className="toolbar">
              <button
                type="button"
                className="btn btn-small"
                onClick={() => downloadCsv(csvText(quantilesCsvRows(result, plan, lang, t)), csvFileName(input.scenario.name[lang], 'mc-quantiles'))}
                aria-label={t('csv.exportAria', { what: t('csv.quantile') })}
                data-testid="mc-quantiles-csv"
              >
                {t('csv.export')}
              </button>
            </div>
          )}
          {figures && (
            <div className="chart-grid">
              {figures.hist && <ChartFrame id="chart-histogram" figure={figures.hist} lang={lang} />}
              {figures.fans.map(({ id, figure }) => (
                <ChartFrame key={id} id={id} figure={figure} lang={lang} />
              ))}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
