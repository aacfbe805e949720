/**
 * One series of several scenarios overlaid (Compare), with the plan's target line where there is one.
 * Each scenario keeps its colour on every chart.
 */
import { seriesAt, type Lang, type Projection } from '../../engine/index';
import type { Translate } from '../i18n/index';
import type { Figure } from './figure';
import { plotlyText } from './plotly-text';
import { COLORS, SCENARIO_COLORS, baseLayout, targetYearShape } from './theme';

export interface OverlaySpec {
  title: string;
  /** Series path in a projection, e.g. `shares.tertiary`. */
  series: string;
  /** Display value = series value x scale (100 for shares in %). */
  scale: number;
  axis: string;
  /** Hover suffix with the unit, e.g. " 亿元". */
  unit: string;
  decimals: number;
  target?: { year: number; value: number; label: string };
  /** One sentence per chart, filled by the caller. */
  summary: string;
}

export interface OverlayRun {
  name: string;
  projection: Projection;
}

export function overlayFigure(runs: OverlayRun[], spec: OverlaySpec, planTo: number, _lang: Lang, t: Translate): Figure {
  const data: Figure['data'] = runs.map((r, k) => ({
    type: 'scatter', mode: 'lines', name: plotlyText(r.name), x: r.projection.years, y: (seriesAt(r.projection.series, spec.series) ?? []).map((v) => v * spec.scale),
    line: { color: SCENARIO_COLORS[k % SCENARIO_COLORS.length], width: 2.4, dash: k === 0 ? 'solid' : (['solid', 'dash', 'dot', 'dashdot'] as const)[k % 4] },
    hovertemplate: `%{y:,.${spec.decimals}f}${spec.unit}`,
  }));
  const years = runs[0]?.projection.years ?? [2020, 2035];
  if (spec.target) {
    data.push({ type: 'scatter', mode: 'markers', name: spec.target.label, x: [spec.target.year], y: [spec.target.value], marker: { symbol: 'diamond', size: 12, color: COLORS.target }, hovertemplate: `${t('chart.target')}: %{y:,.${spec.decimals}f}${spec.unit}<extra></extra>` });
  }
  const layout = baseLayout({ yTitle: spec.axis, xRange: [years[0] - 0.3, years[years.length - 1] + 0.3] });
  return { title: spec.title, data, layout: { ...layout, yaxis: { ...layout.yaxis, rangemode: spec.series.startsWith('energy') ? 'normal' : 'tozero' }, shapes: [targetYearShape(planTo)] }, summary: spec.summary };
}
