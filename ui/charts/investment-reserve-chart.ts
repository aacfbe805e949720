/** Investment the growth path implies (亿元 a year and cumulative) against the plan's project reserve. */
import { programmeSummary, type Lang, type PlanData, type Projection } from '../../engine/index';
import type { Figure } from './figure';
import { COLORS, baseLayout, targetYearShape } from './theme';
import { yearIndex } from './series-helpers';
import { linkedText } from './linked-text';

export function investmentReserveFigure(p: Projection, plan: PlanData, lang: Lang): Figure {
  const x = p.years;
  const s = p.series;
  const unit = lang === 'zh' ? ' 亿元' : '';
  const data: Figure['data'] = [
    { type: 'bar', name: linkedText(lang, 'inv.perYear'), x: x.slice(1), y: s.impliedInvestment.slice(1), marker: { color: COLORS.real }, hovertemplate: `%{y:,.0f}${unit}` },
    { type: 'scatter', mode: 'lines+markers', name: linkedText(lang, 'inv.cumulative'), x, y: s.impliedInvestmentCumulative, line: { color: COLORS.nominal, width: 2.5 }, marker: { size: 4 }, hovertemplate: `%{y:,.0f}${unit}` },
  ];
  const prog = programmeSummary(plan);
  let summary = '';
  if (prog) {
    data.push({ type: 'scatter', mode: 'lines', name: linkedText(lang, 'inv.reserve'), x: [prog.from - 1, prog.to], y: [prog.totalYi, prog.totalYi], line: { color: COLORS.target, width: 1.5, dash: 'dot' }, hovertemplate: `%{y:,.0f}${unit}<extra></extra>` });
    const i = yearIndex(p, Math.min(prog.to, p.endYear));
    const cumulative = s.impliedInvestmentCumulative[i];
    summary = linkedText(lang, 'inv.summary', { from: prog.from, to: Math.min(prog.to, p.endYear), cumulative: Math.round(cumulative).toLocaleString('en-US'), reserve: Math.round(prog.totalYi).toLocaleString('en-US'), ratio: `${((100 * cumulative) / prog.totalYi).toFixed(0)}%` });
  }
  return {
    title: linkedText(lang, 'inv.title'),
    data,
    layout: { ...baseLayout({ yTitle: linkedText(lang, 'inv.axis'), xRange: [x[0] - 0.5, x[x.length - 1] + 0.5] }), shapes: [targetYearShape(plan.period.to)] },
    summary,
  };
}
