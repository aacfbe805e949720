/**
 * A fan chart of one series from a Monte Carlo result: the 5-95% and 25-75% bands and the median,
 * with the plan's target marked. Values are scaled for display (shares in %).
 */
import type { Lang, McResult } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { num } from '../i18n/format';
import type { Figure } from './figure';
import { COLORS, baseLayout, targetYearShape } from './theme';

export interface FanSpec {
  series: string;
  title: string;
  axis: string;
  scale: number;
  unit: string;
  decimals: number;
  target?: { year: number; value: number };
}

/** The quantile path at `level` (e.g. 0.05), or undefined. */
export function quantilePath(result: McResult, series: string, level: number): number[] | undefined {
  const byLevel = result.quantiles[series];
  if (!byLevel) return undefined;
  const key = Object.keys(byLevel).find((k) => Math.abs(Number(k) - level) < 1e-9);
  return key ? byLevel[key] : undefined;
}

export function fanFigure(result: McResult, spec: FanSpec, planTo: number, _lang: Lang, t: Translate): Figure | null {
  const x = result.years;
  const q = (level: number) => quantilePath(result, spec.series, level)?.map((v) => v * spec.scale);
  const [p5, p25, p50, p75, p95] = [q(0.05), q(0.25), q(0.5), q(0.75), q(0.95)];
  if (!p5 || !p25 || !p50 || !p75 || !p95) return null;
  const hover = `%{y:,.${spec.decimals}f}${spec.unit}`;
  const band = (upper: number[], lower: number[], name: string, color: string): Figure['data'] => [
    { type: 'scatter', mode: 'lines', x, y: upper, line: { width: 0, color }, showlegend: false, hoverinfo: 'skip' },
    { type: 'scatter', mode: 'lines', x, y: lower, line: { width: 0, color }, fill: 'tonexty', fillcolor: color, name, hoverinfo: 'skip' },
  ];
  const data: Figure['data'] = [
    ...band(p95, p5, t('unc.fan.band90'), COLORS.band90),
    ...band(p75, p25, t('unc.fan.band50'), COLORS.band50),
    { type: 'scatter', mode: 'lines', x, y: p50, name: t('unc.fan.median'), line: { color: COLORS.nominal, width: 2.5 }, hovertemplate: hover },
  ];
  if (spec.target) data.push({ type: 'scatter', mode: 'markers', name: t('chart.target'), x: [spec.target.year], y: [spec.target.value], marker: { symbol: 'diamond', size: 12, color: COLORS.target }, hovertemplate: `${t('chart.target')}: ${hover}<extra></extra>` });
  const i = Math.max(0, Math.min(x.length - 1, planTo - x[0]));
  const f = (v: number) => `${num(v, spec.decimals)}${spec.unit}`;
  const summary = t('unc.fan.summary', { series: spec.title, year: x[i], median: f(p50[i]), p5: f(p5[i]), p95: f(p95[i]) });
  const layout = baseLayout({ yTitle: spec.axis, xRange: [x[0] - 0.3, x[x.length - 1] + 0.3] });
  return { title: t('unc.fanTitle', { series: spec.title }), data, layout: { ...layout, hovermode: 'x', shapes: [targetYearShape(planTo)] }, summary };
}
