/**
 * Plan against actual for one observed series: the observations (points), the scenario's own path,
 * the path re-anchored at the last observed year, the plan's path to its target and the target.
 * Values in the series' unit, fractions in percent.
 */
import type { Translate } from '../i18n/index';
import { num } from '../i18n/format';
import type { SeriesDisplay, SeriesPaths } from '../state/review-series';
import type { Figure } from './figure';
import { COLORS, baseLayout, targetYearShape } from './theme';

const OBSERVED = '#111827';

function shown(v: number, d: SeriesDisplay): string {
  const x = v * d.factor;
  return d.percent ? `${num(x)}%` : `${num(x)} ${d.unit}`;
}

/** Years after the plan period (or the last observation) the chart still shows: enough to see where the paths head. */
const YEARS_AFTER = 3;

/** The figure; its summary names the last observation against both paths. */
export function reviewFigure(full: SeriesPaths, d: SeriesDisplay, anchorYear: number, planTo: number, t: Translate): Figure {
  const lastYear = Math.max(planTo, full.target?.year ?? 0, ...full.observed.map((o) => o.year)) + YEARS_AFTER;
  // Cut the lines at the chart's last year, so the value axis fits what is shown.
  const cut = (line: SeriesPaths['scenario']) => {
    if (!line) return null;
    const n = line.years.filter((y) => y <= lastYear).length;
    return { years: line.years.slice(0, n), values: line.values.slice(0, n) };
  };
  const paths: SeriesPaths = { ...full, scenario: cut(full.scenario), reanchored: cut(full.reanchored), planPath: cut(full.planPath) };
  const scaled = (values: (number | null)[]) => values.map((v) => (v === null ? null : v * d.factor));
  const hover = d.percent ? '%{y:,.2f}%' : `%{y:,.2f} ${d.unit}`;
  const data: Figure['data'] = [];
  if (paths.scenario) data.push({ type: 'scatter', mode: 'lines', name: t('review.chart.scenario'), x: paths.scenario.years, y: scaled(paths.scenario.values), line: { color: COLORS.nominal, width: 2 }, hovertemplate: hover });
  if (paths.planPath) data.push({ type: 'scatter', mode: 'lines', name: t('review.chart.planPath'), x: paths.planPath.years, y: scaled(paths.planPath.values), line: { color: COLORS.target, width: 1.5, dash: 'dot' }, hovertemplate: hover });
  if (paths.reanchored) {
    data.push({ type: 'scatter', mode: 'lines', name: t('review.chart.reanchored', { year: anchorYear }), x: paths.reanchored.years, y: scaled(paths.reanchored.values), line: { color: COLORS.tertiary, width: 2, dash: 'dash' }, hovertemplate: hover });
  }
  data.push({
    type: 'scatter', mode: 'markers', name: t('review.chart.observed'),
    x: paths.observed.map((o) => o.year), y: paths.observed.map((o) => o.value * d.factor),
    marker: { color: OBSERVED, size: 9, symbol: 'circle', line: { color: '#ffffff', width: 1.5 } }, hovertemplate: hover,
  });
  if (paths.target) data.push({ type: 'scatter', mode: 'markers', name: t('chart.target'), x: [paths.target.year], y: [paths.target.value * d.factor], marker: { symbol: 'diamond', size: 11, color: COLORS.target }, hovertemplate: `${t('chart.target')}: ${hover}<extra></extra>` });
  const last = paths.observed[paths.observed.length - 1];
  const at = (line: SeriesPaths['scenario'], year: number) => {
    const i = line ? line.years.indexOf(year) : -1;
    return i >= 0 && line!.values[i] !== null ? shown(line!.values[i]!, d) : t('common.none');
  };
  const summary = last
    ? t('review.chart.summary', {
        series: d.label, n: paths.observed.length, year: last.year, observed: shown(last.value, d),
        scenario: at(paths.scenario, last.year), path: at(paths.planPath, last.year),
        projected: paths.target && paths.reanchored ? at(paths.reanchored, paths.target.year) : t('common.none'),
        target: paths.target ? `${shown(paths.target.value, d)} (${paths.target.year})` : t('common.none'),
      })
    : t('review.chart.empty');
  const years = [...(paths.scenario?.years ?? []), ...paths.observed.map((o) => o.year)];
  const x0 = Math.min(...years), x1 = Math.min(lastYear, Math.max(...years));
  const layout = baseLayout({ yTitle: d.percent ? '%' : d.unit, xRange: [x0 - 0.4, x1 + 0.4] });
  const yaxis = { ...layout.yaxis, rangemode: d.percent ? ('normal' as const) : ('tozero' as const) };
  const xaxis = { ...layout.xaxis, dtick: 1 };
  return { title: t('review.chart.title', { series: d.label }), data, layout: { ...layout, xaxis, yaxis, hovermode: 'x', shapes: [targetYearShape(planTo), { ...targetYearShape(anchorYear), line: { color: COLORS.tertiary, width: 1, dash: 'dot' } }] }, summary };
}
