/** The distribution of 2025 GDP over the Monte Carlo paths, with the 4,000 亿元 target line. */
import type { Lang, McHistogram } from '../../engine/index';
import type { Translate } from '../i18n/index';
import type { Figure } from './figure';
import { COLORS, baseLayout } from './theme';

export function histogramFigure(h: McHistogram, target: number | undefined, summary: string, lang: Lang, t: Translate): Figure {
  const centers = h.counts.map((_, i) => (h.edges[i] + h.edges[i + 1]) / 2);
  const widths = h.counts.map((_, i) => h.edges[i + 1] - h.edges[i]);
  const unit = lang === 'zh' ? ' 亿元' : ' (CNY 100 million)';
  const data: Figure['data'] = [
    { type: 'bar', x: centers, y: h.counts, width: widths, name: t('unc.hist.paths'), marker: { color: COLORS.real, line: { color: '#fff', width: 0.5 } }, hovertemplate: `%{x:,.0f}${unit}: %{y:,}<extra></extra>` },
  ];
  const layout = baseLayout({ yTitle: t('unc.hist.paths'), legend: false });
  const shapes: NonNullable<Figure['layout']['shapes']> = target === undefined ? [] : [{ type: 'line', xref: 'x', yref: 'paper', x0: target, x1: target, y0: 0, y1: 1, line: { color: COLORS.target, width: 2, dash: 'dash' } }];
  const annotations: NonNullable<Figure['layout']['annotations']> = target === undefined ? [] : [{ x: target, y: 1, xref: 'x', yref: 'paper', text: `${t('chart.target')} 4,000`, showarrow: false, xanchor: 'left', yanchor: 'top', font: { color: COLORS.target, size: 11 } }];
  return {
    title: t('unc.hist.title'),
    data,
    layout: { ...layout, bargap: 0, hovermode: 'closest', xaxis: { ...layout.xaxis, tickformat: ',.0f', dtick: undefined, title: { text: t('chart.gdp.axis'), font: { size: 11 } } }, shapes, annotations },
    summary,
  };
}
