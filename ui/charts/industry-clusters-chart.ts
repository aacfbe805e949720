/** Industry clusters' projected output in the plan's last year against their targets (亿元, current prices). */
import type { Lang, PlanData, Projection } from '../../engine/index';
import type { Figure } from './figure';
import { COLORS, baseLayout } from './theme';
import { summaryYear, targetRow, yearIndex } from './series-helpers';
import { linkedText } from './linked-text';

export function industryClustersFigure(p: Projection, plan: PlanData, lang: Lang): Figure {
  const year = summaryYear(p, plan.period.to);
  const i = yearIndex(p, year);
  const clusters = plan.industry?.clusters ?? [];
  const outputs = p.series.clusterOutput ?? {};
  const labels = clusters.map((c) => c.label[lang]);
  const projected = clusters.map((c) => outputs[c.id]?.[i] ?? 0);
  const targets = clusters.map((c) => targetRow(p, c.indicatorId));
  const unit = lang === 'zh' ? ' 亿元' : '';
  const data: Figure['data'] = [
    { type: 'bar', orientation: 'h', name: linkedText(lang, 'ind.projected'), y: labels, x: projected, marker: { color: COLORS.secondary }, hovertemplate: `%{x:,.0f}${unit}<extra></extra>` },
    { type: 'scatter', mode: 'markers', name: linkedText(lang, 'ind.target'), y: labels, x: targets.map((t) => t?.target ?? null), marker: { symbol: 'diamond', size: 11, color: COLORS.target }, hovertemplate: `%{x:,.0f}${unit}<extra></extra>` },
  ];
  const met = targets.filter((t) => t?.met).length;
  const base = baseLayout({ yTitle: '', legend: true });
  return {
    title: linkedText(lang, 'ind.title'),
    data,
    layout: { ...base, margin: { l: 150, r: 16, t: 12, b: 72 }, hovermode: 'closest', xaxis: { ...base.yaxis, title: { text: linkedText(lang, 'ind.axis') } }, yaxis: { automargin: true, autorange: 'reversed', fixedrange: true } },
    summary: linkedText(lang, 'ind.summary', { year, output: Math.round(p.series.industrialOutput?.[i] ?? 0).toLocaleString('en-US'), met, count: targets.filter(Boolean).length }),
  };
}
